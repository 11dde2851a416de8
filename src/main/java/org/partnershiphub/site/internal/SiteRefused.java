package org.partnershiphub.site.internal;

import org.partnershiphub.shared.FieldRefused;

/** A change to a public site page refused, naming the field and the message key saying why. */
public class SiteRefused extends FieldRefused {

    public SiteRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
