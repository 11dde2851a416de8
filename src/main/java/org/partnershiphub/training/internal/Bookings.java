package org.partnershiphub.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, cancelling and the waiting list. Every change to a session's places is a single conditional UPDATE of the
 * session row ({@code taken < capacity}), which also holds the row's lock until the transaction ends: concurrent
 * bookings of one session queue on that lock, so a session is never over capacity and waiting positions are handed
 * out in order, on H2 and PostgreSQL alike. A person has at most one booking per session (a unique key).
 */
@Service
public class Bookings {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** What a booking came to: a confirmed place, or a place on the waiting list. */
    public record Outcome(long bookingId, Booking.Status status, Integer waitingPosition, Instant heldUntil) {
    }

    /** Sent after commit for emails: a place confirmed, a place on the waiting list, a freed place offered, a cancellation. */
    public record BookingChanged(long bookingId, Booking.Status status) {
    }

    /** Sent after commit when the manager approved or declined (with the reason, for the practitioner's email). */
    public record ManagerDecided(long bookingId, boolean approved) {
    }

    private final JdbcTemplate jdbc;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final WorkingDayCalendar calendar;
    private final TrainingRules rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ApprovalRequests approvalRequests;

    Bookings(JdbcTemplate jdbc, SessionRepository sessions, BookingRepository bookings, WorkingDayCalendar calendar, TrainingRules rules,
             AuditTrail audit, ApplicationEventPublisher events, Clock clock, ApprovalRequests approvalRequests) {
        this.approvalRequests = approvalRequests;
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.bookings = bookings;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /**
     * Books a place for a person of an agency, or a place on the waiting list when the session is full.
     *
     * @throws BookingRefused when booking has closed, the session is cancelled, or the person already holds a booking
     */
    @Transactional
    public Outcome book(long sessionId, long personId, long agencyId, String managerName, String managerEmail) {
        TrainingSession session = sessions.findById(sessionId).orElseThrow(() -> new BookingRefused("noSession"));
        if (session.getStatus() == TrainingSession.Status.CANCELLED) {
            throw new BookingRefused("cancelled");
        }
        if (today().isAfter(session.getBookingDeadline())) {
            throw new BookingRefused("deadlinePassed", session.getBookingDeadline());
        }
        Optional<Booking> existing = bookings.findBySessionIdAndPersonId(sessionId, personId);
        if (existing.isPresent() && existing.get().getStatus().active()) {
            throw new BookingRefused("alreadyBooked");
        }
        Instant now = clock.instant();
        boolean needsApproval = approvalRequests.needed(session);
        boolean placed = jdbc.update("update training_session set taken = taken + 1 where id = ? and taken < capacity", sessionId) == 1;
        Integer position = null;
        if (!placed) {
            jdbc.update("update training_session set waiting_seq = waiting_seq + 1 where id = ?", sessionId);
            position = jdbc.queryForObject("select waiting_seq from training_session where id = ?", Integer.class, sessionId);
        }
        Booking.Status status = !placed ? Booking.Status.WAITING : needsApproval ? Booking.Status.AWAITING_APPROVAL : Booking.Status.CONFIRMED;
        long bookingId;
        try {
            if (existing.isPresent()) { // booking again after cancelling: the same row starts afresh
                bookingId = existing.get().getId();
                jdbc.update("update training_booking set status = ?, waiting_position = ?, offered_until = null, manager_name = ?, "
                                + "manager_email = ?, booked_at = ?, cancelled_at = null, charge_reason = null, charge_pence = null, "
                                + "charge_waived = false, waiver_reason = null, attendance = null, approval = null, approval_token_hash = null, "
                        + "approval_due = null, approval_decided_at = null, approval_reason = null, version = version + 1 where id = ?",
                        status.name(), position, managerName, managerEmail, Timestamp.from(now), bookingId);
            } else {
                jdbc.update("insert into training_booking (session_id, person_id, agency_id, status, waiting_position, manager_name, "
                                + "manager_email, booked_at, charge_waived, version) values (?, ?, ?, ?, ?, ?, ?, ?, false, 0)",
                        sessionId, personId, agencyId, status.name(), position, managerName, managerEmail, Timestamp.from(now));
                bookingId = jdbc.queryForObject("select id from training_booking where session_id = ? and person_id = ?", Long.class,
                        sessionId, personId);
            }
        } catch (DataIntegrityViolationException twice) {
            throw new BookingRefused("alreadyBooked"); // the same person booking twice at the same moment
        }
        Instant holdUntil = null;
        if (needsApproval) {
            holdUntil = placed ? holdUntil(session) : null;
            approvalRequests.request(bookingId, session, personId, managerName, managerEmail, holdUntil);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "TrainingBooking", bookingId)
                .withDetail("session " + sessionId + " " + status + (position == null ? "" : " #" + position)
                        + (needsApproval ? ", manager's approval requested" : "")));
        events.publishEvent(new BookingChanged(bookingId, status));
        return new Outcome(bookingId, status, position, holdUntil);
    }

    /**
     * The person's own booking. Someone else's booking is refused (403) and the attempt written to the audit trail;
     * a booking that does not exist is not found.
     */
    @Transactional(readOnly = true)
    public Booking own(long bookingId, long personId) {
        Booking booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking"));
        if (booking.getPersonId() != personId) {
            audit.record(new AuditEvent(AuditAction.DENIED, "TrainingBooking", String.valueOf(bookingId), AuditOutcome.DENIED, null,
                    "not their own booking"));
            throw Permissions.deniedAfterAudit();
        }
        return booking;
    }

    /**
     * A booking can be cancelled while it is active and the session is still to come: not once the register shows
     * the person attended, nor after the session started (not coming is then a no-show).
     */
    public void checkCancellable(Booking booking) {
        if (!booking.getStatus().active()) {
            throw new BookingRefused("notActive");
        }
        if (booking.getAttendance() != null) {
            throw new BookingRefused("attended");
        }
        TrainingSession session = sessions.findById(booking.getSessionId()).orElseThrow(() -> new BookingRefused("noSession"));
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new BookingRefused("started");
        }
    }

    /** What cancelling now would cost, shown before the person confirms: null when free. */
    @Transactional(readOnly = true)
    public Integer chargeIfCancelledNow(Booking booking) {
        if (booking.getStatus() != Booking.Status.CONFIRMED) {
            return null;
        }
        TrainingSession session = sessions.findById(booking.getSessionId()).orElseThrow();
        LocalDate day = LocalDate.ofInstant(session.getStartsAt(), LONDON);
        int workingDaysLeft = calendar.workingDaysUntil(today(), day);
        return workingDaysLeft < rules.lateCancellationWorkingDays() && rules.lateCancellationChargePence() > 0
                ? rules.lateCancellationChargePence() : null;
    }

    /**
     * Cancels the person's own booking; a late cancellation of a confirmed place is charged to their agency.
     * Returns the charge in pence, or null when cancelling is free. (Not the booking: the entity loaded in this
     * transaction does not see the update made with SQL, so its charge would read as none.)
     */
    @Transactional
    public Integer cancel(long bookingId, long personId) {
        Booking booking = own(bookingId, personId);
        checkCancellable(booking);
        Integer charge = chargeIfCancelledNow(booking);
        lockSession(booking.getSessionId());
        jdbc.update("update training_booking set status = 'CANCELLED', cancelled_at = ?, waiting_position = null, offered_until = null, "
                        + "charge_reason = ?, charge_pence = ?, version = version + 1 where id = ?",
                Timestamp.from(clock.instant()), charge == null ? null : "LATE_CANCELLATION", charge, bookingId);
        if (booking.getStatus() != Booking.Status.WAITING) {
            freePlace(booking.getSessionId());
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "TrainingBooking", bookingId)
                .withDetail("cancelled" + (charge == null ? "" : ", late: charged " + charge + "p")));
        events.publishEvent(new BookingChanged(bookingId, Booking.Status.CANCELLED));
        return charge;
    }

    /** Takes up a place offered from the waiting list, before the offer runs out. */
    @Transactional
    public void accept(long bookingId, long personId) {
        Booking booking = offered(bookingId, personId);
        Booking.Status status = booking.awaitsManager() ? Booking.Status.AWAITING_APPROVAL : Booking.Status.CONFIRMED;
        jdbc.update("update training_booking set status = ?, offered_until = null, version = version + 1 where id = ?", status.name(), bookingId);
        if (booking.awaitsManager()) { // still waiting for the manager: the place is held for them now, with a fresh link
            TrainingSession session = sessions.findById(booking.getSessionId()).orElseThrow();
            approvalRequests.request(bookingId, session, personId, booking.getManagerName(), booking.getManagerEmail(), holdUntil(session));
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "TrainingBooking", bookingId).withDetail("offer accepted"));
        events.publishEvent(new BookingChanged(booking.getId(), status));
    }

    /** Turns down an offered place, which goes to the next person waiting. */
    @Transactional
    public void decline(long bookingId, long personId) {
        Booking booking = offered(bookingId, personId);
        lockSession(booking.getSessionId());
        jdbc.update("update training_booking set status = 'DECLINED', offered_until = null, version = version + 1 where id = ?", bookingId);
        freePlace(booking.getSessionId());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "TrainingBooking", bookingId).withDetail("offer declined"));
    }

    private Booking offered(long bookingId, long personId) {
        Booking booking = own(bookingId, personId);
        if (booking.getStatus() != Booking.Status.OFFERED || booking.getOfferedUntil().isBefore(clock.instant())) {
            throw new BookingRefused("noOffer");
        }
        return booking;
    }

    /** Offers that ran out go to the next person waiting. Returns how many expired. */
    @Transactional
    public int expireOffers() {
        List<long[]> expired = jdbc.query("select id, session_id from training_booking where status = 'OFFERED' and offered_until < ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, Timestamp.from(clock.instant()));
        for (long[] row : expired) {
            lockSession(row[1]);
            if (jdbc.update("update training_booking set status = 'EXPIRED', offered_until = null, version = version + 1 "
                    + "where id = ? and status = 'OFFERED'", row[0]) == 1) {
                freePlace(row[1]);
                audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.UPDATE, "TrainingBooking", row[0]).withDetail("offer expired"));
            }
        }
        return expired.size();
    }

    /** How long a place is held for the manager: the configured hours, but never past the session's start. */
    private Instant holdUntil(TrainingSession session) {
        Instant until = clock.instant().plus(Duration.ofHours(rules.approvalHours()));
        return until.isAfter(session.getStartsAt()) ? session.getStartsAt() : until;
    }

    /**
     * The manager's decision through the link they were sent. Approving confirms a held place (a waiting booking stays
     * on the list, approved); declining needs a reason, ends the booking and frees its place for the next person.
     *
     * @throws BookingRefused when the link is unknown, already used, the hold ran out, or no reason was given to decline
     */
    @Transactional
    public void decideApproval(String token, boolean approve, String reason) {
        ApprovalRequests.Request request = approvalRequests.find(token).orElseThrow(() -> new BookingRefused("noApproval"));
        lockSession(request.sessionId());
        Booking booking = bookings.findById(request.bookingId()).orElseThrow();
        if (!booking.awaitsManager()) {
            throw new BookingRefused(booking.getStatus() == Booking.Status.APPROVAL_LAPSED ? "approvalLapsed" : "approvalDecided");
        }
        if (!booking.getStatus().active()) {
            throw new BookingRefused("notActive");
        }
        String why = reason == null ? "" : reason.trim();
        if (!approve && why.isEmpty()) {
            throw new BookingRefused("approvalReasonMissing");
        }
        if (why.length() > 1000) {
            throw new BookingRefused("approvalReasonTooLong");
        }
        Instant now = clock.instant();
        Booking.Status status = !approve ? Booking.Status.NOT_APPROVED
                : booking.getStatus() == Booking.Status.AWAITING_APPROVAL ? Booking.Status.CONFIRMED : booking.getStatus();
        jdbc.update("update training_booking set approval = ?, approval_decided_at = ?, approval_reason = ?, approval_due = null, status = ?, "
                        + "waiting_position = case when ? then null else waiting_position end, offered_until = case when ? then null else offered_until end, "
                        + "version = version + 1 where id = ?",
                approve ? "APPROVED" : "DECLINED", Timestamp.from(now), why.isEmpty() ? null : why, status.name(), !approve, !approve, booking.getId());
        if (!approve && booking.getStatus().holdsPlace()) {
            freePlace(booking.getSessionId());
        }
        audit.record(new AuditActor(null, "Manager by email link: " + booking.getManagerName(), null, null),
                AuditEvent.of(AuditAction.UPDATE, "TrainingBooking", booking.getId()).withDetail(approve ? "manager approved" : "manager declined"));
        events.publishEvent(new ManagerDecided(booking.getId(), approve));
    }

    /** Places held for a manager who did not decide in time go to the next person waiting. Returns how many lapsed. */
    @Transactional
    public int lapseApprovals() {
        List<long[]> lapsed = jdbc.query("select id, session_id from training_booking where status = 'AWAITING_APPROVAL' and approval_due < ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, Timestamp.from(clock.instant()));
        for (long[] row : lapsed) {
            lockSession(row[1]);
            if (jdbc.update("update training_booking set status = 'APPROVAL_LAPSED', approval = 'LAPSED', version = version + 1 "
                    + "where id = ? and status = 'AWAITING_APPROVAL'", row[0]) == 1) {
                freePlace(row[1]);
                audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.UPDATE, "TrainingBooking", row[0]).withDetail("approval lapsed"));
                events.publishEvent(new BookingChanged(row[0], Booking.Status.APPROVAL_LAPSED));
            }
        }
        return lapsed.size();
    }

    /**
     * Changes a session's capacity; refused below the places already taken. New places are offered to the waiting list.
     */
    @Transactional
    public void changeCapacity(long sessionId, int capacity) {
        if (jdbc.update("update training_session set capacity = ?, version = version + 1 where id = ? and taken <= ?", capacity, sessionId,
                capacity) == 0) {
            int taken = jdbc.queryForObject("select taken from training_session where id = ?", Integer.class, sessionId);
            throw new BookingRefused("capacityBelowBookings", taken);
        }
        while (jdbc.queryForObject("select count(*) from training_booking where session_id = ? and status = 'WAITING'", Integer.class,
                sessionId) > 0
                && jdbc.update("update training_session set taken = taken + 1 where id = ? and taken < capacity", sessionId) == 1) {
            offerNext(sessionId);
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "TrainingSession", sessionId).withDetail("capacity " + capacity));
    }

    /** Takes the session's row lock first, so waiting-list changes for one session happen one at a time. */
    private void lockSession(long sessionId) {
        jdbc.update("update training_session set waiting_seq = waiting_seq where id = ?", sessionId);
    }

    /** A held place has been given up: offer it to the first person waiting, or release it. */
    private void freePlace(long sessionId) {
        if (!offerNext(sessionId)) {
            jdbc.update("update training_session set taken = taken - 1 where id = ? and taken > 0", sessionId);
        }
    }

    private boolean offerNext(long sessionId) {
        List<Long> next = jdbc.queryForList("select id from training_booking where session_id = ? and status = 'WAITING' "
                + "order by waiting_position, id fetch first 1 rows only", Long.class, sessionId);
        if (next.isEmpty()) {
            return false;
        }
        Instant until = clock.instant().plus(Duration.ofHours(rules.offerHours()));
        jdbc.update("update training_booking set status = 'OFFERED', offered_until = ?, waiting_position = null, version = version + 1 "
                + "where id = ?", Timestamp.from(until), next.get(0));
        audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.UPDATE, "TrainingBooking", next.get(0)).withDetail("place offered"));
        events.publishEvent(new BookingChanged(next.get(0), Booking.Status.OFFERED));
        return true;
    }
}
