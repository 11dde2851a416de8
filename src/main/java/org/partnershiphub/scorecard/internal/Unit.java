package org.partnershiphub.scorecard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an indicator's value measures. A percentage or a rate per 10,000 can be given as its numerator and
 * denominator, and the value is worked out from them.
 */
public enum Unit {
    PERCENT(BigDecimal.valueOf(100)), NUMBER(null), RATE_PER_10000(BigDecimal.valueOf(10_000)), DAYS(null);

    private final BigDecimal multiplier;

    Unit(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    public boolean fromNumeratorAndDenominator() {
        return multiplier != null;
    }

    /** The value for a numerator and denominator, to one decimal place; null when the denominator is zero. */
    public BigDecimal valueOf(BigDecimal numerator, BigDecimal denominator) {
        if (multiplier == null || denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(multiplier).divide(denominator, 1, RoundingMode.HALF_UP);
    }
}
