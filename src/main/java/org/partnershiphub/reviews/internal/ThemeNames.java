package org.partnershiphub.reviews.internal;

import java.util.List;

import org.partnershiphub.reviews.LearningThemes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The learning chain's themes as other modules see them: names only. */
@Component
class ThemeNames implements LearningThemes {

    private final ReviewThemeRepository themes;

    ThemeNames(ReviewThemeRepository themes) {
        this.themes = themes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> names() {
        return themes.findAllByOrderByNameAsc().stream().map(ReviewTheme::getName).toList();
    }
}
