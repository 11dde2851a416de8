/**
 * The audit trail: an append-only, hash-chained record of every view of a restricted record, every change,
 * every export, every sign-in and every denial. Other modules call {@link org.partnershiphub.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.partnershiphub.audit;
