/**
 * Section 11 and Section 175 self-assessments: the business unit keeps a library of standards per framework (Section 11
 * for agencies, Section 175 / 157 for schools and colleges, a set for the voluntary, community and faith sector) and
 * opens a cycle; each agency's safeguarding lead completes its return (a RAG self-rating per standard with narrative,
 * evidence and an action for every standard below green, starting from last cycle's answers) and submits it with its
 * senior officer's sign-off; the business unit chases, escalates the overdue to the Independent Chair, moderates each
 * return and reports ratings across agencies to the Executive. Agencies see only their own returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessments")
package org.partnershiphub.selfassessment;
