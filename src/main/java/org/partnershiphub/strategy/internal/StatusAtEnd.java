package org.partnershiphub.strategy.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where actions stood when a day ended, from their history rather than their current status: each action's latest
 * progress update posted by the end of that day (London time). An action with no update by then has no rating. Read as
 * one join in the same SQL on H2 and PostgreSQL (standard SQL).
 */
final class StatusAtEnd {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private StatusAtEnd() {
    }

    /**
     * A left join of the latest update, as {@code l}, to each action {@code a}: its latest update posted before an
     * instant (null: none). Its two parameters are that instant (see {@link #endOf}), twice. Written with NOT EXISTS
     * over the (action, posted) index: a derived table with a window function is run again for every action by H2.
     */
    static final String LATEST_UPDATE = " left join plan_update l on l.action_id = a.id and l.posted_at < ?"
            + " and not exists (select 1 from plan_update later where later.action_id = a.id and later.posted_at < ?"
            + " and (later.posted_at > l.posted_at or (later.posted_at = l.posted_at and later.id > l.id)))";

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
