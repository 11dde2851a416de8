package org.partnershiphub.caseaudit.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.shared.YearlyFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-agency case file audits in the yearly report: each audit whose meeting was held in the period (met or
 * closed), with its theme, how many cases were audited, how many agencies took part, the share of the meeting's agreed
 * grades that were good or better ({@link Grade#goodOrBetter}) and how many actions it raised. Notes flag audits whose
 * agencies did not submit every part. Counts and themes only: never a case's reference or a child's identity.
 */
@Component
class CaseAuditYearlyFigures implements YearlyFigures {

    private static final String HELD = "a.status in ('MET', 'CLOSED') and a.meeting_on >= ? and a.meeting_on <= ?";

    private final JdbcTemplate jdbc;

    CaseAuditYearlyFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Section section() {
        return Section.QUALITY_ASSURANCE;
    }

    @Override
    public int order() {
        return 20;
    }

    /** Per audit: cases, agencies, agreed grades, good or better, actions, parts submitted. */
    private void counted(String sql, Object[] period, Map<Long, int[]> into, int index) {
        jdbc.query(sql, rs -> {
            into.computeIfAbsent(rs.getLong(1), k -> new int[6])[index] += rs.getInt(2);
        }, period);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> figures(LocalDate from, LocalDate to) {
        Object[] period = {Date.valueOf(from), Date.valueOf(to)};
        Map<Long, String> themes = new LinkedHashMap<>();
        jdbc.query("select a.id, a.theme from ca_audit a where " + HELD + " order by a.meeting_on, a.id",
                rs -> {
                    themes.put(rs.getLong(1), rs.getString(2));
                }, period);
        Map<Long, int[]> counts = new HashMap<>();
        counted("select a.id, count(*) from ca_case c join ca_audit a on a.id = c.audit_id where " + HELD + " group by a.id", period, counts, 0);
        counted("select a.id, count(*) from ca_audit_agency aa join ca_audit a on a.id = aa.audit_id where " + HELD + " group by a.id", period,
                counts, 1);
        jdbc.query("select a.id, g.grade, count(*) from ca_agreed_grade g join ca_case c on c.id = g.case_id join ca_audit a on a.id = c.audit_id "
                + "where " + HELD + " group by a.id, g.grade", rs -> {
                    int[] c = counts.computeIfAbsent(rs.getLong(1), k -> new int[6]);
                    c[2] += rs.getInt(3);
                    c[3] += Grade.valueOf(rs.getString(2)).goodOrBetter() ? rs.getInt(3) : 0;
                }, period);
        counted("select a.id, count(*) from ca_action x join ca_audit a on a.id = x.audit_id where " + HELD + " group by a.id", period, counts, 4);
        counted("select a.id, count(*) from ca_submission s join ca_case c on c.id = s.case_id join ca_audit a on a.id = c.audit_id "
                + "join ca_audit_agency aa on aa.audit_id = a.id and aa.agency_id = s.agency_id where " + HELD + " group by a.id", period, counts, 5);
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        themes.forEach((id, theme) -> {
            int[] c = counts.getOrDefault(id, new int[6]);
            rows.add(List.of(theme, String.valueOf(c[0]), String.valueOf(c[1]), c[2] == 0 ? "" : Math.round(100f * c[3] / c[2]) + "%",
                    String.valueOf(c[4])));
            int missing = c[0] * c[1] - c[5];
            if (missing > 0) {
                notes.add(theme + ": " + missing + (missing == 1 ? " agency part was" : " agency parts were") + " not submitted.");
            }
        });
        if (rows.isEmpty()) {
            notes.add("None in the period");
        }
        return List.of(Table.of("Multi-agency case file audits", List.of("Theme", "Cases audited", "Agencies taking part",
                "Agreed grades good or better", "Actions raised"), rows, notes));
    }
}
