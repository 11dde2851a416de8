package org.partnershiphub.audit;

/** What was done to a record. */
public enum AuditAction {
    VIEW, SEARCH, CREATE, UPDATE, DELETE, EXPORT, DENIED,
    SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, PASSWORD_CHANGED, VERIFY
}
