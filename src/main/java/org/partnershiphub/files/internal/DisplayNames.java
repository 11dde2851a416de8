package org.partnershiphub.files.internal;

import java.util.Locale;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.files.UploadRefused.Reason;

/**
 * Turns the file name a browser sent into one safe to show and to offer back as a download name. The name is only
 * ever a label: files are stored under a generated key.
 */
final class DisplayNames {

    private DisplayNames() {
    }

    /**
     * The last path segment (so {@code ../../etc/passwd.pdf} and {@code C:\x\evil.pdf} keep only the file name),
     * without control or invisible formatting characters (which could hide a real extension, e.g. a right-to-left
     * override), trimmed, and shortened to 200 characters keeping the extension.
     *
     * @throws UploadRefused when nothing usable is left, or the name holds a NUL (a classic extension trick)
     */
    static String sanitise(String original) {
        if (original == null || original.indexOf('\0') >= 0) {
            throw new UploadRefused(Reason.NAME_NOT_ALLOWED);
        }
        String last = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(last.length());
        last.codePoints()
                .filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new UploadRefused(Reason.NAME_NOT_ALLOWED);
        }
        return shorten(name);
    }

    /** The lower-case text after the last dot, or empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String name) {
        int max = CheckedUpload.MAX_NAME_LENGTH;
        if (name.length() <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String suffix = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int end = max - suffix.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--; // never cut a character in half
        }
        return name.substring(0, end).strip() + suffix;
    }
}
