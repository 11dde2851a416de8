package org.partnershiphub.survey.internal;

import org.partnershiphub.shared.FieldRefused;

/** A survey change or answer refused, naming the field and the message key saying why. */
public class SurveyRefused extends FieldRefused {

    public SurveyRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
