package org.partnershiphub.diary.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.diary.DiaryDates;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.HubProperties;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business unit keeps the dates for the diary (each change audited); anyone reads the ones to come, on the public
 * calendar and in its iCalendar feed (all-day events, the last day included).
 */
@Service
public class Diary implements DiaryDates {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** How far ahead the public calendar and the feed look. */
    static final int MONTHS_AHEAD = 18;
    private static final Map<DiaryDate.Kind, String> KIND_WORDS = Map.of(DiaryDate.Kind.AWARENESS_WEEK, "Awareness week",
            DiaryDate.Kind.AWARENESS_DAY, "Awareness day", DiaryDate.Kind.PARTNER_EVENT, "Partner event",
            DiaryDate.Kind.PARTNERSHIP_EVENT, "Partnership event");

    public record Details(String title, DiaryDate.Kind kind, java.time.LocalDate startsOn, java.time.LocalDate endsOn, String details, String link) {
    }

    private final DiaryDateRepository dates;
    private final AuditTrail audit;
    private final HubProperties hub;
    private final Clock clock;

    Diary(DiaryDateRepository dates, AuditTrail audit, HubProperties hub, Clock clock) {
        this.dates = dates;
        this.audit = audit;
        this.hub = hub;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** Dates that have not ended, for the next 18 months, soonest first. */
    @Transactional(readOnly = true)
    public List<DiaryDate> upcoming() {
        LocalDate today = today();
        return dates.findByEndsOnGreaterThanEqualAndStartsOnLessThanEqualOrderByStartsOnAscIdAsc(today, today.plusMonths(MONTHS_AHEAD));
    }

    @Transactional(readOnly = true)
    public List<DiaryDate> recentlyPast() {
        return dates.findTop50ByEndsOnLessThanOrderByStartsOnDesc(today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> between(LocalDate from, LocalDate to) {
        return dates.findByEndsOnGreaterThanEqualAndStartsOnLessThanEqualOrderByStartsOnAscIdAsc(from, to).stream()
                .map(d -> new Entry(d.getTitle(), KIND_WORDS.get(d.getKind()), d.getStartsOn(), d.getEndsOn(), d.getDetails(), d.getLink()))
                .toList();
    }

    @Transactional(readOnly = true)
    public DiaryDate forEditing(HubPrincipal actor, long id) {
        DiaryDate date = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        return date;
    }

    @Transactional
    public DiaryDate add(HubPrincipal actor, Details details) {
        refuseUnless(actor, null, AuditAction.CREATE);
        DiaryDate date = dates.save(new DiaryDate(checked(details), actor.userId(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, DiaryDate.RECORD_TYPE, date.getId()));
        return date;
    }

    @Transactional
    public void change(HubPrincipal actor, long id, long version, Details details) {
        DiaryDate date = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        if (date.getVersion() != version) {
            throw new OptimisticLockingFailureException("diary date " + id + " changed since version " + version);
        }
        date.describe(checked(details), clock.instant());
        dates.saveAndFlush(date);
        audit.record(AuditEvent.of(AuditAction.UPDATE, DiaryDate.RECORD_TYPE, id));
    }

    @Transactional
    public void remove(HubPrincipal actor, long id) {
        DiaryDate date = find(id);
        refuseUnless(actor, id, AuditAction.DELETE);
        dates.delete(date);
        audit.record(AuditEvent.of(AuditAction.DELETE, DiaryDate.RECORD_TYPE, id).withDetail(date.getTitle()));
    }

    /** The public iCalendar feed of the dates to come: each an all-day event, its last day included. */
    @Transactional(readOnly = true)
    public String feed() {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//" + hub.partnershipName() + "//Partnership Hub dates for the diary//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        String host = URI.create(hub.baseUrl()).getHost();
        for (DiaryDate d : upcoming()) {
            VEvent event = new VEvent(d.getStartsOn(), d.getEndsOn().plusDays(1), d.getTitle());
            event.add(new Uid("diary-date-" + d.getId() + "@" + host));
            if (d.getDetails() != null) {
                event.add(new Description(d.getDetails()));
            }
            if (d.getLink() != null) {
                event.add(new Url(URI.create(d.getLink())));
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

    private static Details checked(Details d) {
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            throw new DiaryRefused("title", "diary.error.title");
        }
        if (title.length() > 200) {
            throw new DiaryRefused("title", "diary.error.titleLength");
        }
        if (d.kind() == null) {
            throw new DiaryRefused("kind", "diary.error.kind");
        }
        if (d.startsOn() == null) {
            throw new DiaryRefused("startsOn", "diary.error.startsOn");
        }
        LocalDate ends = d.endsOn() == null ? d.startsOn() : d.endsOn();
        if (ends.isBefore(d.startsOn())) {
            throw new DiaryRefused("endsOn", "diary.error.endsBeforeStart");
        }
        if (ends.isAfter(d.startsOn().plusDays(366))) {
            throw new DiaryRefused("endsOn", "diary.error.tooLong");
        }
        String details = d.details() == null || d.details().isBlank() ? null : d.details().strip();
        if (details != null && details.length() > 2000) {
            throw new DiaryRefused("details", "diary.error.detailsLength");
        }
        String link = d.link() == null || d.link().isBlank() ? null : d.link().strip();
        if (link != null && (link.length() > 500 || !validLink(link))) {
            throw new DiaryRefused("link", "diary.error.link");
        }
        return new Details(title, d.kind(), d.startsOn(), ends, details, link);
    }

    /** An https or http address with a host, and nothing a page could run. */
    static boolean validLink(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
                    && link.chars().noneMatch(c -> c <= 32 || c == '"' || c == '<' || c == '>' || c == '\'');
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private DiaryDate find(long id) {
        return dates.findById(id).orElseThrow(() -> new NotFoundException("diary date"));
    }

    private void refuseUnless(HubPrincipal actor, Long id, AuditAction attempted) {
        if (!actor.hasRole(Role.BUSINESS_UNIT)) {
            audit.record(new AuditEvent(AuditAction.DENIED, DiaryDate.RECORD_TYPE, id == null ? null : String.valueOf(id), AuditOutcome.DENIED,
                    null, attempted + " diary date"));
            throw Permissions.deniedAfterAudit();
        }
    }
}
