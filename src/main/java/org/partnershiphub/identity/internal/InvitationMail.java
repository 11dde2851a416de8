package org.partnershiphub.identity.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.partnershiphub.shared.web.HubProperties;
import org.partnershiphub.shared.PlainTextMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Emails a one-time link to the person it is for, when an SMTP server is configured (HUB_MAIL_HOST). The administrator
 * always sees the link too, so a mail failure never loses an invitation.
 */
@Component
class InvitationMail {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm").withZone(ZoneId.of("Europe/London"));

    private final PlainTextMail mail;
    private final MessageSource messages;
    private final HubProperties hub;

    InvitationMail(PlainTextMail mail, MessageSource messages, HubProperties hub) {
        this.mail = mail;
        this.messages = messages;
        this.hub = hub;
    }

    void send(UserAccount account, AccountAdministration.IssuedLink link, Invitation.Purpose purpose) {
        String kind = purpose == Invitation.Purpose.INVITE ? "invite" : "reset";
        mail.send(account.getEmail(), messages.getMessage("mail." + kind + ".subject", new Object[] {hub.partnershipName()}, java.util.Locale.UK),
                messages.getMessage("mail." + kind + ".body",
                        new Object[] {account.getFullName(), hub.partnershipName(), link.url(), EXPIRY.format(link.expiresAt())}, java.util.Locale.UK),
                "the one-time link to user " + account.getId());
    }
}
