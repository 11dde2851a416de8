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

    /**
     * What is referred: a possible serious incident (abuse or neglect and death or serious harm), or the death of a
     * care leaver up to the age of 25, which the local authority reports to the National Panel whatever the cause.
     * Display names under {@code referralKind.<NAME>}.
     */
    public enum Kind { SERIOUS_INCIDENT, CARE_LEAVER_DEATH }

    /** A care leaver's death is reported up to the age of 25. */
    public static final int CARE_LEAVER_AGE_LIMIT = 25;

    /** A reason not to notify is a sentence, not "n/a": at least this many characters and more than 3 words. */
    static final int MINIMUM_REASONS_LENGTH = 20;
    static final int MINIMUM_REASONS_WORDS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private Kind kind = Kind.SERIOUS_INCIDENT;
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

    /** The pseudonyms of further children (siblings) on the same notification, after {@link #childPseudonym}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_sibling", joinColumns = @JoinColumn(name = "incident_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    @Column(name = "pseudonym")
    private java.util.List<String> siblingPseudonyms = new java.util.ArrayList<>();

    /** One notification covers at most this many children. */
    public static final int MAX_CHILDREN = 4;

    protected SeriousIncident() {
    }

    SeriousIncident(String reference, Kind kind, String childPseudonym, long referringAgencyId, long referredBy, Instant referredAt,
                    String whatHappened, LocalDate incidentDate, LocalDate laAwareDate, AbuseOrNeglect abuseOrNeglect,
                    Harm harm, boolean lookedAfter, LocalDate notificationDue) {
        this.reference = reference;
        this.kind = kind;
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

    /**
     * The statutory criteria: abuse or neglect known or suspected, and the child died or was seriously harmed; a care
     * leaver's death is reported whatever the cause.
     */
    public boolean meetsNotificationCriteria() {
        return kind == Kind.CARE_LEAVER_DEATH || abuseOrNeglect != AbuseOrNeglect.NO && harm != Harm.NEITHER;
    }

    /** A looked-after child's death is notified to Ofsted and the Secretary of State whatever the cause. */
    public boolean needsOfstedAndSecretaryOfState() {
        return lookedAfter && harm == Harm.DIED;
    }

    /** The Panel was notified on {@code sentDate}: not in the future, not before the local authority became aware. */
    void notify(String reasons, LocalDate sentDate, LocalDate today, long by, Instant when) {
        requireStage(Stage.REFERRED, "reviews.refusal.alreadyDecided");
        if (sentDate.isAfter(today)) {
            throw WorkflowRefusal.onField("sentDate", "reviews.refusal.dateInFuture");
        }
        if (sentDate.isBefore(laAwareDate)) {
            throw WorkflowRefusal.onField("sentDate", "notification.error.sentBeforeAware");
        }
        this.notificationDecision = NotificationDecision.NOTIFY;
        this.decisionReasons = reasons;
        this.notificationSentDate = sentDate;
        this.decidedBy = by;
        this.decidedAt = when;
        this.stage = Stage.RAPID_REVIEW;
    }

    /**
     * A decision not to notify ends the case, so it needs real reasons (a sentence, not "n/a") and, for a
     * looked-after child's death, Ofsted and the Secretary of State already notified.
     */
    void doNotNotify(String reasons, long by, Instant when) {
        requireStage(Stage.REFERRED, "reviews.refusal.alreadyDecided");
        if (!isASentence(reasons)) {
            throw WorkflowRefusal.onField("reasons", "reviews.refusal.reasonsNotASentence");
        }
        requireOfstedAndSecretaryOfStateNotified();
        this.notificationDecision = NotificationDecision.DO_NOT_NOTIFY;
        this.decisionReasons = reasons;
        this.decidedBy = by;
        this.decidedAt = when;
        this.stage = Stage.NOT_NOTIFIED;
    }

    /** Reasons a person would accept: at least 20 characters and more than 3 words ("n/a", "no", "not needed" are not). */
    static boolean isASentence(String reasons) {
        if (reasons == null || reasons.strip().length() < MINIMUM_REASONS_LENGTH) {
            return false;
        }
        return java.util.Arrays.stream(reasons.strip().split("\\s+")).filter(word -> word.chars().anyMatch(Character::isLetter))
                .count() >= MINIMUM_REASONS_WORDS;
    }

    /** Each date is in the past (or today) and not before the local authority became aware; a date once recorded stays. */
    void recordOfstedAndSecretaryOfState(LocalDate ofsted, LocalDate secretaryOfState, LocalDate today) {
        WorkflowRefusal.Collector problems = new WorkflowRefusal.Collector();
        checkNotification(problems, "ofstedDate", ofsted, ofstedNotifiedDate, today);
        checkNotification(problems, "secretaryOfStateDate", secretaryOfState, sosNotifiedDate, today);
        problems.throwIfAny();
        this.ofstedNotifiedDate = ofsted;
        this.sosNotifiedDate = secretaryOfState;
    }

    private void checkNotification(WorkflowRefusal.Collector problems, String field, LocalDate date, LocalDate recorded, LocalDate today) {
        if (date == null) {
            if (recorded != null) {
                problems.reject(field, "reviews.refusal.notificationCannotBeRemoved");
            }
        } else if (date.isAfter(today)) {
            problems.reject(field, "reviews.refusal.dateInFuture");
        } else if (date.isBefore(laAwareDate)) {
            problems.reject(field, "reviews.refusal.notifiedBeforeAware");
        }
    }

    /** A looked-after child's death cannot be closed until Ofsted and the Secretary of State are recorded as notified. */
    private void requireOfstedAndSecretaryOfStateNotified() {
        if (needsOfstedAndSecretaryOfState() && (ofstedNotifiedDate == null || sosNotifiedDate == null)) {
            throw new WorkflowRefusal("reviews.refusal.ofstedBeforeClosing");
        }
    }

    /** The day the notification decision was made: the day the Panel was notified, or the day not to notify was recorded. */
    public LocalDate notificationDecisionDate() {
        return notificationDecisionDate(notificationSentDate, decidedAt);
    }

    /** As above, from the two columns read without the case. */
    static LocalDate notificationDecisionDate(LocalDate notificationSentDate, Instant decidedAt) {
        if (notificationSentDate != null) {
            return notificationSentDate;
        }
        return decidedAt == null ? null : LocalDate.ofInstant(decidedAt, ReviewWorkflow.LONDON);
    }

    void toLocalReview() {
        requireStage(Stage.RAPID_REVIEW, "reviews.refusal.notInRapidReview");
        this.stage = Stage.LOCAL_REVIEW;
    }

    void close() {
        if (stage != Stage.RAPID_REVIEW) {
            throw new WorkflowRefusal("reviews.refusal.cannotClose");
        }
        requireOfstedAndSecretaryOfStateNotified();
        this.stage = Stage.CLOSED;
    }

    void published() {
        requireStage(Stage.LOCAL_REVIEW, "reviews.refusal.notInLocalReview");
        requireOfstedAndSecretaryOfStateNotified();
        this.stage = Stage.PUBLISHED;
    }

    void addSibling(String pseudonym) {
        if (1 + siblingPseudonyms.size() >= MAX_CHILDREN) {
            throw new WorkflowRefusal("reviews.refusal.tooManyChildren", MAX_CHILDREN);
        }
        siblingPseudonyms.add(pseudonym);
    }

    /** Every child on the notification by pseudonym, the first child first. */
    public java.util.List<String> getChildPseudonyms() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(childPseudonym);
        all.addAll(siblingPseudonyms);
        return all;
    }

    /** The children listed together: "Child A, Child B". */
    public String getChildren() {
        return String.join(", ", getChildPseudonyms());
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
    public Kind getKind() { return kind; }
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
