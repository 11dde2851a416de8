package org.partnershiphub.disagreements.internal;

/** A step that cannot be taken on a disagreement in its present state; the message key says why. */
public class DisagreementRefused extends RuntimeException {

    private final String messageKey;

    public DisagreementRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
