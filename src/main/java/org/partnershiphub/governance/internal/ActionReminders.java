package org.partnershiphub.governance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnershiphub.governance.internal.GovernanceRecords.MeetingAction;
import org.partnershiphub.identity.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Once a week, each owner of overdue meeting actions gets one email listing them (actions under restricted items
 * counted, not described), so the action log does not depend on the business unit chasing by hand.
 */
@Service
public class ActionReminders {

    private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final ActionLog actions;
    private final Directory directory;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final String host;
    private final String baseUrl;
    private final String from;

    ActionReminders(JdbcClient jdbc, ActionLog actions, Directory directory, MessageSource messages, ObjectProvider<JavaMailSender> mail,
                    @Value("${spring.mail.host:}") String host, @Value("${hub.base-url}") String baseUrl,
                    @Value("${hub.mail-from:no-reply@partnership-hub.invalid}") String from) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.host = host;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    public record Reminder(String email, String subject, String body) {
    }

    @Scheduled(cron = "${hub.governance.reminder-cron:0 50 7 * * MON}", zone = "Europe/London")
    public void sendWeeklyReminders() {
        send(remindersFor(actions.today()));
    }

    /** One reminder per active owner of open actions due before {@code today}. */
    public List<Reminder> remindersFor(LocalDate today) {
        List<Long> ids = jdbc.sql("select id from gov_action where status in ('OPEN', 'IN_PROGRESS') and due_date < ? and owner_id is not null order by due_date, id")
                .param(today).query(Long.class).list();
        Map<Long, List<MeetingAction>> byOwner = ids.stream().map(actions::find)
                .collect(Collectors.groupingBy(MeetingAction::ownerId, LinkedHashMap::new, Collectors.toList()));
        return byOwner.entrySet().stream().flatMap(entry -> directory.activeContact(entry.getKey()).stream().map(owner -> {
            StringBuilder lines = new StringBuilder();
            long restricted = 0;
            for (MeetingAction action : entry.getValue()) {
                if (action.restricted()) {
                    restricted++;
                } else {
                    lines.append(messages.getMessage("gov.action.reminder.line", new Object[] {action.description(), DATE.format(action.dueDate()),
                            action.boardName(), baseUrl + "/governance/actions/" + action.id()}, Locale.UK));
                }
            }
            if (restricted > 0) {
                lines.append(messages.getMessage("gov.action.reminder.restricted", new Object[] {restricted}, Locale.UK));
            }
            Object[] args = {owner.name(), entry.getValue().size(), lines.toString(), baseUrl + "/governance/actions?mine=true"};
            return new Reminder(owner.email(), messages.getMessage("gov.action.reminder.subject", args, Locale.UK),
                    messages.getMessage("gov.action.reminder.body", args, Locale.UK));
        })).toList();
    }

    public void send(List<Reminder> reminders) {
        JavaMailSender sender = mail.getIfAvailable();
        if (host == null || host.isBlank() || sender == null) {
            return;
        }
        for (Reminder reminder : reminders) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(reminder.email());
            message.setSubject(reminder.subject());
            message.setText(reminder.body());
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not send a meeting action reminder: {}", e.getClass().getSimpleName());
            }
        }
    }
}
