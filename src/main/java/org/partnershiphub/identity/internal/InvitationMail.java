package org.partnershiphub.identity.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.partnershiphub.shared.web.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails a one-time link to the person it is for, when an SMTP server is configured (HUB_MAIL_HOST). The administrator
 * always sees the link too, so a mail failure never loses an invitation.
 */
@Component
class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm").withZone(ZoneId.of("Europe/London"));

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final HubProperties hub;
    private final String host;
    private final String from;

    InvitationMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, HubProperties hub,
                   @Value("${spring.mail.host:}") String host, @Value("${hub.mail-from:no-reply@partnership-hub.invalid}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.hub = hub;
        this.host = host;
        this.from = from;
    }

    void send(UserAccount account, AccountAdministration.IssuedLink link, Invitation.Purpose purpose) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (host == null || host.isBlank() || sender == null) {
            return;
        }
        String kind = purpose == Invitation.Purpose.INVITE ? "invite" : "reset";
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(account.getEmail());
        message.setSubject(messages.getMessage("mail." + kind + ".subject", new Object[] {hub.partnershipName()}, java.util.Locale.UK));
        message.setText(messages.getMessage("mail." + kind + ".body",
                new Object[] {account.getFullName(), hub.partnershipName(), link.url(), EXPIRY.format(link.expiresAt())}, java.util.Locale.UK));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not email the one-time link to user {}: {}", account.getId(), e.getClass().getSimpleName());
        }
    }
}
