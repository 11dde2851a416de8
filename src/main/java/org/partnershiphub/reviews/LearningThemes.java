package org.partnershiphub.reviews;

import java.util.List;

/** The themes of the partnership's learning chain (e.g. "Voice of the child"), for other modules to tag their learning. */
public interface LearningThemes {

    /** Every theme's name, alphabetically. */
    List<String> names();
}
