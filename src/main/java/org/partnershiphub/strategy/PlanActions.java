package org.partnershiphub.strategy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** What other modules may ask of the business plan's actions. */
public interface PlanActions {

    record ActionSummary(long id, String title, LocalDate dueDate, String status) {
    }

    /** The actions created from the given sources, by source id. */
    Map<Long, ActionSummary> forSources(String sourceType, Collection<Long> sourceIds);
}
