package org.partnershiphub.selfassessment.internal;

/** A self-assessment step refused, naming the field it belongs to, the message key saying why and its arguments. */
public class SelfAssessmentRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public SelfAssessmentRefused(String field, String messageKey, Object... arguments) {
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
