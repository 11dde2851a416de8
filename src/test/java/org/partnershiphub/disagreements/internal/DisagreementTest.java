package org.partnershiphub.disagreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rules a disagreement keeps by itself: one open stage at a time, forward only, closed once. */
class DisagreementTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    final EscalationStage first = new EscalationStage(1, "Stage 1: practitioner to practitioner", 2, null, null);
    final EscalationStage second = new EscalationStage(2, "Stage 2: team managers", 3, 42L, null);

    Disagreement raised() {
        return new Disagreement(7L, 1L, 2L, "Child A", Theme.THRESHOLD, "Not accepted", "Assessment", first, NOW, FRIDAY, FRIDAY.plusDays(4));
    }

    @Test
    void aDisagreementCannotBeRaisedWithTheRaisersOwnAgency() {
        assertThatThrownBy(() -> new Disagreement(7L, 1L, 1L, "Child A", Theme.OTHER, "x", "y", first, NOW, FRIDAY, FRIDAY))
                .isInstanceOf(DisagreementRefused.class).hasMessage("disagreement.error.sameAgency");
    }

    @Test
    void escalatingClosesTheStageAndOpensTheNextWithItsLead() {
        Disagreement d = raised();
        d.escalate(second, null, null, NOW, FRIDAY.plusDays(5), FRIDAY.plusDays(8));
        assertThat(d.getCurrentStage()).isEqualTo(2);
        assertThat(d.getCurrentDue()).isEqualTo(FRIDAY.plusDays(8));
        assertThat(d.getSteps()).extracting(StageStep::getOutcome).containsExactly(StageStep.Outcome.ESCALATED_AUTOMATICALLY, null);
        assertThat(d.involvedPeople()).containsExactlyInAnyOrder(7L, 42L);
        assertThat(d.getSteps().getFirst().withinLimit(FRIDAY)).isFalse(); // escalated on day 5, due day 4
    }

    @Test
    void itNeverGoesBackOrSideways() {
        Disagreement d = raised();
        d.escalate(second, "No reply", 7L, NOW, FRIDAY, FRIDAY.plusDays(5));
        assertThatThrownBy(() -> d.escalate(first, "Back", 7L, NOW, FRIDAY, FRIDAY)).isInstanceOf(DisagreementRefused.class)
                .hasMessage("disagreement.refused.noNextStage");
        assertThatThrownBy(() -> d.escalate(second, "Again", 7L, NOW, FRIDAY, FRIDAY)).isInstanceOf(DisagreementRefused.class);
    }

    @Test
    void onceResolvedNothingElseHappens() {
        Disagreement d = raised();
        d.resolve("Agreed a strategy discussion", 7L, NOW, FRIDAY);
        assertThat(d.getStatus()).isEqualTo(Disagreement.Status.RESOLVED);
        assertThat(d.getResolution()).isEqualTo("Agreed a strategy discussion");
        assertThatThrownBy(() -> d.resolve("Twice", 7L, NOW, FRIDAY)).hasMessage("disagreement.refused.notOpen");
        assertThatThrownBy(() -> d.withdraw("Late", 7L, NOW, FRIDAY)).hasMessage("disagreement.refused.notOpen");
        assertThatThrownBy(() -> d.escalate(second, "Late", 7L, NOW, FRIDAY, FRIDAY)).hasMessage("disagreement.refused.notOpen");
    }

    @Test
    void theFinalStageAlertIsGivenOnceAndAgainAfterAnEscalation() {
        Disagreement d = raised();
        assertThat(d.markOverdueAlerted(NOW)).isTrue();
        assertThat(d.markOverdueAlerted(NOW)).isFalse();
        d.escalate(second, null, null, NOW, FRIDAY, FRIDAY);
        assertThat(d.getOverdueAlertedAt()).isNull();
    }
}
