package org.partnershiphub.governance.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.partnershiphub.identity.OrganisationType;

/**
 * A board's quorum rule: at least {@code minimumMembers} members present, and/or each of the three safeguarding
 * partners (the local authority, the police and health) represented by a member present.
 */
public record Quorum(Integer minimumMembers, boolean partnersPresent) {

    public static final Set<OrganisationType> SAFEGUARDING_PARTNERS = EnumSet.of(OrganisationType.LOCAL_AUTHORITY,
            OrganisationType.POLICE, OrganisationType.HEALTH);

    public boolean hasRule() {
        return minimumMembers != null || partnersPresent;
    }

    /** Whether the members present make the meeting quorate, and if not, what is missing (message keys with an argument). */
    public Outcome assess(List<Attendee> attendees) {
        List<Attendee> present = attendees.stream().filter(a -> a.member() && a.status() == AttendanceStatus.PRESENT).toList();
        List<Missing> missing = new ArrayList<>();
        if (minimumMembers != null && present.size() < minimumMembers) {
            missing.add(new Missing("gov.quorum.missing.members", minimumMembers - present.size()));
        }
        if (partnersPresent) {
            for (OrganisationType partner : SAFEGUARDING_PARTNERS) {
                if (present.stream().noneMatch(a -> partner.name().equals(a.agencyType()))) {
                    missing.add(new Missing("gov.quorum.missing." + partner.name(), null));
                }
            }
        }
        return new Outcome(present.size(), missing.isEmpty(), missing, hasRule());
    }

    public record Missing(String messageKey, Integer count) {
    }

    /** {@code ruled}: whether the board has a quorum rule at all; without one a meeting is neither quorate nor not. */
    public record Outcome(int membersPresent, boolean quorate, List<Missing> missing, boolean ruled) {
    }
}
