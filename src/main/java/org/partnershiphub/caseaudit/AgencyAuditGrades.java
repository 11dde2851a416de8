package org.partnershiphub.caseaudit;

import java.util.List;

/** What other modules may read of case file audits: tool sections, and the grades of audits an agency took part in. */
public interface AgencyAuditGrades {

    /** A section of a current audit tool. */
    record SectionRef(long id, String toolName, String title) {
    }

    /**
     * One section of one case in an audit the agency took part in: the grade the agency gave (if submitted) and the
     * grade the multi-agency meeting agreed (if met); grades as OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE.
     */
    record Graded(long auditId, String theme, String yearLabel, long sectionId, String sectionTitle, String caseReference, String agencyGrade,
                  String agreedGrade) {
        public boolean inadequate() {
            return "INADEQUATE".equals(agencyGrade) || "INADEQUATE".equals(agreedGrade);
        }
    }

    /** Sections of every version of every tool, so an area can name the sections older audits used. */
    List<SectionRef> sections();

    List<Graded> forAgency(long agencyId);
}
