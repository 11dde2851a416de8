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

    /**
     * Who reads quality assurance across agencies (the scorecard, self-assessments, case file audits, triangulation):
     * the business unit, lead partners, the Executive, the independent scrutineer and subgroup members such as the
     * Quality Assurance subgroup. An agency's safeguarding lead reads only its own agency's.
     */
    public static final java.util.Set<Role> QUALITY_ASSURANCE_READERS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(BUSINESS_UNIT, LEAD_PARTNER, EXECUTIVE_MEMBER, INDEPENDENT_SCRUTINEER, SUBGROUP_MEMBER));

    /** The Spring Security authority name, e.g. {@code ROLE_BUSINESS_UNIT}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
