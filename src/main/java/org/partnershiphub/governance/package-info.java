/**
 * Governance of the partnership: the Executive, subgroups and task and finish groups with their terms of reference and
 * quorum rules; meetings with agendas, papers (restricted or publishable), attendance and minutes per item; the decision
 * log with votes and recorded dissent; the action log; follow-up report requests that land on a later meeting's agenda;
 * published minutes and a calendar feed of members' meetings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.partnershiphub.governance;
