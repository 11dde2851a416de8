package org.partnershiphub.selfassessment.internal;

import org.partnershiphub.shared.FieldRefused;

/** A self-assessment step refused (see FieldRefused). */
public class SelfAssessmentRefused extends FieldRefused {

    public SelfAssessmentRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
