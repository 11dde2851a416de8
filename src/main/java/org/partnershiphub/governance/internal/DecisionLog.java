package org.partnershiphub.governance.internal;

import java.sql.Timestamp;
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
import org.partnershiphub.governance.internal.GovernanceRecords.Decision;
import org.partnershiphub.governance.internal.GovernanceRecords.LoggedDecision;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.FieldRefusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decisions taken at meetings: what, why, by whom, the vote where one was taken, and dissent recorded by name. */
@Service
public class DecisionLog {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    DecisionLog(JdbcClient jdbc, AuditTrail audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The numbers of a vote; null counts when the minutes record a majority without them. */
    public record Vote(Integer inFavour, Integer against, Integer abstaining) {

        public static final Vote UNCOUNTED = new Vote(null, null, null);

        public boolean counted() {
            return inFavour != null;
        }
    }

    /**
     * A decision as the minute-taker typed it: the vote as {@link MinutedVote.Typed}, dissent as members present chosen
     * from the list (their person ids) and anyone else typed one per line.
     */
    public record DecisionCommand(String decision, String rationale, String decidedBy, MinutedVote.Typed vote, List<String> chosenDissent,
                                  String otherDissent) {
    }

    /**
     * Records a decision against an agenda item, owning every rule: the decision and who decided are required; the vote
     * is read as minuted; dissent is recorded only with a vote and never by more people than voted against or abstained.
     *
     * @param present the members present at the meeting, whom dissent may name
     * @throws FieldRefusals naming each field that stops it
     */
    @Transactional
    public long record(AgendaItem item, List<Attendee> present, DecisionCommand command) {
        FieldRefusals.Collector refusals = new FieldRefusals.Collector();
        required(command.decision(), "decision", "gov.decision.error.decision", 4000, refusals);
        required(command.decidedBy(), "decidedBy", "gov.decision.error.decidedBy", 200, refusals);
        if (command.rationale() != null && command.rationale().length() > 4000) {
            refusals.reject("rationale", "gov.decision.error.tooLong");
        }
        MinutedVote minuted = MinutedVote.read(command.vote(), refusals::reject);
        Vote vote = minuted == null ? null : minuted.vote();
        Map<Long, Attendee> byPerson = new LinkedHashMap<>();
        present.forEach(a -> byPerson.put(a.personId(), a));
        List<String> names = new ArrayList<>();
        Map<String, Long> personIds = new LinkedHashMap<>();
        for (String chosen : command.chosenDissent() == null ? List.<String>of() : command.chosenDissent()) {
            Attendee attendee = chosen != null && chosen.matches("\\d{1,18}") ? byPerson.get(Long.valueOf(chosen)) : null;
            if (attendee != null && !names.contains(attendee.name())) { // anything not offered is ignored
                names.add(attendee.name());
                personIds.put(attendee.name(), attendee.personId());
            }
        }
        if (command.otherDissent() != null) {
            for (String line : command.otherDissent().split("\\R")) {
                String name = line.strip();
                if (name.length() > 200) {
                    refusals.reject("otherDissent", "gov.decision.error.nameTooLong");
                    break;
                }
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (!names.isEmpty() && command.vote() != null && MinutedVote.NO_VOTE.equals(command.vote().method())) {
            refusals.reject("dissent", "gov.decision.error.dissentWithoutVote");
        } else if (vote != null && vote.counted() && names.size() > vote.against() + vote.abstaining()) {
            refusals.reject("dissent", "gov.decision.error.tooManyDissents");
        }
        refusals.throwIfAny();
        return record(item, command.decision(), command.rationale(), command.decidedBy(), vote, minuted.detail(), names, personIds);
    }

    private static void required(String value, String field, String key, int max, FieldRefusals.Collector refusals) {
        if (value == null || value.isBlank()) {
            refusals.reject(field, key);
        } else if (value.length() > max) {
            refusals.reject(field, "gov.decision.error.tooLong");
        }
    }

    /** A decision without a vote (agreed), or with one; {@code vote} null means no vote was taken. */
    @Transactional
    public long record(AgendaItem item, String decision, String rationale, String decidedBy, Vote vote, List<String> dissentNames,
                       Map<String, Long> dissentPersonIds) {
        return record(item, decision, rationale, decidedBy, vote, GovernanceRecords.VoteDetail.NONE, dissentNames, dissentPersonIds);
    }

    @Transactional
    public long record(AgendaItem item, String decision, String rationale, String decidedBy, Vote vote, GovernanceRecords.VoteDetail detail,
                       List<String> dissentNames, Map<String, Long> dissentPersonIds) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into gov_decision (meeting_id, item_id, decision, rationale, decided_by, vote_taken, votes_for, votes_against,
                votes_abstaining, recorded_at, recorded_by, outcome, vote_counted, vote_requested_by, names_for, names_against,
                names_abstaining) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.meetingId(), item.id(), decision.strip(), Meetings.blankToNull(rationale), decidedBy.strip(), vote != null,
                        vote == null ? null : vote.inFavour(), vote == null ? null : vote.against(), vote == null ? null : vote.abstaining(),
                        Timestamp.from(clock.instant()), CurrentUser.require().userId(), detail.outcome(), vote == null ? null : vote.counted(),
                        detail.requestedBy(), lines(detail.namesFor()), lines(detail.namesAgainst()), lines(detail.namesAbstaining()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String name : dissentNames) {
            jdbc.sql("insert into gov_dissent (decision_id, name, person_id) values (?, ?, ?)").params(id, name, dissentPersonIds.get(name)).update();
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "Decision", id).withDetail("item " + item.id()
                + (vote == null ? ", no vote" : !vote.counted() ? ", majority vote" : ", vote " + vote.inFavour() + "-" + vote.against() + "-" + vote.abstaining())
                + (detail.outcome() == null ? "" : ", " + detail.outcome().toLowerCase(java.util.Locale.UK))
                + (dissentNames.isEmpty() ? "" : ", dissent recorded: " + dissentNames.size())));
        return id;
    }

    @Transactional(readOnly = true)
    public Map<Long, List<Decision>> forItems(Collection<Long> itemIds) {
        Map<Long, List<Decision>> byItem = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return byItem;
        }
        List<Decision> decisions = jdbc.sql(SELECT + " where d.item_id in (:items) order by d.id").param("items", itemIds).query(this::decision).list();
        withDissent(decisions).forEach(d -> byItem.computeIfAbsent(d.itemId(), k -> new ArrayList<>()).add(d));
        return byItem;
    }

    private static final String COLUMNS = "d.id, d.meeting_id, d.item_id, d.decision, d.rationale, d.decided_by, d.vote_taken, "
            + "d.votes_for, d.votes_against, d.votes_abstaining, d.outcome, d.vote_requested_by, d.names_for, d.names_against, d.names_abstaining";
    private static final String SELECT = "select " + COLUMNS + " from gov_decision d";

    private static String lines(List<String> names) {
        return names == null || names.isEmpty() ? null : String.join("\n", names);
    }

    private static List<String> names(String lines) {
        return lines == null ? List.of() : List.of(lines.split("\n"));
    }

    private Decision decision(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Decision(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10), List.of(),
                new GovernanceRecords.VoteDetail(rs.getString(11), rs.getString(12), names(rs.getString(13)), names(rs.getString(14)),
                        names(rs.getString(15))));
    }

    private List<Decision> withDissent(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return decisions;
        }
        Map<Long, List<String>> names = new LinkedHashMap<>();
        jdbc.sql("select decision_id, name from gov_dissent where decision_id in (:ids) order by id")
                .param("ids", decisions.stream().map(Decision::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> names.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return decisions.stream().map(d -> new Decision(d.id(), d.meetingId(), d.itemId(), d.decision(), d.rationale(), d.decidedBy(),
                d.voteTaken(), d.votesFor(), d.votesAgainst(), d.votesAbstaining(), names.getOrDefault(d.id(), List.of()), d.detail())).toList();
    }

    /**
     * The decision log, newest meeting first, searched by words in the decision, its rationale or the item's title;
     * decisions under restricted items only for readers who see that board's restricted business
     * ({@code restrictedBoards}, or all when {@code allRestricted}).
     */
    @Transactional // a search by words is written to the audit trail
    public List<LoggedDecision> search(String words, Long groupId, boolean allRestricted, Set<Long> restrictedBoards, Long after, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + ", m.group_id, g.name, m.starts_at, i.title, i.restricted "
                + "from gov_decision d join gov_meeting m on m.id = d.meeting_id join hub_group g on g.id = m.group_id "
                + "join gov_agenda_item i on i.id = d.item_id where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (words != null && !words.isBlank()) {
            int n = 0;
            for (String word : words.strip().toLowerCase(java.util.Locale.UK).split("\\s+")) {
                String key = "w" + n++;
                sql.append(" and (lower(d.decision) like :").append(key).append(" or lower(coalesce(d.rationale, '')) like :").append(key)
                        .append(" or lower(i.title) like :").append(key).append(")");
                params.put(key, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                if (n == 6) {
                    break;
                }
            }
        }
        if (groupId != null) {
            sql.append(" and m.group_id = :group");
            params.put("group", groupId);
        }
        if (!allRestricted) {
            if (restrictedBoards.isEmpty()) {
                sql.append(" and i.restricted = false");
            } else {
                sql.append(" and (i.restricted = false or m.group_id in (:boards))");
                params.put("boards", restrictedBoards);
            }
        }
        if (after != null) { // keyset: the page after this decision, newest meeting first
            sql.append(" and (m.starts_at < (select am.starts_at from gov_decision ad join gov_meeting am on am.id = ad.meeting_id where ad.id = :after)"
                    + " or (m.starts_at = (select am.starts_at from gov_decision ad join gov_meeting am on am.id = ad.meeting_id where ad.id = :after)"
                    + " and d.id < :after))");
            params.put("after", after);
        }
        sql.append(" order by m.starts_at desc, d.id desc fetch first ").append(limit).append(" rows only");
        var statement = jdbc.sql(sql.toString());
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        List<LoggedDecision> rows = statement.query((rs, n) -> new LoggedDecision(decision(rs, n), rs.getLong(16), rs.getString(17),
                rs.getTimestamp(18).toInstant(), rs.getString(19), rs.getBoolean(20))).list();
        List<Decision> withDissent = withDissent(rows.stream().map(LoggedDecision::decision).toList());
        List<LoggedDecision> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LoggedDecision r = rows.get(i);
            result.add(new LoggedDecision(withDissent.get(i), r.groupId(), r.boardName(), r.meetingStartsAt(), r.itemTitle(), r.restricted()));
        }
        if (words != null && !words.isBlank() && after == null) {
            audit.record(AuditEvent.of(AuditAction.SEARCH, "Decision", null).withDetail("decision log searched, " + result.size() + " found"));
        }
        return result;
    }
}
