package org.partnershiphub.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.OrganisationType;
import org.partnershiphub.shared.YearlyFigures;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training in the yearly report, counted as the reach report counts it ({@link Reach}): scheduled sessions starting in
 * the period (London days), places offered (capacity), places filled (confirmed bookings), people who attended (on the
 * register as attended, late or left early) and who did not attend, per course and per type of the attendee's home
 * agency; then the evaluations of those sessions (rating and confidence straight after, practice change at the 6-week
 * follow-up). Notes flag cancelled sessions and registers not taken.
 */
@Component
class TrainingYearlyFigures implements YearlyFigures {

    private static final String IN_PERIOD = "s.status = 'SCHEDULED' and s.starts_at >= ? and s.starts_at < ?";
    private static final String DID_NOT_ATTEND = "sum(case when b.attendance = 'DID_NOT_ATTEND' then 1 else 0 end)";

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final MessageSource messages;

    TrainingYearlyFigures(JdbcTemplate jdbc, Directory directory, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public Section section() {
        return Section.TRAINING;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Table> figures(LocalDate from, LocalDate to) {
        Object[] period = {Reach.startOf(from), Reach.startOf(to.plusDays(1))};
        return List.of(sessions(period), byAgencyType(period), evaluations(period));
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "" : Math.round(100.0 * part / whole) + "%";
    }

    /** Offered, filled, attended, did not attend and not marked, per course. */
    private Table sessions(Object[] period) {
        Map<Long, int[]> byCourse = new HashMap<>();
        List<Long> order = new ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        jdbc.query("select c.id, c.title, count(*), sum(s.capacity) from training_session s join training_course c on c.id = s.course_id "
                + "where " + IN_PERIOD + " group by c.id, c.title order by c.title, c.id", rs -> {
                    order.add(rs.getLong(1));
                    titles.put(rs.getLong(1), rs.getString(2));
                    byCourse.put(rs.getLong(1), new int[] {rs.getInt(3), rs.getInt(4), 0, 0, 0, 0});
                }, period);
        jdbc.query("select s.course_id, count(*), " + Reach.ATTENDED + ", " + DID_NOT_ATTEND + ", "
                + "sum(case when b.attendance is null then 1 else 0 end) from training_booking b join training_session s on s.id = b.session_id "
                + "where b.status = 'CONFIRMED' and " + IN_PERIOD + " group by s.course_id", rs -> {
                    int[] c = byCourse.get(rs.getLong(1));
                    c[2] = rs.getInt(2);
                    c[3] = rs.getInt(3);
                    c[4] = rs.getInt(4);
                    c[5] = rs.getInt(5);
                }, period);
        int[] total = new int[6];
        List<List<String>> rows = new ArrayList<>();
        for (long id : order) {
            int[] c = byCourse.get(id);
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
            rows.add(sessionRow(titles.get(id), c));
        }
        List<String> notes = new ArrayList<>();
        if (!rows.isEmpty()) {
            rows.add(sessionRow("All courses", total));
        } else {
            notes.add("None in the period");
        }
        int cancelled = jdbc.queryForObject("select count(*) from training_session s where s.status = 'CANCELLED' "
                + "and s.starts_at >= ? and s.starts_at < ?", Integer.class, period);
        if (cancelled > 0) {
            notes.add(cancelled + (cancelled == 1 ? " session was" : " sessions were") + " cancelled.");
        }
        if (total[5] > 0) {
            notes.add(total[5] + (total[5] == 1 ? " confirmed place has" : " confirmed places have") + " no attendance on the register.");
        }
        return Table.of("Training sessions in the period, by course",
                List.of("Course", "Sessions", "Places offered", "Places filled", "Places filled (%)", "Attended", "Did not attend"), rows, notes);
    }

    private static List<String> sessionRow(String name, int[] c) {
        return List.of(name, String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]), pct(c[2], c[1]), String.valueOf(c[3]),
                String.valueOf(c[4]));
    }

    /** Filled, attended and did not attend per type of the home agency of the person booked. */
    private Table byAgencyType(Object[] period) {
        Map<Long, OrganisationType> types = new HashMap<>();
        directory.agencies().forEach(a -> types.put(a.id(), a.type()));
        Map<OrganisationType, int[]> byType = new EnumMap<>(OrganisationType.class);
        jdbc.query("select b.agency_id, count(*), " + Reach.ATTENDED + ", " + DID_NOT_ATTEND + " from training_booking b "
                + "join training_session s on s.id = b.session_id where b.status = 'CONFIRMED' and " + IN_PERIOD + " group by b.agency_id", rs -> {
                    int[] c = byType.computeIfAbsent(types.getOrDefault(rs.getLong(1), OrganisationType.OTHER), k -> new int[3]);
                    c[0] += rs.getInt(2);
                    c[1] += rs.getInt(3);
                    c[2] += rs.getInt(4);
                }, period);
        List<List<String>> rows = new ArrayList<>();
        byType.forEach((type, c) -> rows.add(List.of(messages.getMessage("organisationType." + type, null, type.name(), Locale.UK),
                String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]))));
        return new Table("Places filled by type of agency", List.of("Type of agency", "Places filled", "Attended", "Did not attend"), rows,
                rows.isEmpty() ? List.of("None in the period") : List.of(), List.of(2, 3));
    }

    /** Evaluations per course of sessions in the period: responses, averages out of 5, practice change at follow-up. */
    private Table evaluations(Object[] period) {
        List<List<String>> rows = new ArrayList<>();
        jdbc.query("select c.title, count(*), sum(e.rating), sum(e.confidence_before), sum(e.confidence_after), count(e.followed_up_at), "
                + "sum(case when e.practice_change = 'A_LOT' then 1 else 0 end), sum(case when e.practice_change = 'SOMEWHAT' then 1 else 0 end), "
                + "sum(case when e.practice_change = 'NOT_YET' then 1 else 0 end) from training_evaluation e "
                + "join training_booking b on b.id = e.booking_id join training_session s on s.id = b.session_id "
                + "join training_course c on c.id = s.course_id where " + IN_PERIOD + " group by c.id, c.title order by c.title, c.id", rs -> {
                    int n = rs.getInt(2);
                    rows.add(List.of(rs.getString(1), String.valueOf(n), average(rs.getInt(3), n), average(rs.getInt(4), n),
                            average(rs.getInt(5), n), String.valueOf(rs.getInt(6)), String.valueOf(rs.getInt(7)), String.valueOf(rs.getInt(8)),
                            String.valueOf(rs.getInt(9))));
                }, period);
        return Table.of("Evaluation of training in the period", List.of("Course", "Evaluations", "Average rating (out of 5)",
                "Confidence before (out of 5)", "Confidence after (out of 5)", "6-week follow-ups", "Practice changed a lot",
                "Practice changed somewhat", "Practice not changed yet"), rows, rows.isEmpty() ? List.of("None in the period") : List.of());
    }

    private static String average(int sum, int n) {
        return String.format(Locale.UK, "%.1f", (double) sum / n);
    }
}
