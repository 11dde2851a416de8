package org.partnershiphub.voice.internal;

import org.partnershiphub.shared.FieldRefused;

/** A voice record's change refused (see FieldRefused). */
public class VoiceRefused extends FieldRefused {

    public VoiceRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
