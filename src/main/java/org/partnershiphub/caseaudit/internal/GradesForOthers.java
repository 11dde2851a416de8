package org.partnershiphub.caseaudit.internal;

import java.util.List;

import org.partnershiphub.caseaudit.AgencyAuditGrades;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Case file audit grades as other modules see them: per section and case of the audits an agency took part in. */
@Component
class GradesForOthers implements AgencyAuditGrades {

    private final JdbcTemplate jdbc;

    GradesForOthers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SectionRef> sections() {
        return jdbc.query("select s.id, t.name || ' (version ' || t.tool_version || ')', s.title from ca_tool_section s join ca_tool t on t.id = s.tool_id "
                + "order by t.name, t.tool_version, s.position, s.id", (rs, n) -> new SectionRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Graded> forAgency(long agencyId) {
        return jdbc.query("select a.id, a.theme, a.programme_year, s.id, s.title, c.reference, "
                + "(select r.grade from ca_response r join ca_submission sub on sub.case_id = r.case_id and sub.agency_id = r.agency_id "
                + " where r.case_id = c.id and r.agency_id = g.agency_id and r.section_id = s.id), "
                + "(select ag.grade from ca_agreed_grade ag where ag.case_id = c.id and ag.section_id = s.id) "
                + "from ca_audit_agency g join ca_audit a on a.id = g.audit_id join ca_case c on c.audit_id = a.id "
                + "join ca_tool_section s on s.tool_id = a.tool_id where g.agency_id = ? order by a.deadline desc, a.id, c.id, s.position",
                (rs, n) -> new Graded(rs.getLong(1), rs.getString(2), rs.getInt(3) + " to " + (rs.getInt(3) + 1), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)), agencyId);
    }
}
