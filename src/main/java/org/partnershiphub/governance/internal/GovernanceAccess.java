package org.partnershiphub.governance.internal;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read what a board keeps restricted: its members, the business unit that services it and the independent
 * scrutineer. Everyone else with a governance role sees the meeting, its publishable items and publishable papers.
 */
@Component
public class GovernanceAccess {

    private final Directory directory;
    private final AuditTrail audit;

    GovernanceAccess(Directory directory, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    public boolean seesRestricted(HubPrincipal user, long groupId) {
        return seesAllRestricted(user) || directory.isMember(groupId, user.userId());
    }

    /** The business unit and the independent scrutineer see every board's restricted business. */
    public boolean seesAllRestricted(HubPrincipal user) {
        return user.hasAnyRole(Role.BUSINESS_UNIT, Role.INDEPENDENT_SCRUTINEER);
    }

    /** The roles that take part in the partnership's governance and read its boards, meetings and logs. */
    public static final java.util.Set<Role> GOVERNANCE_ROLES = java.util.Set.of(Role.LEAD_PARTNER, Role.EXECUTIVE_MEMBER,
            Role.INDEPENDENT_SCRUTINEER, Role.BUSINESS_UNIT, Role.REVIEW_GROUP_MEMBER, Role.SUBGROUP_MEMBER, Role.AGENCY_LEAD);

    public boolean readsGovernance(HubPrincipal user) {
        return GOVERNANCE_ROLES.stream().anyMatch(user::hasRole);
    }

    public boolean manages(HubPrincipal user) {
        return user.hasRole(Role.BUSINESS_UNIT);
    }

    /** Refuses (403) with a DENIED entry in the audit trail. */
    public RuntimeException deny(String recordType, long id, String why) {
        audit.record(new AuditEvent(AuditAction.DENIED, recordType, String.valueOf(id), AuditOutcome.DENIED, null, why));
        return Permissions.deniedAfterAudit();
    }
}
