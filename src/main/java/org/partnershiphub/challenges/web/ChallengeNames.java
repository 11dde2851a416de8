package org.partnershiphub.challenges.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.challenges.internal.ChallengeLogEntry;
import org.partnershiphub.identity.Directory;

/** The names a page shows for the agencies, people and forums of challenges, looked up once per page. */
public final class ChallengeNames {

    private final Directory directory;
    private final Map<Long, String> agencies = new HashMap<>();
    private final Map<Long, String> groups = new HashMap<>();
    private final Map<Long, String> people = new HashMap<>();

    ChallengeNames(Directory directory) {
        this.directory = directory;
        directory.agencies().forEach(a -> agencies.put(a.id(), a.name()));
        directory.groups().forEach(g -> groups.put(g.id(), g.name()));
    }

    public String agency(Long id) {
        return id == null ? null : agencies.computeIfAbsent(id, directory::agencyName);
    }

    public String person(Long id) {
        return id == null ? null : people.computeIfAbsent(id, key -> directory.person(key).map(Directory.Person::name).orElse(null));
    }

    /** The board or group the challenge was made in, or the setting described in words. */
    public String forum(ChallengeLogEntry entry) {
        return entry.getForumGroupId() != null ? groups.get(entry.getForumGroupId()) : entry.getForumOther();
    }

    /** "Name, Agency", "Name" or "Agency": who raised the challenge. */
    public String raisedBy(ChallengeLogEntry entry) {
        return both(person(entry.getRaisedByPersonId()), agency(entry.getRaisedByAgencyId()));
    }

    /** "Agency: Name", or either: whom the challenge was addressed to. */
    public String challenged(ChallengeLogEntry entry) {
        return both(person(entry.getChallengedPersonId()), agency(entry.getChallengedAgencyId()));
    }

    private static String both(String person, String agency) {
        if (person != null && agency != null) {
            return person + ", " + agency;
        }
        return person != null ? person : agency;
    }

    public List<Directory.Group> forums() {
        return directory.groups();
    }
}
