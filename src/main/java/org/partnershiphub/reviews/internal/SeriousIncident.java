package org.partnershiphub.reviews.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.partnershiphub.reviews.Stage;
import org.partnershiphub.shared.ProtectedRecord;

/**
 * A possible serious incident from referral onwards. Guards its own stages: a notification decision only once and
 * only from referral; a rapid review only after the Panel was notified. A restricted record: only the business unit,
 * lead partners, the Executive, the scrutineer and people assigned to the case see it.
 */
@Entity
@Table(name = "serious_incident")
public class SeriousIncident implements ProtectedRecord {

    public enum AbuseOrNeglect { KNOWN, SUSPECTED, NO }

    public enum Harm { DIED, SERIOUS_HARM, NEITHER }

    public enum NotificationDecision { NOTIFY, DO_NOT_NOTIFY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Column(name = "child_pseudonym")
    private String childPseudonym;
    @Column(name = "referring_agency_id")
    private Long referringAgencyId;
    @Column(name = "referred_by")
    private Long referredBy;
    @Column(name = "referred_at")
    private Instant referredAt;
    @Column(name = "what_happened")
    private String whatHappened;
    @Column(name = "incident_date")
    private LocalDate incidentDate;
    @Column(name = "la_aware_date")
    private LocalDate laAwareDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "abuse_or_neglect")
    private AbuseOrNeglect abuseOrNeglect;
    @Enumerated(EnumType.STRING)
    private Harm harm;
    @Column(name = "looked_after")
    private boolean lookedAfter;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    @Column(name = "notification_due")
    private LocalDate notificationDue;
    @Enumerated(EnumType.STRING)
    @Column(name = "notification_decision")
    private NotificationDecision notificationDecision;
    @Column(name = "decision_reasons")
    private String decisionReasons;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "notification_sent_date")
    private LocalDate notificationSentDate;
    @Column(name = "ofsted_notified_date")
    private LocalDate ofstedNotifiedDate;
    @Column(name = "sos_notified_date")
    private LocalDate sosNotifiedDate;
    @Column(name = "legal_hold")
    private boolean legalHold;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_assignment", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "user_id")
    private Set<Long> assignedUsers = new HashSet<>();

    protected SeriousIncident() {
    }

    SeriousIncident(String reference, String childPseudonym, long referringAgencyId, long referredBy, Instant referredAt,
                    String whatHappened, LocalDate incidentDate, LocalDate laAwareDate, AbuseOrNeglect abuseOrNeglect,
                    Harm harm, boolean lookedAfter, LocalDate notificationDue) {
        this.reference = reference;
        this.childPseudonym = childPseudonym;
        this.referringAgencyId = referringAgencyId;
        this.referredBy = referredBy;
        this.referredAt = referredAt;
        this.whatHappened = whatHappened;
        this.incidentDate = incidentDate;
        this.laAwareDate = laAwareDate;
        this.abuseOrNeglect = abuseOrNeglect;
        this.harm = harm;
        this.lookedAfter = lookedAfter;
        this.notificationDue = notificationDue;
        this.stage = Stage.REFERRED;
    }

    /** The statutory criteria: abuse or neglect known or suspected, and the child died or was seriously harmed. */
    public boolean meetsNotificationCriteria() {
        return abuseOrNeglect != AbuseOrNeglect.NO && harm != Harm.NEITHER;
    }

    /** A looked-after child's death is notified to Ofsted and the Secretary of State whatever the cause. */
    public boolean needsOfstedAndSecretaryOfState() {
        return lookedAfter && harm == Harm.DIED;
    }

    void notify(String reasons, LocalDate sentDate, long by, Instant when) {
        requireStage(Stage.REFERRED, "reviews.refusal.alreadyDecided");
        this.notificationDecision = NotificationDecision.NOTIFY;
        this.decisionReasons = reasons;
        this.notificationSentDate = sentDate;
        this.decidedBy = by;
        this.decidedAt = when;
        this.stage = Stage.RAPID_REVIEW;
    }

    void doNotNotify(String reasons, long by, Instant when) {
        requireStage(Stage.REFERRED, "reviews.refusal.alreadyDecided");
        this.notificationDecision = NotificationDecision.DO_NOT_NOTIFY;
        this.decisionReasons = reasons;
        this.decidedBy = by;
        this.decidedAt = when;
        this.stage = Stage.NOT_NOTIFIED;
    }

    void recordOfstedAndSecretaryOfState(LocalDate ofsted, LocalDate secretaryOfState) {
        this.ofstedNotifiedDate = ofsted;
        this.sosNotifiedDate = secretaryOfState;
    }

    void toLocalReview() {
        requireStage(Stage.RAPID_REVIEW, "reviews.refusal.notInRapidReview");
        this.stage = Stage.LOCAL_REVIEW;
    }

    void close() {
        if (stage != Stage.RAPID_REVIEW) {
            throw new WorkflowRefusal("reviews.refusal.cannotClose");
        }
        this.stage = Stage.CLOSED;
    }

    void published() {
        requireStage(Stage.LOCAL_REVIEW, "reviews.refusal.notInLocalReview");
        this.stage = Stage.PUBLISHED;
    }

    void legalHold(boolean hold) {
        this.legalHold = hold;
    }

    void assign(long userId) {
        assignedUsers.add(userId);
    }

    void unassign(long userId) {
        assignedUsers.remove(userId);
    }

    private void requireStage(Stage expected, String refusal) {
        if (stage != expected) {
            throw new WorkflowRefusal(refusal);
        }
    }

    @Override public String recordType() { return "SeriousIncident"; }
    @Override public String recordId() { return String.valueOf(id); }
    @Override public Long owningAgencyId() { return null; }
    @Override public boolean restricted() { return true; }
    @Override public Set<Long> assignedUserIds() { return Set.copyOf(assignedUsers); }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getChildPseudonym() { return childPseudonym; }
    public Long getReferringAgencyId() { return referringAgencyId; }
    public Long getReferredBy() { return referredBy; }
    public Instant getReferredAt() { return referredAt; }
    public String getWhatHappened() { return whatHappened; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public LocalDate getLaAwareDate() { return laAwareDate; }
    public AbuseOrNeglect getAbuseOrNeglect() { return abuseOrNeglect; }
    public Harm getHarm() { return harm; }
    public boolean isLookedAfter() { return lookedAfter; }
    public Stage getStage() { return stage; }
    public LocalDate getNotificationDue() { return notificationDue; }
    public NotificationDecision getNotificationDecision() { return notificationDecision; }
    public String getDecisionReasons() { return decisionReasons; }
    public Instant getDecidedAt() { return decidedAt; }
    public LocalDate getNotificationSentDate() { return notificationSentDate; }
    public LocalDate getOfstedNotifiedDate() { return ofstedNotifiedDate; }
    public LocalDate getSosNotifiedDate() { return sosNotifiedDate; }
    public long getVersion() { return version; }
    public boolean isLegalHold() { return legalHold; }
    public Set<Long> getAssignedUsers() { return assignedUsers; }
}
