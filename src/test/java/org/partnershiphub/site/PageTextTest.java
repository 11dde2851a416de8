package org.partnershiphub.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.site.internal.PageText;
import org.partnershiphub.site.internal.PageText.Kind;
import org.partnershiphub.site.internal.PageText.Part;

/** A page's body as the business unit types it becomes blocks of escaped parts; what could run is only ever text. */
class PageTextTest {

    @Test
    void headingsListsInsetsAndLinks() {
        PageText.Rendered r = PageText.render("""
                # Big
                ### Small

                Read [the guide](https://www.example.org/guide) or mail us@example.org.

                1. First
                2. **Second**

                > Set apart
                """);
        assertThat(r.blocks()).extracting(PageText.Block::kind)
                .containsExactly(Kind.HEADING_L, Kind.HEADING_M, Kind.PARAGRAPH, Kind.NUMBERS, Kind.INSET);
        assertThat(r.blocks().get(2).parts()).contains(new Part("the guide", "https://www.example.org/guide", false),
                new Part("us@example.org", "mailto:us@example.org", false));
        assertThat(r.blocks().get(3).items()).containsExactly(List.of(new Part("First", null, false)), List.of(new Part("Second", null, true)));
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void htmlScriptsAndUnsafeLinksAreOnlyText() {
        PageText.Rendered r = PageText.render("""
                <div onclick="x()">Hi</div>

                A [trap](javascript:alert(1)), an [other](data:text/html,x), ![photo](https://tracker.example/p.png) and <b>bold</b>.
                [click here](https://www.example.org)
                """);
        List<Part> all = r.blocks().stream().flatMap(b -> b.parts().stream()).toList();
        assertThat(all).allSatisfy(p -> assertThat(p.href() == null || p.href().startsWith("https://")).isTrue());
        assertThat(all).extracting(Part::text).contains("<div onclick=\"x()\">Hi</div>", "A trap, an other, photo and <b>bold</b>. ");
        assertThat(r.flags()).extracting(PageText.Flag::messageKey)
                .contains("site.flag.html", "site.flag.unsafeLink", "site.flag.image", "site.flag.vagueLink");
        assertThat(PageText.render("   ").blocks()).isEmpty();
        assertThat(PageText.render(null).blocks()).isEmpty();
    }
}
