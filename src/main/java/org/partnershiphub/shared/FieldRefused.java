package org.partnershiphub.shared;

/**
 * A command refused by a service for one reason: the field it belongs to, the message key saying why and the message's
 * arguments. The controller shows it next to that field and keeps everything typed. Modules name their own kinds
 * (e.g. {@code ScorecardRefused}) by extending it.
 */
public class FieldRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public FieldRefused(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
