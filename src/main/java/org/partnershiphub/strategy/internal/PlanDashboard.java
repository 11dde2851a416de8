package org.partnershiphub.strategy.internal;

import org.partnershiphub.shared.Quarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Executive's view of a plan at a glance: per priority, how many actions stand at each status, how many are
 * overdue or have had no update this quarter, and how many moved up or down since last quarter. One grouped query
 * over the plan's actions (the status and last quarter's status are kept on each action), whatever the history size.
 */
@Service
public class PlanDashboard {

    private static final String RANK = "case %s when 'NOT_STARTED' then 0 when 'RED' then 1 when 'AMBER' then 2 "
            + "when 'GREEN' then 3 when 'COMPLETE' then 4 end";

    private final JdbcTemplate jdbc;
    private final BusinessPlans plans;
    PlanDashboard(JdbcTemplate jdbc, BusinessPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** One row of the dashboard: a priority (or planned work, with a null code) and its counts. */
    public static final class Line {
        private final String code;
        private final String title;
        private final Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
        private int overdue;
        private int noUpdate;
        private int improved;
        private int worsened;

        Line(String code, String title) {
            this.code = code;
            this.title = title;
            for (ActionStatus s : ActionStatus.values()) {
                byStatus.put(s, 0);
            }
        }

        public String code() { return code; }
        public String title() { return title; }
        public int count(ActionStatus status) { return byStatus.get(status); }
        public int total() { return byStatus.values().stream().mapToInt(Integer::intValue).sum(); }
        public int overdue() { return overdue; }
        public int noUpdate() { return noUpdate; }
        public int improved() { return improved; }
        public int worsened() { return worsened; }
        public boolean plannedWork() { return code == null; }
    }

    public record OverdueAction(long id, String title, String priorityCode, LocalDate dueDate, ActionStatus status) {
    }

    public record View(Plan plan, Quarter quarter, List<Line> lines, Line totals, List<OverdueAction> overdue) {
        /** The widest bar in the chart: the largest number of actions under one priority. */
        public int maxTotal() {
            return Math.max(1, lines.stream().mapToInt(Line::total).max().orElse(1));
        }
    }

    public static final int OVERDUE_SHOWN = 20;

    @Transactional(readOnly = true)
    public View view(long planId) {
        Plan plan = plans.plan(planId);
        LocalDate today = plans.today();
        Quarter quarter = Quarter.of(today);
        Map<Long, Line> lines = new LinkedHashMap<>();
        Map<Long, String> codes = new LinkedHashMap<>();
        for (PlanPriority p : plans.priorities(planId)) {
            lines.put(p.getId(), new Line(p.getCode(), p.getTitle()));
            codes.put(p.getId(), p.getCode());
        }
        Line plannedWork = new Line(null, null);
        Line totals = new Line(null, null);
        String sql = "select priority_id, status, count(*) as n,"
                + " sum(case when due_date < ? and status <> 'COMPLETE' then 1 else 0 end) as overdue,"
                + " sum(case when status <> 'COMPLETE' and (status_quarter is null or status_quarter <> ?) then 1 else 0 end) as no_update,"
                + " sum(case when status_quarter = ? and previous_status is not null and " + RANK.formatted("status") + " > "
                + RANK.formatted("previous_status") + " then 1 else 0 end) as improved,"
                + " sum(case when status_quarter = ? and previous_status is not null and " + RANK.formatted("status") + " < "
                + RANK.formatted("previous_status") + " then 1 else 0 end) as worsened"
                + " from plan_action where plan_id = ? group by priority_id, status";
        jdbc.query(sql, rs -> {
            long priorityId = rs.getLong("priority_id");
            Line line = rs.wasNull() ? plannedWork : lines.getOrDefault(priorityId, plannedWork);
            ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
            for (Line target : List.of(line, totals)) {
                target.byStatus.merge(status, rs.getInt("n"), Integer::sum);
                target.overdue += rs.getInt("overdue");
                target.noUpdate += rs.getInt("no_update");
                target.improved += rs.getInt("improved");
                target.worsened += rs.getInt("worsened");
            }
        }, today, quarter.key(), quarter.key(), quarter.key(), planId);
        List<Line> shown = new ArrayList<>(lines.values());
        if (plannedWork.total() > 0) {
            shown.add(plannedWork);
        }
        List<OverdueAction> overdue = jdbc.query("select id, title, priority_id, due_date, status from plan_action"
                        + " where plan_id = ? and due_date < ? and status <> 'COMPLETE' order by due_date, id limit " + OVERDUE_SHOWN,
                (rs, i) -> {
                    long priorityId = rs.getLong("priority_id");
                    return new OverdueAction(rs.getLong("id"), rs.getString("title"), rs.wasNull() ? null : codes.get(priorityId),
                            rs.getObject("due_date", LocalDate.class), ActionStatus.valueOf(rs.getString("status")));
                }, planId, today);
        return new View(plan, quarter, shown, totals, overdue);
    }
}
