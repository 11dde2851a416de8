package org.partnershiphub.strategy.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where actions stood when a day ended, from their history rather than their current status: each action's latest
 * progress update posted by the end of that day (London time). An action with no update by then has no rating. Read as
 * one derived table in the same SQL on H2 and PostgreSQL (a window function, standard SQL).
 */
final class StatusAtEnd {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private StatusAtEnd() {
    }

    /**
     * A derived table {@code (action_id, status)}: the latest update of each action picked by {@code actionFilter} (a
     * condition on plan_action) posted before an instant. Its parameters: that instant (see {@link #endOf}), then those
     * of the filter.
     */
    static String latestUpdates(String actionFilter) {
        return "(select action_id, status from (select action_id, status,"
                + " row_number() over (partition by action_id order by posted_at desc, id desc) as latest"
                + " from plan_update where posted_at < ? and action_id in (select id from plan_action where " + actionFilter + ")) ranked"
                + " where latest = 1)";
    }

    /** The instant a day ends in London (the next day's start), as the JDBC drivers of both databases take it. */
    static OffsetDateTime endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** The instant a day starts in London. */
    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** {@code ?, ?, ?} for n values of an IN list. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
