package org.partnershiphub.reviews.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.identity.Permissions.Access;
import org.partnershiphub.reviews.ReviewDecision;
import org.partnershiphub.reviews.Stage;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a case, each checked against the permission service, guarded by the aggregates' own rules and
 * written to the audit trail with what changed. Deadlines come from the working-day calendar.
 */
@Service
public class ReviewWorkflow {

    public static final int NOTIFICATION_WORKING_DAYS = 5;
    public static final int RAPID_REVIEW_WORKING_DAYS = 15;
    public static final int AGENCY_SUMMARY_WORKING_DAYS = 10;
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SeriousIncidentRepository incidents;
    private final RapidReviewRepository rapidReviews;
    private final AgencySummaryRepository summaries;
    private final PracticeReviewRepository practiceReviews;
    private final ChildIdentityRepository identities;
    private final SiblingIdentityRepository siblingIdentities;
    private final WorkingDayCalendar calendar;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final PublicationRule publicationRule;

    ReviewWorkflow(SeriousIncidentRepository incidents, RapidReviewRepository rapidReviews, AgencySummaryRepository summaries,
                   PracticeReviewRepository practiceReviews, ChildIdentityRepository identities,
                   SiblingIdentityRepository siblingIdentities, WorkingDayCalendar calendar,
                   Permissions permissions, AuditTrail audit, Clock clock) {
        this.incidents = incidents;
        this.rapidReviews = rapidReviews;
        this.summaries = summaries;
        this.practiceReviews = practiceReviews;
        this.identities = identities;
        this.siblingIdentities = siblingIdentities;
        this.calendar = calendar;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.publicationRule = new PublicationRule(calendar);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** A further child (a sibling) on the same referral. */
    public record OtherChild(String name, LocalDate dateOfBirth) {
    }

    public record Referral(SeriousIncident.Kind kind, String whatHappened, LocalDate incidentDate, LocalDate laAwareDate,
                           SeriousIncident.AbuseOrNeglect abuseOrNeglect, SeriousIncident.Harm harm, boolean lookedAfter,
                           String childName, LocalDate childDateOfBirth, List<OtherChild> otherChildren) {
    }

    /**
     * Any agency's safeguarding lead (or the business unit) refers; the case gets a reference and a pseudonym for each
     * child (up to 4 siblings on one notification), each child's identity kept in its own restricted record. No date
     * may lie in the future; a care leaver's death is referred up to the age of 25 and always as a death.
     */
    @Transactional
    public SeriousIncident refer(Referral referral) {
        checkReferral(referral);
        HubPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        int year = today().getYear();
        long sequence = incidents.countReferredIn(year) + 1;
        long children = incidents.count() + incidents.countSiblings();
        SeriousIncident incident = new SeriousIncident(
                "SI-%d-%03d".formatted(year, sequence), referral.kind(), "Child " + pseudonymLetters(children),
                user.agencyId(), user.userId(), now, referral.whatHappened().strip(), referral.incidentDate(),
                referral.laAwareDate(), referral.abuseOrNeglect(), referral.harm(), referral.lookedAfter(),
                calendar.addWorkingDays(referral.laAwareDate(), NOTIFICATION_WORKING_DAYS));
        List<OtherChild> others = referral.otherChildren() == null ? List.of() : referral.otherChildren();
        for (int i = 0; i < others.size(); i++) {
            incident.addSibling("Child " + pseudonymLetters(children + 1 + i));
        }
        incidents.saveAndFlush(incident);
        identities.save(new ChildIdentity(incident.getId(), new RealIdentity(referral.childName().strip(), referral.childDateOfBirth(), user.userId(), now)));
        for (int i = 0; i < others.size(); i++) {
            siblingIdentities.save(new SiblingIdentity(incident.getId(), i,
                    new RealIdentity(others.get(i).name().strip(), others.get(i).dateOfBirth(), user.userId(), now)));
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "SeriousIncident", incident.getId())
                .withDetail("referred " + incident.getReference() + " (" + incident.getKind() + "; " + incident.getChildren()
                        + "); criteria met: " + incident.meetsNotificationCriteria() + "; notification due " + incident.getNotificationDue()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "ChildIdentity", incident.getId())
                .withDetail(others.isEmpty() ? null : "with " + others.size() + " sibling identity records"));
        return incident;
    }

    private void checkReferral(Referral referral) {
        LocalDate today = today();
        WorkflowRefusal.Collector problems = new WorkflowRefusal.Collector();
        RapidReview.notInFuture(problems, "incidentDate", referral.incidentDate(), today, "referral.error.incidentInFuture");
        RapidReview.notInFuture(problems, "laAwareDate", referral.laAwareDate(), today, "referral.error.awareInFuture");
        RapidReview.notInFuture(problems, "childDateOfBirth", referral.childDateOfBirth(), today);
        List<OtherChild> others = referral.otherChildren() == null ? List.of() : referral.otherChildren();
        for (int i = 0; i < others.size(); i++) {
            RapidReview.notInFuture(problems, "otherChildren[" + i + "].dateOfBirth", others.get(i).dateOfBirth(), today);
        }
        if (1 + others.size() > SeriousIncident.MAX_CHILDREN) {
            problems.reject("childName", "reviews.refusal.tooManyChildren", SeriousIncident.MAX_CHILDREN);
        }
        if (referral.kind() == SeriousIncident.Kind.CARE_LEAVER_DEATH) {
            if (referral.harm() != SeriousIncident.Harm.DIED) {
                problems.reject("harm", "reviews.refusal.careLeaverDied");
            }
            LocalDate died = referral.incidentDate() != null ? referral.incidentDate() : referral.laAwareDate();
            if (referral.childDateOfBirth() == null) {
                problems.reject("childDateOfBirth", "reviews.refusal.careLeaverDateOfBirth", SeriousIncident.CARE_LEAVER_AGE_LIMIT);
            } else if (!problems.has("childDateOfBirth")
                    && java.time.Period.between(referral.childDateOfBirth(), died).getYears() > SeriousIncident.CARE_LEAVER_AGE_LIMIT) {
                problems.reject("childDateOfBirth", "reviews.refusal.careLeaverTooOld", SeriousIncident.CARE_LEAVER_AGE_LIMIT);
            }
        }
        problems.throwIfAny();
    }

    /** A, B, ... Z, AA, AB, ... */
    static String pseudonymLetters(long index) {
        StringBuilder letters = new StringBuilder();
        long n = index;
        do {
            letters.insert(0, (char) ('A' + (n % 26)));
            n = n / 26 - 1;
        } while (n >= 0);
        return letters.toString();
    }

    /** Reads a case for the signed-in person: permission-checked and audited. */
    @Transactional
    public SeriousIncident view(long id) {
        SeriousIncident incident = find(id);
        permissions.check(Access.READ, incident);
        return incident;
    }

    private SeriousIncident find(long id) {
        return incidents.findById(id).orElseThrow(() -> new NotFoundException("incident"));
    }

    private SeriousIncident forChange(long id) {
        SeriousIncident incident = find(id);
        permissions.check(Access.CHANGE, incident);
        return incident;
    }

    @Transactional
    public void decideToNotify(long id, String reasons, LocalDate sentDate) {
        SeriousIncident incident = forChange(id);
        incident.notify(reasons.strip(), sentDate, today(), CurrentUser.require().userId(), clock.instant());
        RapidReview review = new RapidReview(incident.getId(), calendar.addWorkingDays(sentDate, RAPID_REVIEW_WORKING_DAYS));
        rapidReviews.save(review);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SeriousIncident", id)
                .withDetail("stage: REFERRED -> RAPID_REVIEW; notified the Panel on " + sentDate + "; rapid review due " + review.getDueDate()));
    }

    @Transactional
    public void decideNotToNotify(long id, String reasons) {
        SeriousIncident incident = forChange(id);
        incident.doNotNotify(reasons.strip(), CurrentUser.require().userId(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SeriousIncident", id).withDetail("stage: REFERRED -> NOT_NOTIFIED; reasons recorded"));
    }

    @Transactional
    public void recordOfstedAndSecretaryOfState(long id, LocalDate ofsted, LocalDate secretaryOfState) {
        SeriousIncident incident = forChange(id);
        incident.recordOfstedAndSecretaryOfState(ofsted, secretaryOfState, today());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SeriousIncident", id)
                .withDetail("Ofsted notified: " + ofsted + "; Secretary of State notified: " + secretaryOfState));
    }

    /** Asks an agency for its summary; due by default on working day 10 after the notification. */
    @Transactional
    public void requestSummary(long id, long agencyId, LocalDate due) {
        SeriousIncident incident = forChange(id);
        if (incident.getStage() != Stage.RAPID_REVIEW) {
            throw new WorkflowRefusal("reviews.refusal.notInRapidReview");
        }
        if (summaries.existsByIncidentIdAndAgencyId(id, agencyId)) {
            throw new WorkflowRefusal("reviews.refusal.summaryAlreadyRequested");
        }
        LocalDate dueDate = due != null ? due : defaultSummaryDue(incident);
        summaries.save(new AgencySummary(id, agencyId, dueDate));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SeriousIncident", id).withDetail("agency summary requested from agency " + agencyId + ", due " + dueDate));
    }

    public LocalDate defaultSummaryDue(SeriousIncident incident) {
        LocalDate from = incident.getNotificationSentDate() != null ? incident.getNotificationSentDate() : today();
        return calendar.addWorkingDays(from, AGENCY_SUMMARY_WORKING_DAYS);
    }

    @Transactional
    public void recordSummary(long id, long summaryId, String text) {
        forChange(id);
        AgencySummary summary = summaries.findById(summaryId).filter(s -> s.getIncidentId() == id)
                .orElseThrow(() -> new NotFoundException("summary"));
        summary.returned(text.strip(), CurrentUser.require().userId(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SeriousIncident", id).withDetail("agency summary " + summaryId + " returned"));
    }

    public record RapidReviewRecord(LocalDate panelMeetingDate, String immediateSafetyActions, String learningIdentified,
                                    LocalDate laSignedOff, LocalDate policeSignedOff, LocalDate healthSignedOff,
                                    LocalDate submittedToPanel, String panelResponse) {
    }

    @Transactional
    public void recordRapidReview(long id, RapidReviewRecord record, long expectedVersion) {
        forChange(id);
        RapidReview review = rapidReview(id);
        if (review.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(RapidReview.class, id);
        }
        review.record(record.panelMeetingDate(), blank(record.immediateSafetyActions()), blank(record.learningIdentified()),
                record.laSignedOff(), record.policeSignedOff(), record.healthSignedOff(), record.submittedToPanel(),
                blank(record.panelResponse()), today());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "RapidReview", id).withDetail("panel meeting " + record.panelMeetingDate()
                + "; sign-off LA " + record.laSignedOff() + ", police " + record.policeSignedOff() + ", health " + record.healthSignedOff()
                + "; submitted " + record.submittedToPanel()));
    }

    /**
     * The decision every rapid review needs before it can close, made on {@code decisionDate}; a local review starts its
     * 6-month clock on that date (not on the day it was typed).
     */
    @Transactional
    public void decide(long id, ReviewDecision decision, boolean nationalReviewAppropriate, String rationale, LocalDate decisionDate) {
        SeriousIncident incident = forChange(id);
        RapidReview review = rapidReview(id);
        review.decide(decision, nationalReviewAppropriate, rationale.strip(), decisionDate, incident.getNotificationSentDate(),
                today(), clock.instant());
        if (decision == ReviewDecision.LOCAL_PRACTICE_REVIEW) {
            incident.toLocalReview();
            review.close(clock.instant());
            practiceReviews.save(new PracticeReview(id, decisionDate));
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "RapidReview", id).withDetail("decision on " + decisionDate + ": " + decision
                + "; national review may be appropriate: " + nationalReviewAppropriate + "; stage: " + incident.getStage()));
    }

    @Transactional
    public void close(long id) {
        SeriousIncident incident = forChange(id);
        RapidReview review = rapidReviews.findById(id).orElseThrow(() -> new WorkflowRefusal("reviews.refusal.cannotClose"));
        review.close(clock.instant());
        incident.close();
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SeriousIncident", id).withDetail("stage: RAPID_REVIEW -> CLOSED"));
    }

    @Transactional
    public void commission(long id, String reviewer, String termsOfReference) {
        forChange(id);
        practiceReview(id).commission(blank(reviewer), blank(termsOfReference));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PracticeReview", id).withDetail("reviewer and terms of reference recorded"));
    }

    /** The earliest publication date: the report goes to the Panel and the Secretary of State at least 7 working days before. */
    public LocalDate earliestPublication(LocalDate sent) {
        return publicationRule.earliestPublication(sent);
    }

    @Transactional
    public void schedulePublication(long id, LocalDate sent, LocalDate publication) {
        forChange(id);
        PracticeReview review = practiceReview(id);
        review.schedulePublication(sent, publication, today(), publicationRule);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PracticeReview", id).withDetail("final report sent " + sent + "; publication " + publication));
    }

    @Transactional
    public void publish(long id, String link, String improvements) {
        SeriousIncident incident = forChange(id);
        practiceReview(id).publish(blank(link), blank(improvements), today(), publicationRule, clock.instant());
        incident.published();
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PracticeReview", id).withDetail("published; stage: LOCAL_REVIEW -> PUBLISHED"));
    }

    /** A legal hold keeps the case's records, the child's identity included, past their retention period. */
    @Transactional
    public void legalHold(long id, boolean hold) {
        SeriousIncident incident = forChange(id);
        boolean before = incident.isLegalHold();
        incident.legalHold(hold);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SeriousIncident", id).withDetail("legal hold: " + before + " -> " + hold));
    }

    @Transactional
    public void assign(long id, long userId) {
        forChange(id).assign(userId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SeriousIncident", id).withDetail("assigned user " + userId));
    }

    /** One child's real identity, by pseudonym. */
    public record RevealedChild(String pseudonym, String fullName, LocalDate dateOfBirth) {
    }

    /** The real identities of every child on the case, shown only with a reason; the reason is in the audit trail. */
    @Transactional
    public List<RevealedChild> revealIdentity(long id, String reason) {
        SeriousIncident incident = find(id);
        ChildIdentity identity = identities.findById(id).orElseThrow(() -> new NotFoundException("identity"));
        HubPrincipal user = CurrentUser.require();
        if (!user.hasRole(org.partnershiphub.shared.Role.BUSINESS_UNIT)) {
            audit.record(new AuditEvent(AuditAction.DENIED, "ChildIdentity", String.valueOf(id), org.partnershiphub.audit.AuditOutcome.DENIED, reason, "identity requested"));
            throw Permissions.deniedAfterAudit();
        }
        List<SiblingIdentity> siblings = siblingIdentities.findByIncidentIdOrderByPosition(id);
        audit.record(AuditEvent.of(AuditAction.VIEW, "ChildIdentity", id).withReason(reason.strip())
                .withDetail(siblings.isEmpty() ? null : "with " + siblings.size() + " sibling identity records"));
        List<RevealedChild> children = new java.util.ArrayList<>();
        children.add(new RevealedChild(incident.getChildPseudonym(), identity.getFullName(), identity.getDateOfBirth()));
        List<String> pseudonyms = incident.getChildPseudonyms();
        for (SiblingIdentity sibling : siblings) {
            children.add(new RevealedChild(pseudonyms.get(sibling.getPosition() + 1), sibling.getFullName(), sibling.getDateOfBirth()));
        }
        return children;
    }

    @Transactional(readOnly = true)
    public RapidReview rapidReview(long id) {
        return rapidReviews.findById(id).orElseThrow(() -> new WorkflowRefusal("reviews.refusal.notInRapidReview"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<RapidReview> findRapidReview(long id) {
        return rapidReviews.findById(id);
    }

    @Transactional(readOnly = true)
    public PracticeReview practiceReview(long id) {
        return practiceReviews.findById(id).orElseThrow(() -> new WorkflowRefusal("reviews.refusal.notInLocalReview"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<PracticeReview> findPracticeReview(long id) {
        return practiceReviews.findById(id);
    }

    @Transactional(readOnly = true)
    public List<AgencySummary> summaries(long id) {
        return summaries.findByIncidentIdOrderByDueDateAscIdAsc(id);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
