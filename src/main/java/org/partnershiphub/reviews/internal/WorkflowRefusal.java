package org.partnershiphub.reviews.internal;

/** A step the workflow does not allow now, with the message key that tells the person why. */
public class WorkflowRefusal extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public WorkflowRefusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
