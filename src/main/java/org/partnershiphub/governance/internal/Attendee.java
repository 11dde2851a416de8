package org.partnershiphub.governance.internal;

/** One line of a meeting's attendance: a member (present, apologies, absent) or someone else in attendance. */
public record Attendee(Long personId, String name, String agencyName, String agencyType, String roleInGroup, boolean member,
                       AttendanceStatus status) {
}
