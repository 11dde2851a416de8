/**
 * The statutory yearly report, drafted from the product's own data: every module's {@code shared.YearlyFigures} for a
 * 12-month period, section by section. This first part shows the live figures for any period; editing, the three lead
 * partners' sign-off, publication and the record of sending to the National Panel and the What Works centre follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Yearly report")
package org.partnershiphub.yearlyreport;
