package org.partnershiphub.shared;

/**
 * The roles people hold in the partnership (see docs: domain, "Who the users are").
 * Display names live in messages.properties under {@code role.<NAME>}.
 */
public enum Role {
    LEAD_PARTNER,
    EXECUTIVE_MEMBER,
    INDEPENDENT_SCRUTINEER,
    BUSINESS_UNIT,
    REVIEW_GROUP_MEMBER,
    SUBGROUP_MEMBER,
    AGENCY_LEAD,
    PRACTITIONER,
    ADMINISTRATOR,
    AUDITOR;

    /** The Spring Security authority name, e.g. {@code ROLE_BUSINESS_UNIT}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
