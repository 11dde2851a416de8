package org.partnershiphub.caseaudit.internal;

/** The four-point scale an audit section is graded on, best first; display names under {@code ca.grade.<NAME>}. */
public enum Grade {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE;

    public boolean goodOrBetter() {
        return this == OUTSTANDING || this == GOOD;
    }
}
