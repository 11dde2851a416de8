package org.partnershiphub.governance.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.partnershiphub.governance.internal.GovernanceRecords.MeetingAction;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.PlainTextMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of an action agreed at a meeting that it is theirs, with its due date and a link; an action under a
 * restricted item is not described in the email, only linked, as the email leaves the hub.
 */
@Component
class ActionMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ActionLog actions;
    private final Directory directory;
    private final MessageSource messages;
    private final PlainTextMail mail;
    private final String baseUrl;

    ActionMail(ActionLog actions, Directory directory, MessageSource messages, PlainTextMail mail, @Value("${hub.base-url}") String baseUrl) {
        this.actions = actions;
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ActionLog.ActionAssigned assigned) {
        if (!mail.enabled()) {
            return;
        }
        MeetingAction action = actions.find(assigned.actionId());
        if (action.ownerId() == null) {
            return;
        }
        directory.activeContact(action.ownerId()).ifPresent(owner -> {
            Object[] args = {action.boardName(), DATE.format(action.meetingDate()), action.description(), DATE.format(action.dueDate()),
                    baseUrl + "/governance/actions/" + action.id(), owner.name()};
            String key = action.restricted() ? "gov.action.mail.restricted" : "gov.action.mail";
            mail.send(owner.email(), messages.getMessage(key + ".subject", args, Locale.UK), messages.getMessage(key + ".body", args, Locale.UK),
                    "a meeting action email");
        });
    }
}
