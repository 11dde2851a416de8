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
import org.partnershiphub.shared.PlainTextMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Once a week, each owner of overdue meeting actions gets one email listing them (actions under restricted items
 * counted, not described), so the action log does not depend on the business unit chasing by hand.
 */
@Service
public class ActionReminders {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ActionLog actions;
    private final Directory directory;
    private final MessageSource messages;
    private final PlainTextMail mail;
    private final String baseUrl;

    ActionReminders(ActionLog actions, Directory directory, MessageSource messages, PlainTextMail mail, @Value("${hub.base-url}") String baseUrl) {
        this.actions = actions;
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    public record Reminder(String email, String subject, String body) {
    }

    @Scheduled(cron = "${hub.governance.reminder-cron:0 50 7 * * MON}", zone = "Europe/London")
    public void sendWeeklyReminders() {
        send(remindersFor(actions.today()));
    }

    /** One reminder per active owner of open actions due before {@code today}. */
    public List<Reminder> remindersFor(LocalDate today) {
        Map<Long, List<MeetingAction>> byOwner = actions.overdueWithOwners(today).stream()
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
        for (Reminder reminder : reminders) {
            mail.send(reminder.email(), reminder.subject(), reminder.body(), "a meeting action reminder");
        }
    }
}
