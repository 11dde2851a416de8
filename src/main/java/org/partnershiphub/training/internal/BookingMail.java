package org.partnershiphub.training.internal;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.partnershiphub.identity.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Emails the person about each change to their booking once it is saved (asynchronously, from the event publication
 * registry, so a booking never waits for the mail server and an email not yet sent survives a restart): a confirmed place (with the session as an
 * .ics attachment), a place on the waiting list, a freed place offered (with the time to accept by), a cancellation, a place
 * held for the manager's approval and what the manager decided.
 */
@Component
class BookingMail {

    private static final Logger log = LoggerFactory.getLogger(BookingMail.class);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);

    private final TrainingCatalogue catalogue;
    private final TrainingCalendarFeed feed;
    private final Directory directory;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final String host;
    private final String baseUrl;
    private final String from;

    BookingMail(TrainingCatalogue catalogue, TrainingCalendarFeed feed, Directory directory, MessageSource messages,
                ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String host, @Value("${hub.base-url}") String baseUrl,
                @Value("${hub.mail-from:no-reply@partnership-hub.invalid}") String from) {
        this.catalogue = catalogue;
        this.feed = feed;
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.host = host;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    @ApplicationModuleListener(readOnlyTransaction = true) // reads only: nothing loaded here may be written back
    void on(Bookings.BookingChanged change) {
        Booking booking = catalogue.booking(change.bookingId());
        TrainingSession session = catalogue.session(booking.getSessionId());
        Course course = catalogue.course(session.getCourseId());
        directory.activeContact(booking.getPersonId()).ifPresent(person -> deliver(person.email(), "booking.mail." + change.status().name(),
                booking, session, course, change.status() == Booking.Status.CONFIRMED));
    }

    /** Tells the practitioner what their manager decided: a confirmed place (with the invitation), still waiting, or the reason not. */
    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(Bookings.ManagerDecided decided) {
        Booking booking = catalogue.booking(decided.bookingId());
        TrainingSession session = catalogue.session(booking.getSessionId());
        Course course = catalogue.course(session.getCourseId());
        boolean confirmed = booking.getStatus() == Booking.Status.CONFIRMED;
        String key = !decided.approved() ? "booking.mail.notApproved" : confirmed ? "booking.mail.approved" : "booking.mail.approvedWaiting";
        directory.activeContact(booking.getPersonId()).ifPresent(person -> deliver(person.email(), key, booking, session, course,
                decided.approved() && confirmed));
    }

    /** Sends one message about a booking; returns false when no mail server is configured or sending failed. */
    boolean deliver(String to, String key, Booking booking, TrainingSession session, Course course, boolean attachInvitation, Object... extra) {
        JavaMailSender sender = mail.getIfAvailable();
        if (host == null || host.isBlank() || sender == null) {
            return false;
        }
        String when = WHEN.format(session.getStartsAt().atZone(Bookings.LONDON));
        Object[] args = {course.getTitle(), when, booking.getWaitingPosition(),
                booking.getOfferedUntil() == null ? "" : WHEN.format(booking.getOfferedUntil().atZone(Bookings.LONDON)),
                baseUrl + "/training/my-bookings", session.getVenue() != null ? session.getVenue() : String.valueOf(session.getOnlineLink()),
                baseUrl + "/training/bookings/" + booking.getId() + "/evaluation", extra.length > 0 ? extra[0] : "",
                booking.getApprovalDue() == null ? "" : WHEN.format(booking.getApprovalDue().atZone(Bookings.LONDON)),
                booking.getApprovalReason() == null ? "" : booking.getApprovalReason()};
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, attachInvitation, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(messages.getMessage(key + ".subject", args, Locale.UK));
            helper.setText(messages.getMessage(key + ".body", args, Locale.UK));
            if (attachInvitation) {
                helper.addAttachment("training-session.ics", new ByteArrayResource(
                        feed.calendar(List.of(new TrainingCatalogue.Listing(session, course))).getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8");
            }
            sender.send(message);
            return true;
        } catch (MessagingException | MailException e) {
            log.warn("Could not send a training email: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
