package org.partnershiphub.files;

import java.util.Objects;

/**
 * Why an upload was refused, as a {@link Reason} and a message key ({@code upload.refused.<REASON>} in
 * messages.properties) with its arguments, ready for a field error. The exception's own message names the reason
 * only, never the uploader's file name, so it is safe to log.
 */
public final class UploadRefused extends RuntimeException {

    public enum Reason {
        EMPTY,
        TOO_LARGE,
        NAME_NOT_ALLOWED,
        TYPE_NOT_ALLOWED,
        CONTENT_DOES_NOT_MATCH,
        ARCHIVE_TOO_LARGE_WHEN_UNPACKED,
        ARCHIVE_INVALID
    }

    private final Reason reason;
    private final String[] messageArguments;

    public UploadRefused(Reason reason, String... messageArguments) {
        super("Upload refused: " + reason);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.messageArguments = messageArguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "upload.refused." + reason.name();
    }

    /** The values for the message's placeholders, e.g. the size limit for {@link Reason#TOO_LARGE}. */
    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
