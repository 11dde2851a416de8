package org.partnershiphub.voice.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, what the fictional Northshire partnership heard from its young people's advisory group, a takeover
 * event, a practitioner survey and a practice review, what it did, and three pairs published as "you said, we did".
 */
@Component
@Order(18)
class DemoVoice implements ApplicationRunner {

    private final HubProperties hub;
    private final VoiceItemRepository items;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoVoice(HubProperties hub, VoiceItemRepository items, Directory directory, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.items = items;
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
        if (items.count() > 0) {
            return;
        }
        Long bu = directory.usablePeople().stream().filter(p -> p.name().equals("Tamsin Oakridge")).map(Directory.Person::id).findFirst().orElse(null);
        if (bu == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        add(bu, now, today, new VoiceRecords.Details(VoiceItem.HeardFrom.CHILDREN_AND_YOUNG_PEOPLE, VoiceItem.Source.EVENT, "Takeover event at County Hall",
                "Voice of the child", today.minusMonths(7),
                "Young people said they are asked the same questions by different workers and have to tell their story again each time.",
                "The Executive agreed a single shared chronology for children open to more than one service, led by the local authority.",
                today.minusMonths(5), VoiceItem.LinkKind.DECISION, "/governance/decisions",
                "You told us you have to tell your story again and again to different workers.",
                "Workers now share one record of what has happened, so you only need to tell your story once."), true);
        add(bu, now, today, new VoiceRecords.Details(VoiceItem.HeardFrom.CHILDREN_AND_YOUNG_PEOPLE, VoiceItem.Source.ADVISORY_GROUP,
                "Young People's Safeguarding Advisory Group", "Exploitation", today.minusMonths(4),
                "Members said posters about exploitation use words young people do not use and they would not ask for help because of them.",
                "The advisory group rewrote the exploitation leaflet and poster; they are used in every secondary school from September.",
                today.minusMonths(2), VoiceItem.LinkKind.OTHER, "/plan/dashboard",
                "You told us our exploitation posters did not sound like you.",
                "You rewrote them with us, and your versions are now in every secondary school."), true);
        add(bu, now, today, new VoiceRecords.Details(VoiceItem.HeardFrom.PRACTITIONERS, VoiceItem.Source.SURVEY, "Professional curiosity survey",
                "Professional curiosity", today.minusMonths(3),
                "62% of practitioners who answered said they were not confident to challenge a decision made by another agency.",
                "The escalation (concerns resolution) guidance was rewritten and a 90-minute briefing added to the training programme.",
                today.minusMonths(1), VoiceItem.LinkKind.OTHER, "/training",
                "You told us you did not feel confident to challenge another agency's decision.",
                "We rewrote the escalation guidance and added a short briefing on how to raise a disagreement."), true);
        add(bu, now, today, new VoiceRecords.Details(VoiceItem.HeardFrom.PARENTS_AND_CARERS, VoiceItem.Source.REVIEW, "Family's contribution to a local practice review",
                "Working with families", today.minusMonths(2),
                "The family said nobody explained what a child protection conference was or who would be there before the first one.",
                null, null, null, null, null, null), false);
        add(bu, now, today, new VoiceRecords.Details(VoiceItem.HeardFrom.PRACTITIONERS, VoiceItem.Source.AUDIT, "Neglect case file audit",
                "Neglect", today.minusWeeks(5),
                "Health visitors said they were not invited to core groups once a child turned five, even where they still knew the family.",
                null, null, null, null, null, null), false);
    }

    private void add(long bu, Instant now, LocalDate today, VoiceRecords.Details details, boolean publish) {
        VoiceItem item = new VoiceItem(details, bu, now);
        if (publish) {
            item.publish(details.respondedOn() != null ? details.respondedOn() : today, now);
        }
        items.save(item);
    }
}
