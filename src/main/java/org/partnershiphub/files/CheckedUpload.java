package org.partnershiphub.files;

import java.util.Objects;

/**
 * An upload that passed {@link UploadChecker}: a display name safe to show and to offer back as a download name
 * (no path parts or control characters, at most 200 characters), its kind as confirmed by the content, and the
 * content itself (not copied, so do not change it).
 */
public record CheckedUpload(String originalName, FileKind kind, byte[] content) {

    public static final int MAX_NAME_LENGTH = 200;

    public CheckedUpload {
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        if (originalName.isBlank() || originalName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("The name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (content.length == 0) {
            throw new IllegalArgumentException("The content must not be empty");
        }
    }

    public long size() {
        return content.length;
    }
}
