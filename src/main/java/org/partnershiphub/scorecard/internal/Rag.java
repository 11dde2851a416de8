package org.partnershiphub.scorecard.internal;

import java.math.BigDecimal;

/**
 * An indicator's RAG for a value, from its target and tolerance read with its polarity:
 * <ul>
 *   <li>higher is better: green at or above the target, amber within the tolerance below it, red further below;</li>
 *   <li>lower is better: green at or below the target, amber within the tolerance above it, red further above;</li>
 *   <li>within a band: green inside [target, upper], amber within the tolerance outside it, red further out.</li>
 * </ul>
 * No target (or no value) gives {@link #NONE}: shown as "No target" rather than guessed.
 */
public enum Rag {
    GREEN, AMBER, RED, NONE;

    public static Rag of(Polarity polarity, BigDecimal target, BigDecimal upper, BigDecimal tolerance, BigDecimal value) {
        if (target == null || value == null) {
            return NONE;
        }
        BigDecimal tol = tolerance == null ? BigDecimal.ZERO : tolerance;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> value.compareTo(target) >= 0 ? GREEN : value.compareTo(target.subtract(tol)) >= 0 ? AMBER : RED;
            case LOWER_IS_BETTER -> value.compareTo(target) <= 0 ? GREEN : value.compareTo(target.add(tol)) <= 0 ? AMBER : RED;
            case WITHIN_BAND -> {
                BigDecimal top = upper == null ? target : upper;
                BigDecimal outside = value.compareTo(target) < 0 ? target.subtract(value) : value.compareTo(top) > 0 ? value.subtract(top)
                        : BigDecimal.ZERO;
                yield outside.signum() == 0 ? GREEN : outside.compareTo(tol) <= 0 ? AMBER : RED;
            }
        };
    }

    /** Off track: what the Executive's dashboard counts. */
    public boolean offTrack() {
        return this == RED;
    }
}
