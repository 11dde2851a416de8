package org.partnershiphub.audit;

import java.util.stream.Collectors;

import org.partnershiphub.shared.HubPrincipal;

/** Who did something, as the audit trail records them at the time. */
public record AuditActor(Long userId, String name, String agency, String roles) {

    public static final AuditActor ANONYMOUS = new AuditActor(null, "Not signed in", null, null);
    public static final AuditActor SYSTEM = new AuditActor(null, "Partnership Hub (system)", null, null);

    public static AuditActor of(HubPrincipal principal) {
        return new AuditActor(principal.userId(), principal.displayName(), principal.agencyName(),
                principal.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
    }
}
