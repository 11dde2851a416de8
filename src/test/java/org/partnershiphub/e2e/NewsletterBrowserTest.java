package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * The newsletter in the browser, every page and error state scanned with axe-core: a member of the public subscribes
 * (refused blank, then with a malformed address, then told to check their email; the test context has no mail server,
 * so the confirmation link is not followed); the business unit starts an issue (refused without a title), adds a
 * section (refused with a file that is not an image, the heading kept), then one with a real PNG, its alternative text
 * and a web address, previews and publishes it, and is told that sending needs a mail server; the public reads the
 * issue among past issues, with its image, its link and "Exit this page".
 */
class NewsletterBrowserTest extends BrowserTest {

    private final String run = Long.toString(System.nanoTime(), 36);
    private final String email = "browser-" + run + "@northshire.example";
    private final String title = "Browser briefing " + run;
    private final String heading = "Neglect guidance " + run;
    private final String address = "https://northshire.example/neglect-" + run;
    private final String body = "The new neglect practice guidance is out.\n\nRead it at " + address + " before the next audit.";
    private final String alt = "The neglect poster " + run;

    @Test
    void thePublicSubscribesTheBusinessUnitWritesAndPublishesAnIssueAndThePublicReadsIt() throws IOException {
        subscribe();

        signIn(Role.BUSINESS_UNIT);
        String issuePath = writeAndPublish();
        signOut();

        readThePublicIssue(issuePath);
    }

    private void subscribe() {
        open("/newsletter/subscribe");
        assertHeading(text("newsletter.subscribeTitle"));
        assertThat(exitThisPage()).isVisible();
        assertThat(page.locator("#audiences")).isChecked();
        assertNoAxeViolations(page, "newsletter-01-subscribe");

        submit(text("newsletter.subscribe"));
        waitForPath("/newsletter/subscribe");
        assertThat(page).hasTitle(text("page.titleWithError", text("newsletter.subscribeTitle")));
        assertSummaryLinksToFields(List.of(new FieldError("email", text("newsletter.error.email"))));
        assertNoAxeViolations(page, "newsletter-02-subscribe-blank");

        page.locator("#email").fill("not an address");
        submit(text("newsletter.subscribe"));
        waitForPath("/newsletter/subscribe");
        assertSummaryLinksToFields(List.of(new FieldError("email", text("newsletter.error.emailFormat"))));
        assertThat(page.locator("#email")).hasValue("not an address");
        assertNoAxeViolations(page, "newsletter-03-subscribe-malformed");

        page.locator("#email").fill(email);
        page.locator("main").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                .setName(text("newsletter.audience.SCHOOLS")).setExact(true)).check();
        submit(text("newsletter.subscribe"));
        waitForPath("/newsletter/subscribe/sent");
        assertHeading(text("newsletter.subscribe-sent.title"));
        assertThat(page).hasTitle(text("page.title", text("newsletter.subscribe-sent.title")));
        assertThat(page.locator("main")).containsText(text("newsletter.subscribe-sent.body"));
        assertNoAxeViolations(page, "newsletter-04-check-your-email");
    }

    private String writeAndPublish() throws IOException {
        open("/newsletter");
        assertHeading(text("newsletter.title"));
        assertNoAxeViolations(page, "newsletter-05-list");

        // the address subscribed signed out waits for its owner to confirm, on the lists chosen
        follow(link(text("newsletter.subscribersLink")));
        waitForPath("/newsletter/subscribers");
        assertHeading(text("newsletter.subscribersTitle"));
        assertThat(page.locator("main th").nth(1)).hasText(text("newsletter.subscriberLists"));
        Locator subscriber = page.locator("main tbody tr").filter(new Locator.FilterOptions().setHasText(email));
        assertThat(subscriber).hasCount(1);
        assertThat(subscriber.locator("td").nth(1)).hasText(text("newsletter.audience.PRACTITIONERS") + ", " + text("newsletter.audience.SCHOOLS"));
        assertThat(subscriber.locator(".govuk-tag")).hasText(text("newsletter.subscriberStatus.PENDING"));
        assertNoAxeViolations(page, "newsletter-05-subscribers");
        follow(page.locator("main .govuk-back-link"));
        waitForPath("/newsletter");

        follow(link(text("newsletter.new")));
        waitForPath("/newsletter/issues/new");
        assertHeading(text("newsletter.new"));
        assertNoAxeViolations(page, "newsletter-06-new-issue");

        page.locator("#summary").fill("What changed this month " + run);
        submit(text("common.save"));
        waitForPath("/newsletter/issues");
        assertThat(page).hasTitle(text("page.titleWithError", text("newsletter.new")));
        assertSummaryLinksToFields(List.of(new FieldError("title", text("newsletter.error.title"))));
        assertThat(page.locator("#summary")).hasValue("What changed this month " + run);
        assertNoAxeViolations(page, "newsletter-07-new-issue-refused");

        page.locator("#title").fill(title);
        submit(text("common.save"));
        waitForPath("/newsletter/issues/\\d+");
        String issuePath = URI.create(page.url()).getPath();
        assertHeading(title);
        assertThat(page).hasTitle(text("page.title", text("newsletter.previewTitle", title)));
        assertThat(page.locator("main")).containsText(text("newsletter.noSections"));
        assertNoAxeViolations(page, "newsletter-08-issue-draft");

        // a file named like an image that is not one: refused on the image field, the heading kept
        follow(link(text("newsletter.addSection")));
        waitForPath(issuePath + "/sections/new");
        assertHeading(text("newsletter.addSection"));
        assertNoAxeViolations(page, "newsletter-09-add-section");
        Path files = Files.createTempDirectory("newsletter-browser");
        Path notAnImage = Files.writeString(files.resolve("poster.png"), "<svg onload=alert(1)>not a picture</svg>", StandardCharsets.UTF_8);
        page.locator("#heading").fill(heading);
        page.locator("#imageName").setInputFiles(notAnImage);
        submit(text("common.save"));
        waitForPath(issuePath + "/sections");
        assertThat(page).hasTitle(text("page.titleWithError", text("newsletter.addSection") + " - " + title));
        assertSummaryLinksToFields(List.of(new FieldError("imageName", text("upload.refused.CONTENT_DOES_NOT_MATCH", "PNG"))));
        assertThat(page.locator("#heading")).hasValue(heading);
        assertNoAxeViolations(page, "newsletter-10-add-section-not-an-image");

        // a real PNG with its alternative text, and text with a web address
        page.locator("#body").fill(body);
        page.locator("#imageName").setInputFiles(png(files.resolve("poster.png")));
        page.locator("#imageAlt").fill(alt);
        submit(text("common.save"));
        waitForPath(issuePath);
        assertSuccess(text("newsletter.sectionAdded"));
        assertThat(page.locator("main ol.govuk-list")).containsText(heading);
        Locator preview = page.locator("main .hub-newsletter-preview");
        assertThat(preview.locator("h2")).hasText(heading);
        assertShowsTheImage(preview);
        assertThat(preview.locator("a[href='" + address + "']")).hasText(address);
        assertNoAxeViolations(page, "newsletter-11-section-added");

        submit(text("newsletter.publish"));
        waitForPath(issuePath);
        assertSuccess(text("newsletter.publishedNotice"));
        assertThat(page.locator("main .govuk-summary-list .govuk-tag")).hasText(text("newsletter.issueStatus.PUBLISHED"));
        assertThat(link(text("newsletter.addSection"))).hasCount(0);
        assertNoAxeViolations(page, "newsletter-12-published");

        // the test context has no mail server: sending is refused and says why
        submit(text("newsletter.send", text("newsletter.audience.PRACTITIONERS")));
        waitForPath(issuePath);
        assertThat(page).hasTitle(text("page.titleWithError", text("newsletter.previewTitle", title)));
        assertThat(page.locator(".govuk-error-summary")).containsText(text("newsletter.error.noMailServer"));
        assertThat(page.locator("main .govuk-summary-list")).containsText(text("newsletter.sendStatus.NOT_SENT"));
        assertNoAxeViolations(page, "newsletter-13-send-refused");
        return issuePath;
    }

    private void readThePublicIssue(String issuePath) {
        long id = Long.parseLong(issuePath.substring("/newsletter/issues/".length()));
        open("/newsletters");
        assertHeading(text("newsletter.archiveTitle"));
        assertThat(exitThisPage()).isVisible();
        Locator issueLink = link(title);
        assertThat(issueLink).hasCount(1);
        assertThat(issueLink).hasAttribute("href", "/newsletters/" + id);
        assertNoAxeViolations(page, "newsletter-14-archive");

        follow(issueLink);
        waitForPath("/newsletters/" + id);
        assertHeading(title);
        assertThat(exitThisPage()).isVisible();
        Locator main = page.locator("main");
        assertThat(main.locator("h2").filter(new Locator.FilterOptions().setHasText(heading))).hasCount(1);
        assertThat(main).containsText("The new neglect practice guidance is out.");
        assertShowsTheImage(main);
        assertThat(main.locator("a[href='" + address + "']")).hasText(address);
        assertNoAxeViolations(page, "newsletter-15-public-issue");
    }

    /** The section's image is there with its alternative text and has really loaded. */
    private void assertShowsTheImage(Locator within) {
        Locator image = within.locator("img.hub-newsletter-image");
        assertThat(image).hasCount(1);
        assertThat(image).hasAttribute("alt", alt);
        assertThat(within.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName(alt).setExact(true))).isVisible();
        assertTrue((Boolean) image.evaluate("img => img.complete && img.naturalWidth === 120"), "the image has loaded");
    }

    /** A real 120 by 80 PNG, written over the file given. */
    private static Path png(Path file) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d, 0x70, 0xb8));
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.WHITE);
        g.fillRect(20, 20, 80, 40);
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
