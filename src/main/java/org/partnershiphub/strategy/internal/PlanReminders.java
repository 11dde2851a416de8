package org.partnershiphub.strategy.internal;

import org.partnershiphub.shared.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.PlainTextMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before each quarter's update deadline (the quarter's last working day), every lead person with an action that has
 * had no update this quarter gets one email listing those actions, once per quarter. The job runs each working
 * morning and starts reminding {@code hub.plan.reminder-working-days} working days before the deadline.
 */
@Service
public class PlanReminders {

    private static final Logger log = LoggerFactory.getLogger(PlanReminders.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public record Reminder(long personId, String email, String quarter, String subject, String body) {
    }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingDayCalendar calendar;
    private final MessageSource messages;
    private final PlainTextMail mail;
    private final Clock clock;
    private final int workingDaysBefore;
    private final String baseUrl;

    PlanReminders(JdbcTemplate jdbc, Directory directory, WorkingDayCalendar calendar, MessageSource messages,
                  PlainTextMail mail, Clock clock, @Value("${hub.plan.reminder-working-days:10}") int workingDaysBefore,
                  @Value("${hub.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
        this.messages = messages;
        this.mail = mail;
        this.clock = clock;
        this.workingDaysBefore = workingDaysBefore;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${hub.plan.reminder-cron:0 30 7 * * MON-FRI}", zone = "Europe/London")
    public void sendDue() {
        LocalDate today = LocalDate.now(clock);
        if (calendar.isWorkingDay(today)) {
            send(remindersFor(today));
        }
    }

    /** The quarter's update deadline: its last working day. */
    public LocalDate deadline(Quarter quarter) {
        LocalDate day = quarter.end();
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Who to remind on {@code today}, and of which actions; empty outside the reminder window or when all are updated. */
    @Transactional(readOnly = true)
    public List<Reminder> remindersFor(LocalDate today) {
        Quarter quarter = Quarter.of(today);
        LocalDate deadline = deadline(quarter);
        int left = calendar.workingDaysUntil(today, deadline);
        if (left < 0 || left > workingDaysBefore) {
            return List.of();
        }
        Map<Long, List<String>> titles = new LinkedHashMap<>();
        jdbc.query("select a.lead_person_id, a.title from plan_action a join plan p on p.id = a.plan_id"
                        + " where a.lead_person_id is not null and a.status <> 'COMPLETE'"
                        + " and (a.status_quarter is null or a.status_quarter <> ?)"
                        + " and not exists (select 1 from plan_reminder r where r.person_id = a.lead_person_id and r.quarter = ?)"
                        + " order by a.lead_person_id, a.id",
                rs -> {
                    titles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add("- " + rs.getString(2));
                }, quarter.key(), quarter.key());
        Map<Long, String> emails = new LinkedHashMap<>();
        for (org.partnershiphub.shared.Role role : BusinessPlans.LEAD_ROLES) {
            directory.activeWithRole(role, null).forEach(c -> emails.putIfAbsent(c.id(), c.email()));
        }
        List<Reminder> reminders = new ArrayList<>();
        titles.forEach((personId, lines) -> {
            String email = emails.get(personId);
            if (email != null) {
                reminders.add(new Reminder(personId, email, quarter.key(),
                        messages.getMessage("plan.reminder.subject", new Object[] {quarter.label(), SHOWN.format(deadline)}, Locale.UK),
                        messages.getMessage("plan.reminder.body", new Object[] {quarter.label(), SHOWN.format(deadline), lines.size(),
                                String.join("\n", lines), baseUrl + "/plan/my-actions"}, Locale.UK)));
            }
        });
        return reminders;
    }

    /** Sends each reminder and records it, so nobody is reminded twice in a quarter; a failed message is tried next day. */
    public void send(List<Reminder> reminders) {
        if (!mail.enabled()) {
            log.info("{} business plan reminders due; no SMTP server configured", reminders.size());
            return;
        }
        for (Reminder reminder : reminders) {
            if (mail.send(reminder.email(), reminder.subject(), reminder.body(), "a business plan reminder")) {
                jdbc.update("insert into plan_reminder (person_id, quarter, sent_at) values (?, ?, ?)", reminder.personId(), reminder.quarter(),
                        java.sql.Timestamp.from(clock.instant()));
            }
        }
    }
}
