package org.partnershiphub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershiphub.scorecard.internal.Polarity;
import org.partnershiphub.scorecard.internal.Rag;
import org.partnershiphub.scorecard.internal.Travel;
import org.partnershiphub.scorecard.internal.Unit;

/** RAG from target and tolerance read with polarity, direction of travel, and values worked out from their parts. */
class RagTest {

    private static BigDecimal n(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0} target {1}-{2} tolerance {3}: {4} is {5}")
    @CsvSource({
            "HIGHER_IS_BETTER, 90, , 5, 90, GREEN",
            "HIGHER_IS_BETTER, 90, , 5, 95.5, GREEN",
            "HIGHER_IS_BETTER, 90, , 5, 89.9, AMBER",
            "HIGHER_IS_BETTER, 90, , 5, 85, AMBER",
            "HIGHER_IS_BETTER, 90, , 5, 84.9, RED",
            "HIGHER_IS_BETTER, 90, , , 89, RED",
            "LOWER_IS_BETTER, 20, , 3, 20, GREEN",
            "LOWER_IS_BETTER, 20, , 3, 12, GREEN",
            "LOWER_IS_BETTER, 20, , 3, 23, AMBER",
            "LOWER_IS_BETTER, 20, , 3, 23.1, RED",
            "WITHIN_BAND, 35, 45, 5, 35, GREEN",
            "WITHIN_BAND, 35, 45, 5, 45, GREEN",
            "WITHIN_BAND, 35, 45, 5, 31, AMBER",
            "WITHIN_BAND, 35, 45, 5, 50, AMBER",
            "WITHIN_BAND, 35, 45, 5, 50.1, RED",
            "WITHIN_BAND, 35, 45, 5, 29, RED",
            "HIGHER_IS_BETTER, , , 5, 70, NONE",
    })
    void ragFollowsPolarity(Polarity polarity, String target, String upper, String tolerance, String value, Rag expected) {
        assertThat(Rag.of(polarity, n(target), n(upper), n(tolerance), n(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {3} then {4} is {5}")
    @CsvSource({
            "HIGHER_IS_BETTER, 90, , 80, 85, UP_BETTER",
            "HIGHER_IS_BETTER, 90, , 85, 80, DOWN_WORSE",
            "LOWER_IS_BETTER, 20, , 25, 22, DOWN_BETTER",
            "LOWER_IS_BETTER, 20, , 22, 25, UP_WORSE",
            "WITHIN_BAND, 35, 45, 50, 47, DOWN_BETTER",
            "WITHIN_BAND, 35, 45, 30, 28, DOWN_WORSE",
            "WITHIN_BAND, 35, 45, 38, 42, UP",
            "HIGHER_IS_BETTER, 90, , 85, 85, SAME",
            "HIGHER_IS_BETTER, 90, , , 85, NO_COMPARISON",
    })
    void travelSaysBetterOrWorse(Polarity polarity, String target, String upper, String earlier, String now, Travel expected) {
        assertThat(Travel.of(polarity, n(target), n(upper), n(earlier), n(now))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"PERCENT, 45, 50, 90.0", "PERCENT, 1, 3, 33.3", "RATE_PER_10000, 412, 100000, 41.2"})
    void partsGiveTheValue(Unit unit, String numerator, String denominator, String value) {
        assertThat(unit.valueOf(n(numerator), n(denominator))).isEqualByComparingTo(value);
    }

    @org.junit.jupiter.api.Test
    void noValueFromAZeroDenominatorOrForACount() {
        assertThat(Unit.PERCENT.valueOf(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Unit.NUMBER.valueOf(BigDecimal.ONE, BigDecimal.TEN)).isNull();
    }
}
