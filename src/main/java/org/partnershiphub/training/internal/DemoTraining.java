package org.partnershiphub.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a training programme shaped like the partnership newsletter's (seed 001): the partnership's own
 * multi-agency courses and other bodies' free sessions, with dates over the coming months.
 */
@Component
@Order(11)
class DemoTraining implements ApplicationRunner {

    private final HubProperties hub;
    private final CourseRepository courses;
    private final TrainingCatalogue catalogue;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoTraining(HubProperties hub, CourseRepository courses, TrainingCatalogue catalogue, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.courses = courses;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        if (courses.count() > 0) {
            return;
        }
        String partnership = hub.partnershipName();
        LocalDate start = LocalDate.now(clock.withZone(Bookings.LONDON)).plusWeeks(2);
        Course neglect = course("Recognising and responding to neglect", "How neglect shows itself at different ages, using the graded "
                + "care profile, and when and how to escalate concerns.", "Neglect", "All practitioners", "Introductory", Course.Format.IN_PERSON,
                partnership, null, 180, false);
        Course exploitation = course("Child exploitation: contextual safeguarding", "Understanding harm outside the home and working with "
                + "children who may not see themselves as victims, in line with the child exploitation practice guidance.", "Exploitation",
                "Practitioners working with adolescents", "Advanced", Course.Format.ONLINE, partnership, null, 150, true);
        Course curiosity = course("Professional curiosity in practice", "Learning from local and national reviews about asking, checking and "
                + "challenging, with case studies.", "Learning from reviews", "All practitioners", "Introductory", Course.Format.IN_PERSON,
                partnership, null, 120, false);
        Course honour = course("Honour based abuse and forced marriage", "A free briefing by Safer Stronger Communities.", "Domestic abuse",
                "All practitioners", "Introductory", Course.Format.ONLINE, "Safer Stronger Communities", "https://www.example.org/training", 90,
                false);
        session(neglect, start, LocalTime.of(9, 30), 3, "Northshire Civic Centre, Committee Room 2", null, 20);
        session(neglect, start.plusWeeks(6), LocalTime.of(13, 30), 3, "Riverside Academy, Training Suite", null, 20);
        session(exploitation, start.plusWeeks(1), LocalTime.of(10, 0), 2, null, "https://meet.example.org/northshire-exploitation", 40);
        session(curiosity, start.plusWeeks(3), LocalTime.of(9, 30), 2, "Northshire Police Headquarters", null, 25);
        session(honour, start.plusWeeks(4), LocalTime.of(10, 0), 1, null, "https://meet.example.org/hba-briefing", 100);
    }

    private Course course(String title, String summary, String topic, String audience, String level, Course.Format format, String provider,
                          String link, int minutes, boolean approval) {
        return catalogue.addCourse(new TrainingCatalogue.CourseDetails(title, summary, topic, audience, level, null, minutes, format, provider,
                link, approval));
    }

    private void session(Course course, LocalDate day, LocalTime time, int hours, String venue, String link, int places) {
        LocalDate weekday = day;
        while (weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.plusDays(1);
        }
        var startsAt = weekday.atTime(time).atZone(Bookings.LONDON).toInstant();
        catalogue.addSession(course.getId(), startsAt, startsAt.plusSeconds(hours * 3600L), venue, link, places, "Partnership trainer",
                weekday.minusDays(2));
    }
}
