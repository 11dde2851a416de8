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

    /**
     * How many of the actions created from the given sources stood at each status (NOT_STARTED, RED, AMBER, GREEN,
     * COMPLETE) when {@code day} ended: their latest progress update posted by then, NOT_STARTED without one. Sources
     * without an action are not counted. Grouped queries, for figures over many sources.
     */
    Map<String, Integer> statusesAt(String sourceType, Collection<Long> sourceIds, LocalDate day);
}
