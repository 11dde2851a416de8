package org.partnershiphub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * WCAG 2.2 success criterion 1.4.10 Reflow: at 320 CSS pixels wide (1280 px at 400% zoom) nothing needs scrolling
 * sideways. Wide tables may scroll inside their own wrapper; the page itself must not.
 */
class ReflowTest extends BrowserTest {

    private static final int NARROW = 320;

    @Test
    void theLandingPageReflowsAt320Pixels() {
        page.setViewportSize(NARROW, 640);
        assertEquals(200, open("/").status());

        assertNoHorizontalScrolling("reflow-320-landing");
    }

    @Test
    void theSignInPageReflowsAt320Pixels() {
        page.setViewportSize(NARROW, 640);
        assertEquals(200, open("/sign-in").status());

        assertNoHorizontalScrolling("reflow-320-sign-in");
    }

    @Test
    void signedInPagesReflowAt320Pixels() {
        page.setViewportSize(NARROW, 640);
        signIn(Role.ADMINISTRATOR);
        assertNoHorizontalScrolling("reflow-320-dashboard");

        assertEquals(200, open("/admin/users").status());
        assertNoHorizontalScrolling("reflow-320-admin-users");

        assertEquals(200, open("/account").status());
        assertNoHorizontalScrolling("reflow-320-account");

        signOut();
    }

    private void assertNoHorizontalScrolling(String name) {
        screenshot(page, name);
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        int viewport = ((Number) page.evaluate("() => window.innerWidth")).intValue();
        assertEquals(NARROW, viewport, "viewport width");
        if (scrollWidth > NARROW) {
            Object culprits = page.evaluate("""
                    () => [...document.querySelectorAll('body *')]
                        .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                        .filter(el => !el.closest('.hub-table-wrap') || el.classList.contains('hub-table-wrap'))
                        .slice(0, 10)
                        .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                            + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                            + ' right=' + Math.round(el.getBoundingClientRect().right))
                    """);
            fail(page.url() + " scrolls sideways at " + NARROW + " px: scrollWidth " + scrollWidth
                    + "; widest elements: " + culprits);
        }
    }
}
