package org.partnershiphub.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.partnershiphub.identity.GroupType;

/** The read models of governance pages: boards, meetings, agenda items, papers, decisions, actions and follow-ups. */
public final class GovernanceRecords {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private GovernanceRecords() {
    }

    public record Board(long groupId, String name, GroupType type, String termsOfReference, Quorum quorum) {
    }

    public record BoardSummary(long groupId, String name, GroupType type, int members, Meeting nextMeeting) {
    }

    public record Meeting(long id, long groupId, String boardName, Instant startsAt, Instant endsAt, String place, String onlineLink,
                          Instant minutesPublishedAt) {

        public ZonedDateTime starts() {
            return startsAt.atZone(LONDON);
        }

        public ZonedDateTime ends() {
            return endsAt.atZone(LONDON);
        }

        public boolean published() {
            return minutesPublishedAt != null;
        }

        /** The agenda is a draft until the meeting starts. */
        public boolean upcoming(Instant now) {
            return startsAt.isAfter(now);
        }
    }

    public record AgendaItem(long id, long meetingId, int position, String title, String presenter, boolean restricted,
                             String discussion, Instant minutedAt) {
    }

    public record Paper(long id, long itemId, long fileId, String title, boolean restricted) {
    }

    public record Decision(long id, long meetingId, long itemId, String decision, String rationale, String decidedBy, boolean voteTaken,
                           Integer votesFor, Integer votesAgainst, Integer votesAbstaining, List<String> dissent, VoteDetail detail) {

        /** A vote was taken but the minutes give no numbers ("agreed by a majority"). */
        public boolean majorityWithoutCounts() {
            return voteTaken && votesFor == null;
        }
    }

    /**
     * What minutes say of a vote beyond the numbers: carried or not (null: agreed without a vote, or not recorded), who
     * asked for a recorded vote, and the names recorded for, against and abstaining.
     */
    public record VoteDetail(String outcome, String requestedBy, List<String> namesFor, List<String> namesAgainst, List<String> namesAbstaining) {

        public static final VoteDetail NONE = new VoteDetail(null, null, List.of(), List.of(), List.of());

        public boolean hasNames() {
            return !namesFor.isEmpty() || !namesAgainst.isEmpty() || !namesAbstaining.isEmpty();
        }
    }

    /** A decision as the decision log lists it: with its meeting, board and agenda item. */
    public record LoggedDecision(Decision decision, long groupId, String boardName, Instant meetingStartsAt, String itemTitle,
                                 boolean restricted) {

        public LocalDate meetingDate() {
            return meetingStartsAt.atZone(LONDON).toLocalDate();
        }
    }

    public record MeetingAction(long id, long meetingId, long itemId, String description, Long ownerId, String ownerName, LocalDate dueDate,
                                ActionStatus status, String latestUpdate, Instant updatedAt, long groupId, String boardName,
                                Instant meetingStartsAt, boolean restricted) {

        public boolean overdue(LocalDate today) {
            return status.isOpen() && dueDate.isBefore(today);
        }

        public LocalDate meetingDate() {
            return meetingStartsAt.atZone(LONDON).toLocalDate();
        }
    }

    public record FollowUp(long id, long meetingId, long itemId, String subject, String reportFrom, Long dueMeetingId,
                           Instant dueMeetingStartsAt, Long dueItemId, Instant raisedAtMeetingStartsAt, boolean restricted, String dueText) {

        public LocalDate dueMeetingDate() {
            return dueMeetingStartsAt == null ? null : dueMeetingStartsAt.atZone(LONDON).toLocalDate();
        }

        public LocalDate raisedAtMeetingDate() {
            return raisedAtMeetingStartsAt.atZone(LONDON).toLocalDate();
        }
    }
}
