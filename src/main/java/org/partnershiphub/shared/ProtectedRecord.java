package org.partnershiphub.shared;

import java.util.Set;

/**
 * A record the permission service judges: who owns it (an agency and/or a group), whether it is restricted,
 * and who is assigned to it. Every module's protected aggregate implements this (or adapts to it).
 */
public interface ProtectedRecord {

    /** A stable type name used in the audit trail, e.g. {@code UserAccount}, {@code RapidReview}. */
    String recordType();

    String recordId();

    /** The agency that owns the record, or {@code null} when it belongs to the whole partnership. */
    Long owningAgencyId();

    /** The group (board, subgroup, review group) that owns the record, or {@code null}. */
    default Long owningGroupId() {
        return null;
    }

    /** Restricted records (review files, identities) are visible only to named roles or assigned people. */
    default boolean restricted() {
        return false;
    }

    default Set<Long> assignedUserIds() {
        return Set.of();
    }
}
