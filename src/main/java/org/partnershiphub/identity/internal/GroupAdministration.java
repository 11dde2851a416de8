package org.partnershiphub.identity.internal;

import java.util.List;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.GroupType;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Boards and groups and who sits on them: the Executive, subgroups, task and finish groups, review groups. */
@Service
public class GroupAdministration {

    private final HubGroupRepository groups;
    private final UserAccountRepository accounts;
    private final AuditTrail audit;

    GroupAdministration(HubGroupRepository groups, UserAccountRepository accounts, AuditTrail audit) {
        this.groups = groups;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public HubGroup group(long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("group"));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> members(long groupId) {
        return accounts.findMembersOf(groupId);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> candidates() {
        return accounts.findAllUsable();
    }

    /** Adds a group; false when one of that name exists. */
    @Transactional
    public boolean addGroup(String name, GroupType type, String description) {
        if (groups.findByName(name.strip()).isPresent()) {
            return false;
        }
        HubGroup group = groups.save(new HubGroup(name.strip(), type, description == null || description.isBlank() ? null : description.strip()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "HubGroup", group.getId()).withDetail("name: " + group.getName() + "; type: " + type));
        return true;
    }

    @Transactional
    public void addMember(long groupId, long userId, String roleInGroup) {
        HubGroup group = group(groupId);
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("person"));
        account.joinGroup(group.getId(), roleInGroup == null || roleInGroup.isBlank() ? null : roleInGroup.strip());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "HubGroup", groupId)
                .withDetail("member added: user " + userId + (roleInGroup == null || roleInGroup.isBlank() ? "" : " as " + roleInGroup.strip())));
    }

    @Transactional
    public void removeMember(long groupId, long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("person"));
        if (account.leaveGroup(groupId)) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, "HubGroup", groupId).withDetail("member removed: user " + userId));
        }
    }
}
