/**
 * The statutory yearly report, drafted from the product's own data: every module's {@code shared.YearlyFigures} for a
 * period, section by section. The business unit saves a report per period and writes each section's narrative (the
 * independent scrutineer writes what scrutiny found); the three lead safeguarding partners sign it off, which keeps the
 * figures as they stood; the business unit publishes it (a public page and a tagged PDF) and records sending it to the
 * National Panel and the What Works centre by the working day the partnership configures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Yearly report")
package org.partnershiphub.yearlyreport;
