/**
 * Multi-agency case file audits: audit tools (sections graded Outstanding, Good, Requires improvement or Inadequate)
 * the business unit keeps, versioned once in use; a yearly programme of audits, each with its theme, scope, tool, the
 * agencies asked and a deadline; pseudonymised cases with the child's identity kept apart; each agency's auditor's part
 * per case, chased before and after the deadline; the multi-agency meeting's agreed grades, learning and actions (which
 * become business plan actions through {@link org.partnershiphub.strategy.ActionProposed}); and the audit report.
 * Every view of an audit's cases is in the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case file audits")
package org.partnershiphub.caseaudit;
