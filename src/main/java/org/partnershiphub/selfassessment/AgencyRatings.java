package org.partnershiphub.selfassessment;

import java.util.List;

/** What other modules may read of self-assessments: the standards, and each agency's latest returned ratings. */
public interface AgencyRatings {

    /** A standard of the library, e.g. "Section 11 standard 4: Service development … informed by children's views". */
    record StandardRef(long id, String framework, String number, String title) {
    }

    /** One standard's agreed rating (RED, AMBER or GREEN) in the agency's latest submitted or moderated return. */
    record Rated(long returnId, String cycleName, long standardId, String number, String title, String rating, boolean moderated,
                 String narrative, boolean moderatable) {
        public boolean green() {
            return "GREEN".equals(rating);
        }
    }

    List<StandardRef> standards();

    List<Rated> latest(long agencyId);
}
