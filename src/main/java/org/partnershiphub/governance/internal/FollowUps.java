package org.partnershiphub.governance.internal;

import java.sql.Timestamp;
import java.util.List;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.governance.internal.GovernanceRecords.AgendaItem;
import org.partnershiphub.governance.internal.GovernanceRecords.FollowUp;
import org.partnershiphub.governance.internal.GovernanceRecords.Meeting;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.FieldRefusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up reports a board asks for ("a further update report in September covering ..."): each goes on the agenda
 * of the meeting it is due at, or of the board's next meeting once one is scheduled.
 */
@Service
public class FollowUps {

    private static final String SELECT = "select f.id, f.meeting_id, f.item_id, f.subject, f.report_from, f.due_meeting_id, d.starts_at, f.due_item_id, m.starts_at, i.restricted, f.due_text "
            + "from gov_follow_up f join gov_meeting m on m.id = f.meeting_id join gov_agenda_item i on i.id = f.item_id left join gov_meeting d on d.id = f.due_meeting_id";

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    FollowUps(JdbcClient jdbc, Meetings meetings, AuditTrail audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A report asked for, as the form has it: {@code due} is "next" (the board's next meeting, whenever it is
     * scheduled), "months" (then {@code dueMonths} as typed, "September/October 2023") or a later meeting's id.
     */
    public record FollowUpCommand(String subject, String reportFrom, String due, String dueMonths) {
    }

    /** Where a requested report went. */
    public enum Placed { ON_AGENDA, AWAITING_NEXT_MEETING, AWAITING_MEETING_IN_MONTHS }

    /**
     * Asks for a report at a later meeting, owning every rule: subject and who reports are required; the meeting chosen
     * must be one of the board's later meetings; months must read as a month or a range.
     *
     * @throws FieldRefusals naming each field that stops it
     */
    @Transactional
    public Placed request(AgendaItem item, FollowUpCommand command) {
        FieldRefusals.Collector refusals = new FieldRefusals.Collector();
        required(command.subject(), "subject", "gov.followUp.error.subject", 2000, refusals);
        required(command.reportFrom(), "reportFrom", "gov.followUp.error.reportFrom", 200, refusals);
        Meeting asked = meetings.meeting(item.meetingId());
        String due = command.due() == null ? "" : command.due();
        java.util.Optional<MonthRange> months = java.util.Optional.empty();
        Long dueMeeting = null;
        if (due.equals("months")) {
            months = MonthRange.parse(command.dueMonths());
            if (months.isEmpty()) {
                refusals.reject("dueMonths", "gov.followUp.error.dueMonths");
            }
        } else if (!due.equals("next")) {
            dueMeeting = due.matches("\\d{1,18}") ? Long.valueOf(due) : null;
            final Long chosen = dueMeeting;
            if (chosen == null || meetings.laterMeetings(asked).stream().noneMatch(m -> m.id() == chosen)) {
                refusals.reject("dueMeeting", "gov.followUp.error.dueMeeting");
            }
        }
        refusals.throwIfAny();
        if (months.isPresent()) {
            return requestInMonths(item, command.subject(), command.reportFrom(), months.get()) ? Placed.ON_AGENDA
                    : Placed.AWAITING_MEETING_IN_MONTHS;
        }
        request(item, command.subject(), command.reportFrom(), dueMeeting);
        return dueMeeting == null ? Placed.AWAITING_NEXT_MEETING : Placed.ON_AGENDA;
    }

    private static void required(String value, String field, String key, int max, FieldRefusals.Collector refusals) {
        if (value == null || value.isBlank()) {
            refusals.reject(field, key);
        } else if (value.length() > max) {
            refusals.reject(field, "gov.decision.error.tooLong");
        }
    }

    /**
     * Asks for a report due in a month or range of months: it goes to the board's first meeting in that range after the
     * meeting that asked, if one is scheduled, or waits for one to be scheduled in the range. Returns whether it was
     * placed on a meeting's agenda now.
     */
    @Transactional
    public boolean requestInMonths(AgendaItem item, String subject, String reportFrom, MonthRange due) {
        Meeting asked = meetings.meeting(item.meetingId());
        Long first = jdbc.sql("select id from gov_meeting where group_id = ? and starts_at > ? and starts_at >= ? and starts_at < ? "
                        + "order by starts_at, id fetch first 1 rows only")
                .params(asked.groupId(), Timestamp.from(asked.startsAt()), Timestamp.from(due.firstDay().atStartOfDay(GovernanceRecords.LONDON).toInstant()),
                        Timestamp.from(due.lastDay().plusDays(1).atStartOfDay(GovernanceRecords.LONDON).toInstant()))
                .query(Long.class).optional().orElse(null);
        long id = request(item, subject, reportFrom, first);
        jdbc.sql("update gov_follow_up set due_from = ?, due_to = ?, due_text = ? where id = ?")
                .params(java.sql.Date.valueOf(due.firstDay()), java.sql.Date.valueOf(due.lastDay()), due.asWritten(), id).update();
        audit.record(AuditEvent.of(AuditAction.UPDATE, "FollowUpReport", id).withDetail("due in " + due.asWritten()));
        return first != null;
    }

    @Transactional
    public long request(AgendaItem item, String subject, String reportFrom, Long dueMeetingId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gov_follow_up (meeting_id, item_id, subject, report_from, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(item.meetingId(), item.id(), subject.strip(), reportFrom.strip(), Timestamp.from(clock.instant()), CurrentUser.require().userId())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        if (dueMeetingId != null) {
            meetings.placeFollowUp(id, dueMeetingId);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "FollowUpReport", id).withDetail("item " + item.id() + ", due at "
                + (dueMeetingId == null ? "the next meeting scheduled" : "meeting " + dueMeetingId)));
        return id;
    }

    private static FollowUp followUp(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp due = rs.getTimestamp(7);
        return new FollowUp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), (Long) rs.getObject(6),
                due == null ? null : due.toInstant(), (Long) rs.getObject(8), rs.getTimestamp(9).toInstant(), rs.getBoolean(10), rs.getString(11));
    }

    /** Reports asked for at this meeting. */
    @Transactional(readOnly = true)
    public List<FollowUp> requestedAt(long meetingId) {
        return jdbc.sql(SELECT + " where f.meeting_id = ? order by f.id").param(meetingId).query(FollowUps::followUp).list();
    }

    /** Reports due at this meeting (already on its agenda). */
    @Transactional(readOnly = true)
    public List<FollowUp> dueAt(long meetingId) {
        return jdbc.sql(SELECT + " where f.due_meeting_id = ? order by f.id").param(meetingId).query(FollowUps::followUp).list();
    }

    /** Reports this board asked for that wait for a meeting to be scheduled. */
    @Transactional(readOnly = true)
    public List<FollowUp> awaitingMeeting(long groupId) {
        return jdbc.sql(SELECT + " where m.group_id = ? and f.due_meeting_id is null order by f.id").param(groupId).query(FollowUps::followUp).list();
    }
}
