/**
 * Triangulation: one page per agency joining its self-assessment ratings, the grades of the case file audits it took
 * part in, its scorecard indicators and its training reach, area by area; a green self-rating contradicted by an
 * inadequate audit grade or a red indicator in the same area is flagged for moderation with the evidence side by side.
 * The business unit keeps the areas that join standards, audit tool sections and indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triangulation")
package org.partnershiphub.triangulation;
