package org.partnershiphub.selfassessment.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One agency's return for one cycle. It is answered while a draft (or while more evidence is asked for), locked once
 * submitted with its senior officer's sign-off, and then either moderated or sent back for more evidence.
 */
@Entity
@Table(name = "sa_return")
public class AgencyReturn {

    public enum Status {
        DRAFT, SUBMITTED, EVIDENCE_REQUESTED, MODERATED;

        /** {@link #returned} for aggregate queries over {@code sa_return r}: keep the two alike. */
        static final String RETURNED_SQL = "r.status in ('SUBMITTED', 'MODERATED')";

        public boolean returned() {
            return this == SUBMITTED || this == MODERATED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cycle_id")
    private long cycleId;
    @Column(name = "agency_id")
    private long agencyId;
    @Enumerated(EnumType.STRING)
    private Framework framework;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    @Column(name = "carried_from_id")
    private Long carriedFromId;
    @Column(name = "submitted_by")
    private Long submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    private boolean late;
    @Column(name = "senior_officer_name")
    private String seniorOfficerName;
    @Column(name = "senior_officer_role")
    private String seniorOfficerRole;
    @Column(name = "governor_name")
    private String governorName;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "moderated_by")
    private Long moderatedBy;
    @Column(name = "moderated_at")
    private Instant moderatedAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Version
    private long version;

    protected AgencyReturn() {
    }

    AgencyReturn(long cycleId, long agencyId, Framework framework, Long carriedFromId) {
        this.cycleId = cycleId;
        this.agencyId = agencyId;
        this.framework = framework;
        this.carriedFromId = carriedFromId;
    }

    /** Answers may change while the return is a draft or more evidence has been asked for. */
    public boolean editable() {
        return status == Status.DRAFT || status == Status.EVIDENCE_REQUESTED;
    }

    /** The sign-off as the senior officer gave it; a school's names its headteacher and its safeguarding governor. */
    public record SignOff(String officerName, String officerRole, String governorName, LocalDate signedOn) {
    }

    void submit(long by, Instant at, boolean late, SignOff signOff) {
        if (!editable()) {
            throw new IllegalStateException("a " + status + " return cannot be submitted");
        }
        this.status = Status.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        this.late = this.late || late;
        this.seniorOfficerName = signOff.officerName().strip();
        this.seniorOfficerRole = signOff.officerRole().strip();
        this.governorName = signOff.governorName() == null || signOff.governorName().isBlank() ? null : signOff.governorName().strip();
        this.signedOn = signOff.signedOn();
    }

    void askForEvidence() {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("only a submitted return is moderated");
        }
        this.status = Status.EVIDENCE_REQUESTED;
    }

    void moderated(long by, Instant at) {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("only a submitted return is moderated");
        }
        this.status = Status.MODERATED;
        this.moderatedBy = by;
        this.moderatedAt = at;
    }

    void escalated(Instant at) {
        this.escalatedAt = at;
    }

    public Long getId() { return id; }
    public long getCycleId() { return cycleId; }
    public long getAgencyId() { return agencyId; }
    public Framework getFramework() { return framework; }
    public Status getStatus() { return status; }
    public Long getCarriedFromId() { return carriedFromId; }
    public Long getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isLate() { return late; }
    public String getSeniorOfficerName() { return seniorOfficerName; }
    public String getSeniorOfficerRole() { return seniorOfficerRole; }
    public String getGovernorName() { return governorName; }
    public LocalDate getSignedOn() { return signedOn; }
    public Long getModeratedBy() { return moderatedBy; }
    public Instant getModeratedAt() { return moderatedAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
}
