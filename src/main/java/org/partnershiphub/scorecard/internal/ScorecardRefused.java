package org.partnershiphub.scorecard.internal;

import org.partnershiphub.shared.FieldRefused;

/** A scorecard step refused (see FieldRefused). */
public class ScorecardRefused extends FieldRefused {

    public ScorecardRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
