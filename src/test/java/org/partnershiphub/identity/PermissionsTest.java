package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Permissions.Access;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.ProtectedRecord;
import org.partnershiphub.shared.Role;

/** The partnership's object-level rules, read as the business would state them. */
class PermissionsTest {

    final Permissions permissions = new Permissions(mock(AuditTrail.class));

    record Person(long userId, long agencyId, Set<Role> roles, Set<Long> groupIds) implements HubPrincipal {
        public String displayName() { return "Test person"; }
        public String agencyName() { return "Test agency"; }
    }

    record Record(Long owningAgencyId, Long owningGroupId, boolean restricted, Set<Long> assignedUserIds) implements ProtectedRecord {
        public String recordType() { return "Test"; }
        public String recordId() { return "1"; }
    }

    static Person person(long agency, Role... roles) {
        return new Person(100, agency, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), Set.of(7L));
    }

    @Test
    void anAgencyLeadReadsAndChangesOnlyTheirOwnAgencysRecords() {
        Record ownAgency = new Record(1L, null, false, Set.of());
        Record otherAgency = new Record(2L, null, false, Set.of());
        Person lead = person(1, Role.AGENCY_LEAD);
        assertThat(permissions.allows(lead, Access.READ, ownAgency)).isTrue();
        assertThat(permissions.allows(lead, Access.CHANGE, ownAgency)).isTrue();
        assertThat(permissions.allows(lead, Access.READ, otherAgency)).isFalse();
        assertThat(permissions.allows(lead, Access.CHANGE, otherAgency)).isFalse();
        assertThat(permissions.allows(lead, Access.EXPORT, otherAgency)).isFalse();
    }

    @Test
    void aPractitionerDoesNotReadTheirAgencysRecordsJustByBelongingToIt() {
        assertThat(permissions.allows(person(1, Role.PRACTITIONER), Access.READ, new Record(1L, null, false, Set.of()))).isFalse();
    }

    @Test
    void restrictedRecordsAreForNamedRolesAndAssignedPeopleOnly() {
        Record reviewFile = new Record(1L, 7L, true, Set.of(555L));
        assertThat(permissions.allows(person(1, Role.AGENCY_LEAD), Access.READ, reviewFile)).isFalse();
        assertThat(permissions.allows(person(1, Role.SUBGROUP_MEMBER), Access.READ, reviewFile)).isFalse();
        assertThat(permissions.allows(person(1, Role.BUSINESS_UNIT), Access.READ, reviewFile)).isTrue();
        assertThat(permissions.allows(person(9, Role.EXECUTIVE_MEMBER), Access.READ, reviewFile)).isTrue();
        assertThat(permissions.allows(person(9, Role.INDEPENDENT_SCRUTINEER), Access.READ, reviewFile)).isTrue();
        assertThat(permissions.allows(person(9, Role.INDEPENDENT_SCRUTINEER), Access.CHANGE, reviewFile)).isFalse();
        Person assigned = new Person(555, 9, EnumSet.of(Role.REVIEW_GROUP_MEMBER), Set.of());
        assertThat(permissions.allows(assigned, Access.READ, reviewFile)).isTrue();
        assertThat(permissions.allows(assigned, Access.CHANGE, reviewFile)).isTrue();
    }

    @Test
    void groupMembersWorkOnTheirGroupsRecords() {
        Record subgroupAction = new Record(null, 7L, false, Set.of());
        Record otherGroupAction = new Record(null, 8L, false, Set.of());
        Person member = person(3, Role.SUBGROUP_MEMBER);
        assertThat(permissions.allows(member, Access.CHANGE, subgroupAction)).isTrue();
        assertThat(permissions.allows(member, Access.CHANGE, otherGroupAction)).isFalse();
    }

    @Test
    void aFailingCheckIsADenial() {
        ProtectedRecord broken = new ProtectedRecord() {
            public String recordType() { return "Broken"; }
            public String recordId() { return "1"; }
            public Long owningAgencyId() { throw new IllegalStateException("lookup failed"); }
        };
        assertThat(permissions.allows(person(1, Role.AGENCY_LEAD), Access.READ, broken)).isFalse();
        assertThat(permissions.allows(null, Access.READ, new Record(null, null, false, Set.of()))).isFalse();
    }
}
