package org.partnershiphub.training.internal;

import java.util.Map;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register: who attended a session, came late, left early or did not attend. Not attending is charged to the
 * home agency (unless the partnership's rule is no charge); marking the person as attended again removes that charge.
 * Waivers keep the charge on record but mark it as not to be invoiced, with the reason.
 */
@Service
public class Attendance {

    public enum Mark { ATTENDED, LATE, LEFT_EARLY, DID_NOT_ATTEND;

        public boolean present() {
            return this != DID_NOT_ATTEND;
        }
    }

    private final JdbcTemplate jdbc;
    private final TrainingRules rules;
    private final AuditTrail audit;
    private final SessionRepository sessions;
    private final java.time.Clock clock;

    Attendance(JdbcTemplate jdbc, TrainingRules rules, AuditTrail audit, SessionRepository sessions, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Whether the register can be taken: the session has started and was not cancelled. */
    public boolean open(TrainingSession session) {
        return session.getStatus() != TrainingSession.Status.CANCELLED && !session.getStartsAt().isAfter(clock.instant());
    }

    /**
     * Records the marks given for confirmed bookings of the session; marks for anyone else are ignored.
     *
     * @throws BookingRefused before the session starts (nobody has attended yet) or when it was cancelled
     */
    @Transactional
    public int mark(long sessionId, Map<Long, Mark> marks) {
        TrainingSession session = sessions.findById(sessionId).orElseThrow(() -> new BookingRefused("noSession"));
        if (session.getStatus() == TrainingSession.Status.CANCELLED) {
            throw new BookingRefused("cancelled");
        }
        if (!open(session)) {
            throw new BookingRefused("registerBeforeStart");
        }
        int changed = 0;
        for (Map.Entry<Long, Mark> entry : marks.entrySet()) {
            boolean noShow = entry.getValue() == Mark.DID_NOT_ATTEND && rules.noShowChargePence() > 0;
            int rows = jdbc.update("update training_booking set attendance = ?, "
                            + "charge_reason = case when ? then 'NO_SHOW' when charge_reason = 'NO_SHOW' then null else charge_reason end, "
                            + "charge_pence = case when ? then ? when charge_reason = 'NO_SHOW' then null else charge_pence end, "
                            + "version = version + 1 where id = ? and session_id = ? and status = 'CONFIRMED'",
                    entry.getValue().name(), noShow, noShow, rules.noShowChargePence(), entry.getKey(), sessionId);
            changed += rows;
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "TrainingSession", sessionId).withDetail("register: " + changed + " marks"));
        return changed;
    }

    /** A charge as the partnership invoices it: to the person's home agency, for a session of a course. */
    public record Charge(long agencyId, String course, java.time.LocalDate sessionDate, long personId, String reason, int pence, boolean waived) {
    }

    /** Every charge, by agency then date. */
    @Transactional(readOnly = true)
    public java.util.List<Charge> charges() {
        return jdbc.query("select b.agency_id, c.title, s.starts_at, b.person_id, b.charge_reason, b.charge_pence, b.charge_waived "
                + "from training_booking b join training_session s on s.id = b.session_id join training_course c on c.id = s.course_id "
                + "where b.charge_pence is not null order by b.agency_id, s.starts_at, b.id",
                (rs, i) -> new Charge(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant().atZone(Bookings.LONDON).toLocalDate(),
                        rs.getLong(4), rs.getString(5), rs.getInt(6), rs.getBoolean(7)));
    }

    /** Waives a booking's charge with the reason; the charge stays on record. */
    @Transactional
    public boolean waive(long bookingId, String reason) {
        boolean done = jdbc.update("update training_booking set charge_waived = true, waiver_reason = ?, version = version + 1 "
                + "where id = ? and charge_pence is not null", reason, bookingId) == 1;
        if (done) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, "TrainingBooking", bookingId).withDetail("charge waived"));
        }
        return done;
    }
}
