package org.partnershiphub.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.partnershiphub.training.internal.BookingRefused;
import org.partnershiphub.training.internal.Bookings;
import org.partnershiphub.training.internal.Course;
import org.partnershiphub.training.internal.TrainingCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When new dates are published many practitioners book at once: 500 people booking 30 places at the same moment get
 * exactly 30 confirmed places and 470 places on the waiting list in order, and nobody is booked twice. Runs on H2 and,
 * with the postgres test profile, on PostgreSQL.
 */
@SpringBootTest
class BookingRushTest {

    static final int PEOPLE = 500;
    static final int PLACES = 30;

    @Autowired Bookings bookings;
    @Autowired TrainingCatalogue catalogue;
    @Autowired JdbcTemplate jdbc;

    @Test
    void fiveHundredPeopleBookingThirtyPlacesAtOnce() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long agency = jdbc.queryForObject("select min(id) from organisation", Long.class);
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(new Object[] {"rush." + run + "." + i + "@practitioners.example", "Practitioner " + i, agency});
        }
        jdbc.batchUpdate("insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, "
                + "created_at, version) values (?, ?, 'Practitioner', ?, 'ACTIVE', '{noop}unused-password', false, current_timestamp, 0)", people);
        List<Long> ids = jdbc.queryForList("select id from user_account where email like ? order by id", Long.class, "rush." + run + ".%");
        assertThat(ids).hasSize(PEOPLE);

        Course course = catalogue.addCourse(new TrainingCatalogue.CourseDetails("Rush course " + run, "Published today", "Neglect", "All",
                "Introductory", null, 180, Course.Format.IN_PERSON, "Northshire Safeguarding Children Partnership", null, false));
        Instant start = Instant.now().plus(Duration.ofDays(30));
        long session = catalogue.addSession(course.getId(), start, start.plus(Duration.ofHours(3)), "Northshire Civic Centre", null, PLACES,
                "Trainer", LocalDate.now().plusDays(25)).getId();

        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Bookings.Outcome>> outcomes = new ArrayList<>();
        java.util.Map<Long, java.util.concurrent.atomic.AtomicInteger> successes = new java.util.concurrent.ConcurrentHashMap<>();
        List<Long> order = new ArrayList<>(ids);
        Collections.shuffle(order, new java.util.Random(20261124L));
        for (long person : order) {
            outcomes.add(pool.submit(() -> {
                go.await();
                Bookings.Outcome outcome = bookings.book(session, person, agency, null, null);
                successes.computeIfAbsent(person, p -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                return outcome;
            }));
        }
        // the same 25 people press "Book" a second time while the rush is on
        List<Future<Bookings.Outcome>> seconds = new ArrayList<>();
        for (long person : order.subList(0, 25)) {
            seconds.add(pool.submit(() -> {
                go.await();
                Thread.sleep(5);
                Bookings.Outcome outcome = bookings.book(session, person, agency, null, null);
                successes.computeIfAbsent(person, p -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                return outcome;
            }));
        }
        go.countDown();
        int confirmed = 0;
        List<Integer> positions = new ArrayList<>();
        List<Future<Bookings.Outcome>> all = new ArrayList<>(outcomes);
        all.addAll(seconds);
        for (Future<Bookings.Outcome> outcome : all) {
            Bookings.Outcome result;
            try {
                result = outcome.get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // whichever of a person's two presses comes second is refused as already booked
                assertThat(e.getCause()).isInstanceOf(BookingRefused.class);
                assertThat(((BookingRefused) e.getCause()).messageKey()).isEqualTo("booking.refused.alreadyBooked");
                continue;
            }
            if (result.status() == org.partnershiphub.training.internal.Booking.Status.CONFIRMED) {
                confirmed++;
            } else {
                positions.add(result.waitingPosition());
            }
        }
        pool.shutdown();

        // every person, including the 25 who pressed twice, got exactly one booking
        assertThat(successes).hasSize(PEOPLE);
        assertThat(successes.values()).allMatch(count -> count.get() == 1);
        assertThat(confirmed).isEqualTo(PLACES);
        assertThat(jdbc.queryForObject("select taken from training_session where id = ?", Integer.class, session)).isEqualTo(PLACES);
        assertThat(jdbc.queryForObject("select count(*) from training_booking where session_id = ? and status = 'CONFIRMED'", Integer.class,
                session)).isEqualTo(PLACES);
        assertThat(jdbc.queryForObject("select count(*) from training_booking where session_id = ?", Integer.class, session)).isEqualTo(PEOPLE);
        assertThat(jdbc.queryForObject("select count(distinct person_id) from training_booking where session_id = ?", Integer.class, session))
                .isEqualTo(PEOPLE);
        List<Integer> stored = jdbc.queryForList("select waiting_position from training_booking where session_id = ? and status = 'WAITING' "
                + "order by waiting_position", Integer.class, session);
        assertThat(stored).hasSize(PEOPLE - PLACES);
        List<Integer> expected = new ArrayList<>();
        for (int p = 1; p <= PEOPLE - PLACES; p++) {
            expected.add(p);
        }
        // every waiting position handed out once, in order, with no gaps
        assertThat(stored).isEqualTo(expected);
        assertThat(positions).doesNotHaveDuplicates();
    }
}
