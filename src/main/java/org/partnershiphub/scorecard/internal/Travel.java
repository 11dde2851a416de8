package org.partnershiphub.scorecard.internal;

import java.math.BigDecimal;

/**
 * Direction of travel between an earlier value and this one, and whether that is better or worse for the indicator's
 * polarity (for a band: closer to the band is better).
 */
public enum Travel {
    UP_BETTER, UP_WORSE, DOWN_BETTER, DOWN_WORSE, UP, DOWN, SAME, NO_COMPARISON;

    public static Travel of(Polarity polarity, BigDecimal target, BigDecimal upper, BigDecimal earlier, BigDecimal now) {
        if (earlier == null || now == null) {
            return NO_COMPARISON;
        }
        int change = now.compareTo(earlier);
        if (change == 0) {
            return SAME;
        }
        boolean up = change > 0;
        boolean better = switch (polarity) {
            case HIGHER_IS_BETTER -> up;
            case LOWER_IS_BETTER -> !up;
            case WITHIN_BAND -> target != null && distance(target, upper, now).compareTo(distance(target, upper, earlier)) < 0;
        };
        if (polarity == Polarity.WITHIN_BAND && target != null && distance(target, upper, now).compareTo(distance(target, upper, earlier)) == 0) {
            return up ? UP : DOWN; // as far from the band as before (both inside it): movement only, neither better nor worse
        }
        return up ? (better ? UP_BETTER : UP_WORSE) : (better ? DOWN_BETTER : DOWN_WORSE);
    }

    private static BigDecimal distance(BigDecimal target, BigDecimal upper, BigDecimal value) {
        BigDecimal top = upper == null ? target : upper;
        return value.compareTo(target) < 0 ? target.subtract(value) : value.compareTo(top) > 0 ? value.subtract(top) : BigDecimal.ZERO;
    }

    public boolean worse() {
        return this == UP_WORSE || this == DOWN_WORSE;
    }
}
