package org.partnershiphub.audit;

/** Writes entries to the append-only audit trail. Each call writes exactly one entry. */
public interface AuditTrail {

    /** Records an event by the signed-in person (or "Not signed in" when there is none). */
    void record(AuditEvent event);

    /** Records an event on behalf of a named actor, e.g. at sign-in before the security context is set. */
    void record(AuditActor actor, AuditEvent event);
}
