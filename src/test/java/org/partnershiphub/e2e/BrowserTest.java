package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ViewportSize;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.identity.DemoAccounts.DemoAccount;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The browser harness: the whole application on a random port (profile {@code test} from the surefire configuration:
 * in-memory H2 and demo people with a fixed password), one headless Debian Chromium per test class and a fresh
 * browser context (no cookies, no session) for every test.
 *
 * <p>Playwright never downloads a browser here: it drives the system Chromium at {@value #DEFAULT_CHROMIUM}
 * (or the one named by the {@code CHROMIUM_PATH} environment variable). If that is missing the tests fail and say so.
 *
 * <p>Every page scanned with {@link #assertNoAxeViolations(Page, String)} is also saved as a full-page screenshot
 * under {@code target/screenshots/}. A test also fails if a page throws an uncaught script error or the Content
 * Security Policy blocks something, since GOV.UK Frontend's components would then not work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    /** The WCAG 2.2 AA conformance target of the partnership's accessibility statement, as axe-core tags. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final Locale LOCALE = Locale.UK;

    @LocalServerPort
    protected int port;

    @Autowired
    protected DemoAccounts demoAccounts;

    @Autowired
    protected MessageSource messages;

    private Playwright playwright;
    private Browser browser;

    protected BrowserContext context;
    protected Page page;

    private String testName = "test";

    /** Uncaught script errors and Content Security Policy refusals seen during the test: any fails it. */
    private final List<String> scriptProblems = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** When a test fails, a screenshot of where the browser was: target/screenshots/FAILED-<test>.png. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            try {
                Path file = screenshot(page, "FAILED-" + getClass().getSimpleName() + "-" + testName);
                System.err.println("Browser test failed at " + page.url() + "; screenshot: " + file.toAbsolutePath());
            } catch (RuntimeException e) {
                System.err.println("No failure screenshot: " + e.getMessage());
            }
        }
    };

    @BeforeAll
    void launchBrowser() {
        Path chromium = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", DEFAULT_CHROMIUM));
        if (!Files.isExecutable(chromium)) {
            fail("The browser tests need Chromium at " + chromium + " and it is not there (or not executable). "
                    + "Install it (Debian/Ubuntu: apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary. "
                    + "Playwright is not allowed to download its own browser.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext(TestInfo info) {
        String method = info.getTestMethod().map(m -> m.getName()).orElse("test");
        testName = info.getDisplayName().startsWith(method) ? method : method + "-" + info.getDisplayName();
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setViewportSize(new ViewportSize(1280, 900)));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        scriptProblems.clear();
        page.onPageError(error -> scriptProblems.add("uncaught script error on " + page.url() + ": " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                scriptProblems.add("blocked by the Content Security Policy on " + page.url() + ": " + message.text());
            }
        });
    }

    @AfterEach
    void closeContext() {
        try {
            if (!scriptProblems.isEmpty()) {
                fail("The pages' scripts did not run cleanly:\n  " + String.join("\n  ", scriptProblems));
            }
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    /** Where the application under test listens (it binds to 127.0.0.1 in the test profile). */
    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A page of the hub by path, failing at once on a server error. */
    protected Response open(String path) {
        Response response = page.navigate(path);
        if (response != null && response.status() >= 500) {
            fail("GET " + path + " answered " + response.status() + " " + response.statusText());
        }
        return response;
    }

    /** The text of a message in messages.properties, so the tests follow the copy rather than repeat it. */
    protected String text(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Signing in and out

    /** Signs in as the demo person holding {@code role} and waits for the dashboard. */
    protected DemoAccount signIn(Role role) {
        DemoAccount account = demoAccounts.forRole(role);
        signIn(account.email(), account.password());
        waitForPath("/dashboard");
        return account;
    }

    /** Fills in and submits the sign-in form; does not check where it leads. */
    protected void signIn(String email, String password) {
        open("/sign-in");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        submitWith(page.locator("main form button[type=submit]"));
    }

    /** Presses "Sign out" in the service navigation (opening the narrow-screen menu first if needed). */
    protected void signOut() {
        Locator toggle = page.locator(".govuk-service-navigation__toggle");
        if (toggle.isVisible() && !"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        submitWith(page.locator(".govuk-service-navigation")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("nav.signOut")).setExact(true)));
        waitForPath("/signed-out");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Forms and navigation

    /**
     * Presses a button that submits a form and waits for the page it leads to (after any redirects), failing at once
     * if the server answers with an error of its own (5xx).
     */
    protected Response submitWith(Locator button) {
        Response response = page.waitForResponse(
                r -> r.request().isNavigationRequest() && (r.status() < 300 || r.status() >= 400),
                button::click);
        if (response.status() >= 500) {
            fail(response.request().method() + " " + response.url() + " answered " + response.status()
                    + " " + response.statusText());
        }
        page.waitForLoadState();
        return response;
    }

    /**
     * Waits until the browser is at this path (a regular expression matched against the path and query), and if it
     * never gets there says where it is instead and what the page shows.
     */
    protected void waitForPath(String pathRegex) {
        Pattern wanted = Pattern.compile(Pattern.quote(baseUrl()) + pathRegex + "$");
        try {
            page.waitForURL(wanted);
        } catch (TimeoutError notThere) {
            Locator summary = page.locator(".govuk-error-summary");
            fail("Expected to reach " + pathRegex + " but the browser is at " + page.url() + ", showing \""
                    + (page.locator("h1").count() > 0 ? page.locator("h1").first().innerText() : "(no h1)") + "\""
                    + (summary.count() > 0 ? " with the errors: " + summary.innerText().replace('\n', ' ') : ""));
        }
    }

    /** The GOV.UK "Exit this page" button, shown on public pages only. */
    protected Locator exitThisPage() {
        return page.locator(".govuk-exit-this-page");
    }

    /** A link in the page's main content, by its exact accessible name. */
    protected Locator link(String name) {
        return page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A radio found by its label, checked to carry the name and value the server expects. */
    protected Locator radio(String label, String name, String value) {
        Locator radio = page.locator("main").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label).setExact(true));
        assertThat(radio).hasAttribute("name", name);
        assertThat(radio).hasAttribute("value", value);
        return radio;
    }

    /** Fills the three boxes of a GOV.UK date input named {@code field} (ids field, field-month, field-year). */
    protected void fillDate(String field, LocalDate day) {
        page.locator("#" + field).fill(String.valueOf(day.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(day.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(day.getYear()));
    }

    /** The green notification banner shows this message. */
    protected void assertSuccess(String message) {
        Locator banner = page.locator(".govuk-notification-banner--success");
        assertThat(banner).isVisible();
        assertThat(banner).containsText(message);
    }

    /** Follows a link and waits for the page it leads to. */
    protected void follow(Locator link) {
        submitWith(link);
    }

    /** Presses the button with this exact label in a form of the main content. */
    protected void submit(String label) {
        submitWith(page.locator("main form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(label).setExact(true)));
    }

    /** A line the error summary should hold: the id of the form control it links to and the message. */
    protected record FieldError(String fieldId, String message) {
    }

    /**
     * The error summary (focused, with its title) lists exactly these problems in page order; each link leads to a form
     * control (the first radio or checkbox of a group, the day of a date) that is focused when the link is followed and
     * has the same message announced with it (aria-describedby on the control or its fieldset).
     */
    protected void assertSummaryLinksToFields(List<FieldError> expected) {
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        assertThat(summary.locator("h2")).hasText(text("error.summaryTitle"));
        Locator links = summary.locator(".govuk-error-summary__list a");
        assertThat(links).hasCount(expected.size());
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            hrefs.add(links.nth(i).getAttribute("href"));
        }
        assertEquals(expected.stream().map(e -> "#" + e.fieldId()).toList(), hrefs, "the fields the error summary links to, in page order");
        for (FieldError error : expected) {
            Locator link = summary.locator(".govuk-error-summary__list a[href='#" + error.fieldId() + "']");
            assertThat(link).hasText(error.message());
            Locator field = page.locator("#" + error.fieldId());
            assertThat(field).hasCount(1);
            assertEquals(Boolean.TRUE, field.evaluate("el => el.matches('input, select, textarea')"),
                    "the summary link for " + error.fieldId() + " should lead to a form control");
            assertThat(page.locator("#" + error.fieldId() + "-error")).containsText(error.message());
            String describedBy = (String) field.evaluate("el => (el.getAttribute('aria-describedby') || '') + ' '"
                    + " + (el.closest('fieldset')?.getAttribute('aria-describedby') || '')");
            assertTrue(List.of(describedBy.trim().split("\\s+")).contains(error.fieldId() + "-error"),
                    error.fieldId() + "'s error message is announced with it (aria-describedby: " + describedBy + ")");
            link.click();
            assertThat(field).isFocused();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Accessibility

    /** Scans the page with axe-core against WCAG 2.2 A and AA; the screenshot is named after the test and the path. */
    protected void assertNoAxeViolations(Page page) {
        String path = URI.create(page.url()).getPath();
        assertNoAxeViolations(page, testName + "-" + (path.equals("/") ? "home" : path));
    }

    /**
     * Saves a full-page screenshot to {@code target/screenshots/<name>.png}, then scans the page with axe-core for
     * the WCAG 2.0, 2.1 and 2.2 A and AA rules and fails listing every violation, its impact, help and the nodes.
     */
    protected void assertNoAxeViolations(Page page, String name) {
        screenshot(page, name);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        if (results.isErrored()) {
            fail("axe-core could not scan " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            StringBuilder report = new StringBuilder()
                    .append(violations.size()).append(" accessibility violation(s) on ").append(page.url())
                    .append(" (screenshot ").append(SCREENSHOTS.resolve(fileName(name))).append("):");
            for (Rule rule : violations) {
                report.append("\n  - ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                        .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
                for (CheckedNode node : rule.getNodes()) {
                    report.append("\n      at ").append(node.getTarget()).append(": ").append(node.getHtml());
                    if (node.getFailureSummary() != null) {
                        report.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
                    }
                }
            }
            fail(report.toString());
        }
    }

    /** A full-page screenshot under target/screenshots, for people to look at. */
    protected Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(fileName(name));
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return (safe.isEmpty() ? "page" : safe) + ".png";
    }

    /** Asserts the page is the one expected: its h1 has the given text. */
    protected void assertHeading(String heading) {
        assertThat(page.locator("h1")).hasText(heading);
    }
}
