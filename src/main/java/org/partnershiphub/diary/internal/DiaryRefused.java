package org.partnershiphub.diary.internal;

import org.partnershiphub.shared.FieldRefused;

/** A date for the diary refused, naming the field and the message key saying why. */
public class DiaryRefused extends FieldRefused {

    public DiaryRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
