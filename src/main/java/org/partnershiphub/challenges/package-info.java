/**
 * The challenge log: who challenged whom (an agency and/or a named person), in which forum, about what; the response
 * due and received, the outcome and what changed for children and practice. The business unit keeps it, the challenged
 * agency's safeguarding lead records their response, the Executive reads its report and the independent scrutineer
 * reads all of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Challenge log")
package org.partnershiphub.challenges;
