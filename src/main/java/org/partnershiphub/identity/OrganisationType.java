package org.partnershiphub.identity;

/** Kinds of organisation in a partnership; display names under {@code organisationType.<NAME>}. */
public enum OrganisationType {
    PARTNERSHIP, LOCAL_AUTHORITY, POLICE, HEALTH, EDUCATION, VOLUNTARY_SECTOR, PROBATION, OTHER
}
