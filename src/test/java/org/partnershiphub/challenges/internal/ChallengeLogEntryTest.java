package org.partnershiphub.challenges.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rules a challenge keeps whoever changes it: when it is overdue, what a response and a closure need. */
class ChallengeLogEntryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static ChallengeLogEntry dueOn(LocalDate due) {
        return new ChallengeLogEntry("CH-2026-001", new ChallengeLog.Details(TODAY.minusDays(20), 1L, 1L, 2L, null, 3L, "ignored",
                "Attendance at conferences", due, null), NOW);
    }

    @Test
    void anOpenChallengeIsOverdueOnlyAfterTheDayItsResponseWasDue() {
        assertThat(dueOn(TODAY).isOverdue(TODAY)).isFalse();
        assertThat(dueOn(TODAY.minusDays(1)).isOverdue(TODAY)).isTrue();
    }

    @Test
    void aResponseEndsTheOverdueFlagAndMovesAnOpenChallengeOn() {
        ChallengeLogEntry entry = dueOn(TODAY.minusDays(5));
        entry.respond("Reports now arrive three days ahead", TODAY, 7L, NOW);
        assertThat(entry.getStatus()).isEqualTo(ChallengeStatus.RESPONSE_RECEIVED);
        assertThat(entry.getRespondedByPersonId()).isEqualTo(7L);
        assertThat(entry.isOverdue(TODAY)).isFalse();
        assertThat(entry.getForumOther()).as("a group forum keeps no other forum text").isNull();
    }

    @Test
    void aClosedChallengeNeedsItsOutcomeAndTakesNoFurtherResponse() {
        ChallengeLogEntry entry = dueOn(TODAY);
        assertThatThrownBy(() -> entry.progress(new ChallengeLog.Progress("Agreed", TODAY, ChallengeStatus.CLOSED_RESOLVED, " ", null),
                null, TODAY, NOW)).isInstanceOf(IllegalStateException.class);
        entry.progress(new ChallengeLog.Progress("Agreed", TODAY, ChallengeStatus.CLOSED_RESOLVED, "Resolved", "Plans improved"), 4L,
                TODAY, NOW);
        assertThat(entry.getClosedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> entry.respond("Late answer", TODAY, 7L, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOpenChallengeHoldsNoResponse() {
        ChallengeLogEntry entry = dueOn(TODAY);
        assertThatThrownBy(() -> entry.progress(new ChallengeLog.Progress("Agreed", TODAY, ChallengeStatus.OPEN, null, null), null, TODAY,
                NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> entry.progress(new ChallengeLog.Progress(null, null, ChallengeStatus.RESPONSE_RECEIVED, null, null), null,
                TODAY, NOW)).isInstanceOf(IllegalStateException.class);
    }
}
