package org.partnershiphub.audit;

public enum AuditOutcome {
    SUCCESS, DENIED, FAILURE
}
