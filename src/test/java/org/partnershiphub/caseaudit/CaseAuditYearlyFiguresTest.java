package org.partnershiphub.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.YearlyFigures.Table;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * Case file audits in the yearly report, over a far-off year only this test holds audit meetings in: cases, agencies,
 * agreed grades good or better, actions and parts not submitted per audit held, audits met either side of the year or
 * not yet met left out, and no case reference or child's name anywhere in the table.
 */
@SpringBootTest
class CaseAuditYearlyFiguresTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired List<YearlyFigures> contributions;

    String run = Long.toString(System.nanoTime(), 36);
    List<Long> agencies;
    List<Long> sections;

    private YearlyFigures audits() {
        return contributions.stream().filter(c -> ClassUtils.getUserClass(c).getSimpleName().equals("CaseAuditYearlyFigures"))
                .findFirst().orElseThrow();
    }

    private long audit(String theme, String status, String meetingOn, int agencyCount) {
        jdbc.update("insert into ca_audit (programme_year, theme, source, tool_id, deadline, meeting_on, status, created_by, created_at) "
                + "values (2031, ?, 'OTHER', (select min(id) from ca_tool), date '2031-04-01', ?, ?, (select min(id) from user_account), "
                + "current_timestamp)", theme, meetingOn == null ? null : Date.valueOf(meetingOn), status);
        long id = jdbc.queryForObject("select id from ca_audit where theme = ?", Long.class, theme);
        for (int i = 0; i < agencyCount; i++) {
            jdbc.update("insert into ca_audit_agency (audit_id, agency_id) values (?, ?)", id, agencies.get(i));
        }
        return id;
    }

    private long auditCase(long audit, String reference, String... agreedGrades) {
        jdbc.update("insert into ca_case (audit_id, reference, created_at) values (?, ?, current_timestamp)", audit, reference);
        long id = jdbc.queryForObject("select id from ca_case where audit_id = ? and reference = ?", Long.class, audit, reference);
        jdbc.update("insert into ca_case_identity (case_id, full_name, recorded_by, recorded_at) values (?, ?, (select min(id) from user_account), "
                + "current_timestamp)", id, "Childname " + run);
        for (int i = 0; i < agreedGrades.length; i++) {
            jdbc.update("insert into ca_agreed_grade (case_id, section_id, grade) values (?, ?, ?)", id, sections.get(i), agreedGrades[i]);
        }
        return id;
    }

    private void submitted(long auditCase, int agency) {
        jdbc.update("insert into ca_submission (case_id, agency_id, submitted_by, submitted_at) values (?, ?, (select min(id) from user_account), "
                + "current_timestamp)", auditCase, agencies.get(agency));
    }

    private void action(long audit) {
        jdbc.update("insert into ca_action (audit_id, action_text, created_at) values (?, 'Do better', current_timestamp)", audit);
    }

    @Test
    void eachAuditHeldInTheYearCountsCasesAgenciesGradesAndActions() {
        assertThat(contributions).anyMatch(c -> ClassUtils.getUserClass(c).getSimpleName().equals("CaseAuditYearlyFigures"));
        assertThat(audits().section()).isEqualTo(YearlyFigures.Section.QUALITY_ASSURANCE);
        agencies = jdbc.queryForList("select id from organisation order by id fetch first 3 rows only", Long.class);
        sections = jdbc.queryForList("select id from ca_tool_section where tool_id = (select min(id) from ca_tool) order by position", Long.class);

        long neglect = audit("Neglect " + run, "CLOSED", "2031-05-20", 3);
        long first = auditCase(neglect, "PSEUDO-A" + run, "OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE");
        long second = auditCase(neglect, "PSEUDO-B" + run, "GOOD", "GOOD", "GOOD", "INADEQUATE");
        for (int agency = 0; agency < 3; agency++) {
            submitted(first, agency);
        }
        submitted(second, 0); // two parts of the second case never came
        action(neglect);
        action(neglect);
        long exploitation = audit("Exploitation " + run, "MET", "2032-03-31", 2);
        long third = auditCase(exploitation, "PSEUDO-C" + run, "GOOD");
        submitted(third, 0);
        submitted(third, 1);
        action(audit("Later " + run, "MET", "2032-04-01", 2));
        action(audit("Earlier " + run, "CLOSED", "2031-03-31", 2));
        action(audit("Not met " + run, "OPEN", "2031-09-01", 2));

        List<Table> tables = audits().figures(LocalDate.of(2031, 4, 1), LocalDate.of(2032, 3, 31));
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.headers()).containsExactly("Theme", "Cases audited", "Agencies taking part", "Agreed grades good or better",
                    "Actions raised");
            assertThat(t.rows()).containsExactly(List.of("Neglect " + run, "2", "3", "63%", "2"), List.of("Exploitation " + run, "1", "2", "100%", "0"));
            assertThat(t.notes()).containsExactly("Neglect " + run + ": 2 agency parts were not submitted.");
            assertThat(t.toString()).doesNotContain("PSEUDO").doesNotContain("Childname");
        });
    }

    @Test
    void aYearWithoutAuditsGivesAnEmptyTable() {
        assertThat(audits().figures(LocalDate.of(2041, 4, 1), LocalDate.of(2042, 3, 31))).singleElement()
                .satisfies(t -> assertThat(t.empty()).isTrue()).satisfies(t -> assertThat(t.notes()).containsExactly("None in the period"));
    }
}
