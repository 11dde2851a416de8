package org.partnershiphub.strategy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.partnershiphub.shared.Quarter;
import org.partnershiphub.shared.YearlyFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business plan's part of the yearly report: for each plan whose period (April to March, its financial years)
 * overlaps the report's, one row per priority and one for planned work counting its actions, how many were complete
 * and how many stood red, amber or green at the end of the period (the latest progress update posted by then; none is
 * "no rating"), and how many updates with an evidence link were posted in the period. The notes flag where progress
 * was little or none: actions rated red at the end, unfinished actions with no update in the period, and actions
 * overdue (due before the period's last day and not complete), as the Executive dashboard counts them but as things
 * stood when the period ended. A few grouped queries, whatever the number of actions.
 */
@Component
class PlanYearlyFigures implements YearlyFigures {

    static final List<String> HEADERS = List.of("Priority", "Statement", "Actions", "Completed", "Red", "Amber", "Green", "No rating",
            "Updates with evidence in the period");
    /** Red, amber, green and no rating, drawn as bars. */
    static final List<Integer> BARS = List.of(4, 5, 6, 7);
    static final int STATEMENT_SHOWN = 200;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcTemplate jdbc;

    PlanYearlyFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Section section() {
        return Section.PRIORITIES;
    }

    @Override
    public int order() {
        return 10;
    }

    private record PlanRow(long id, String title, String period, boolean draft, String versionLabel) {
    }

    /** A priority's (or the plan's planned work's, code null) counts. */
    private static final class Line {
        final String code;
        final String statement;
        int actions;
        int complete;
        int red;
        int amber;
        int green;
        int withEvidence;
        int overdue;
        int noUpdate;

        Line(String code, String statement) {
            this.code = code;
            this.statement = statement;
        }

        int noRating() {
            return actions - complete - red - amber - green;
        }

        List<String> cells() {
            return Stream.of(code == null ? "Planned work" : code, statement, actions, complete, red, amber, green, noRating(), withEvidence)
                    .map(String::valueOf).toList();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> figures(LocalDate from, LocalDate to) {
        List<PlanRow> plans = jdbc.query("select id, title, first_year, last_year, status, version_label from plan"
                        + " where first_year <= ? and last_year > ? order by first_year, id",
                (rs, i) -> new PlanRow(rs.getLong("id"), rs.getString("title"), Plan.periodOf(rs.getInt("first_year"), rs.getInt("last_year")),
                        Plan.Status.DRAFT.name().equals(rs.getString("status")), rs.getString("version_label")),
                Quarter.of(to).financialYear(), Quarter.of(from).financialYear());
        if (plans.isEmpty()) {
            return List.of(Table.of("Progress on each priority", HEADERS, List.of(), List.of("No business plan covers this period.")));
        }
        List<Object> planIds = plans.stream().map(p -> (Object) p.id()).toList();
        String inPlans = "plan_id in (" + StatusAtEnd.placeholders(planIds.size()) + ")";

        Map<Long, Map<Long, Line>> priorities = new LinkedHashMap<>();
        plans.forEach(p -> priorities.put(p.id(), new LinkedHashMap<>()));
        jdbc.query("select id, plan_id, code, title, statement from plan_priority where " + inPlans + " order by position, id",
                rs -> {
                    String statement = rs.getString("statement");
                    priorities.get(rs.getLong("plan_id")).put(rs.getLong("id"),
                            new Line(rs.getString("code"), shortened(statement == null ? rs.getString("title") : statement)));
                }, planIds.toArray());

        Map<Long, Line> plannedWork = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>();
        args.add(to);
        args.add(StatusAtEnd.endOf(to));
        args.add(StatusAtEnd.endOf(to));
        args.addAll(planIds);
        jdbc.query("select a.plan_id, a.priority_id, l.status, count(*) as actions,"
                + " sum(case when a.due_date < ? and (l.status is null or l.status <> 'COMPLETE') then 1 else 0 end) as overdue"
                + " from plan_action a" + StatusAtEnd.LATEST_UPDATE + " where a." + inPlans
                + " group by a.plan_id, a.priority_id, l.status", rs -> {
            Line line = line(rs, priorities, plannedWork);
            int n = rs.getInt("actions");
            line.actions += n;
            String status = rs.getString("status");
            if (status != null) {
                switch (ActionStatus.valueOf(status)) {
                    case COMPLETE -> line.complete += n;
                    case RED -> line.red += n;
                    case AMBER -> line.amber += n;
                    case GREEN -> line.green += n;
                    case NOT_STARTED -> { } // no rating
                }
            }
            line.overdue += rs.getInt("overdue");
        }, args.toArray());

        List<Object> silentArgs = new ArrayList<>(args.subList(1, args.size()));
        silentArgs.add(StatusAtEnd.startOf(from));
        silentArgs.add(StatusAtEnd.endOf(to));
        jdbc.query("select a.plan_id, a.priority_id, count(*) as actions from plan_action a" + StatusAtEnd.LATEST_UPDATE
                + " where a." + inPlans + " and (l.status is null or l.status <> 'COMPLETE')"
                + " and not exists (select 1 from plan_update u where u.action_id = a.id and u.posted_at >= ? and u.posted_at < ?)"
                + " group by a.plan_id, a.priority_id", rs -> {
            line(rs, priorities, plannedWork).noUpdate += rs.getInt("actions");
        }, silentArgs.toArray());

        List<Object> evidenceArgs = new ArrayList<>(List.of(StatusAtEnd.startOf(from), StatusAtEnd.endOf(to)));
        evidenceArgs.addAll(planIds);
        jdbc.query("select a.plan_id, a.priority_id, count(*) as updates from plan_update u join plan_action a on a.id = u.action_id"
                + " where u.posted_at >= ? and u.posted_at < ? and u.evidence_link is not null and a." + inPlans
                + " group by a.plan_id, a.priority_id", rs -> {
            line(rs, priorities, plannedWork).withEvidence += rs.getInt("updates");
        }, evidenceArgs.toArray());

        List<Table> tables = new ArrayList<>();
        for (PlanRow plan : plans) {
            List<Line> lines = new ArrayList<>(priorities.get(plan.id()).values());
            if (plannedWork.containsKey(plan.id())) {
                lines.add(plannedWork.get(plan.id()));
            }
            List<String> notes = new ArrayList<>();
            if (plan.draft()) {
                notes.add("This plan is a draft (version " + plan.versionLabel() + "): it has not been agreed.");
            }
            for (Line line : lines) {
                if (line.red > 0) {
                    notes.add(actions(line.red) + " " + (line.code == null ? "in planned work" : "under priority " + line.code) + " "
                            + (line.red == 1 ? "was" : "were") + " rated red at the end of the period.");
                }
            }
            int silent = lines.stream().mapToInt(l -> l.noUpdate).sum();
            if (silent > 0) {
                notes.add(actions(silent) + " not complete had no progress update in the period.");
            }
            int late = lines.stream().mapToInt(l -> l.overdue).sum();
            if (late > 0) {
                notes.add(actions(late) + " " + (late == 1 ? "was" : "were") + " overdue at the end of the period (due before "
                        + DAY.format(to) + " and not complete).");
            }
            if (lines.stream().allMatch(l -> l.actions == 0)) {
                notes.add("The plan has no actions.");
            }
            String title = plan.title().contains(plan.period()) ? plan.title() : plan.title() + " " + plan.period();
            tables.add(new Table("Progress on each priority: " + title, HEADERS, lines.stream().map(Line::cells).toList(), notes, BARS));
        }
        return tables;
    }

    /** The line a row of (plan_id, priority_id) counts to: its priority's, or planned work's (no priority, or one of another plan). */
    private static Line line(ResultSet rs, Map<Long, Map<Long, Line>> priorities, Map<Long, Line> plannedWork) throws SQLException {
        long planId = rs.getLong("plan_id");
        long priorityId = rs.getLong("priority_id");
        Line line = rs.wasNull() ? null : priorities.get(planId).get(priorityId);
        return line != null ? line : plannedWork.computeIfAbsent(planId, k -> new Line(null, "Actions without a priority"));
    }

    private static String actions(int n) {
        return n + (n == 1 ? " action" : " actions");
    }

    /** The statement up to {@link #STATEMENT_SHOWN} characters, cut at a word with an ellipsis when longer. */
    static String shortened(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= STATEMENT_SHOWN) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', STATEMENT_SHOWN - 1);
        return flat.substring(0, cut > STATEMENT_SHOWN / 2 ? cut : STATEMENT_SHOWN - 1).stripTrailing() + "…";
    }
}
