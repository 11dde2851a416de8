package org.partnershiphub.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.YearlyFigures.Table;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * Training's tables for the yearly report, over a far-off year only this test books sessions in: places offered,
 * filled, attended and missed per course and per type of agency, evaluations averaged, and sessions on either side
 * of the year (in London time), cancelled sessions and cancelled bookings left out.
 */
@SpringBootTest
class TrainingYearlyFiguresTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired List<YearlyFigures> contributions;

    String run = Long.toString(System.nanoTime(), 36);
    List<Long> people;

    private YearlyFigures training() {
        return contributions.stream().filter(c -> ClassUtils.getUserClass(c).getSimpleName().equals("TrainingYearlyFigures"))
                .findFirst().orElseThrow();
    }

    private long agency(String type) {
        return jdbc.queryForObject("select min(id) from organisation where org_type = ?", Long.class, type);
    }

    private long course(String title) {
        jdbc.update("insert into training_course (title, summary, format, provider, created_at) values (?, 'Summary', 'IN_PERSON', 'SCP', "
                + "current_timestamp)", title);
        return jdbc.queryForObject("select id from training_course where title = ?", Long.class, title);
    }

    private long session(long course, String londonTime, int capacity, String status) {
        Timestamp starts = Timestamp.from(LocalDateTime.parse(londonTime).atZone(ZoneId.of("Europe/London")).toInstant());
        jdbc.update("insert into training_session (course_id, starts_at, ends_at, capacity, booking_deadline, status, created_at) "
                + "values (?, ?, ?, ?, date '2031-01-01', ?, current_timestamp)", course, starts, starts, capacity, status);
        return jdbc.queryForObject("select max(id) from training_session where course_id = ?", Long.class, course);
    }

    private long booking(long session, int person, String agencyType, String status, String attendance) {
        jdbc.update("insert into training_booking (session_id, person_id, agency_id, status, booked_at, attendance) "
                + "values (?, ?, ?, ?, current_timestamp, ?)", session, people.get(person), agency(agencyType), status, attendance);
        return jdbc.queryForObject("select id from training_booking where session_id = ? and person_id = ?", Long.class, session,
                people.get(person));
    }

    private void evaluation(long booking, int rating, int before, int after, String practiceChange) {
        jdbc.update("insert into training_evaluation (booking_id, rating, confidence_before, confidence_after, submitted_at, practice_change, "
                + "followed_up_at) values (?, ?, ?, ?, current_timestamp, ?, ?)", booking, rating, before, after, practiceChange,
                practiceChange == null ? null : new Timestamp(System.currentTimeMillis()));
    }

    @Test
    void theYearCountsPlacesAttendanceAndEvaluationsOfItsOwnSessionsOnly() {
        assertThat(contributions).anyMatch(c -> ClassUtils.getUserClass(c).getSimpleName().equals("TrainingYearlyFigures"));
        assertThat(training().section()).isEqualTo(YearlyFigures.Section.TRAINING);
        people = jdbc.queryForList("select id from user_account order by id fetch first 5 rows only", Long.class);
        long first = course("Yearly A " + run);
        long second = course("Yearly B " + run);

        long may = session(first, "2031-05-10T10:00", 10, "SCHEDULED");
        long attended = booking(may, 0, "POLICE", "CONFIRMED", "ATTENDED");
        long late = booking(may, 1, "HEALTH", "CONFIRMED", "LATE");
        booking(may, 2, "POLICE", "CONFIRMED", "DID_NOT_ATTEND");
        booking(may, 3, "HEALTH", "CONFIRMED", null); // register not taken
        booking(may, 4, "POLICE", "CANCELLED", null);
        long lastEvening = session(first, "2032-03-31T23:30", 5, "SCHEDULED"); // still the 31st in London
        booking(lastEvening, 0, "EDUCATION", "CONFIRMED", "ATTENDED");
        long nextYear = session(first, "2032-04-01T00:30", 20, "SCHEDULED");
        long outside = booking(nextYear, 1, "HEALTH", "CONFIRMED", "ATTENDED");
        long yearBefore = session(first, "2031-03-31T18:00", 20, "SCHEDULED");
        booking(yearBefore, 1, "HEALTH", "CONFIRMED", "ATTENDED");
        long cancelled = session(first, "2031-06-01T10:00", 8, "CANCELLED");
        booking(cancelled, 1, "HEALTH", "CONFIRMED", null);
        long september = session(second, "2031-09-01T10:00", 4, "SCHEDULED");
        booking(september, 2, "POLICE", "CONFIRMED", "ATTENDED");
        evaluation(attended, 5, 2, 4, "A_LOT");
        evaluation(late, 4, 3, 4, null);
        evaluation(outside, 1, 1, 1, "NOT_YET");

        List<Table> tables = training().figures(java.time.LocalDate.of(2031, 4, 1), java.time.LocalDate.of(2032, 3, 31));
        assertThat(tables).hasSize(3);
        Table sessions = tables.get(0);
        assertThat(sessions.headers()).containsExactly("Course", "Sessions", "Places offered", "Places filled", "Places filled (%)", "Attended",
                "Did not attend");
        assertThat(sessions.rows()).containsExactly(
                List.of("Yearly A " + run, "2", "15", "5", "33%", "3", "1"),
                List.of("Yearly B " + run, "1", "4", "1", "25%", "1", "0"),
                List.of("All courses", "3", "19", "6", "32%", "4", "1"));
        assertThat(sessions.notes()).containsExactly("1 session was cancelled.", "1 confirmed place has no attendance on the register.");

        Table byType = tables.get(1);
        assertThat(byType.headers()).containsExactly("Type of agency", "Places filled", "Attended", "Did not attend");
        assertThat(byType.rows()).containsExactly(List.of("Police", "3", "2", "1"), List.of("Health", "2", "1", "0"),
                List.of("Education", "1", "1", "0"));
        assertThat(byType.barColumns()).containsExactly(2, 3);

        Table evaluations = tables.get(2);
        assertThat(evaluations.rows()).containsExactly(List.of("Yearly A " + run, "2", "4.5", "2.5", "4.0", "1", "1", "0", "0"));
    }

    @Test
    void aYearWithoutSessionsGivesEmptyTables() {
        List<Table> tables = training().figures(java.time.LocalDate.of(2041, 4, 1), java.time.LocalDate.of(2042, 3, 31));
        assertThat(tables).hasSize(3).allMatch(Table::empty).allMatch(t -> t.notes().contains("None in the period"));
    }
}
