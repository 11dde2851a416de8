/**
 * The working-day calendar: England and Wales bank holidays (Jollyday, with substitute days) plus the partnership's
 * own non-working days. Every statutory deadline is counted on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.partnershiphub.calendar;
