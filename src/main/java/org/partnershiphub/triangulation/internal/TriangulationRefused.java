package org.partnershiphub.triangulation.internal;

/** A triangulation step refused, naming the field it belongs to and the message key saying why. */
public class TriangulationRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public TriangulationRefused(String field, String messageKey) {
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
