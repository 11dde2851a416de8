package org.partnershiphub.diary.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The fictional Northshire partnership's dates for the diary, in the weeks to come. */
@Component
@Order(18)
class DemoDiary implements ApplicationRunner {

    private final HubProperties hub;
    private final DiaryDateRepository dates;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDiary(HubProperties hub, DiaryDateRepository dates, Directory directory, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.dates = dates;
        this.directory = directory;
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
        if (dates.count() > 0) {
            return;
        }
        Long bu = directory.usablePeople().stream().filter(p -> p.name().equals("Tamsin Oakridge")).map(Directory.Person::id).findFirst().orElse(null);
        if (bu == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate monday = LocalDate.now(clock).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        add(bu, now, new Diary.Details("Safeguarding Adolescents Week", DiaryDate.Kind.AWARENESS_WEEK, monday, monday.plusDays(4),
                "Lunchtime briefings every day on exploitation, harm outside the home and transitions to adult services.", null));
        add(bu, now, new Diary.Details("Online safety day", DiaryDate.Kind.AWARENESS_DAY, monday.plusWeeks(5).plusDays(1), null,
                "Resources for schools and parents on the partnership's website.", null));
        add(bu, now, new Diary.Details("Northshire practitioner conference: neglect", DiaryDate.Kind.PARTNERSHIP_EVENT, monday.plusWeeks(2).plusDays(2),
                null, "County Hall, 9.30am to 4pm. Book on the training calendar.", null));
        add(bu, now, new Diary.Details("Youth and family charity open day", DiaryDate.Kind.PARTNER_EVENT, monday.plusWeeks(1).plusDays(5), null,
                "Meet the charity's family support team.", null));
    }

    private void add(long bu, Instant now, Diary.Details d) {
        dates.save(new DiaryDate(new Diary.Details(d.title(), d.kind(), d.startsOn(), d.endsOn() == null ? d.startsOn() : d.endsOn(), d.details(),
                d.link()), bu, now));
    }
}
