package org.partnershiphub.challenges.internal;

/** Where a challenge stands. Display names and tag colours live in messages-challenges.properties. */
public enum ChallengeStatus {
    OPEN,
    RESPONSE_RECEIVED,
    CLOSED_RESOLVED,
    CLOSED_ESCALATED;

    public boolean closed() {
        return this == CLOSED_RESOLVED || this == CLOSED_ESCALATED;
    }

    public String messageKey() {
        return "challenge.status." + name();
    }

    /** The GOV.UK tag colour for the status. */
    public String tagClass() {
        return switch (this) {
            case OPEN -> "govuk-tag--light-blue";
            case RESPONSE_RECEIVED -> "govuk-tag--yellow";
            case CLOSED_RESOLVED -> "govuk-tag--green";
            case CLOSED_ESCALATED -> "govuk-tag--purple";
        };
    }
}
