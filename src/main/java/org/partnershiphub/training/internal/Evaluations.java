package org.partnershiphub.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation on Kirkpatrick's levels: straight after a session, each person who attended rates it (reaction) and
 * their confidence before and after (learning); from 6 weeks on they say whether their practice changed (behaviour).
 * The certificate is released once the first evaluation is in. Results are reported per course.
 */
@Service
public class Evaluations {

    public static final Duration FOLLOW_UP_AFTER = Duration.ofDays(42);

    public enum PracticeChange { A_LOT, SOMEWHAT, NOT_YET }

    public record Evaluation(long bookingId, int rating, int confidenceBefore, int confidenceAfter, String willDo, Instant submittedAt,
                             PracticeChange practiceChange, String practiceExample) {
    }

    /** A course's results: how many rated it at each score, confidence before and after, practice change counts, comments. */
    public record Results(int responses, Map<Integer, Integer> ratings, double averageRating, double confidenceBefore, double confidenceAfter,
                          int followUps, Map<PracticeChange, Integer> practice, List<String> comments) {
        public int maxRatingCount() {
            return Math.max(1, ratings.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        }
    }

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Evaluations(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Evaluation> of(long bookingId) {
        return jdbc.query("select * from training_evaluation where booking_id = ?", (rs, i) -> new Evaluation(rs.getLong("booking_id"),
                rs.getInt("rating"), rs.getInt("confidence_before"), rs.getInt("confidence_after"), rs.getString("will_do"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("practice_change") == null ? null : PracticeChange.valueOf(rs.getString("practice_change")),
                rs.getString("practice_example")), bookingId).stream().findFirst();
    }

    /** Whether the person may evaluate: they attended (marked on the register) and the session has started. */
    public boolean mayEvaluate(Booking booking, TrainingSession session) {
        return booking.getAttendance() != null && !"DID_NOT_ATTEND".equals(booking.getAttendance())
                && !session.getStartsAt().isAfter(clock.instant());
    }

    public boolean followUpDue(TrainingSession session) {
        return !session.getStartsAt().plus(FOLLOW_UP_AFTER).isAfter(clock.instant());
    }

    @Transactional
    public void submit(long bookingId, int rating, int before, int after, String willDo) {
        if (of(bookingId).isPresent()) {
            throw new BookingRefused("alreadyEvaluated");
        }
        jdbc.update("insert into training_evaluation (booking_id, rating, confidence_before, confidence_after, will_do, submitted_at) "
                + "values (?, ?, ?, ?, ?, ?)", bookingId, rating, before, after, willDo, Timestamp.from(clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "TrainingEvaluation", bookingId));
    }

    @Transactional
    public void followUp(long bookingId, PracticeChange change, String example) {
        if (jdbc.update("update training_evaluation set practice_change = ?, practice_example = ?, followed_up_at = ? "
                + "where booking_id = ? and followed_up_at is null", change.name(), example, Timestamp.from(clock.instant()), bookingId) == 0) {
            throw new BookingRefused("noFollowUp");
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "TrainingEvaluation", bookingId).withDetail("follow-up"));
    }

    @Transactional(readOnly = true)
    public Results results(long courseId) {
        Map<Integer, Integer> ratings = new LinkedHashMap<>();
        for (int r = 1; r <= 5; r++) {
            ratings.put(r, 0);
        }
        Map<PracticeChange, Integer> practice = new LinkedHashMap<>();
        for (PracticeChange p : PracticeChange.values()) {
            practice.put(p, 0);
        }
        List<String> comments = new ArrayList<>();
        int[] n = {0, 0};
        double[] sums = {0, 0, 0};
        jdbc.query("select e.* from training_evaluation e join training_booking b on b.id = e.booking_id "
                + "join training_session s on s.id = b.session_id where s.course_id = ? order by e.submitted_at", rs -> {
                    n[0]++;
                    ratings.merge(rs.getInt("rating"), 1, Integer::sum);
                    sums[0] += rs.getInt("rating");
                    sums[1] += rs.getInt("confidence_before");
                    sums[2] += rs.getInt("confidence_after");
                    if (rs.getString("will_do") != null) {
                        comments.add(rs.getString("will_do"));
                    }
                    if (rs.getString("practice_change") != null) {
                        n[1]++;
                        practice.merge(PracticeChange.valueOf(rs.getString("practice_change")), 1, Integer::sum);
                    }
                }, courseId);
        double count = Math.max(1, n[0]);
        return new Results(n[0], ratings, sums[0] / count, sums[1] / count, sums[2] / count, n[1], practice, comments);
    }
}
