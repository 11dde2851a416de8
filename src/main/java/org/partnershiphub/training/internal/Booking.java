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
        CONFIRMED, WAITING, OFFERED, CANCELLED, DECLINED, EXPIRED;

        public boolean active() {
            return this == CONFIRMED || this == WAITING || this == OFFERED;
        }

        public String tagClass() {
            return switch (this) {
                case CONFIRMED -> "govuk-tag govuk-tag--green";
                case WAITING -> "govuk-tag govuk-tag--yellow";
                case OFFERED -> "govuk-tag govuk-tag--blue";
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
}
