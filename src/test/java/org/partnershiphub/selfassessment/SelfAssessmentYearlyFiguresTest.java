package org.partnershiphub.selfassessment;

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
 * Self-assessments in the yearly report, over a far-off year only this test opens cycles in: agencies asked, returned
 * and returned late, ratings of returned returns with the moderated rating winning over the agency's own, the agencies
 * that did not return named, and cycles due either side of the year left out.
 */
@SpringBootTest
class SelfAssessmentYearlyFiguresTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired List<YearlyFigures> contributions;

    String run = Long.toString(System.nanoTime(), 36);

    private YearlyFigures selfAssessments() {
        return contributions.stream().filter(c -> ClassUtils.getUserClass(c).getSimpleName().equals("SelfAssessmentYearlyFigures"))
                .findFirst().orElseThrow();
    }

    private long cycle(String name, String due) {
        jdbc.update("insert into sa_cycle (name, opens_on, due_on, created_by, created_at) values (?, ?, ?, (select min(id) from user_account), "
                + "current_timestamp)", name, Date.valueOf(LocalDate.parse(due).minusMonths(2)), Date.valueOf(due));
        return jdbc.queryForObject("select id from sa_cycle where name = ?", Long.class, name);
    }

    private long giveReturn(long cycle, long agency, String framework, String status, boolean late) {
        jdbc.update("insert into sa_return (cycle_id, agency_id, framework, status, late) values (?, ?, ?, ?, ?)", cycle, agency, framework, status,
                late);
        return jdbc.queryForObject("select id from sa_return where cycle_id = ? and agency_id = ?", Long.class, cycle, agency);
    }

    private void answer(long returnId, long standard, String rating, String moderated) {
        jdbc.update("insert into sa_answer (return_id, standard_id, rating, moderated_rating) values (?, ?, ?, ?)", returnId, standard, rating,
                moderated);
    }

    @Test
    void eachCycleDueInTheYearCountsReturnsAndAgreedRatings() {
        assertThat(contributions).anyMatch(c -> ClassUtils.getUserClass(c).getSimpleName().equals("SelfAssessmentYearlyFigures"));
        assertThat(selfAssessments().section()).isEqualTo(YearlyFigures.Section.QUALITY_ASSURANCE);
        List<Long> agencies = jdbc.queryForList("select id from organisation order by id fetch first 4 rows only", Long.class);
        List<Long> s11 = jdbc.queryForList("select id from sa_standard where framework = 'SECTION_11' and active = true order by position", Long.class);
        long s175 = jdbc.queryForList("select id from sa_standard where framework = 'SECTION_175' and active = true order by position", Long.class)
                .get(0);
        long cycle = cycle("Yearly " + run, "2031-06-30");
        long moderated = giveReturn(cycle, agencies.get(0), "SECTION_11", "MODERATED", false);
        answer(moderated, s11.get(0), "AMBER", "GREEN");
        answer(moderated, s11.get(1), "GREEN", "AMBER");
        answer(moderated, s11.get(2), "RED", null);
        long lateSchool = giveReturn(cycle, agencies.get(1), "SECTION_175", "SUBMITTED", true);
        answer(lateSchool, s175, "GREEN", null);
        answer(giveReturn(cycle, agencies.get(2), "SECTION_11", "DRAFT", false), s11.get(0), "GREEN", null);
        answer(giveReturn(cycle, agencies.get(3), "SECTION_11", "EVIDENCE_REQUESTED", false), s11.get(0), "RED", null);
        long after = cycle("Yearly after " + run, "2032-04-01");
        answer(giveReturn(after, agencies.get(0), "SECTION_11", "MODERATED", false), s11.get(0), "RED", null);
        long before = cycle("Yearly before " + run, "2031-03-31");
        answer(giveReturn(before, agencies.get(0), "SECTION_11", "MODERATED", false), s11.get(0), "RED", null);

        List<Table> tables = selfAssessments().figures(LocalDate.of(2031, 4, 1), LocalDate.of(2032, 3, 31));
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.headers()).containsExactly("Cycle", "Frameworks", "Agencies asked", "Returned", "Returned late", "Standards rated red",
                    "Standards rated amber", "Standards rated green", "Rated green (%)");
            assertThat(t.rows()).containsExactly(List.of("Yearly " + run, "Section 11, Section 175", "4", "2", "1", "1", "1", "2", "50%"));
            assertThat(t.barColumns()).containsExactly(5, 6, 7);
            List<String> absent = jdbc.queryForList("select name from organisation where id in (?, ?) order by name", String.class,
                    agencies.get(2), agencies.get(3));
            assertThat(t.notes()).containsExactly("Yearly " + run + ": 2 agencies did not return: " + String.join(", ", absent) + ".");
        });
    }

    @Test
    void aYearWithoutCyclesGivesAnEmptyTable() {
        assertThat(selfAssessments().figures(LocalDate.of(2041, 4, 1), LocalDate.of(2042, 3, 31))).singleElement()
                .satisfies(t -> assertThat(t.empty()).isTrue()).satisfies(t -> assertThat(t.notes()).containsExactly("None in the period"));
    }
}
