package org.partnershiphub.identity;

import java.util.EnumSet;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.ProtectedRecord;
import org.partnershiphub.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one permission service every module calls for object-level decisions. It fails closed: any error while
 * deciding is a denial. Every denial is written to the audit trail, and a read of a restricted record too.
 *
 * <p>Rules, in the partnership's words:
 * <ul>
 *   <li>The business unit, lead partners, Executive members and the independent scrutineer read every record,
 *       restricted or not. Others read restricted records (review files, identities) only when assigned.</li>
 *   <li>Otherwise a record owned by an agency is read by that agency's safeguarding lead; one owned by a group
 *       by its members; anyone assigned reads it; a record owned by no one is the whole partnership's.</li>
 *   <li>The business unit changes any record; an agency safeguarding lead changes their own agency's unrestricted
 *       records; group members change their group's unrestricted records; assigned people change what they are
 *       assigned to.</li>
 * </ul>
 */
@Service
public class Permissions {

    private static final Logger log = LoggerFactory.getLogger(Permissions.class);
    private static final Set<Role> READ_EVERYTHING = EnumSet.of(Role.BUSINESS_UNIT, Role.LEAD_PARTNER,
            Role.EXECUTIVE_MEMBER, Role.INDEPENDENT_SCRUTINEER);
    private static final Set<Role> GROUP_ROLES = EnumSet.of(Role.SUBGROUP_MEMBER, Role.REVIEW_GROUP_MEMBER,
            Role.EXECUTIVE_MEMBER);

    public enum Access { READ, CHANGE, EXPORT }

    /** Request attribute telling the access-denied handler that the denial is already in the audit trail. */
    public static final String DENIAL_AUDITED = "hub.denial.audited";

    /**
     * The exception to throw for a denial the caller has just written to the audit trail: the request is marked so
     * the GOV.UK 403 handler does not write a second, route-level entry for the same attempt.
     */
    public static AccessDeniedException deniedAfterAudit() {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(DENIAL_AUDITED, Boolean.TRUE, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        }
        return new AccessDeniedException("Not permitted");
    }

    private final AuditTrail audit;

    Permissions(AuditTrail audit) {
        this.audit = audit;
    }

    public boolean allows(HubPrincipal user, Access access, ProtectedRecord record) {
        try {
            return user != null && record != null && decide(user, access, record);
        } catch (RuntimeException e) {
            log.warn("Permission check failed closed for {} {}", record == null ? null : record.recordType(), access, e);
            return false;
        }
    }

    private static boolean decide(HubPrincipal user, Access access, ProtectedRecord record) {
        boolean assigned = record.assignedUserIds().contains(user.userId());
        boolean ownAgency = record.owningAgencyId() != null && record.owningAgencyId() == user.agencyId();
        boolean ownGroup = record.owningGroupId() != null && user.groupIds().contains(record.owningGroupId());
        boolean partnershipWide = record.owningAgencyId() == null && record.owningGroupId() == null;
        if (access == Access.READ || access == Access.EXPORT) {
            if (user.roles().stream().anyMatch(READ_EVERYTHING::contains) || assigned) {
                return true;
            }
            if (record.restricted()) {
                return false;
            }
            return (ownAgency && user.hasRole(Role.AGENCY_LEAD))
                    || (ownGroup && user.roles().stream().anyMatch(GROUP_ROLES::contains))
                    || partnershipWide;
        }
        if (user.hasRole(Role.BUSINESS_UNIT) || assigned) {
            return true;
        }
        if (record.restricted()) {
            return false;
        }
        return (ownAgency && user.hasRole(Role.AGENCY_LEAD))
                || (ownGroup && user.roles().stream().anyMatch(GROUP_ROLES::contains));
    }

    /**
     * Checks the signed-in person's access and throws {@link AccessDeniedException} (the GOV.UK 403 page) when denied,
     * after writing the denial to the audit trail. A permitted read of a restricted record and every export are audited.
     */
    public void check(Access access, ProtectedRecord record) {
        HubPrincipal user = CurrentUser.find().orElse(null);
        if (!allows(user, access, record)) {
            audit.record(new AuditEvent(AuditAction.DENIED, record.recordType(), record.recordId(), AuditOutcome.DENIED,
                    null, "attempted " + access.name().toLowerCase()));
            throw deniedAfterAudit();
        }
        if (access == Access.EXPORT) {
            audit.record(AuditEvent.of(AuditAction.EXPORT, record.recordType(), record.recordId()));
        } else if (access == Access.READ && record.restricted()) {
            audit.record(AuditEvent.of(AuditAction.VIEW, record.recordType(), record.recordId()));
        }
    }
}
