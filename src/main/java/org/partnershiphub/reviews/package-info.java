/**
 * Serious incidents and reviews on their statutory clocks: referral, the local authority's notification decision
 * (5 working days), the rapid review (15 working days) with agency summaries, the decision that closes it, and local
 * child safeguarding practice reviews through to publication (at least 7 working days after the final report is sent).
 * Children appear by pseudonym everywhere; the real identity is a separate, restricted record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Serious incidents and reviews")
package org.partnershiphub.reviews;
