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

    Attendance(JdbcTemplate jdbc, TrainingRules rules, AuditTrail audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
    }

    /** Records the marks given for confirmed bookings of the session; marks for anyone else are ignored. */
    @Transactional
    public int mark(long sessionId, Map<Long, Mark> marks) {
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
