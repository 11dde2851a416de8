/**
 * Surveys of practitioners, children and families: questions (single or multiple choice, a rating from 1 to 5, free
 * text), an opening and closing day, anonymous or named answers and a child-friendly mode with plain words and large
 * targets. The business unit writes and publishes them; anyone with the link answers while a survey is open; results
 * are charts with their tables, free text listed, and a CSV export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package org.partnershiphub.survey;
