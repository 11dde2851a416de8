package org.partnershiphub.yearlyreport.internal;

import org.partnershiphub.shared.FieldRefused;

/** A change to a yearly report refused, naming the field and the message key saying why. */
public class YearlyReportRefused extends FieldRefused {

    public YearlyReportRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
