package org.partnershiphub.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.calendar.Deadline;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.reviews.Stage;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business unit's caseload: every open case with its stage, its next step and that step's deadline, soonest
 * first; overdue or due within 2 working days is flagged, and so is every step already taken late. Pseudonyms only.
 */
@Service
public class Caseload {

    public record NextStep(String messageKey, Deadline deadline) {
    }

    /** An open case, its next step and every step already taken late (with the working days late). */
    public record Row(SeriousIncident incident, NextStep next, List<Timeliness.LateStep> late) {
    }

    private final SeriousIncidentRepository incidents;
    private final RapidReviewRepository rapidReviews;
    private final AgencySummaryRepository summaries;
    private final PracticeReviewRepository practiceReviews;
    private final WorkingDayCalendar calendar;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ReviewWorkflow workflow;
    private final Timeliness timeliness;

    Caseload(SeriousIncidentRepository incidents, RapidReviewRepository rapidReviews, AgencySummaryRepository summaries,
             PracticeReviewRepository practiceReviews, WorkingDayCalendar calendar, Permissions permissions, AuditTrail audit,
             ReviewWorkflow workflow, Timeliness timeliness) {
        this.incidents = incidents;
        this.rapidReviews = rapidReviews;
        this.summaries = summaries;
        this.practiceReviews = practiceReviews;
        this.calendar = calendar;
        this.permissions = permissions;
        this.audit = audit;
        this.workflow = workflow;
        this.timeliness = timeliness;
    }

    /** The open cases the signed-in person may see; viewing the caseload is written to the audit trail. */
    @Transactional
    public List<Row> openCases() {
        List<Row> rows = rows();
        audit.record(AuditEvent.of(AuditAction.SEARCH, "SeriousIncident", null).withDetail("caseload: " + rows.size() + " open cases"));
        return rows;
    }

    /** Counts for the dashboard: open cases, and how many are overdue or due within 2 working days (no record shown). */
    @Transactional(readOnly = true)
    public long[] counts() {
        List<Row> rows = rows();
        long flagged = rows.stream().filter(r -> r.next() != null && r.next().deadline() != null
                && (r.next().deadline().overdue() || r.next().deadline().urgent())).count();
        return new long[] {rows.size(), flagged};
    }

    private List<Row> rows() {
        HubPrincipal user = CurrentUser.require();
        List<SeriousIncident> open = incidents.findByStageInOrderByNotificationDueAsc(EnumSet.of(Stage.REFERRED, Stage.RAPID_REVIEW, Stage.LOCAL_REVIEW))
                .stream().filter(incident -> permissions.allows(user, Permissions.Access.READ, incident)).toList();
        Map<Long, List<AgencySummary>> outstanding = open.isEmpty() ? Map.of()
                : summaries.findByIncidentIdInAndReturnedAtIsNull(open.stream().map(SeriousIncident::getId).toList())
                .stream().collect(Collectors.groupingBy(AgencySummary::getIncidentId));
        LocalDate today = workflow.today();
        List<Row> rows = new ArrayList<>();
        for (SeriousIncident incident : open) {
            rows.add(new Row(incident, nextStep(incident, outstanding.getOrDefault(incident.getId(), List.of()), today),
                    timeliness.lateSteps(incident, rapidReviews.findById(incident.getId()).orElse(null),
                            practiceReviews.findById(incident.getId()).orElse(null))));
        }
        rows.sort(Comparator.comparing((Row r) -> r.next() == null || r.next().deadline() == null ? LocalDate.MAX : r.next().deadline().due()));
        return rows;
    }

    /** The next thing someone must do on a case, and by when. */
    public NextStep nextStep(SeriousIncident incident, List<AgencySummary> outstandingSummaries, LocalDate today) {
        return switch (incident.getStage()) {
            case REFERRED -> new NextStep("reviews.next.notify", calendar.deadline(incident.getNotificationDue(), today));
            case RAPID_REVIEW -> rapidReviewStep(incident, outstandingSummaries, today);
            case LOCAL_REVIEW -> practiceReviews.findById(incident.getId()).map(review -> review.getFinalReportSent() == null
                            ? new NextStep("reviews.next.completeReview", calendar.deadline(review.getTargetCompletion(), today))
                            : review.getPublicationDate() != null
                                    ? new NextStep("reviews.next.publish", calendar.deadline(review.getPublicationDate(), today))
                                    : new NextStep("reviews.next.schedulePublication", null))
                    .orElse(null);
            default -> null;
        };
    }

    private NextStep rapidReviewStep(SeriousIncident incident, List<AgencySummary> outstandingSummaries, LocalDate today) {
        if (incident.needsOfstedAndSecretaryOfState() && (incident.getOfstedNotifiedDate() == null || incident.getSosNotifiedDate() == null)) {
            return new NextStep("reviews.next.ofsted", calendar.deadline(incident.getNotificationDue(), today));
        }
        RapidReview review = rapidReviews.findById(incident.getId()).orElse(null);
        if (review == null) {
            return null;
        }
        if (review.getDecision() != null) {
            return new NextStep("reviews.next.close", null);
        }
        AgencySummary firstOutstanding = outstandingSummaries.stream().min(Comparator.comparing(AgencySummary::getDueDate)).orElse(null);
        if (firstOutstanding != null && firstOutstanding.getDueDate().isBefore(review.getDueDate())) {
            return new NextStep("reviews.next.summaries", calendar.deadline(firstOutstanding.getDueDate(), today));
        }
        return new NextStep("reviews.next.rapidReview", calendar.deadline(review.getDueDate(), today));
    }
}
