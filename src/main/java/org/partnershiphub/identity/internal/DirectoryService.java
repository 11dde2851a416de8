package org.partnershiphub.identity.internal;

import java.util.List;
import java.util.Optional;

import org.partnershiphub.identity.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DirectoryService implements Directory {

    private final OrganisationRepository organisations;
    private final UserAccountRepository accounts;
    private final HubGroupRepository groups;

    DirectoryService(OrganisationRepository organisations, UserAccountRepository accounts, HubGroupRepository groups) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.groups = groups;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> usablePeople() {
        return accounts.findAllUsable().stream()
                .map(a -> new Person(a.getId(), a.getFullName(), a.getOrganisation().getId(), a.getOrganisation().getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Group> groups() {
        return groups.findAllByOrderByNameAsc().stream().map(g -> new Group(g.getId(), g.getName(), g.getType(), g.getDescription())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Group> group(long id) {
        return groups.findById(id).map(g -> new Group(g.getId(), g.getName(), g.getType(), g.getDescription()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> members(long groupId) {
        return accounts.findMembersOf(groupId).stream().map(a -> new Member(a.getId(), a.getFullName(), a.getEmail(),
                a.getStatus() == org.partnershiphub.identity.AccountStatus.ACTIVE, a.getOrganisation().getId(),
                a.getOrganisation().getName(), a.getOrganisation().getType(),
                a.getGroups().stream().filter(m -> m.getGroupId().equals(groupId)).map(GroupMembership::getRoleInGroup)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(long groupId, long personId) {
        return accounts.findById(personId).map(a -> a.groupIds().contains(groupId)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return organisations.findAllByOrderByNameAsc().stream().map(DirectoryService::agency).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Agency> agency(long id) {
        return organisations.findById(id).map(DirectoryService::agency);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> person(long id) {
        return accounts.findById(id).map(a -> new Person(a.getId(), a.getFullName(), a.getOrganisation().getId(), a.getOrganisation().getName()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> activeContact(long id) {
        return accounts.findById(id).filter(a -> a.getStatus() == org.partnershiphub.identity.AccountStatus.ACTIVE)
                .map(a -> new Contact(a.getId(), a.getFullName(), a.getEmail(), a.getOrganisation().getId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> activeWithRole(org.partnershiphub.shared.Role role, Long agencyId) {
        return accounts.findByRole(role).stream()
                .filter(a -> a.getStatus() == org.partnershiphub.identity.AccountStatus.ACTIVE)
                .filter(a -> agencyId == null || a.getOrganisation().getId().equals(agencyId))
                .map(a -> new Contact(a.getId(), a.getFullName(), a.getEmail(), a.getOrganisation().getId()))
                .toList();
    }

    private static Agency agency(Organisation organisation) {
        return new Agency(organisation.getId(), organisation.getName(), organisation.getType());
    }
}
