package org.partnershiphub.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Directory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Each working morning: a reminder (with the calendar invitation again) to everyone with a confirmed place on a
 * session within the next 2 working days, and a request for the follow-up evaluation to everyone who evaluated a
 * session 6 weeks or more ago. Each message is sent once; a message that could not be sent is tried the next day.
 */
@Service
public class TrainingReminders {

    static final int REMIND_WITHIN_WORKING_DAYS = 2;

    private final JdbcTemplate jdbc;
    private final TrainingCatalogue catalogue;
    private final BookingMail mail;
    private final Directory directory;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    TrainingReminders(JdbcTemplate jdbc, TrainingCatalogue catalogue, BookingMail mail, Directory directory, WorkingDayCalendar calendar,
                      Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.mail = mail;
        this.directory = directory;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(cron = "${hub.training.reminder-cron:0 45 7 * * MON-FRI}", zone = "Europe/London")
    public void sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(Bookings.LONDON));
        if (calendar.isWorkingDay(today)) {
            send(today);
        }
    }

    /** Sends what is due on {@code today}; returns how many messages went. */
    public int send(LocalDate today) {
        Instant now = clock.instant();
        LocalDate until = calendar.addWorkingDays(today, REMIND_WITHIN_WORKING_DAYS);
        Timestamp from = Timestamp.from(now);
        Timestamp to = Timestamp.from(until.plusDays(1).atStartOfDay(Bookings.LONDON).toInstant());
        int sent = 0;
        List<Long> upcoming = jdbc.queryForList("select b.id from training_booking b join training_session s on s.id = b.session_id "
                + "where b.status = 'CONFIRMED' and b.reminded_at is null and s.status = 'SCHEDULED' and s.starts_at >= ? and s.starts_at < ? "
                + "order by b.id", Long.class, from, to);
        for (long id : upcoming) {
            if (deliver(id, "booking.mail.reminder", true)) {
                jdbc.update("update training_booking set reminded_at = ? where id = ?", from, id);
                sent++;
            }
        }
        Timestamp sixWeeksAgo = Timestamp.from(now.minus(Evaluations.FOLLOW_UP_AFTER));
        List<Long> followUps = jdbc.queryForList("select e.booking_id from training_evaluation e join training_booking b on b.id = e.booking_id "
                + "join training_session s on s.id = b.session_id where e.followed_up_at is null and e.follow_up_requested_at is null "
                + "and s.starts_at <= ? order by e.booking_id", Long.class, sixWeeksAgo);
        for (long id : followUps) {
            if (deliver(id, "booking.mail.followUp", false)) {
                jdbc.update("update training_evaluation set follow_up_requested_at = ? where booking_id = ?", from, id);
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(long bookingId, String key, boolean invitation) {
        Booking booking = catalogue.booking(bookingId);
        TrainingSession session = catalogue.session(booking.getSessionId());
        Course course = catalogue.course(session.getCourseId());
        return directory.activeContact(booking.getPersonId())
                .map(person -> mail.deliver(person.email(), key, booking, session, course, invitation))
                .orElse(false);
    }
}
