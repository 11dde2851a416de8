package org.partnershiphub.survey;

import java.time.LocalDate;
import java.util.List;

/** What other modules may read of surveys: those open on a day, with the day they close and the link to answer. */
public interface OpenSurveys {

    record Listing(String title, LocalDate closesOn, String link) {
    }

    /** Published surveys taking answers on {@code day}, closing soonest first. */
    List<Listing> openOn(LocalDate day);
}
