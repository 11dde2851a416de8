package org.partnershiphub.audit;

/**
 * One thing to write to the audit trail. {@code detail} carries before/after values for changes
 * (plain text, e.g. {@code status: ACTIVE -> DISABLED}); {@code reason} a reason the person gave.
 */
public record AuditEvent(AuditAction action, String recordType, String recordId, AuditOutcome outcome,
                         String reason, String detail) {

    public static AuditEvent of(AuditAction action, String recordType, Object recordId) {
        return new AuditEvent(action, recordType, recordId == null ? null : recordId.toString(), AuditOutcome.SUCCESS, null, null);
    }

    public AuditEvent withDetail(String newDetail) {
        return new AuditEvent(action, recordType, recordId, outcome, reason, newDetail);
    }

    public AuditEvent withReason(String newReason) {
        return new AuditEvent(action, recordType, recordId, outcome, newReason, detail);
    }

    public AuditEvent withOutcome(AuditOutcome newOutcome) {
        return new AuditEvent(action, recordType, recordId, newOutcome, reason, detail);
    }
}
