package org.partnershiphub.shared.web;

/**
 * Reads the text a form posted into the values a command needs, without throwing: a choice the list does not hold
 * and a version that is not a number come back as "none" so the service refuses them with its own message.
 */
public final class FormValues {

    private FormValues() {
    }

    /** The constant of {@code type} named exactly by {@code value} (surrounding spaces ignored), or null. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    /** The record version the form was read at, or -1 (never a stored version) when it is missing or not a number. */
    public static long version(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
