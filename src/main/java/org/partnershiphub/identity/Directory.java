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
}
