package org.partnershiphub.disagreements.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.PlainTextMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people when a disagreement moves on, once the change is saved (asynchronously, from the event publication
 * registry): the named lead of the stage it reached and the person who raised it; and the business unit when the last
 * stage's time limit passes; and, when one is raised, the safeguarding leads of the agency it is raised with.
 * Messages carry the reference and a link, never the child's pseudonym or the detail.
 */
@Component
class DisagreementMail {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final DisagreementRepository disagreements;
    private final Directory directory;
    private final MessageSource messages;
    private final PlainTextMail mail;
    private final String baseUrl;

    DisagreementMail(DisagreementRepository disagreements, Directory directory, MessageSource messages, PlainTextMail mail,
                     @Value("${hub.base-url}") String baseUrl) {
        this.disagreements = disagreements;
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(Disagreements.DisagreementEscalated escalated) {
        Disagreement d = disagreements.findById(escalated.disagreementId()).orElse(null);
        if (d == null) {
            return;
        }
        StageStep step = d.currentStep();
        String key = escalated.automatic() ? "disagreement.mail.escalatedAutomatically" : "disagreement.mail.escalated";
        Map<String, Directory.Contact> to = new LinkedHashMap<>();
        if (step.getLeadId() != null) {
            directory.activeContact(step.getLeadId()).ifPresent(c -> to.put(c.email(), c));
        }
        directory.activeContact(d.getRaisedBy()).ifPresent(c -> to.putIfAbsent(c.email(), c));
        for (Directory.Contact contact : to.values()) {
            boolean lead = step.getLeadId() != null && step.getLeadId() == contact.id();
            deliver(contact.email(), key + (lead ? ".lead" : ".raiser"), d.reference(), step.getStageName(), DAY.format(step.getDueOn()),
                    link(d), contact.name());
        }
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(Disagreements.DisagreementRaised raised) {
        Disagreement d = disagreements.findById(raised.disagreementId()).orElse(null);
        if (d == null) {
            return;
        }
        StageStep step = d.currentStep();
        Map<String, Directory.Contact> to = new LinkedHashMap<>();
        directory.activeWithRole(Role.AGENCY_LEAD, d.getOtherAgencyId()).forEach(c -> to.put(c.email(), c));
        if (step.getLeadId() != null) {
            directory.activeContact(step.getLeadId()).ifPresent(c -> to.putIfAbsent(c.email(), c));
        }
        String raisedBy = directory.agencyName(d.getRaiserAgencyId());
        for (Directory.Contact contact : to.values()) {
            deliver(contact.email(), "disagreement.mail.raised", d.reference(), step.getStageName(), DAY.format(step.getDueOn()), link(d),
                    contact.name(), raisedBy);
        }
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(Disagreements.FinalStageOverdue overdue) {
        Disagreement d = disagreements.findById(overdue.disagreementId()).orElse(null);
        if (d == null) {
            return;
        }
        StageStep step = d.currentStep();
        for (Directory.Contact contact : directory.activeWithRole(Role.BUSINESS_UNIT, null)) {
            deliver(contact.email(), "disagreement.mail.finalStageOverdue", d.reference(), step.getStageName(), DAY.format(step.getDueOn()),
                    link(d), contact.name());
        }
    }

    private String link(Disagreement d) {
        return baseUrl + "/disagreements/" + d.getId();
    }

    private boolean deliver(String to, String key, Object... args) {
        return mail.send(to, messages.getMessage(key + ".subject", args, Locale.UK), messages.getMessage(key + ".body", args, Locale.UK),
                "a disagreement email");
    }
}
