package org.partnershiphub.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text email from the hub's address ({@code hub.mail-from}), for every module's messages and reminders. Without a
 * mail server ({@code spring.mail.host} blank) nothing is sent; a message the server refuses is logged, never thrown,
 * so a missed email does not undo the work that caused it.
 */
@Component
public class PlainTextMail {

    private static final Logger log = LoggerFactory.getLogger(PlainTextMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String host;
    private final String from;

    PlainTextMail(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String host,
                  @Value("${hub.mail-from:no-reply@partnership-hub.invalid}") String from) {
        this.mail = mail;
        this.host = host;
        this.from = from;
    }

    /** Whether a mail server is configured, so a caller can skip preparing messages nobody will send. */
    public boolean enabled() {
        return host != null && !host.isBlank() && mail.getIfAvailable() != null;
    }

    /**
     * Sends one message; {@code about} names it in the log if it fails (e.g. "a review reminder").
     *
     * @return whether the mail server accepted it (false also when no server is configured)
     */
    public boolean send(String to, String subject, String body, String about) {
        if (!enabled()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.getObject().send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send {}: {}", about, e.getClass().getSimpleName());
            return false;
        }
    }
}
