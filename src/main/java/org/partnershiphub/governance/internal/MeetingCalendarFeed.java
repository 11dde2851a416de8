package org.partnershiphub.governance.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;

import org.partnershiphub.governance.internal.GovernanceRecords.Meeting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** iCalendar (RFC 5545) of the meetings of the boards a member belongs to. */
@Service
public class MeetingCalendarFeed {

    private final String baseUrl;
    private final String partnership;

    MeetingCalendarFeed(@Value("${hub.base-url}") String baseUrl, @Value("${hub.partnership-name}") String partnership) {
        this.baseUrl = baseUrl;
        this.partnership = partnership;
    }

    public String calendar(List<Meeting> meetings) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//" + partnership + "//Partnership Hub meetings//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (Meeting meeting : meetings) {
            VEvent event = new VEvent(meeting.startsAt().atZone(ZoneOffset.UTC), meeting.endsAt().atZone(ZoneOffset.UTC), meeting.boardName());
            event.add(new Uid("meeting-" + meeting.id() + "@" + URI.create(baseUrl).getHost()));
            event.add(new Url(URI.create(baseUrl + "/governance/meetings/" + meeting.id())));
            String where = meeting.place() != null ? meeting.place() : meeting.onlineLink();
            if (where != null) {
                event.add(new Location(where));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
