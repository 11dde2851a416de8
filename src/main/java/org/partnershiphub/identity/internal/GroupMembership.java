package org.partnershiphub.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Membership of a group, with the person's role in it (e.g. "Chair"). */
@Embeddable
public class GroupMembership {

    @Column(name = "group_id")
    private Long groupId;
    @Column(name = "role_in_group")
    private String roleInGroup;

    protected GroupMembership() {
    }

    GroupMembership(Long groupId, String roleInGroup) {
        this.groupId = groupId;
        this.roleInGroup = roleInGroup;
    }

    public Long getGroupId() { return groupId; }
    public String getRoleInGroup() { return roleInGroup; }

    /** Value equality, so Hibernate does not take an unchanged membership collection for a changed one. */
    @Override
    public boolean equals(Object other) {
        return other instanceof GroupMembership that && java.util.Objects.equals(groupId, that.groupId)
                && java.util.Objects.equals(roleInGroup, that.roleInGroup);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(groupId, roleInGroup);
    }
}
