package org.partnershiphub.training.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A practitioner's booking of a session: confirmed, waiting (with a position), offered a freed place, or ended. */
@Entity
@Table(name = "training_booking")
public class Booking {

    public enum Status {
        CONFIRMED, WAITING, OFFERED, CANCELLED, DECLINED, EXPIRED,
        /** A place held while the manager decides. */
        AWAITING_APPROVAL,
        /** The manager declined, with a reason. */
        NOT_APPROVED,
        /** The manager did not decide before the hold ran out; the place went to the next person. */
        APPROVAL_LAPSED;

        public boolean active() {
            return this == CONFIRMED || this == WAITING || this == OFFERED || this == AWAITING_APPROVAL;
        }

        /** Whether the booking holds one of the session's places. */
        public boolean holdsPlace() {
            return this == CONFIRMED || this == OFFERED || this == AWAITING_APPROVAL;
        }

        public String tagClass() {
            return switch (this) {
                case CONFIRMED -> "govuk-tag govuk-tag--green";
                case WAITING -> "govuk-tag govuk-tag--yellow";
                case OFFERED, AWAITING_APPROVAL -> "govuk-tag govuk-tag--blue";
                case NOT_APPROVED -> "govuk-tag govuk-tag--red";
                default -> "govuk-tag govuk-tag--grey";
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id")
    private long sessionId;
    @Column(name = "person_id")
    private long personId;
    @Column(name = "agency_id")
    private long agencyId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "waiting_position")
    private Integer waitingPosition;
    @Column(name = "offered_until")
    private Instant offeredUntil;
    @Column(name = "manager_name")
    private String managerName;
    @Column(name = "manager_email")
    private String managerEmail;
    @Column(name = "booked_at")
    private Instant bookedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "charge_reason")
    private String chargeReason;
    @Column(name = "charge_pence")
    private Integer chargePence;
    @Column(name = "charge_waived")
    private boolean chargeWaived;
    @Column(name = "waiver_reason")
    private String waiverReason;
    private String attendance;
    /** PENDING, APPROVED or DECLINED; null when the course needs no manager's approval. */
    private String approval;
    @Column(name = "approval_due")
    private Instant approvalDue;
    @Column(name = "approval_decided_at")
    private Instant approvalDecidedAt;
    @Column(name = "approval_reason")
    private String approvalReason;

    protected Booking() {
    }

    public Long getId() { return id; }
    public long getSessionId() { return sessionId; }
    public long getPersonId() { return personId; }
    public long getAgencyId() { return agencyId; }
    public Status getStatus() { return status; }
    public Integer getWaitingPosition() { return waitingPosition; }
    public Instant getOfferedUntil() { return offeredUntil; }
    public String getManagerName() { return managerName; }
    public String getManagerEmail() { return managerEmail; }
    public Instant getBookedAt() { return bookedAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getChargeReason() { return chargeReason; }
    public Integer getChargePence() { return chargePence; }
    public boolean isChargeWaived() { return chargeWaived; }
    public String getWaiverReason() { return waiverReason; }
    public String getAttendance() { return attendance; }
    public String getApproval() { return approval; }
    public Instant getApprovalDue() { return approvalDue; }
    public Instant getApprovalDecidedAt() { return approvalDecidedAt; }
    public String getApprovalReason() { return approvalReason; }

    /** Whether the manager still has to decide. */
    public boolean awaitsManager() {
        return "PENDING".equals(approval);
    }
}
