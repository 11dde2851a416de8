package org.partnershiphub.training.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue and the calendar: courses, their sessions, and what each person has booked. */
@Service
public class TrainingCatalogue implements org.partnershiphub.training.UpcomingTraining {

    private final CourseRepository courses;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.partnershiphub.shared.web.HubProperties hub;

    TrainingCatalogue(CourseRepository courses, SessionRepository sessions, BookingRepository bookings, AuditTrail audit, Clock clock,
                      org.partnershiphub.shared.web.HubProperties hub) {
        this.hub = hub;
        this.courses = courses;
        this.sessions = sessions;
        this.bookings = bookings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A session with its course, as the calendar lists it. */
    public record Listing(TrainingSession session, Course course) {
    }

    public record Filter(YearMonth month, Course.Format format, String topic, String audience) {
        boolean matches(Course course) {
            return (format == null || course.getFormat() == format)
                    && (topic == null || topic.isBlank() || topic.equalsIgnoreCase(course.getTopic()))
                    && (audience == null || audience.isBlank()
                        || (course.getAudience() != null && course.getAudience().toLowerCase(Locale.UK).contains(audience.toLowerCase(Locale.UK))));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Session> between(Instant from, Instant to) {
        return scheduled(from, to).stream()
                .map(l -> new Session(l.course().getTitle(), l.session().getStartsAt(), l.session().getVenue(), l.session().getOnlineLink() != null,
                        l.session().placesLeft(), hub.baseUrl() + "/training/courses/" + l.course().getId()))
                .toList();
    }

    /** Upcoming sessions (of one month when the filter names one), soonest first. */
    @Transactional(readOnly = true)
    public List<Listing> calendar(Filter filter) {
        Instant now = clock.instant();
        Instant from = now;
        Instant to = now.plusSeconds(400L * 24 * 3600);
        if (filter.month() != null) {
            Instant monthStart = filter.month().atDay(1).atStartOfDay(Bookings.LONDON).toInstant();
            from = monthStart.isAfter(now) ? monthStart : now;
            to = filter.month().plusMonths(1).atDay(1).atStartOfDay(Bookings.LONDON).toInstant();
        }
        return scheduled(from, to).stream().filter(l -> filter.matches(l.course())).toList();
    }

    /** The scheduled sessions starting between the two instants, soonest first, each with its course (read in one query). */
    private List<Listing> scheduled(Instant from, Instant to) {
        List<TrainingSession> found = sessions.findByStartsAtBetweenOrderByStartsAtAscIdAsc(from, to);
        Map<Long, Course> byId = courses.findAllById(found.stream().map(TrainingSession::getCourseId).distinct().toList()).stream()
                .collect(Collectors.toMap(Course::getId, Function.identity()));
        List<Listing> listings = new ArrayList<>();
        for (TrainingSession s : found) {
            if (s.getStatus() == TrainingSession.Status.SCHEDULED) {
                listings.add(new Listing(s, byId.get(s.getCourseId())));
            }
        }
        return listings;
    }

    public List<String> topics() {
        return courses.findAll().stream().map(Course::getTopic).filter(t -> t != null && !t.isBlank()).distinct().sorted().toList();
    }

    @Transactional(readOnly = true)
    public List<Course> courses() {
        return courses.findAllByOrderByTitleAsc();
    }

    @Transactional(readOnly = true)
    public Course course(long id) {
        return courses.findById(id).orElseThrow(() -> new NotFoundException("course"));
    }

    @Transactional(readOnly = true)
    public List<TrainingSession> upcomingSessions(long courseId) {
        return sessions.findByCourseIdAndStartsAtAfterOrderByStartsAtAsc(courseId, clock.instant());
    }

    @Transactional(readOnly = true)
    public TrainingSession session(long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("session"));
    }

    public record CourseDetails(String title, String summary, String topic, String audience, String level, String outcomes,
                                Integer durationMinutes, Course.Format format, String provider, String externalLink, boolean requiresApproval) {
    }

    @Transactional
    public Course addCourse(CourseDetails d) {
        Course course = new Course(clock.instant());
        course.describe(d.title(), d.summary(), blank(d.topic()), blank(d.audience()), blank(d.level()), blank(d.outcomes()), d.durationMinutes(),
                d.format(), d.provider(), blank(d.externalLink()), d.requiresApproval());
        course = courses.save(course);
        audit.record(AuditEvent.of(AuditAction.CREATE, "TrainingCourse", course.getId()));
        return course;
    }

    @Transactional
    public TrainingSession addSession(long courseId, Instant startsAt, Instant endsAt, String venue, String onlineLink, int capacity,
                                      String facilitator, LocalDate bookingDeadline) {
        course(courseId);
        TrainingSession session = sessions.save(new TrainingSession(courseId, startsAt, endsAt, blank(venue), blank(onlineLink), capacity,
                blank(facilitator), bookingDeadline, clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "TrainingSession", session.getId()).withDetail("course " + courseId));
        return session;
    }

    /** A person's bookings, newest first, each with its session and course. */
    public record MyBooking(Booking booking, TrainingSession session, Course course) {
    }

    @Transactional(readOnly = true)
    public List<MyBooking> bookingsOf(long personId) {
        List<Booking> mine = bookings.findByPersonIdOrderByBookedAtDesc(personId);
        Map<Long, TrainingSession> byId = sessions.findByIdIn(mine.stream().map(Booking::getSessionId).distinct().toList()).stream()
                .collect(Collectors.toMap(TrainingSession::getId, Function.identity()));
        Map<Long, Course> coursesById = courses.findAllById(byId.values().stream().map(TrainingSession::getCourseId).distinct().toList())
                .stream().collect(Collectors.toMap(Course::getId, Function.identity()));
        return mine.stream().map(b -> {
            TrainingSession s = byId.get(b.getSessionId());
            return new MyBooking(b, s, coursesById.get(s.getCourseId()));
        }).sorted(Comparator.comparing((MyBooking m) -> m.session().getStartsAt()).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public Booking booking(long id) {
        return bookings.findById(id).orElseThrow(() -> new NotFoundException("booking"));
    }

    @Transactional(readOnly = true)
    public List<Booking> bookingsFor(long sessionId) {
        return bookings.findBySessionIdOrderByStatusAscWaitingPositionAscIdAsc(sessionId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
