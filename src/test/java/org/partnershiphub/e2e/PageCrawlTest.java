package org.partnershiphub.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershiphub.shared.Role;

/**
 * A crawl of every page a person in each role can reach by following links from their dashboard, as an accessibility
 * audit would do it: each page reflows at 320 CSS pixels (WCAG 2.2 1.4.10; wide tables scroll inside their own
 * wrapper, the page never does) and has a title of its own (2.4.2), so two different pages (two different actions,
 * two different courses) never share one. Up to two records of each kind of page are visited.
 */
class PageCrawlTest extends BrowserTest {

    private static final int NARROW = 320;
    private static final int MAX_PAGES = 220;
    private static final int SAMPLES_PER_KIND = 2;
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*(\\.(csv|xlsx|pdf|ics|docx|png|zip)$|/download|/papers/\\d+$|/files/|/evidence/\\d+|/calendar/|/sign-out|/oauth2/).*");
    private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"BUSINESS_UNIT", "PRACTITIONER", "AGENCY_LEAD", "ADMINISTRATOR", "LEAD_PARTNER"})
    void everyPageAPersonCanReachReflowsAndHasItsOwnTitle(Role role) {
        page.setViewportSize(NARROW, 640);
        signIn(role);

        Deque<String> toVisit = new ArrayDeque<>(List.of("/dashboard"));
        Set<String> seen = new LinkedHashSet<>(toVisit);
        Map<String, Integer> visitsPerKind = new HashMap<>();
        Map<String, String> pathByTitle = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int visited = 0;
        while (!toVisit.isEmpty() && visited < MAX_PAGES) {
            String path = toVisit.removeFirst();
            String kind = ID.matcher(path).replaceAll("/{id}");
            if (visitsPerKind.merge(kind, 1, Integer::sum) > SAMPLES_PER_KIND) {
                continue;
            }
            Response response;
            try {
                response = page.navigate(path);
            } catch (PlaywrightException download) {
                continue;
            }
            if (response == null || response.status() != 200
                    || !String.valueOf(response.headerValue("content-type")).startsWith("text/html")) {
                if (response != null && response.status() >= 500) {
                    problems.add(path + " answered " + response.status());
                }
                continue;
            }
            String landedOn = URI.create(page.url()).getRawPath();
            if (!landedOn.equals(path) && !seen.add(landedOn)) {
                continue; // a redirect to a page already visited (e.g. /plan/dashboard to the current plan's)
            }
            path = landedOn;
            visited++;
            checkReflow(path, problems);
            String title = page.title();
            String earlier = pathByTitle.putIfAbsent(title, path);
            if (title.isBlank()) {
                problems.add(path + " has no title");
            } else if (earlier != null && !earlier.equals(path)) {
                problems.add(path + " has the same title as " + earlier + ": \"" + title + "\"");
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
            for (String href : links) {
                URI uri = URI.create(href);
                if (!baseUrl().equals(uri.getScheme() + "://" + uri.getAuthority()) || uri.getRawPath() == null) {
                    continue;
                }
                String next = uri.getRawPath();
                if (!NOT_A_PAGE.matcher(next).matches() && seen.add(next)) {
                    toVisit.addLast(next);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("As " + role + ", " + problems.size() + " of the " + visited + " pages visited fall short:\n  "
                    + String.join("\n  ", problems));
        }
        if (visited < 5) {
            fail("As " + role + " the crawl reached only " + visited + " pages: " + seen);
        }
    }

    private void checkReflow(String path, List<String> problems) {
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (scrollWidth <= NARROW) {
            return;
        }
        Object culprits = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                    .filter(el => !el.closest('.hub-table-wrap') || el.classList.contains('hub-table-wrap'))
                    .slice(0, 6)
                    .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                        + ' right=' + Math.round(el.getBoundingClientRect().right))
                """);
        screenshot(page, "crawl-320" + path.replace('/', '-'));
        problems.add(path + " scrolls sideways at " + NARROW + " px (scrollWidth " + scrollWidth + "): " + culprits);
    }
}
