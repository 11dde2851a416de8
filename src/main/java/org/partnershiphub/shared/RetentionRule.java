package org.partnershiphub.shared;

import java.time.Instant;

/**
 * One kind of record that is deleted or anonymised when its retention period has passed. Modules contribute these
 * beans for the records they own; the retention module holds the periods and runs them.
 */
public interface RetentionRule {

    /** The record type, e.g. {@code SIGN_IN_RECORD}; matches a row of the retention policy. */
    String recordType();

    /** Deletes or anonymises every record that became eligible before {@code cutoff}; returns how many. */
    int purgeBefore(Instant cutoff);
}
