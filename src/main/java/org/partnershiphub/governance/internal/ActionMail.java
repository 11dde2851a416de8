package org.partnershiphub.governance.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.partnershiphub.governance.internal.GovernanceRecords.MeetingAction;
import org.partnershiphub.identity.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of an action agreed at a meeting that it is theirs, with its due date and a link; an action under a
 * restricted item is not described in the email, only linked, as the email leaves the hub.
 */
@Component
class ActionMail {

    private static final Logger log = LoggerFactory.getLogger(ActionMail.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ActionLog actions;
    private final Directory directory;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final String host;
    private final String baseUrl;
    private final String from;

    ActionMail(ActionLog actions, Directory directory, MessageSource messages, ObjectProvider<JavaMailSender> mail,
               @Value("${spring.mail.host:}") String host, @Value("${hub.base-url}") String baseUrl,
               @Value("${hub.mail-from:no-reply@partnership-hub.invalid}") String from) {
        this.actions = actions;
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.host = host;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ActionLog.ActionAssigned assigned) {
        JavaMailSender sender = mail.getIfAvailable();
        if (host == null || host.isBlank() || sender == null) {
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
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(owner.email());
            message.setSubject(messages.getMessage(key + ".subject", args, Locale.UK));
            message.setText(messages.getMessage(key + ".body", args, Locale.UK));
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not send a meeting action email: {}", e.getClass().getSimpleName());
            }
        });
    }
}
