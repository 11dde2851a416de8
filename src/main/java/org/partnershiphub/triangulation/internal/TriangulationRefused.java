package org.partnershiphub.triangulation.internal;

import org.partnershiphub.shared.FieldRefused;

/** A triangulation step refused (see FieldRefused). */
public class TriangulationRefused extends FieldRefused {

    public TriangulationRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
