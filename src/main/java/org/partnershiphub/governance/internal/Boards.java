package org.partnershiphub.governance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.governance.internal.GovernanceRecords.Board;
import org.partnershiphub.governance.internal.GovernanceRecords.BoardSummary;
import org.partnershiphub.governance.internal.GovernanceRecords.Meeting;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnership's boards and groups as governance sees them: terms of reference, quorum rule, members, next meeting. */
@Service
public class Boards {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Meetings meetings;
    private final AuditTrail audit;
    private final Clock clock;

    Boards(JdbcClient jdbc, Directory directory, Meetings meetings, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BoardSummary> boards() {
        Map<Long, Meeting> next = meetings.nextMeetings(clock.instant()).stream()
                .collect(Collectors.toMap(Meeting::groupId, Function.identity(), (a, b) -> a));
        return directory.groups().stream()
                .map(g -> new BoardSummary(g.id(), g.name(), g.type(), directory.members(g.id()).size(), next.get(g.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Board board(long groupId) {
        Directory.Group group = directory.group(groupId).orElseThrow(() -> new NotFoundException("board"));
        return jdbc.sql("select terms_of_reference, quorum_members, quorum_partners from gov_board where group_id = ?")
                .param(groupId)
                .query((rs, n) -> new Board(groupId, group.name(), group.type(), rs.getString(1) != null ? rs.getString(1) : group.description(),
                        new Quorum((Integer) rs.getObject(2), rs.getBoolean(3))))
                .optional() // terms of reference not yet edited here: those typed when the board was created
                .orElse(new Board(groupId, group.name(), group.type(), group.description(), new Quorum(null, false)));
    }

    /** The boards a person is a member of. */
    public java.util.Set<Long> groupsOf(long personId) {
        return directory.groups().stream().filter(g -> directory.isMember(g.id(), personId)).map(Directory.Group::id)
                .collect(Collectors.toSet());
    }

    public List<Directory.Member> members(long groupId) {
        return directory.members(groupId);
    }

    @Transactional
    public void update(long groupId, String termsOfReference, Quorum quorum) {
        Board before = board(groupId);
        Instant now = clock.instant();
        long by = CurrentUser.require().userId();
        int changed = jdbc.sql("update gov_board set terms_of_reference = ?, quorum_members = ?, quorum_partners = ?, updated_at = ?, updated_by = ? where group_id = ?")
                .params(termsOfReference, quorum.minimumMembers(), quorum.partnersPresent(), java.sql.Timestamp.from(now), by, groupId).update();
        if (changed == 0) {
            jdbc.sql("insert into gov_board (group_id, terms_of_reference, quorum_members, quorum_partners, updated_at, updated_by) values (?, ?, ?, ?, ?, ?)")
                    .params(groupId, termsOfReference, quorum.minimumMembers(), quorum.partnersPresent(), java.sql.Timestamp.from(now), by).update();
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Board", groupId).withDetail("quorum: " + describe(before.quorum()) + " -> "
                + describe(quorum) + (java.util.Objects.equals(before.termsOfReference(), termsOfReference) ? "" : "; terms of reference changed")));
    }

    private static String describe(Quorum quorum) {
        return (quorum.minimumMembers() == null ? "no minimum" : quorum.minimumMembers() + " members")
                + (quorum.partnersPresent() ? " + three partners" : "");
    }
}
