package org.partnershiphub.training.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training reach for a financial year (April to March), per quarter: places offered, places filled (confirmed
 * bookings) and people who attended, by course and by agency. The scorecard's "training reach" indicator uses these.
 */
@Service
public class Reach implements org.partnershiphub.training.TrainingReach {

    /** Offered, filled and attended for each quarter 1-4 (index 0-3) of the year. */
    public static final class Counts {
        private final int[][] values = new int[4][3];

        public int offered(int quarter) { return values[quarter - 1][0]; }
        public int filled(int quarter) { return values[quarter - 1][1]; }
        public int attended(int quarter) { return values[quarter - 1][2]; }
        public int totalOffered() { return values[0][0] + values[1][0] + values[2][0] + values[3][0]; }
        public int totalFilled() { return values[0][1] + values[1][1] + values[2][1] + values[3][1]; }
        public int totalAttended() { return values[0][2] + values[1][2] + values[2][2] + values[3][2]; }

        void add(int quarter, int offered, int filled, int attended) {
            values[quarter - 1][0] += offered;
            values[quarter - 1][1] += filled;
            values[quarter - 1][2] += attended;
        }
    }

    public record Report(int year, Counts total, Map<String, Counts> byCourse, Map<String, Counts> byAgency) {
        public String label() {
            return year + "-" + String.format("%02d", (year + 1) % 100);
        }
    }

    private final JdbcTemplate jdbc;

    Reach(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many confirmed people (bookings {@code b}) attended: on the register as attended, late or left early. */
    static final String ATTENDED = "sum(case when b.attendance in ('ATTENDED', 'LATE', 'LEFT_EARLY') then 1 else 0 end)";

    /** The first moment of a day in London, where sessions are held: the bounds of a year or a period of sessions. */
    static java.sql.Timestamp startOf(LocalDate day) {
        return java.sql.Timestamp.from(day.atStartOfDay(Bookings.LONDON).toInstant());
    }

    static int quarter(LocalDate day) {
        int month = day.getMonthValue();
        return month >= 4 ? (month - 4) / 3 + 1 : 4;
    }

    @Transactional(readOnly = true)
    public Report report(int year) {
        java.sql.Timestamp from = startOf(LocalDate.of(year, 4, 1));
        java.sql.Timestamp to = startOf(LocalDate.of(year + 1, 4, 1));
        Counts total = new Counts();
        Map<String, Counts> byCourse = new TreeMap<>();
        Map<String, Counts> byAgency = new TreeMap<>();
        jdbc.query("select s.id, s.starts_at, s.capacity, c.title from training_session s join training_course c on c.id = s.course_id "
                + "where s.status = 'SCHEDULED' and s.starts_at >= ? and s.starts_at < ?", rs -> {
                    int q = quarter(rs.getTimestamp(2).toInstant().atZone(Bookings.LONDON).toLocalDate());
                    total.add(q, rs.getInt(3), 0, 0);
                    byCourse.computeIfAbsent(rs.getString(4), k -> new Counts()).add(q, rs.getInt(3), 0, 0);
                }, from, to);
        jdbc.query("select s.starts_at, c.title, o.name, count(*) as filled, "
                + ATTENDED + " as attended "
                + "from training_booking b join training_session s on s.id = b.session_id join training_course c on c.id = s.course_id "
                + "join organisation o on o.id = b.agency_id where b.status = 'CONFIRMED' and s.status = 'SCHEDULED' "
                + "and s.starts_at >= ? and s.starts_at < ? group by s.starts_at, c.title, o.name", rs -> {
                    int q = quarter(rs.getTimestamp(1).toInstant().atZone(Bookings.LONDON).toLocalDate());
                    int filled = rs.getInt(4);
                    int attended = rs.getInt(5);
                    total.add(q, 0, filled, attended);
                    byCourse.computeIfAbsent(rs.getString(2), k -> new Counts()).add(q, 0, filled, attended);
                    byAgency.computeIfAbsent(rs.getString(3), k -> new Counts()).add(q, 0, filled, attended);
                }, from, to);
        return new Report(year, total, byCourse, byAgency);
    }

    @Override
    @Transactional(readOnly = true)
    public AgencyReach forAgency(long agencyId, int year) {
        java.sql.Timestamp from = startOf(LocalDate.of(year, 4, 1));
        java.sql.Timestamp to = startOf(LocalDate.of(year + 1, 4, 1));
        return jdbc.queryForObject("select count(*), coalesce(" + ATTENDED + ", 0) "
                + "from training_booking b join training_session s on s.id = b.session_id where b.status = 'CONFIRMED' and s.status = 'SCHEDULED' "
                + "and b.agency_id = ? and s.starts_at >= ? and s.starts_at < ?", (rs, n) -> new AgencyReach(year, rs.getInt(1), rs.getInt(2)),
                agencyId, from, to);
    }
}
