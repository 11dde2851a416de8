package org.partnershiphub.caseaudit.internal;

/** A case file audit step refused, naming the field it belongs to, the message key saying why and its arguments. */
public class CaseAuditRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public CaseAuditRefused(String field, String messageKey, Object... arguments) {
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
