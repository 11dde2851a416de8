package org.partnershiphub.governance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, the Executive's terms of reference and quorum rule, its last meeting (attendance, minutes, a decision
 * by vote with dissent recorded, an action, a restricted case item; minutes published) and its next meeting, whose
 * draft agenda carries the follow-up report asked for last time. Fictional throughout.
 */
@Component
@Order(12)
class DemoGovernance implements ApplicationRunner {

    private static final String EXECUTIVE = "Safeguarding Children Executive";

    private final HubProperties hub;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoGovernance(HubProperties hub, Directory directory, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        Directory.Group executive = directory.groups().stream().filter(g -> g.name().equals(EXECUTIVE)).findFirst().orElse(null);
        if (executive == null || jdbc.sql("select count(*) from gov_board").query(Long.class).single() > 0) {
            return;
        }
        List<Directory.Member> members = directory.members(executive.id());
        if (members.isEmpty()) {
            return;
        }
        long by = members.get(0).personId();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into gov_board (group_id, terms_of_reference, quorum_members, quorum_partners, updated_at, updated_by) values (?, ?, 2, false, ?, ?)")
                .params(executive.id(), """
                        The Safeguarding Children Executive is the strategic board of the partnership. The three safeguarding partners \
                        (Northshire County Council, Northshire Police and NHS Northshire Integrated Care Board) agree the partnership's \
                        priorities and business plan, hold each other and relevant agencies to account, and receive the independent \
                        scrutineer's reports.

                        It meets quarterly. Its subgroups report to each meeting. It keeps a challenge log and a decision log, and \
                        publishes its minutes except for items about individual children or not yet agreed for publication.""", now, by)
                .update();

        LocalDate today = LocalDate.now(clock.withZone(GovernanceRecords.LONDON));
        long last = meeting(executive.id(), today.minusWeeks(6), "County Hall, Committee Room 1", by);
        for (Directory.Member member : members) {
            jdbc.sql("insert into gov_attendance (meeting_id, person_id, name, agency_name, agency_type, role_in_group, member, status) values (?, ?, ?, ?, ?, ?, true, 'PRESENT')")
                    .params(last, member.personId(), member.name(), member.agencyName(), member.agencyType().name(), member.roleInGroup()).update();
        }
        jdbc.sql("insert into gov_attendance (meeting_id, name, agency_name, member, status) values (?, 'Independent Scrutineer', 'Northshire Safeguarding Children Partnership', false, 'IN_ATTENDANCE')")
                .param(last).update();

        long plan = item(last, 1, "Business plan: progress at the end of quarter 2", "Partnership Business Manager", false,
                "Members reviewed progress against the three priorities. Most actions are on track; two actions under neglect are "
                        + "at risk because the neglect toolkit refresh has slipped. Members asked how the partnership would know the toolkit "
                        + "was making a difference for children.");
        decision(last, plan, "Extend the neglect toolkit refresh to the end of quarter 4, with a progress report at the next meeting",
                "Partners need the refreshed toolkit in use before the annual report", 5, 2, 0, members);
        jdbc.sql("insert into gov_action (meeting_id, item_id, description, owner_id, owner_name, due_date, status, created_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(last, plan, "Share the revised neglect toolkit timetable with all partner agencies", members.get(members.size() - 1).personId(),
                        members.get(members.size() - 1).name() + " (" + members.get(members.size() - 1).agencyName() + ")", today.minusWeeks(1), now)
                .update();
        item(last, 2, "Rapid review: Child S", "Chair of the Review Advisory Group", true,
                "Members considered the rapid review and agreed its recommendation to the national panel.");
        long next = meeting(executive.id(), today.plusWeeks(5), "County Hall, Committee Room 1", by);
        long report = item(next, 1, "Neglect toolkit refresh: progress report", "Head of Quality Assurance", false, null);
        jdbc.sql("insert into gov_follow_up (meeting_id, item_id, subject, report_from, due_meeting_id, due_item_id, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(last, plan, "Neglect toolkit refresh: progress report", "Head of Quality Assurance", next, report, now, by).update();
        item(next, 2, "Annual report: first draft", "Partnership Business Manager", false, null);
        jdbc.sql("update gov_meeting set minutes_published_at = ? where id = ?").params(now, last).update();
    }

    private long meeting(long groupId, LocalDate day, String place, long by) {
        Instant starts = day.atTime(LocalTime.of(10, 0)).atZone(GovernanceRecords.LONDON).toInstant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gov_meeting (group_id, starts_at, ends_at, place, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(groupId, Timestamp.from(starts), Timestamp.from(starts.plusSeconds(9000)), place, Timestamp.from(clock.instant()), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private long item(long meeting, int position, String title, String presenter, boolean restricted, String discussion) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gov_agenda_item (meeting_id, position, title, presenter, restricted, discussion, minuted_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(meeting, position, title, presenter, restricted, discussion, discussion == null ? null : Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void decision(long meeting, long item, String text, String rationale, int inFavour, int against, int abstaining,
                          List<Directory.Member> members) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gov_decision (meeting_id, item_id, decision, rationale, decided_by, vote_taken, votes_for, votes_against, votes_abstaining, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?)")
                .params(meeting, item, text, rationale, EXECUTIVE, inFavour, against, abstaining, Timestamp.from(clock.instant()), members.get(0).personId())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String name : List.of("Councillor Edwin Marlow", "Councillor Priya Haldane")) {
            jdbc.sql("insert into gov_dissent (decision_id, name) values (?, ?)").params(id, name).update();
        }
    }
}
