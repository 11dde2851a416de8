package org.partnershiphub.identity;

/** An account is invited (no password yet), active, or disabled. */
public enum AccountStatus {
    INVITED, ACTIVE, DISABLED
}
