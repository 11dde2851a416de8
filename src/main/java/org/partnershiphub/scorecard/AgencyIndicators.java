package org.partnershiphub.scorecard;

import java.util.List;

/** What other modules may read of the scorecard: its indicators, and an agency's latest figures with their RAG. */
public interface AgencyIndicators {

    record IndicatorRef(long id, String code, String title, long ownerAgencyId) {
    }

    /** The indicator's latest figure (value as shown, with its quarter) and its RAG: RED, AMBER, GREEN or NONE. */
    record Latest(long indicatorId, String code, String title, String quarterLabel, String value, String rag) {
        public boolean red() {
            return "RED".equals(rag);
        }
    }

    List<IndicatorRef> indicators();

    /** The active indicators the agency owns, each with its latest figure (quarter label and value null when none). */
    List<Latest> forAgency(long agencyId);
}
