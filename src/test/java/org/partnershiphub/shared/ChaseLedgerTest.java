package org.partnershiphub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The chasing rhythm around a deadline: nothing early, a reminder in the days before, chases after, nothing once stale. */
class ChaseLedgerTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);

    @Test
    void remindsBeforeTheDeadlineAndChasesAfterItForAWhile() {
        assertThat(ChaseLedger.kind(DEADLINE.minusDays(15), DEADLINE, 14, 120)).isEmpty();
        assertThat(ChaseLedger.kind(DEADLINE.minusDays(14), DEADLINE, 14, 120)).contains(ChaseLedger.BEFORE);
        assertThat(ChaseLedger.kind(DEADLINE, DEADLINE, 14, 120)).as("the deadline day itself is still a reminder").contains(ChaseLedger.BEFORE);
        assertThat(ChaseLedger.kind(DEADLINE.plusDays(1), DEADLINE, 14, 120)).contains(ChaseLedger.AFTER);
        assertThat(ChaseLedger.kind(DEADLINE.plusDays(120), DEADLINE, 14, 120)).contains(ChaseLedger.AFTER);
        assertThat(ChaseLedger.kind(DEADLINE.plusDays(121), DEADLINE, 14, 120)).as("a long-closed round is no longer chased").isEmpty();
    }
}
