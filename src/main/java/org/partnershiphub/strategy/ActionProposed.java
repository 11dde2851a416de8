package org.partnershiphub.strategy;

import java.time.LocalDate;

/**
 * Something elsewhere in the partnership's work should become a business plan action: published by the module that
 * owns the source (e.g. a review recommendation) and turned into an action once, whatever happens in between.
 */
public record ActionProposed(String sourceType, long sourceId, String sourceReference, String title, Long leadAgencyId,
                             LocalDate dueDate) {
}
