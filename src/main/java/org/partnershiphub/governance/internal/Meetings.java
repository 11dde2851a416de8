package org.partnershiphub.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.StoredFile;
import org.partnershiphub.files.StoredFiles;
import org.partnershiphub.governance.internal.GovernanceRecords.AgendaItem;
import org.partnershiphub.governance.internal.GovernanceRecords.Meeting;
import org.partnershiphub.governance.internal.GovernanceRecords.Paper;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings of a board: scheduling, the agenda and its papers, attendance, minutes per item and publishing them. */
@Service
public class Meetings {

    static final String PAPER_OWNER = "GovernancePaper";
    private static final String MEETING_COLUMNS = "m.id, m.group_id, g.name, m.starts_at, m.ends_at, m.place, m.online_link, m.minutes_published_at";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final StoredFiles files;
    private final GovernanceAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Meetings(JdbcClient jdbc, Directory directory, StoredFiles files, GovernanceAccess access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    static Meeting meeting(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp(8);
        return new Meeting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                rs.getString(6), rs.getString(7), published == null ? null : published.toInstant());
    }

    /**
     * Schedules a meeting. Follow-up reports requested of this board without a meeting yet go on its agenda, as do
     * standing items the business unit adds afterwards.
     */
    @Transactional
    public long schedule(long groupId, Instant startsAt, Instant endsAt, String place, String onlineLink) {
        directory.group(groupId).orElseThrow(() -> new NotFoundException("board"));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gov_meeting (group_id, starts_at, ends_at, place, online_link, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(groupId, Timestamp.from(startsAt), Timestamp.from(endsAt), blankToNull(place), blankToNull(onlineLink),
                        Timestamp.from(clock.instant()), CurrentUser.require().userId())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of(AuditAction.CREATE, "Meeting", id).withDetail("board " + groupId + ", starts " + startsAt));
        List<Long> waiting = jdbc.sql("""
                select f.id from gov_follow_up f join gov_meeting m on m.id = f.meeting_id
                where m.group_id = ? and f.due_meeting_id is null and m.starts_at < ?
                and (f.due_from is null or (f.due_from <= ? and f.due_to >= ?)) order by f.id""")
                .params(groupId, Timestamp.from(startsAt), java.sql.Date.valueOf(startsAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()),
                        java.sql.Date.valueOf(startsAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())).query(Long.class).list();
        for (Long followUp : waiting) {
            placeFollowUp(followUp, id);
        }
        return id;
    }

    /** Puts a requested follow-up report on the agenda of the meeting it is due at. */
    void placeFollowUp(long followUpId, long meetingId) {
        record Request(String subject, String reportFrom, boolean restricted) {
        }
        Request request = jdbc.sql("select f.subject, f.report_from, i.restricted from gov_follow_up f join gov_agenda_item i on i.id = f.item_id where f.id = ?")
                .param(followUpId).query((rs, n) -> new Request(rs.getString(1), rs.getString(2), rs.getBoolean(3))).single();
        String title = request.subject().length() > 280 ? request.subject().substring(0, 279) + "…" : request.subject();
        long item = addItem(meetingId, title, request.reportFrom(), request.restricted());
        jdbc.sql("update gov_follow_up set due_meeting_id = ?, due_item_id = ? where id = ?").params(meetingId, item, followUpId).update();
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from gov_meeting m join hub_group g on g.id = m.group_id where m.id = ?")
                .param(id).query(Meetings::meeting).optional().orElseThrow(() -> new NotFoundException("meeting"));
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetingsOf(long groupId) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from gov_meeting m join hub_group g on g.id = m.group_id where m.group_id = ? order by m.starts_at desc")
                .param(groupId).query(Meetings::meeting).list();
    }

    /** Later meetings of the same board: where a follow-up report can be asked for. */
    @Transactional(readOnly = true)
    public List<Meeting> laterMeetings(Meeting meeting) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from gov_meeting m join hub_group g on g.id = m.group_id where m.group_id = ? and m.starts_at > ? order by m.starts_at")
                .params(meeting.groupId(), Timestamp.from(meeting.startsAt())).query(Meetings::meeting).list();
    }

    /** Each board's next meeting after {@code after}. */
    @Transactional(readOnly = true)
    public List<Meeting> nextMeetings(Instant after) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from gov_meeting m join hub_group g on g.id = m.group_id where m.starts_at > ? "
                        + "and not exists (select 1 from gov_meeting e where e.group_id = m.group_id and e.starts_at > ? and e.starts_at < m.starts_at)")
                .params(Timestamp.from(after), Timestamp.from(after)).query(Meetings::meeting).list();
    }

    /** The meetings of the boards a person belongs to, from 90 days ago on: their calendar feed. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsForMember(Set<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + MEETING_COLUMNS + " from gov_meeting m join hub_group g on g.id = m.group_id where m.group_id in (:groups) and m.starts_at > :from order by m.starts_at")
                .param("groups", groupIds).param("from", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(90))))
                .query(Meetings::meeting).list();
    }

    @Transactional(readOnly = true)
    public List<Meeting> publishedMinutes() {
        return jdbc.sql("select " + MEETING_COLUMNS + " from gov_meeting m join hub_group g on g.id = m.group_id where m.minutes_published_at is not null order by m.starts_at desc")
                .query(Meetings::meeting).list();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Agenda and papers

    @Transactional(readOnly = true)
    public List<AgendaItem> items(long meetingId) {
        return jdbc.sql("select id, meeting_id, position, title, presenter, restricted, discussion, minuted_at from gov_agenda_item where meeting_id = ? order by position, id")
                .param(meetingId).query(Meetings::item).list();
    }

    private static AgendaItem item(ResultSet rs, int row) throws SQLException {
        Timestamp minuted = rs.getTimestamp(8);
        return new AgendaItem(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                minuted == null ? null : minuted.toInstant());
    }

    @Transactional(readOnly = true)
    public AgendaItem item(long itemId) {
        return jdbc.sql("select id, meeting_id, position, title, presenter, restricted, discussion, minuted_at from gov_agenda_item where id = ?")
                .param(itemId).query(Meetings::item).optional().orElseThrow(() -> new NotFoundException("agenda item"));
    }

    @Transactional
    public long addItem(long meetingId, String title, String presenter, boolean restricted) {
        int last = jdbc.sql("select coalesce(max(position), 0) from gov_agenda_item where meeting_id = ?").param(meetingId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gov_agenda_item (meeting_id, position, title, presenter, restricted) values (?, ?, ?, ?, ?)")
                .params(meetingId, last + 1, title.strip(), blankToNull(presenter), restricted).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of(AuditAction.CREATE, "AgendaItem", id).withDetail("meeting " + meetingId + (restricted ? ", restricted" : ", publishable")));
        return id;
    }

    @Transactional(readOnly = true)
    public Map<Long, List<Paper>> papers(Collection<Long> itemIds) {
        Map<Long, List<Paper>> byItem = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return byItem;
        }
        jdbc.sql("select id, item_id, file_id, title, restricted from gov_paper where item_id in (:items) order by id").param("items", itemIds)
                .query((rs, n) -> new Paper(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5))).list()
                .forEach(p -> byItem.computeIfAbsent(p.itemId(), k -> new ArrayList<>()).add(p));
        return byItem;
    }

    @Transactional
    public long addPaper(long itemId, CheckedUpload upload, String title, boolean restricted) {
        AgendaItem item = item(itemId);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gov_paper (item_id, file_id, title, restricted, added_at, added_by) values (?, 0, ?, ?, ?, ?)")
                .params(itemId, title == null || title.isBlank() ? upload.originalName() : title.strip(), restricted || item.restricted(),
                        Timestamp.from(clock.instant()), CurrentUser.require().userId())
                .update(keys, "id");
        long paperId = keys.getKey().longValue();
        StoredFile file = files.store(upload, PAPER_OWNER, paperId);
        jdbc.sql("update gov_paper set file_id = ? where id = ?").params(file.id(), paperId).update();
        audit.record(AuditEvent.of(AuditAction.CREATE, "MeetingPaper", paperId)
                .withDetail("item " + itemId + ", " + (restricted || item.restricted() ? "restricted" : "publishable") + ", file " + file.id()));
        return paperId;
    }

    public record PaperDownload(StoredFile file, byte[] content) {
    }

    /** A paper's file for a reader allowed to see it; a restricted paper is refused (403, audited) to non-members. */
    @Transactional // writes the download to the audit trail
    public PaperDownload paper(long paperId, HubPrincipal reader) {
        record Row(long fileId, boolean restricted, long groupId) {
        }
        Row row = jdbc.sql("select p.file_id, p.restricted, m.group_id from gov_paper p join gov_agenda_item i on i.id = p.item_id join gov_meeting m on m.id = i.meeting_id where p.id = ?")
                .param(paperId).query((rs, n) -> new Row(rs.getLong(1), rs.getBoolean(2), rs.getLong(3))).optional()
                .orElseThrow(() -> new NotFoundException("paper"));
        if (row.restricted() && !access.seesRestricted(reader, row.groupId())) {
            throw access.deny("MeetingPaper", paperId, "restricted paper: not a member of the board");
        }
        StoredFile file = files.find(row.fileId()).orElseThrow(() -> new NotFoundException("paper"));
        audit.record(AuditEvent.of(row.restricted() ? AuditAction.VIEW : AuditAction.EXPORT, "MeetingPaper", paperId)
                .withDetail(row.restricted() ? "restricted paper downloaded" : "paper downloaded"));
        return new PaperDownload(file, files.content(file.id()));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Attendance and minutes

    /** The recorded attendance, members first; empty until the business unit records it. */
    @Transactional(readOnly = true)
    public List<Attendee> attendance(Meeting meeting) {
        return jdbc.sql("select person_id, name, agency_name, agency_type, role_in_group, member, status from gov_attendance where meeting_id = ? order by member desc, name, id")
                .param(meeting.id())
                .query((rs, n) -> new Attendee((Long) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6), AttendanceStatus.valueOf(rs.getString(7)))).list();
    }

    /** The members recorded as present, with their accounts: who can be named as having voted. */
    public List<Attendee> membersPresent(Meeting meeting) {
        return attendance(meeting).stream().filter(a -> a.member() && a.status() == AttendanceStatus.PRESENT && a.personId() != null).toList();
    }

    /**
     * Records who came: each current member of the board as present, apologies or absent; others in attendance (not
     * members, never counted towards the quorum) with name, role and agency. Replaces any earlier record.
     */
    @Transactional
    public void recordAttendance(Meeting meeting, Map<Long, AttendanceStatus> members, List<OtherAttendee> others) {
        jdbc.sql("delete from gov_attendance where meeting_id = ?").param(meeting.id()).update();
        for (Directory.Member member : directory.members(meeting.groupId())) {
            AttendanceStatus status = members.getOrDefault(member.personId(), AttendanceStatus.ABSENT);
            jdbc.sql("insert into gov_attendance (meeting_id, person_id, name, agency_name, agency_type, role_in_group, member, status) values (?, ?, ?, ?, ?, ?, true, ?)")
                    .params(meeting.id(), member.personId(), member.name(), member.agencyName(), member.agencyType().name(), member.roleInGroup(), status.name())
                    .update();
        }
        for (OtherAttendee other : others) {
            jdbc.sql("insert into gov_attendance (meeting_id, person_id, name, agency_name, role_in_group, member, status) "
                            + "values (?, null, ?, ?, ?, false, 'IN_ATTENDANCE')")
                    .params(meeting.id(), other.name(), other.agency(), other.role()).update();
        }
        long present = members.values().stream().filter(s -> s == AttendanceStatus.PRESENT).count();
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Meeting", meeting.id()).withDetail("attendance: " + present + " members present, "
                + others.size() + " others in attendance"));
    }

    /**
     * Someone in attendance who is not a member (an officer, adviser or councillor), as minutes list them: "name, role,
     * agency". Two parts are a name and a role; commas beyond the third stay in the agency.
     */
    public record OtherAttendee(String name, String role, String agency) {

        public static final int MAX = 200;

        public static OtherAttendee parse(String line) {
            String[] parts = line.strip().split("\\s*,\\s*", 3);
            return new OtherAttendee(parts[0], parts.length > 1 ? blankToNull(parts[1]) : null, parts.length > 2 ? blankToNull(parts[2]) : null);
        }

        /** Whether each part fits the record (so nothing typed is cut short). */
        public boolean fits() {
            return name.length() <= MAX && (role == null || role.length() <= 100) && (agency == null || agency.length() <= MAX);
        }

        /** As the attendance form shows it again. */
        public String asLine() {
            return name + (role == null && agency == null ? "" : ", " + (role == null ? "" : role)) + (agency == null ? "" : ", " + agency);
        }
    }

    @Transactional
    public void minute(AgendaItem item, String discussion) {
        jdbc.sql("update gov_agenda_item set discussion = ?, minuted_at = ?, minuted_by = ? where id = ?")
                .params(blankToNull(discussion), Timestamp.from(clock.instant()), CurrentUser.require().userId(), item.id()).update();
        audit.record(AuditEvent.of(AuditAction.UPDATE, "AgendaItem", item.id()).withDetail("minutes recorded"));
    }

    /** Publishes the minutes: publishable items only are shown on the partnership's public minutes page. */
    @Transactional
    public void publish(Meeting meeting) {
        jdbc.sql("update gov_meeting set minutes_published_at = ? where id = ? and minutes_published_at is null")
                .params(Timestamp.from(clock.instant()), meeting.id()).update();
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Meeting", meeting.id()).withDetail("minutes published"));
    }

    /** Records that a reader saw the restricted parts of a meeting (its restricted items, papers or minutes). */
    public void viewedRestricted(Meeting meeting) {
        audit.record(AuditEvent.of(AuditAction.VIEW, "Meeting", meeting.id()).withDetail("restricted items shown"));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
