package org.partnershiphub.training.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** iCalendar (RFC 5545) for training sessions: the public feed, a person's own bookings, and an email attachment. */
@Service
public class TrainingCalendarFeed {

    private final String baseUrl;
    private final String partnership;

    TrainingCalendarFeed(@Value("${hub.base-url}") String baseUrl, @Value("${hub.partnership-name}") String partnership) {
        this.baseUrl = baseUrl;
        this.partnership = partnership;
    }

    public String calendar(List<TrainingCatalogue.Listing> listings) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//" + partnership + "//Partnership Hub training//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (TrainingCatalogue.Listing listing : listings) {
            calendar.add(event(listing));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(TrainingCatalogue.Listing listing) {
        TrainingSession s = listing.session();
        Course c = listing.course();
        VEvent event = new VEvent(s.getStartsAt().atZone(ZoneOffset.UTC), s.getEndsAt().atZone(ZoneOffset.UTC), c.getTitle());
        event.add(new Uid("training-session-" + s.getId() + "@" + URI.create(baseUrl).getHost()));
        event.add(new Url(URI.create(baseUrl + "/training/courses/" + c.getId())));
        String where = s.getVenue() != null ? s.getVenue() : s.getOnlineLink();
        if (where != null) {
            event.add(new Location(where));
        }
        event.add(new Description(c.getSummary()));
        return event;
    }
}
