package org.partnershiphub.training.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.PlainTextMail;
import org.partnershiphub.shared.SecureTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The manager's side of a course that needs approval: a link (random, only its hash is stored) emailed to the manager
 * the practitioner named, the page it opens, and who looked at it. The email goes once the booking is saved; the link
 * itself is never written anywhere, so a lost email is replaced by a new request (which makes the old link stop working).
 */
@Component
public class ApprovalRequests {

    /** The booking a link belongs to. */
    record Request(long bookingId, long sessionId) {
    }

    /** What the manager sees: who booked what, and where the request stands. */
    public record ApprovalView(long bookingId, String person, String agency, String course, Instant startsAt, String where,
                               String managerName, Booking.Status status, String approval, Instant holdUntil, Instant decidedAt,
                               String reason, boolean started) {
        public boolean open() {
            return "PENDING".equals(approval) && status.active() && !started;
        }
    }

    private final JdbcTemplate jdbc;
    private final CourseRepository courses;
    private final Directory directory;
    private final PlainTextMail mail;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final java.time.Clock clock;
    private final String baseUrl;

    ApprovalRequests(JdbcTemplate jdbc, CourseRepository courses, Directory directory, PlainTextMail mail, MessageSource messages,
                     AuditTrail audit, java.time.Clock clock, @Value("${hub.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.directory = directory;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    boolean needed(TrainingSession session) {
        return courses.findById(session.getCourseId()).map(Course::isRequiresApproval).orElse(false);
    }

    /**
     * Issues a new link for the booking (the old one stops working) and emails it to the manager once the transaction
     * commits. The place is held until {@code holdUntil}; null when the person is on the waiting list.
     */
    void request(long bookingId, TrainingSession session, long personId, String managerName, String managerEmail, Instant holdUntil) {
        String token = SecureTokens.newToken();
        jdbc.update("update training_booking set approval = 'PENDING', approval_token_hash = ?, approval_due = ?, approval_decided_at = null, "
                + "approval_reason = null where id = ?", SecureTokens.hash(token), holdUntil == null ? null : Timestamp.from(holdUntil), bookingId);
        if (managerEmail == null || !mail.enabled()) {
            return;
        }
        Course course = courses.findById(session.getCourseId()).orElseThrow();
        Directory.Person person = directory.person(personId).orElseThrow();
        String when = BookingMail.WHEN.format(session.getStartsAt().atZone(Bookings.LONDON));
        Object[] args = {course.getTitle(), when, person.name(), person.agencyName(), baseUrl + "/training/approvals/" + token,
                holdUntil == null ? "" : BookingMail.WHEN.format(holdUntil.atZone(Bookings.LONDON)), managerName == null ? "" : managerName};
        String key = holdUntil == null ? "booking.mail.approval.waiting" : "booking.mail.approval";
        String subject = messages.getMessage(key + ".subject", args, Locale.UK);
        String body = messages.getMessage(key + ".body", args, Locale.UK);
        Runnable send = () -> mail.send(managerEmail, subject, body, "a manager's approval request");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    Optional<Request> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("select id, session_id from training_booking where approval_token_hash = ?",
                (rs, i) -> new Request(rs.getLong(1), rs.getLong(2)), SecureTokens.hash(token)).stream().findFirst();
    }

    /** The request behind a link, for the manager's page; each look is in the audit trail. */
    @Transactional
    public Optional<ApprovalView> view(String token) {
        Optional<ApprovalView> view = find(token).flatMap(request -> jdbc.query(
                "select b.id, b.person_id, b.agency_id, b.manager_name, b.status, b.approval, b.approval_due, b.approval_decided_at, "
                        + "b.approval_reason, c.title, s.starts_at, s.venue, s.online_link from training_booking b "
                        + "join training_session s on s.id = b.session_id join training_course c on c.id = s.course_id where b.id = ?",
                (rs, i) -> {
                    Instant starts = rs.getTimestamp("starts_at").toInstant();
                    return new ApprovalView(rs.getLong("id"),
                            directory.person(rs.getLong("person_id")).map(Directory.Person::name).orElse(""),
                            directory.agency(rs.getLong("agency_id")).map(Directory.Agency::name).orElse(""),
                            rs.getString("title"), starts, rs.getString("venue") != null ? rs.getString("venue") : rs.getString("online_link"),
                            rs.getString("manager_name"), Booking.Status.valueOf(rs.getString("status")), rs.getString("approval"),
                            rs.getTimestamp("approval_due") == null ? null : rs.getTimestamp("approval_due").toInstant(),
                            rs.getTimestamp("approval_decided_at") == null ? null : rs.getTimestamp("approval_decided_at").toInstant(),
                            rs.getString("approval_reason"), !starts.isAfter(clock.instant()));
                }, request.bookingId()).stream().findFirst());
        view.ifPresent(v -> audit.record(new AuditActor(null, "Manager by email link: " + v.managerName(), null, null),
                AuditEvent.of(AuditAction.VIEW, "TrainingBooking", v.bookingId()).withDetail("approval request opened")));
        return view;
    }
}
