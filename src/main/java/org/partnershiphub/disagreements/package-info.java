/**
 * Professional disagreements ("concerns resolution"): a practitioner raises a disagreement with another agency about
 * a child's case (by pseudonym or case reference); it moves through the partnership's escalation stages, each with a
 * time limit in working days and a named lead, and is escalated automatically when a limit passes; the business unit
 * sees themes and timeliness across all cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Professional disagreements")
package org.partnershiphub.disagreements;
