package org.partnershiphub.reviews.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.strategy.PlanActions;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serious incidents and reviews in the yearly report, over every case and in counts and themes only (no case
 * reference, pseudonym or child): referrals received, notification decisions, rapid reviews submitted and decided,
 * local practice reviews commissioned and published, learning published and disseminated; each statutory step on time
 * or late as the timeliness report counts it ({@link Timeliness#partnershipFigures}); the themes of the findings
 * recorded in the period; and the recommendations made in the period with where their business plan actions stood
 * when it ended and whether evidence of impact was recorded. Days are London days; grouped queries only.
 */
@Component
class ReviewYearlyFigures implements YearlyFigures {

    static final List<String> COUNT_HEADERS = List.of("In the period", "Number");
    static final List<String> STEP_HEADERS = List.of("Step", "On time", "Late");
    static final List<String> THEME_HEADERS = List.of("Theme", "Reviews", "Findings");
    static final List<String> RECOMMENDATION_HEADERS = List.of("Recommendations made", "Not a plan action", "Action not started",
            "Red", "Amber", "Green", "Complete", "Evidence of impact recorded");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final NamedParameterJdbcTemplate jdbc;
    private final Timeliness timeliness;
    private final PlanActions planActions;
    private final MessageSource messages;

    ReviewYearlyFigures(NamedParameterJdbcTemplate jdbc, Timeliness timeliness, PlanActions planActions, MessageSource messages) {
        this.jdbc = jdbc;
        this.timeliness = timeliness;
        this.planActions = planActions;
        this.messages = messages;
    }

    @Override
    public Section section() {
        return Section.REVIEWS;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> figures(LocalDate from, LocalDate to) {
        MapSqlParameterSource period = new MapSqlParameterSource().addValue("from", from).addValue("to", to)
                .addValue("start", Timeliness.startOf(from)).addValue("end", Timeliness.startOf(to.plusDays(1)));
        return List.of(cases(period), steps(from, to), themes(period), recommendations(period, to));
    }

    private Table cases(MapSqlParameterSource period) {
        List<List<String>> rows = new ArrayList<>();
        jdbc.query("select"
                + " sum(case when i.referred_at >= :start and i.referred_at < :end then 1 else 0 end) as referred,"
                + " sum(case when i.referred_at >= :start and i.referred_at < :end and i.kind = 'CARE_LEAVER_DEATH' then 1 else 0 end) as care_leavers,"
                + " sum(case when i.notification_decision = 'NOTIFY' and i.notification_sent_date between :from and :to then 1 else 0 end) as notified,"
                + " sum(case when i.notification_decision = 'DO_NOT_NOTIFY' and i.decided_at >= :start and i.decided_at < :end then 1 else 0 end) as not_notified,"
                + " sum(case when r.submitted_to_panel between :from and :to then 1 else 0 end) as submitted,"
                + " sum(case when r.decision = 'LOCAL_PRACTICE_REVIEW' and r.decision_date between :from and :to then 1 else 0 end) as to_local,"
                + " sum(case when r.decision = 'OTHER_LEARNING_REVIEW' and r.decision_date between :from and :to then 1 else 0 end) as to_other,"
                + " sum(case when r.decision = 'NO_FURTHER_REVIEW' and r.decision_date between :from and :to then 1 else 0 end) as no_further,"
                + " sum(case when p.decision_date between :from and :to then 1 else 0 end) as commissioned,"
                + " sum(case when p.published_at >= :start and p.published_at < :end then 1 else 0 end) as published"
                + " from serious_incident i left join rapid_review r on r.incident_id = i.id left join practice_review p on p.incident_id = i.id",
                period, rs -> {
                    rows.add(row("Referrals received", rs.getInt("referred")));
                    rows.add(row("Of which the death of a care leaver", rs.getInt("care_leavers")));
                    rows.add(row("Notified to the National Panel", rs.getInt("notified")));
                    rows.add(row("Decided not to notify", rs.getInt("not_notified")));
                    rows.add(row("Rapid reviews submitted to the National Panel", rs.getInt("submitted")));
                    rows.add(row("Rapid reviews deciding on a local child safeguarding practice review", rs.getInt("to_local")));
                    rows.add(row("Rapid reviews deciding on another learning review", rs.getInt("to_other")));
                    rows.add(row("Rapid reviews deciding on no further review", rs.getInt("no_further")));
                    rows.add(row("Local child safeguarding practice reviews commissioned", rs.getInt("commissioned")));
                    rows.add(row("Local child safeguarding practice reviews published", rs.getInt("published")));
                });
        rows.add(row("Learning briefs, 7-minute briefings and training published",
                count("select count(*) from learning_product where published_on between :from and :to", period)));
        rows.add(row("Times an agency disseminated the learning",
                count("select count(*) from learning_dissemination where disseminated_on between :from and :to", period)));
        return Table.of("Referrals, notifications and reviews", COUNT_HEADERS, rows, List.of());
    }

    private Table steps(LocalDate from, LocalDate to) {
        List<Timeliness.StepFigures> steps = timeliness.partnershipFigures(from, to);
        List<List<String>> rows = steps.stream().map(step -> Stream.of(messages.getMessage(step.messageKey(), null, Locale.UK),
                String.valueOf(step.onTime()), String.valueOf(step.late())).toList()).toList();
        int late = steps.stream().mapToInt(Timeliness.StepFigures::late).sum();
        List<String> notes = late == 0 ? List.of()
                : List.of(late + (late == 1 ? " statutory step was" : " statutory steps were") + " taken late in the period.");
        return new Table("Timeliness of statutory steps", STEP_HEADERS, rows, notes, List.of(1, 2));
    }

    private Table themes(MapSqlParameterSource period) {
        List<List<String>> rows = jdbc.query("select t.name, count(distinct f.incident_id) as reviews, count(*) as findings"
                        + " from finding f join finding_theme ft on ft.finding_id = f.id join review_theme t on t.id = ft.theme_id"
                        + " where f.created_at >= :start and f.created_at < :end group by t.name order by count(*) desc, t.name", period,
                (rs, i) -> List.of(rs.getString("name"), String.valueOf(rs.getInt("reviews")), String.valueOf(rs.getInt("findings"))));
        int untagged = count("select count(*) from finding f where f.created_at >= :start and f.created_at < :end"
                + " and not exists (select 1 from finding_theme ft where ft.finding_id = f.id)", period);
        List<String> notes = new ArrayList<>();
        if (rows.isEmpty() && untagged == 0) {
            notes.add("No findings were recorded in the period.");
        }
        if (untagged > 0) {
            notes.add(untagged + (untagged == 1 ? " finding" : " findings") + " recorded in the period had no theme.");
        }
        return Table.of("Themes", THEME_HEADERS, rows, notes);
    }

    private Table recommendations(MapSqlParameterSource period, LocalDate to) {
        List<Long> made = jdbc.queryForList("select id from recommendation where created_at >= :start and created_at < :end", period, Long.class);
        Map<String, Integer> statuses = planActions.statusesAt(ReviewLearning.SOURCE_TYPE, made, to);
        int withAction = statuses.values().stream().mapToInt(Integer::intValue).sum();
        List<String> notes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        jdbc.query("select"
                + " sum(case when created_at >= :start and created_at < :end and impact_recorded_at < :end then 1 else 0 end) as made_with_impact,"
                + " sum(case when created_at >= :start and created_at < :end and due_date <= :to"
                + " and (impact_recorded_at is null or impact_recorded_at >= :end) then 1 else 0 end) as due_without_impact,"
                + " sum(case when impact_recorded_at >= :start and impact_recorded_at < :end then 1 else 0 end) as impact_in_period,"
                + " sum(case when impact_recorded_at >= :start and impact_recorded_at < :end and created_at < :start then 1 else 0 end) as impact_earlier"
                + " from recommendation", period, rs -> {
            rows.add(Stream.of(made.size(), made.size() - withAction, count(statuses, "NOT_STARTED"), count(statuses, "RED"),
                    count(statuses, "AMBER"), count(statuses, "GREEN"), count(statuses, "COMPLETE"), rs.getInt("made_with_impact"))
                    .map(String::valueOf).toList());
            if (made.size() > withAction) {
                int none = made.size() - withAction;
                notes.add(none + (none == 1 ? " recommendation" : " recommendations") + " made in the period "
                        + (none == 1 ? "is" : "are") + " not a business plan action.");
            }
            int dueWithout = rs.getInt("due_without_impact");
            if (dueWithout > 0) {
                notes.add(dueWithout + (dueWithout == 1 ? " recommendation" : " recommendations") + " made in the period "
                        + (dueWithout == 1 ? "was" : "were") + " due by " + DAY.format(to) + " without evidence of impact.");
            }
            int impact = rs.getInt("impact_in_period");
            if (impact > 0) {
                notes.add("Evidence of impact was recorded in the period for " + impact + (impact == 1 ? " recommendation" : " recommendations")
                        + ", " + rs.getInt("impact_earlier") + " of them made before the period.");
            }
        });
        notes.add(0, "Actions as the business plan recorded them by " + DAY.format(to) + ".");
        return new Table("Recommendations and their progress", RECOMMENDATION_HEADERS, rows, notes, List.of(1, 2, 3, 4, 5, 6));
    }

    private int count(String sql, MapSqlParameterSource period) {
        Integer n = jdbc.queryForObject(sql, period, Integer.class);
        return n == null ? 0 : n;
    }

    private static int count(Map<String, Integer> statuses, String status) {
        return statuses.getOrDefault(status, 0);
    }

    private static List<String> row(String label, int n) {
        return List.of(label, String.valueOf(n));
    }
}
