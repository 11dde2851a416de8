package org.partnershiphub.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A booking rush: new dates are published and practitioners arrive within a minute to book the same session. Each
 * virtual practitioner follows the link to the session's booking page, is sent to sign in (email and password with the
 * form's CSRF token), comes back to the booking page, submits the booking form with its CSRF token, and must land on
 * their bookings page with either "Place booked" or "You are on the waiting list".
 *
 * <p>The accounts are {@code rush-00001@rush.invalid} ... with one password (see scripts/booking-rush.sh, which creates
 * them with a low-cost bcrypt hash so that 2,000 sign-ins measure the application rather than bcrypt).
 *
 * <p>System properties: {@code users} (2000), {@code duration} in seconds (60), {@code baseUrl}
 * (http://127.0.0.1:8091), {@code sessionId} (1), {@code password}, {@code emailPattern} (rush-%05d@rush.invalid).
 */
public class BookingRushSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("users", 2000);
    private static final int DURATION = Integer.getInteger("duration", 60);
    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8091");
    private static final String SESSION_ID = System.getProperty("sessionId", "1");
    private static final String PASSWORD = System.getProperty("password", "Rush-hour-2026!");
    private static final String EMAIL_PATTERN = System.getProperty("emailPattern", "rush-%05d@rush.invalid");

    private static final String CONFIRMED = "Place booked";
    private static final String WAITING = "You are on the waiting list";

    /** Each virtual user is a different practitioner, in order, so no account signs in twice. */
    private static Iterator<Map<String, Object>> practitioners() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("email", EMAIL_PATTERN.formatted(next.incrementAndGet()))).iterator();
    }

    // Only the pages are requested, not their stylesheets and scripts (a browser would have those cached after one visit).
    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .userAgentHeader("Gatling booking rush");

    // A practitioner whose step fails (an error page, a timeout) stops there: nobody books without having signed in.
    private final ScenarioBuilder rush = scenario("Booking rush")
            .feed(practitioners())
            .exitBlockOnFail().on(
            // The link in the announcement: not signed in yet, so the application sends the practitioner to sign in.
            exec(http("open booking link")
                    .get("/training/sessions/" + SESSION_ID + "/book")
                    .check(status().is(200))
                    .check(currentLocationRegex(".*/sign-in$"))
                    .check(css("input[name='_csrf']", "value").saveAs("csrf")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5)) // typing email and password
            // Signing in brings them back to the booking page they asked for.
            .exec(http("sign in")
                    .post("/sign-in")
                    .formParam("email", "#{email}")
                    .formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200))
                    .check(currentLocationRegex(".*/training/sessions/" + SESSION_ID + "/book.*"))
                    .check(css("form[action$='/training/sessions/" + SESSION_ID + "/book'] input[name='_csrf']", "value").saveAs("csrf")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)) // reading the session's details
            .exec(http("book")
                    .post("/training/sessions/" + SESSION_ID + "/book")
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200))
                    .check(currentLocationRegex(".*/training/my-bookings$"))
                    .check(substring("You have already booked this session").notExists())
                    .check(regex(CONFIRMED + "|" + WAITING).saveAs("outcome"))));

    {
        setUp(rush.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(DURATION))))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("book").failedRequests().count().is(0L));
    }
}
