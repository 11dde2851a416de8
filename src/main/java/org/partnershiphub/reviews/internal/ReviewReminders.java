package org.partnershiphub.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.calendar.Deadline;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.reviews.Stage;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.PlainTextMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each working morning, reminds whoever owns the next step of anything overdue or due within 2 working days: the
 * business unit for the case's next step, an agency's safeguarding leads for their outstanding summary. Emails carry
 * the reference and pseudonym only, and a link to the case, never the child's name.
 */
@Service
public class ReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

    private final SeriousIncidentRepository incidents;
    private final AgencySummaryRepository summaries;
    private final Caseload caseload;
    private final WorkingDayCalendar calendar;
    private final ReviewWorkflow workflow;
    private final Directory directory;
    private final MessageSource messages;
    private final PlainTextMail mail;
    private final String baseUrl;

    ReviewReminders(SeriousIncidentRepository incidents, AgencySummaryRepository summaries, Caseload caseload,
                    WorkingDayCalendar calendar, ReviewWorkflow workflow, Directory directory, MessageSource messages,
                    PlainTextMail mail, @Value("${hub.base-url}") String baseUrl) {
        this.incidents = incidents;
        this.summaries = summaries;
        this.caseload = caseload;
        this.calendar = calendar;
        this.workflow = workflow;
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    public record Reminder(String email, String subject, String body) {
    }

    @Scheduled(cron = "${hub.reviews.reminder-cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    public void sendDailyReminders() {
        LocalDate today = workflow.today();
        if (!calendar.isWorkingDay(today)) {
            return;
        }
        send(remindersFor(today));
    }

    /** Sends the reminders by email when an SMTP server is configured; a failed message does not stop the others. */
    public void send(List<Reminder> reminders) {
        if (!mail.enabled()) {
            log.info("{} review reminders due today; no SMTP server configured", reminders.size());
            return;
        }
        for (Reminder reminder : reminders) {
            mail.send(reminder.email(), reminder.subject(), reminder.body(), "a review reminder");
        }
    }

    /** The reminders to send on {@code today}, one per person, listing each of their urgent items. */
    @Transactional(readOnly = true)
    public List<Reminder> remindersFor(LocalDate today) {
        Map<String, List<String>> linesByEmail = new LinkedHashMap<>();
        List<SeriousIncident> open = incidents.findByStageInOrderByNotificationDueAsc(EnumSet.of(Stage.REFERRED, Stage.RAPID_REVIEW, Stage.LOCAL_REVIEW));
        List<Directory.Contact> businessUnit = directory.activeWithRole(Role.BUSINESS_UNIT, null);
        for (SeriousIncident incident : open) {
            List<AgencySummary> outstanding = summaries.findByIncidentIdOrderByDueDateAscIdAsc(incident.getId()).stream()
                    .filter(s -> !s.isReturned()).toList();
            Caseload.NextStep next = caseload.nextStep(incident, outstanding, today);
            if (next != null && next.deadline() != null && needsReminding(next.deadline())) {
                String line = line(incident, messages.getMessage(next.messageKey(), null, Locale.UK), next.deadline());
                businessUnit.forEach(person -> linesByEmail.computeIfAbsent(person.email(), k -> new ArrayList<>()).add(line));
            }
            for (AgencySummary summary : outstanding) {
                Deadline deadline = calendar.deadline(summary.getDueDate(), today);
                if (needsReminding(deadline)) {
                    String line = line(incident, messages.getMessage("reminder.summary", null, Locale.UK), deadline);
                    directory.activeWithRole(Role.AGENCY_LEAD, summary.getAgencyId())
                            .forEach(lead -> linesByEmail.computeIfAbsent(lead.email(), k -> new ArrayList<>()).add(line));
                }
            }
        }
        List<Reminder> reminders = new ArrayList<>();
        linesByEmail.forEach((email, lines) -> reminders.add(new Reminder(email,
                messages.getMessage("reminder.subject", new Object[] {lines.size()}, Locale.UK),
                messages.getMessage("reminder.body", new Object[] {String.join("\n", lines), baseUrl + "/reviews"}, Locale.UK))));
        return reminders;
    }

    private static boolean needsReminding(Deadline deadline) {
        return deadline.overdue() || deadline.urgent();
    }

    private String line(SeriousIncident incident, String step, Deadline deadline) {
        String when = deadline.overdue()
                ? messages.getMessage("deadline.overdue", new Object[] {-deadline.workingDaysLeft()}, Locale.UK)
                : deadline.workingDaysLeft() == 0 ? messages.getMessage("deadline.today", null, Locale.UK)
                : messages.getMessage("deadline.dueIn", new Object[] {deadline.workingDaysLeft()}, Locale.UK);
        return "- " + incident.getReference() + " (" + incident.getChildPseudonym() + "): " + step + ". " + when
                + " (" + deadline.due() + "). " + baseUrl + "/reviews/" + incident.getId();
    }
}
