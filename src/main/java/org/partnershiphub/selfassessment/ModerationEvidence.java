package org.partnershiphub.selfassessment;

import java.util.List;
import java.util.Map;

/**
 * Evidence elsewhere in the partnership's work that contradicts an agency's green self-ratings, for the business unit
 * to weigh while moderating. Another module provides it (triangulation joins audits and the scorecard); self-assessments
 * only show it, so this module depends on no provider.
 */
public interface ModerationEvidence {

    /** One piece of contradicting evidence, in words, with the area it shares with the standard and the return rated. */
    record Contradiction(long returnId, String area, String evidence) {
    }

    /** The contradictions of the agency's green ratings in its latest returned return, by standard id. */
    Map<Long, List<Contradiction>> against(long agencyId);
}
