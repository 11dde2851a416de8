package org.partnershiphub.site;

import java.time.LocalDate;
import java.util.List;

/** What other modules may read of the public site's pages: those published, newest first. */
public interface PublishedPages {

    /** The parts of the public site a page belongs to, each with the web address its pages live under. */
    enum Section {
        ARRANGEMENTS("arrangements"), NEWS("news"), LEARNING_BRIEFS("learning-briefs"), PUBLISHED_REVIEWS("published-reviews");

        private final String path;

        Section(String path) {
            this.path = path;
        }

        /** The first part of the public web address, e.g. {@code news} for {@code /news/a-page}. */
        public String path() {
            return path;
        }

        public static java.util.Optional<Section> forPath(String path) {
            for (Section s : values()) {
                if (s.path.equals(path)) {
                    return java.util.Optional.of(s);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A published page as a listing shows it: its title and summary as published, the day first published and its public path. */
    record Listing(Section section, String title, String summary, LocalDate publishedOn, String path) {
    }

    /** Pages of the section first published on or after {@code since}, newest first, at most {@code limit}. */
    List<Listing> publishedSince(Section section, LocalDate since, int limit);
}
