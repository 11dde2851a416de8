package org.partnershiphub.training.internal;

/** A booking step that cannot be taken, with the message (key {@code booking.refused.*}) to show next to it. */
public class BookingRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BookingRefused(String reason, Object... arguments) {
        super("Booking refused: " + reason);
        this.messageKey = "booking.refused." + reason;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
