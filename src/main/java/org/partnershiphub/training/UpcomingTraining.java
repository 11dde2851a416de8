package org.partnershiphub.training;

import java.time.Instant;
import java.util.List;

/** What other modules may read of the training calendar: the sessions to come that people can still book or wait for. */
public interface UpcomingTraining {

    /** A session as a listing shows it: the course, when, where (or online), places left and the public course page. */
    record Session(String course, Instant startsAt, String venue, boolean online, int placesLeft, String link) {
    }

    /** Scheduled sessions starting between {@code from} and {@code to}, soonest first. */
    List<Session> between(Instant from, Instant to);
}
