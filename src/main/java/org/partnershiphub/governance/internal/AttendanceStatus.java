package org.partnershiphub.governance.internal;

/** How a person is recorded in a meeting's attendance; only members present count towards the quorum. */
public enum AttendanceStatus {
    PRESENT, APOLOGIES, ABSENT, IN_ATTENDANCE
}
