package org.partnershiphub.identity.internal;

import java.time.Clock;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.OrganisationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganisationAdministration {

    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationAdministration(OrganisationRepository organisations, AuditTrail audit, Clock clock) {
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an agency; false when one of that name already exists. */
    @Transactional
    public boolean add(String name, OrganisationType type) {
        String trimmed = name.strip();
        if (organisations.findByNameIgnoreCase(trimmed).isPresent()) {
            return false;
        }
        Organisation organisation = organisations.save(new Organisation(trimmed, type, clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "Organisation", organisation.getId()).withDetail("name: " + trimmed + "; type: " + type));
        return true;
    }
}
