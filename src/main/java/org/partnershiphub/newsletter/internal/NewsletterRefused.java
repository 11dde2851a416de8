package org.partnershiphub.newsletter.internal;

import org.partnershiphub.shared.FieldRefused;

/** A newsletter change refused, naming the field and the message key saying why. */
public class NewsletterRefused extends FieldRefused {

    public NewsletterRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
