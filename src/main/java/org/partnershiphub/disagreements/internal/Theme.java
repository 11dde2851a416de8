package org.partnershiphub.disagreements.internal;

/** What the disagreement is about, in the categories of the partnership's escalation policy (words in messages). */
public enum Theme {
    THRESHOLD, CLOSURE_OR_STEP_DOWN, INFORMATION_SHARING, PLAN_OR_DECISION, REFERRAL_RESPONSE, ATTENDANCE_OR_CONTRIBUTION, OTHER;

    public String messageKey() {
        return "disagreement.theme." + name();
    }
}
