package org.partnershiphub.newsletter.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.partnershiphub.shared.PlainTextMail;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The newsletter's emails: the confirmation asking a person to confirm their address, and an issue as HTML with a plain
 * text part, carrying a one-click unsubscribe (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058). An address the
 * mail server refuses is a bounce; a server that cannot be reached is a failure to try again.
 */
@Component
class NewsletterMail {

    /** What happened to one email. */
    enum Outcome { SENT, BOUNCED, RETRY }

    record Result(Outcome outcome, String detail) {
    }

    private final PlainTextMail plain;
    private final ObjectProvider<JavaMailSender> sender;
    private final ITemplateEngine templates;
    private final HubProperties hub;
    private final String host;
    private final String from;
    private final NotifyClient notify;

    NewsletterMail(PlainTextMail plain, ObjectProvider<JavaMailSender> sender, ITemplateEngine templates, HubProperties hub,
                   @Value("${spring.mail.host:}") String host, @Value("${hub.mail-from:no-reply@partnership-hub.invalid}") String from,
                   NotifyClient notify) {
        this.notify = notify;
        this.plain = plain;
        this.sender = sender;
        this.templates = templates;
        this.hub = hub;
        this.host = host;
        this.from = from;
    }

    /** A way to send: GOV.UK Notify when it is configured, otherwise an SMTP server. */
    boolean enabled() {
        return notify.enabled() || (host != null && !host.isBlank() && sender.getIfAvailable() != null);
    }

    void sendConfirmation(String email, String token) {
        String link = hub.baseUrl() + "/newsletter/confirm/" + token;
        String subject = "Confirm your subscription to the " + hub.partnershipName() + " newsletter";
        String body = "Someone, probably you, asked to receive the " + hub.partnershipName() + " newsletter at this address.\n\n"
                + "To confirm, open this link within 7 days and press the button:\n" + link + "\n\n"
                + "If it was not you, ignore this email: you will not be sent anything.";
        if (notify.enabled()) {
            Result result = notify.send(email, subject, body, null, "newsletter-confirmation");
            if (result.outcome() != Outcome.SENT) {
                org.slf4j.LoggerFactory.getLogger(NewsletterMail.class).warn("A newsletter confirmation was not sent through GOV.UK Notify: {}", result.detail());
            }
            return;
        }
        plain.send(email, subject, body, "a newsletter confirmation");
    }

    String unsubscribeLink(Subscriber subscriber) {
        return hub.baseUrl() + "/newsletter/unsubscribe/" + subscriber.getUnsubscribeToken();
    }

    Result sendIssue(Issue issue, Subscriber subscriber) {
        if (notify.enabled()) {
            String unsubscribe = unsubscribeLink(subscriber);
            return notify.send(subscriber.getEmail(), issue.getTitle(), text(issue, unsubscribe), unsubscribe,
                    "newsletter-" + issue.getId() + "-" + subscriber.getId());
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || !enabled()) {
            return new Result(Outcome.RETRY, "No mail server is configured");
        }
        String unsubscribe = unsubscribeLink(subscriber);
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(subscriber.getEmail());
            helper.setSubject(issue.getTitle());
            helper.setText(text(issue, unsubscribe), html(issue, unsubscribe));
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            mail.send(message);
            return new Result(Outcome.SENT, null);
        } catch (MessagingException e) {
            return new Result(Outcome.BOUNCED, shorten(e.getMessage()));
        } catch (MailException e) {
            return classify(e);
        }
    }

    /** A recipient the server refused is a bounce; anything else (the server down, a timeout) is tried again later. */
    static Result classify(MailException e) {
        if (e instanceof MailSendException send) {
            for (Exception failure : send.getFailedMessages().values()) {
                Throwable cause = failure;
                while (cause != null) {
                    if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                            && refused.getInvalidAddresses().length > 0) {
                        return new Result(Outcome.BOUNCED, shorten(refused.getMessage()));
                    }
                    cause = cause.getCause();
                }
            }
        }
        if (e instanceof org.springframework.mail.MailParseException) {
            return new Result(Outcome.BOUNCED, shorten(e.getMessage()));
        }
        return new Result(Outcome.RETRY, shorten(e.getMessage()));
    }

    private String html(Issue issue, String unsubscribe) {
        Context context = new Context(Locale.UK);
        context.setVariables(Map.of("issue", issue, "unsubscribe", unsubscribe, "partnership", hub.partnershipName(), "baseUrl", hub.baseUrl()));
        return templates.process("newsletter/_email", context);
    }

    String text(Issue issue, String unsubscribe) {
        StringBuilder text = new StringBuilder(issue.getTitle()).append('\n').append("=".repeat(Math.min(issue.getTitle().length(), 70))).append("\n\n");
        if (issue.getSummary() != null) {
            text.append(issue.getSummary()).append("\n\n");
        }
        for (IssueSection section : issue.sections()) {
            text.append(section.getHeading()).append('\n').append("-".repeat(Math.min(section.getHeading().length(), 70))).append('\n');
            if (section.getBody() != null) {
                text.append(section.getBody().strip()).append("\n");
            }
            if (section.getImageFileId() != null) {
                text.append("[Image: ").append(section.getImageAlt()).append("]\n");
            }
            text.append('\n');
        }
        text.append("Read this issue on the web: ").append(hub.baseUrl()).append("/newsletters/").append(issue.getId()).append('\n');
        text.append("Unsubscribe: ").append(unsubscribe).append('\n');
        return text.toString();
    }

    private static String shorten(String message) {
        String m = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return m.length() <= 480 ? m : m.substring(0, 480);
    }
}
