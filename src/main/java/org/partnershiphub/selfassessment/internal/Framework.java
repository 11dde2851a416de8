package org.partnershiphub.selfassessment.internal;

import java.util.Optional;

import org.partnershiphub.identity.OrganisationType;

/** The sets of standards an organisation answers against; display names under {@code sa.framework.<NAME>}. */
public enum Framework {
    SECTION_11, SECTION_175, VCF;

    /** Schools and colleges answer Section 175, the voluntary sector its own set, other agencies Section 11; the partnership none. */
    public static Optional<Framework> forAgency(OrganisationType type) {
        return switch (type) {
            case PARTNERSHIP -> Optional.empty();
            case EDUCATION -> Optional.of(SECTION_175);
            case VOLUNTARY_SECTOR -> Optional.of(VCF);
            default -> Optional.of(SECTION_11);
        };
    }
}
