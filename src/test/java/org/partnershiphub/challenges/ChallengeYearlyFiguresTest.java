package org.partnershiphub.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.MutableClock;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.YearlyFigures.Table;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * The challenge log's table for the yearly report, over a far-off year only this test records challenges in, read
 * two months after it ends: challenges by where they stand, responses overdue by the log's rule, responses given after
 * their due date, and challenges raised either side of the year left out.
 */
@SpringBootTest
@Import(MutableClock.Configuration.class)
class ChallengeYearlyFiguresTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired List<YearlyFigures> contributions;

    String run = Long.toString(System.nanoTime(), 36);
    int entries;

    @AfterEach
    void backToNow() {
        clock.set(Instant.now());
    }

    private YearlyFigures challenges() {
        return contributions.stream().filter(c -> ClassUtils.getUserClass(c).getSimpleName().equals("ChallengeYearlyFigures"))
                .findFirst().orElseThrow();
    }

    private void entry(String raised, String status, String due, String respondedOn) {
        long agency = jdbc.queryForObject("select min(id) from organisation", Long.class);
        jdbc.update("insert into challenge_log_entry (reference, raised_on, raised_by_agency_id, challenged_agency_id, forum_other, issue, "
                + "response_due, response, responded_on, status, created_at, updated_at) values (?, ?, ?, ?, 'Yearly test', 'Issue', ?, ?, ?, ?, "
                + "current_timestamp, current_timestamp)", "Y" + run + "-" + ++entries, Date.valueOf(raised), agency, agency, Date.valueOf(due),
                respondedOn == null ? null : "Answer", respondedOn == null ? null : Date.valueOf(respondedOn), status);
    }

    @Test
    void theYearCountsItsChallengesByStatusWithOverdueAndLateResponses() {
        assertThat(contributions).anyMatch(c -> ClassUtils.getUserClass(c).getSimpleName().equals("ChallengeYearlyFigures"));
        assertThat(challenges().section()).isEqualTo(YearlyFigures.Section.CHALLENGE);
        clock.set(Instant.parse("2032-06-01T12:00:00Z"));
        entry("2031-05-01", "OPEN", "2031-06-01", null);                       // overdue
        entry("2031-06-01", "OPEN", "2032-07-01", null);                       // not due yet
        entry("2031-07-01", "RESPONSE_RECEIVED", "2031-08-01", "2031-08-10");  // answered late
        entry("2032-03-31", "CLOSED_RESOLVED", "2032-04-30", "2032-04-20");
        entry("2031-03-31", "OPEN", "2031-04-30", null);                       // the year before
        entry("2032-04-01", "CLOSED_ESCALATED", "2032-04-30", "2032-05-20");   // the year after

        List<Table> tables = challenges().figures(LocalDate.of(2031, 4, 1), LocalDate.of(2032, 3, 31));
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.headers()).containsExactly("Where the challenge stands", "Challenges", "Response overdue", "Answered after the due date");
            assertThat(t.rows()).containsExactly(List.of("Open", "2", "1", "0"), List.of("Response received", "1", "0", "1"),
                    List.of("Closed \u2014 resolved", "1", "0", "0"), List.of("Closed \u2014 escalated", "0", "0", "0"),
                    List.of("All challenges", "4", "1", "1"));
            assertThat(t.notes()).containsExactly("1 challenge is still waiting for a response that was due.");
        });
    }

    @Test
    void aYearWithoutChallengesGivesAnEmptyTable() {
        assertThat(challenges().figures(LocalDate.of(2041, 4, 1), LocalDate.of(2042, 3, 31))).singleElement()
                .satisfies(t -> assertThat(t.empty()).isTrue()).satisfies(t -> assertThat(t.notes()).containsExactly("None in the period"));
    }
}
