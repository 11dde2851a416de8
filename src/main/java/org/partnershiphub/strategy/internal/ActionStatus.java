package org.partnershiphub.strategy.internal;

/**
 * Where an action stands, reported by its lead: RAG plus not started and complete. Shown as a GOV.UK tag with its
 * words (messages {@code plan.status.*}), never by colour alone.
 */
public enum ActionStatus {
    NOT_STARTED("grey", 0), RED("red", 1), AMBER("orange", 2), GREEN("green", 3), COMPLETE("blue", 4);

    private final String tagColour;
    private final int rank;

    ActionStatus(String tagColour, int rank) {
        this.tagColour = tagColour;
        this.rank = rank;
    }

    public String tagClass() {
        return "govuk-tag govuk-tag--" + tagColour;
    }

    /** Positive when {@code now} is better than {@code before}; not started counts as below red. */
    public static int movement(ActionStatus before, ActionStatus now) {
        return Integer.compare(now.rank, before.rank);
    }

    /** The statuses a lead may report (not started is where every action begins). */
    public static ActionStatus[] reportable() {
        return new ActionStatus[] {RED, AMBER, GREEN, COMPLETE};
    }
}
