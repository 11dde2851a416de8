package org.partnershiphub.selfassessment.internal;

/** A self-rating against a standard: red (not met), amber (partly met), green (fully met). */
public enum Rating {
    RED, AMBER, GREEN;

    public boolean belowGreen() {
        return this != GREEN;
    }
}
