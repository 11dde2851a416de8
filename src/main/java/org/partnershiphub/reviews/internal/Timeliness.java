package org.partnershiphub.reviews.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether each statutory step was taken in time, counted in working days on the partnership's calendar: the
 * notification decision (5 working days after the local authority became aware), the rapid review's submission to the
 * Panel (15 after the notification), the local practice review's final report (within 6 months of the decision) and
 * the publication (on or before its planned date). Late steps are flagged where they are shown and on the caseload;
 * the yearly figures feed the partnership's yearly report.
 */
@Service
public class Timeliness {

    /** A step taken late, with how many working days late; the message key names the step. */
    public record LateStep(String messageKey, int workingDaysLate) {
    }

    /** One step's figures for a period. */
    public record StepFigures(String messageKey, int onTime, int late) {

        public int total() {
            return onTime + late;
        }
    }

    /** The yearly figures: 1 April to 31 March for the financial year starting in {@code startYear}. */
    public record YearlyFigures(int startYear, LocalDate from, LocalDate to, List<StepFigures> steps) {
    }

    private final SeriousIncidentRepository incidents;
    private final RapidReviewRepository rapidReviews;
    private final PracticeReviewRepository practiceReviews;
    private final WorkingDayCalendar calendar;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final NamedParameterJdbcTemplate jdbc;

    Timeliness(SeriousIncidentRepository incidents, RapidReviewRepository rapidReviews, PracticeReviewRepository practiceReviews,
               WorkingDayCalendar calendar, Permissions permissions, AuditTrail audit, NamedParameterJdbcTemplate jdbc) {
        this.incidents = incidents;
        this.rapidReviews = rapidReviews;
        this.practiceReviews = practiceReviews;
        this.calendar = calendar;
        this.permissions = permissions;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Working days {@code done} lies after {@code due}; 0 when on time, or when either is unknown. */
    int workingDaysLate(LocalDate done, LocalDate due) {
        if (done == null || due == null || !done.isAfter(due)) {
            return 0;
        }
        return Math.max(0, -calendar.workingDaysUntil(done, due));
    }

    /** The notification decision (the day the Panel was notified, or the day not to notify was recorded) after its 5 working days. */
    public int notificationDaysLate(SeriousIncident incident) {
        return workingDaysLate(incident.notificationDecisionDate(), incident.getNotificationDue());
    }

    /** The rapid review submitted to the Panel after its 15 working days. */
    public int submissionDaysLate(RapidReview review) {
        return workingDaysLate(review.getSubmittedToPanel(), review.getDueDate());
    }

    /** The final report sent after the 6 months from the decision. */
    public int completionDaysLate(PracticeReview review) {
        return workingDaysLate(review.getFinalReportSent(), review.getTargetCompletion());
    }

    /** Published after the planned publication date. */
    public int publicationDaysLate(PracticeReview review) {
        return workingDaysLate(review.publishedOn(), review.getPublicationDate());
    }

    /** Every late step of a case, in the order they happen. */
    public List<LateStep> lateSteps(SeriousIncident incident, RapidReview rapidReview, PracticeReview practiceReview) {
        List<LateStep> late = new ArrayList<>();
        add(late, incident.getNotificationSentDate() != null ? "timeliness.late.notificationSent" : "timeliness.late.notification",
                notificationDaysLate(incident));
        if (rapidReview != null) {
            add(late, "timeliness.late.submission", submissionDaysLate(rapidReview));
        }
        if (practiceReview != null) {
            add(late, "timeliness.late.completion", completionDaysLate(practiceReview));
            add(late, "timeliness.late.publication", publicationDaysLate(practiceReview));
        }
        return late;
    }

    private static void add(List<LateStep> late, String key, int days) {
        if (days > 0) {
            late.add(new LateStep(key, days));
        }
    }

    /** The financial year (1 April to 31 March) that {@code date} falls in, by its starting year. */
    public static int financialYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /**
     * On time and late, per step, for the financial year starting 1 April {@code startYear}: the steps taken in that
     * year on the cases the signed-in person may read. Figures only, no case; viewing or exporting is written to the
     * audit trail.
     */
    @Transactional
    public YearlyFigures yearly(int startYear, boolean export) {
        LocalDate from = LocalDate.of(startYear, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        HubPrincipal user = CurrentUser.require();
        List<SeriousIncident> decided = incidents.findByNotificationDecisionIsNotNull().stream()
                .filter(incident -> permissions.allows(user, Permissions.Access.READ, incident)).toList();
        List<Long> readable = decided.stream().map(SeriousIncident::getId).toList();
        List<RapidReview> reviews = rapidReviews.findAllById(readable);
        List<PracticeReview> practice = practiceReviews.findAllById(readable);
        List<StepFigures> steps = List.of(
                figures("timeliness.step.notification", decided, SeriousIncident::notificationDecisionDate, this::notificationDaysLate, from, to),
                figures("timeliness.step.submission", reviews, RapidReview::getSubmittedToPanel, this::submissionDaysLate, from, to),
                figures("timeliness.step.completion", practice, PracticeReview::getFinalReportSent, this::completionDaysLate, from, to),
                figures("timeliness.step.publication", practice, PracticeReview::publishedOn, this::publicationDaysLate, from, to));
        audit.record(AuditEvent.of(export ? AuditAction.EXPORT : AuditAction.SEARCH, "SeriousIncident", null)
                .withDetail((export ? "timeliness.csv " : "timeliness report ") + from + " to " + to));
        return new YearlyFigures(startYear, from, to, steps);
    }

    /** When a step was taken and when it was due, read without the case. */
    private record StepDates(LocalDate done, LocalDate due) {
    }

    /**
     * On time and late, per step, as {@link #yearly} counts them but over every case, for the steps taken from
     * {@code from} to {@code to}: the partnership's figures for its yearly report. Reads only the steps' dates, of the
     * steps that could fall in the period (no case, no child), so it needs no signed-in person and is not audited.
     */
    @Transactional(readOnly = true)
    public List<StepFigures> partnershipFigures(LocalDate from, LocalDate to) {
        MapSqlParameterSource period = new MapSqlParameterSource().addValue("from", from).addValue("to", to)
                .addValue("start", startOf(from)).addValue("end", startOf(to.plusDays(1)));
        List<StepDates> decided = jdbc.query("select notification_sent_date, decided_at, notification_due from serious_incident"
                        + " where notification_decision is not null and (notification_sent_date between :from and :to"
                        + " or (notification_sent_date is null and decided_at >= :start and decided_at < :end))", period,
                (rs, i) -> new StepDates(SeriousIncident.notificationDecisionDate(rs.getObject("notification_sent_date", LocalDate.class),
                        instant(rs.getObject("decided_at", OffsetDateTime.class))), rs.getObject("notification_due", LocalDate.class)));
        List<StepDates> submitted = dates("select submitted_to_panel as done, due_date as due from rapid_review"
                + " where submitted_to_panel between :from and :to", period);
        List<StepDates> completed = dates("select final_report_sent as done, target_completion as due from practice_review"
                + " where final_report_sent between :from and :to", period);
        List<StepDates> published = jdbc.query("select published_at, publication_date from practice_review"
                        + " where published_at >= :start and published_at < :end", period,
                (rs, i) -> new StepDates(PracticeReview.publishedOn(instant(rs.getObject("published_at", OffsetDateTime.class))),
                        rs.getObject("publication_date", LocalDate.class)));
        Function<StepDates, Integer> daysLate = step -> workingDaysLate(step.done(), step.due());
        return List.of(
                figures("timeliness.step.notification", decided, StepDates::done, daysLate, from, to),
                figures("timeliness.step.submission", submitted, StepDates::done, daysLate, from, to),
                figures("timeliness.step.completion", completed, StepDates::done, daysLate, from, to),
                figures("timeliness.step.publication", published, StepDates::done, daysLate, from, to));
    }

    private List<StepDates> dates(String sql, MapSqlParameterSource period) {
        return jdbc.query(sql, period, (rs, i) -> new StepDates(rs.getObject("done", LocalDate.class), rs.getObject("due", LocalDate.class)));
    }

    /** The instant a day starts in London, as the JDBC drivers of both databases take it. */
    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ReviewWorkflow.LONDON).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static <T> StepFigures figures(String key, List<T> records, Function<T, LocalDate> done, Function<T, Integer> daysLate,
                                           LocalDate from, LocalDate to) {
        int onTime = 0;
        int late = 0;
        for (T record : records) {
            LocalDate day = done.apply(record);
            if (day == null || day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            if (daysLate.apply(record) > 0) {
                late++;
            } else {
                onTime++;
            }
        }
        return new StepFigures(key, onTime, late);
    }
}
