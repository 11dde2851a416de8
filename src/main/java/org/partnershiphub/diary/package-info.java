/**
 * Dates for the diary: awareness weeks and days, partner events and the partnership's own. The business unit keeps
 * them; the public reads them as a calendar page and an iCalendar feed; other modules (the newsletter) read the
 * upcoming ones through {@link org.partnershiphub.diary.DiaryDates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dates for the diary")
package org.partnershiphub.diary;
