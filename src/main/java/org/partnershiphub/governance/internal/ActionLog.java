package org.partnershiphub.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.governance.internal.GovernanceRecords.AgendaItem;
import org.partnershiphub.governance.internal.GovernanceRecords.MeetingAction;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Actions agreed at meetings: owner, due date, status and the latest update; open actions past their date are overdue. */
@Service
public class ActionLog {

    private static final String SELECT = "select a.id, a.meeting_id, a.item_id, a.description, a.owner_id, a.owner_name, a.due_date, a.status, "
            + "a.latest_update, a.updated_at, m.group_id, g.name, m.starts_at, i.restricted from gov_action a "
            + "join gov_meeting m on m.id = a.meeting_id join hub_group g on g.id = m.group_id join gov_agenda_item i on i.id = a.item_id";

    private final JdbcClient jdbc;
    private final GovernanceAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final org.partnershiphub.identity.Directory directory;

    ActionLog(JdbcClient jdbc, GovernanceAccess access, AuditTrail audit, Clock clock, org.springframework.context.ApplicationEventPublisher events,
              org.partnershiphub.identity.Directory directory) {
        this.directory = directory;
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(GovernanceRecords.LONDON));
    }

    private static MeetingAction action(ResultSet rs, int row) throws SQLException {
        Timestamp updated = rs.getTimestamp(10);
        return new MeetingAction(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), (Long) rs.getObject(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), ActionStatus.valueOf(rs.getString(8)), rs.getString(9), updated == null ? null : updated.toInstant(),
                rs.getLong(11), rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getBoolean(14));
    }

    /**
     * An action as the minute-taker typed it: the owner chosen from the directory ({@code ownerId}, as the form sends it)
     * or named as typed; {@code due} null when no real date was given.
     */
    public record ActionCommand(String description, String ownerId, String ownerName, LocalDate due) {
    }

    /**
     * Records an action from an agenda item, owning every rule: a description; an owner, chosen or named; a due date
     * not before the meeting.
     *
     * @throws org.partnershiphub.shared.FieldRefusals naming each field that stops it
     */
    @Transactional
    public long record(AgendaItem item, LocalDate meetingDay, ActionCommand command) {
        var refusals = new org.partnershiphub.shared.FieldRefusals.Collector();
        if (command.description() == null || command.description().isBlank()) {
            refusals.reject("description", "gov.action.error.description");
        } else if (command.description().length() > 2000) {
            refusals.reject("description", "gov.decision.error.tooLong");
        }
        org.partnershiphub.identity.Directory.Person owner = null;
        if (command.ownerId() != null && !command.ownerId().isBlank()) {
            owner = command.ownerId().matches("\\d{1,18}") ? directory.person(Long.parseLong(command.ownerId())).orElse(null) : null;
            if (owner == null) {
                refusals.reject("ownerId", "gov.action.error.owner");
            }
        } else if (command.ownerName() == null || command.ownerName().isBlank()) {
            refusals.reject("ownerId", "gov.action.error.owner");
        } else if (command.ownerName().length() > 200) {
            refusals.reject("ownerName", "gov.action.error.ownerTooLong");
        }
        if (command.due() == null) {
            refusals.reject("due", "gov.action.error.due");
        } else if (command.due().isBefore(meetingDay)) {
            refusals.reject("due", "gov.action.error.dueBeforeMeeting");
        }
        refusals.throwIfAny();
        return record(item, command.description(), owner == null ? null : owner.id(),
                owner == null ? command.ownerName() : owner.name() + " (" + owner.agencyName() + ")", command.due());
    }

    @Transactional
    public long record(AgendaItem item, String description, Long ownerId, String ownerName, LocalDate due) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gov_action (meeting_id, item_id, description, owner_id, owner_name, due_date, status, created_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(item.meetingId(), item.id(), description.strip(), ownerId, ownerName.strip(), due, Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of(AuditAction.CREATE, "MeetingAction", id).withDetail("item " + item.id() + ", due " + due));
        if (ownerId != null) {
            events.publishEvent(new ActionAssigned(id));
        }
        return id;
    }

    @Transactional(readOnly = true)
    public Map<Long, List<MeetingAction>> forItems(Collection<Long> itemIds) {
        Map<Long, List<MeetingAction>> byItem = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return byItem;
        }
        jdbc.sql(SELECT + " where a.item_id in (:items) order by a.id").param("items", itemIds).query(ActionLog::action).list()
                .forEach(a -> byItem.computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(a));
        return byItem;
    }

    /** An action was given to someone with an account: they are told by email once it is saved. */
    public record ActionAssigned(long actionId) {
    }

    public record OwnedCounts(long open, long overdue) {
    }

    /** How many of a person's actions are open, and how many of those are overdue: one query, for the dashboard. */
    @Transactional(readOnly = true)
    public OwnedCounts countsOwnedBy(long ownerId) {
        return jdbc.sql("select count(*), coalesce(sum(case when due_date < ? then 1 else 0 end), 0) from gov_action "
                        + "where owner_id = ? and status in ('OPEN', 'IN_PROGRESS')")
                .params(today(), ownerId).query((rs, n) -> new OwnedCounts(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Open actions with an owner who has an account, due before {@code today}, soonest due first: for the weekly reminders. */
    List<MeetingAction> overdueWithOwners(LocalDate today) {
        return jdbc.sql(SELECT + " where a.status in ('OPEN', 'IN_PROGRESS') and a.due_date < ? and a.owner_id is not null order by a.due_date, a.id")
                .param(today).query(ActionLog::action).list();
    }

    /** An action whoever asks: for the module's own messages, never for a page. */
    MeetingAction find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ActionLog::action).single();
    }

    public record Filter(Long groupId, ActionStatus status, boolean overdueOnly, boolean mineOnly) {
    }

    /**
     * The action log, soonest due first; actions under restricted items only for readers who see that board's
     * restricted business, or who own the action.
     */
    @Transactional(readOnly = true)
    public List<MeetingAction> log(Filter filter, HubPrincipal reader, boolean allRestricted, Set<Long> restrictedBoards, Long after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.groupId() != null) {
            sql.append(" and m.group_id = :group");
            params.put("group", filter.groupId());
        }
        if (filter.status() != null) {
            sql.append(" and a.status = :status");
            params.put("status", filter.status().name());
        } else if (filter.overdueOnly()) {
            sql.append(" and a.status in ('OPEN', 'IN_PROGRESS')");
        }
        if (filter.overdueOnly()) {
            sql.append(" and a.due_date < :today");
            params.put("today", today());
        }
        if (filter.mineOnly()) {
            sql.append(" and a.owner_id = :me");
            params.put("me", reader.userId());
        }
        if (!allRestricted) {
            sql.append(" and (i.restricted = false or a.owner_id = :reader");
            params.put("reader", reader.userId());
            if (!restrictedBoards.isEmpty()) {
                sql.append(" or m.group_id in (:boards)");
                params.put("boards", restrictedBoards);
            }
            sql.append(")");
        }
        if (after != null) { // keyset: the page after this action, soonest due first
            sql.append(" and (a.due_date > (select due_date from gov_action where id = :after)"
                    + " or (a.due_date = (select due_date from gov_action where id = :after) and a.id > :after))");
            params.put("after", after);
        }
        sql.append(" order by a.due_date, a.id fetch first ").append(limit).append(" rows only");
        var statement = jdbc.sql(sql.toString());
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.query(ActionLog::action).list();
    }

    /**
     * An action for a reader: its owner, whatever their role (an action may be given to anyone with an account), or
     * someone in a governance role; one under a restricted item only for its owner, the board's members, the business
     * unit and the scrutineer.
     */
    @Transactional(readOnly = true)
    public MeetingAction action(long id, HubPrincipal reader) {
        MeetingAction action = jdbc.sql(SELECT + " where a.id = ?").param(id).query(ActionLog::action).optional()
                .orElseThrow(() -> new NotFoundException("action"));
        if (!isOwner(action, reader) && !access.readsGovernance(reader)) {
            throw access.deny("MeetingAction", id, "neither the action's owner nor in a governance role");
        }
        if (action.restricted() && !isOwner(action, reader) && !access.seesRestricted(reader, action.groupId())) {
            throw access.deny("MeetingAction", id, "restricted item: not a member of the board");
        }
        return action;
    }

    public boolean mayUpdate(MeetingAction action, HubPrincipal user) {
        return access.manages(user) || isOwner(action, user);
    }

    private static boolean isOwner(MeetingAction action, HubPrincipal user) {
        return action.ownerId() != null && action.ownerId() == user.userId();
    }

    /** The owner or the business unit records progress; anyone else is refused and the attempt audited. */
    @Transactional
    public void update(long id, ActionStatus status, String update, HubPrincipal user) {
        MeetingAction action = action(id, user);
        if (!mayUpdate(action, user)) {
            throw access.deny("MeetingAction", id, "not the action's owner");
        }
        jdbc.sql("update gov_action set status = ?, latest_update = ?, updated_at = ?, updated_by = ? where id = ?")
                .params(status.name(), Meetings.blankToNull(update), Timestamp.from(clock.instant()), CurrentUser.require().userId(), id).update();
        audit.record(AuditEvent.of(AuditAction.UPDATE, "MeetingAction", id).withDetail("status: " + action.status() + " -> " + status));
    }
}
