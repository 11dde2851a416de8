package org.partnershiphub.yearlyreport.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.YearlyFigures.Section;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fictional Northshire partnership's yearly reports: the one before last published (signed off by the three lead
 * partners, sent to the National Panel, the What Works copy not yet recorded) and last year's being written, four
 * sections drafted. Runs after every other module's demo data so the figures have something to count.
 */
@Component
@Order(30)
class DemoYearlyReport implements ApplicationRunner {

    private final HubProperties hub;
    private final YearlyReportRepository reports;
    private final YearlyReports service;
    private final Directory directory;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoYearlyReport(HubProperties hub, YearlyReportRepository reports, YearlyReports service, Directory directory, WorkingDayCalendar calendar,
                     TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.reports = reports;
        this.service = service;
        this.directory = directory;
        this.calendar = calendar;
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
        if (reports.count() > 0) {
            return;
        }
        Long bu = directory.usablePeople().stream().filter(p -> p.name().equals("Tamsin Oakridge")).map(Directory.Person::id).findFirst().orElse(null);
        Long lead = directory.usablePeople().stream().filter(p -> p.name().equals("Harriet Pembleton")).map(Directory.Person::id).findFirst().orElse(null);
        Long scrutineer = directory.usablePeople().stream().filter(p -> p.name().equals("Rosalind Quarrie")).map(Directory.Person::id).findFirst().orElse(null);
        if (bu == null || lead == null || scrutineer == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate lastFrom = service.defaultFrom();

        // the year before last: written, signed off, published
        LocalDate from = lastFrom.minusYears(1);
        LocalDate to = lastFrom.minusDays(1);
        YearlyReport earlier = new YearlyReport(from, to, "Yearly report " + from.getYear() + " to " + to.getYear(), to.plusMonths(6), bu, now);
        for (Map.Entry<Section, String> written : EARLIER.entrySet()) {
            earlier.write(written.getKey(), 0, written.getValue(), written.getKey() == Section.SCRUTINY ? scrutineer : bu, now);
        }
        LocalDate signedOn = to.plusMonths(4);
        earlier.signOff(YearlyReport.Partner.LOCAL_AUTHORITY, "Harriet Pembleton", "Chief Executive, Northshire County Council", signedOn, null, lead, lead, now);
        earlier.signOff(YearlyReport.Partner.POLICE, "Dominic Feltwell", "Delegated Safeguarding Partner, Northshire Police", signedOn,
                "At the Executive", null, bu, now);
        earlier.signOff(YearlyReport.Partner.HEALTH, "Priya Ashcombe", "Chief Nurse, NHS Northshire Integrated Care Board", signedOn,
                "At the Executive", null, bu, now);
        earlier.freeze(service.keptFigures(earlier), now);
        LocalDate publishedOn = signedOn.plusDays(14);
        earlier.publish(publishedOn, calendar.addWorkingDays(publishedOn, service.sendWithinWorkingDays()), now);
        earlier.recordSending(YearlyReport.Recipient.NATIONAL_PANEL, publishedOn.plusDays(2), "By email to the Panel's secretariat",
                LocalDate.now(clock), bu, now);
        reports.save(earlier);

        // last year: being written
        YearlyReport current = new YearlyReport(lastFrom, lastFrom.plusYears(1).minusDays(1),
                "Yearly report " + lastFrom.getYear() + " to " + (lastFrom.getYear() + 1), LocalDate.now(clock).plusWeeks(6), bu, now);
        current.write(Section.PRIORITIES, 0, EARLIER.get(Section.PRIORITIES).replace("three", "our three"), bu, now);
        current.write(Section.REVIEWS, 0, "We notified the National Panel of every serious incident within five working days of the local "
                + "authority becoming aware of it, and held each rapid review within 15 working days.\n\nThe themes we saw most were "
                + "neglect and professional curiosity. The recommendations and the evidence of their impact are below.", bu, now);
        current.write(Section.TRAINING, 0, "Our multi-agency training reached practitioners from every partner agency. What they told "
                + "us afterwards is below, with the courses where fewer people came than booked.", bu, now);
        current.write(Section.VOICE, 0, EARLIER.get(Section.VOICE), bu, now);
        reports.save(current);
    }

    private static final Map<Section, String> EARLIER = new java.util.EnumMap<>(Map.of(
            Section.PRIORITIES, "This year we worked on three priorities: neglect, exploitation outside the home and listening to children.\n\n"
                    + "Most actions were completed or on track. Where progress was little or none we say why in the table below.",
            Section.REVIEWS, "We held rapid reviews for every serious incident we notified and started one local child safeguarding practice review.",
            Section.QUALITY_ASSURANCE, "Our case file audits looked at neglect and at children missing from education. Every partner agency "
                    + "returned its Section 11 self-assessment and every school its Section 175 return.",
            Section.SCORECARD, "The scorecard shows improvement in the timeliness of initial child protection conferences; attendance by "
                    + "health partners remains below target.",
            Section.TRAINING, "We ran multi-agency courses on neglect, exploitation and professional curiosity.",
            Section.CHALLENGE, "Partners challenged each other at the Executive and through the escalation procedure; the challenge log "
                    + "records each challenge and its outcome.",
            Section.VOICE, "Children and young people told us they have to tell their story again and again. What we did about it is below.",
            Section.SCRUTINY, "The arrangements are well led and partners hold each other to account. The partnership should do more to "
                    + "show the difference its learning makes to children."));
}
