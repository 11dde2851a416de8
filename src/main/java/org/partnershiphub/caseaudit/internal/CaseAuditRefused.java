package org.partnershiphub.caseaudit.internal;

import org.partnershiphub.shared.FieldRefused;

/** A case file audit step refused (see FieldRefused). */
public class CaseAuditRefused extends FieldRefused {

    public CaseAuditRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
