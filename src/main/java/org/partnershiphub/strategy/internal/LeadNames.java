package org.partnershiphub.strategy.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.partnershiphub.identity.Directory;

/** People's and agencies' names for one page, each looked up once however many actions name them. */
public final class LeadNames {

    private final Directory directory;
    private final Map<Long, String> people = new HashMap<>();
    private final Map<Long, String> agencies;

    public LeadNames(Directory directory) {
        this.directory = directory;
        this.agencies = directory.agencies().stream().collect(Collectors.toMap(Directory.Agency::id, Directory.Agency::name));
    }

    public String person(Long id) {
        return id == null ? null : people.computeIfAbsent(id, key -> directory.person(key).map(Directory.Person::name).orElse(""));
    }

    public String agency(Long id) {
        return id == null ? null : agencies.get(id);
    }

    /** Who leads an action, as the plan writes it: "Sam Lee, Northshire Council; Chair of the audit subgroup". */
    public String lead(PlanAction action) {
        StringJoiner lead = new StringJoiner("; ");
        String who = person(action.getLeadPersonId());
        String agency = agency(action.getLeadAgencyId());
        if (who != null && agency != null) {
            lead.add(who + ", " + agency);
        } else if (who != null) {
            lead.add(who);
        } else if (agency != null) {
            lead.add(agency);
        }
        if (action.getLeadDescription() != null) {
            lead.add(action.getLeadDescription());
        }
        return lead.toString();
    }
}
