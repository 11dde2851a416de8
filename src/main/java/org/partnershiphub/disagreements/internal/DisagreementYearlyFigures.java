package org.partnershiphub.disagreements.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.partnershiphub.shared.YearlyFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Professional disagreements in the yearly report, counted as the Executive's report counts them
 * ({@link DisagreementReport}): disagreements raised in the period by where they ended or stand (resolved, open or
 * withdrawn, at which stage), how many were escalated at least once, and how many kept within every stage's time limit
 * in working days ({@link StageStep#withinLimit}). Counts only: no child's reference.
 */
@Component
class DisagreementYearlyFigures implements YearlyFigures {

    private final JdbcTemplate jdbc;
    private final Disagreements disagreements;

    DisagreementYearlyFigures(JdbcTemplate jdbc, Disagreements disagreements) {
        this.jdbc = jdbc;
        this.disagreements = disagreements;
    }

    @Override
    public Section section() {
        return Section.CHALLENGE;
    }

    @Override
    public int order() {
        return 20;
    }

    private record Line(Disagreement.Status status, int stage, String stageName, int count, int escalated, int outside, int overdue) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> figures(LocalDate from, LocalDate to) {
        Date today = Date.valueOf(disagreements.today());
        Date first = Date.valueOf(from);
        Date last = Date.valueOf(to);
        List<Line> lines = jdbc.query("select d.status, d.current_stage, st.name, count(*), sum(case when x.escalations > 0 then 1 else 0 end), "
                + "sum(case when x.late_steps > 0 then 1 else 0 end), sum(case when d.status = 'OPEN' and d.current_due < ? then 1 else 0 end) "
                + "from disagreement d join (select s.disagreement_id, "
                + "sum(case when s.outcome in ('ESCALATED', 'ESCALATED_AUTOMATICALLY') then 1 else 0 end) as escalations, "
                + "sum(case when " + StageStep.OUTSIDE_LIMIT_SQL + " then 1 else 0 end) as late_steps "
                + "from disagreement_step s join disagreement r on r.id = s.disagreement_id where r.raised_on >= ? and r.raised_on <= ? "
                + "group by s.disagreement_id) x on x.disagreement_id = d.id "
                + "left join disagreement_stage st on st.stage_order = d.current_stage "
                + "where d.raised_on >= ? and d.raised_on <= ? group by d.status, d.current_stage, st.name order by d.current_stage",
                (rs, n) -> new Line(Disagreement.Status.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7)),
                today, today, first, last, first, last);
        List<String> headers = List.of("Outcome", "Stage reached", "Disagreements", "Escalated at least once",
                "Within every stage's time limit", "Outside a stage's time limit");
        if (lines.isEmpty()) {
            return List.of(Table.of("Professional disagreements raised in the period", headers, List.of(), List.of("None in the period")));
        }
        List<List<String>> rows = new ArrayList<>();
        int total = 0;
        int escalated = 0;
        int overdue = 0;
        for (Disagreement.Status status : List.of(Disagreement.Status.RESOLVED, Disagreement.Status.OPEN, Disagreement.Status.WITHDRAWN)) {
            for (Line l : lines) {
                if (l.status() == status) {
                    String where = switch (status) {
                        case RESOLVED -> "Resolved";
                        case OPEN -> "Still open";
                        case WITHDRAWN -> "Withdrawn";
                    };
                    rows.add(List.of(where, l.stageName() == null ? "Stage " + l.stage() : l.stageName(), String.valueOf(l.count()), String.valueOf(l.escalated()), String.valueOf(l.count() - l.outside()),
                            String.valueOf(l.outside())));
                    total += l.count();
                    escalated += l.escalated();
                    overdue += l.overdue();
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(total + (total == 1 ? " disagreement was" : " disagreements were") + " raised in the period; " + escalated + " escalated.");
        if (overdue > 0) {
            notes.add(overdue + (overdue == 1 ? " open disagreement is past its stage's time limit."
                    : " open disagreements are past their stage's time limit."));
        }
        return List.of(new Table("Professional disagreements raised in the period", headers, rows, notes, List.of(4, 5)));
    }
}
