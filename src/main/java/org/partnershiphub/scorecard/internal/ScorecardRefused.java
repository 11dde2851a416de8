package org.partnershiphub.scorecard.internal;

/** A scorecard step refused, naming the field it belongs to and the message key saying why. */
public class ScorecardRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ScorecardRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
