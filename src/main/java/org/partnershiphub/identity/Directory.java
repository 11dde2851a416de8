package org.partnershiphub.identity;

import java.util.List;
import java.util.Optional;

/** What other modules may know about the partnership's agencies and people: names, never credentials. */
public interface Directory {

    record Agency(long id, String name, OrganisationType type) {
    }

    record Person(long id, String name, long agencyId, String agencyName) {
    }

    List<Agency> agencies();

    Optional<Agency> agency(long id);

    default String agencyName(Long id) {
        return id == null ? null : agency(id).map(Agency::name).orElse(null);
    }

    Optional<Person> person(long id);

    /** How to reach an active person (for messages about their own bookings and tasks), or empty when not active. */
    Optional<Contact> activeContact(long id);

    /** Active people holding a role, optionally only those of one agency: who to remind of a step that is theirs. */
    List<Contact> activeWithRole(org.partnershiphub.shared.Role role, Long agencyId);

    record Contact(long id, String name, String email, long agencyId) {
    }

    /** Everyone who can sign in (not disabled), by name: for choosing a person as a lead, owner or member. */
    List<Person> usablePeople();

    /**
     * A board or group: the Executive, a subgroup, a task and finish group, a review group, a scrutiny or partnership
     * board; with the description typed when it was created (often its terms of reference), or null.
     */
    record Group(long id, String name, GroupType type, String description) {
    }

    /** A member of a group, with their agency and their role in the group (e.g. "Chair"). */
    record Member(long personId, String name, String email, boolean active, long agencyId, String agencyName,
                  OrganisationType agencyType, String roleInGroup) {
    }

    List<Group> groups();

    Optional<Group> group(long id);

    /** The group's members by name, whatever their account status (minutes name people who have since left). */
    List<Member> members(long groupId);

    boolean isMember(long groupId, long personId);
}
