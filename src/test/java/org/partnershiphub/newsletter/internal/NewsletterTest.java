package org.partnershiphub.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The newsletter end to end through a real SMTP server (GreenMail): a person subscribes (a blank, a malformed address
 * and no list chosen are refused with what they typed kept), confirms from the link in their email; the business unit
 * writes an issue (a file that is not an image is refused; what it typed is escaped, its web addresses become links),
 * publishes and sends it; only confirmed subscribers of the issue's audience get it, as HTML and text with a one-click
 * unsubscribe, which works straight from a mail program without a form token. A restart mid-send resumes without
 * sending anyone the issue twice. The sender runs only when the test calls it.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3953", "hub.newsletter.send-every=1h"})
@AutoConfigureMockMvc
class NewsletterTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3953, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired NewsletterSender sender;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, UserDetails who) throws Exception {
        return who == null ? mvc.perform(request).andReturn() : mvc.perform(request.with(user(who))).andReturn();
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request, UserDetails who) throws Exception {
        return perform(request, who).getResponse().getContentAsString();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Subscribes and confirms through the emailed link, as a person would; returns the confirmation email's link token. */
    private String subscribeAndConfirm(String email, String... lists) throws Exception {
        int before = smtp.getReceivedMessages().length;
        MockHttpServletRequestBuilder request = post("/newsletter/subscribe").with(csrf()).param("email", email);
        for (String list : lists) {
            request.param("audiences", list);
        }
        assertThat(perform(request, null).getResponse().getRedirectedUrl()).isEqualTo("/newsletter/subscribe/sent");
        assertThat(smtp.waitForIncomingEmail(5_000, before + 1)).isTrue();
        // GreenMail lists messages by mailbox, not in the order they came: each test address is new, so its own mail is found by address
        MimeMessage confirmation = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(email)).findFirst().orElseThrow();
        Matcher link = Pattern.compile("/newsletter/confirm/([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(confirmation));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(page(get("/newsletter/confirm/" + token), null)).contains("Confirm my subscription").contains(email.toLowerCase());
        assertThat(page(post("/newsletter/confirm/" + token).with(csrf()), null)).contains("You are subscribed");
        return token;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long createPublishedIssue(UserDetails bu, String title, String audience) throws Exception {
        String created = perform(post("/newsletter/issues").with(csrf()).param("title", title).param("audience", audience), bu)
                .getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring("/newsletter/issues/".length()));
        perform(multipart("/newsletter/issues/" + id + "/sections").with(csrf()).param("heading", "Dates for the diary")
                .param("body", "Safeguarding week starts on 12 May."), bu);
        perform(post("/newsletter/issues/" + id + "/publish").with(csrf()), bu);
        return id;
    }

    @Test
    void subscribeConfirmWriteSendAndUnsubscribe() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String practitioner = "Nurse." + run + "@Northshire.example";
        UserDetails bu = as(Role.BUSINESS_UNIT);

        assertThat(page(get("/newsletter/subscribe/sent"), null)).contains("Check your email");
        // bad input is refused, with what was typed kept
        assertThat(page(post("/newsletter/subscribe").with(csrf()).param("audiences", "PRACTITIONERS"), null)).contains("Enter your email address");
        String malformed = page(post("/newsletter/subscribe").with(csrf()).param("email", "nurse.at.northshire").param("audiences", "PRACTITIONERS"), null);
        assertThat(malformed).contains("Enter an email address in the correct format").contains("value=\"nurse.at.northshire\"").contains("<title>Error: ");
        assertThat(page(post("/newsletter/subscribe").with(csrf()).param("email", practitioner), null))
                .contains("Select at least one newsletter").contains(practitioner);

        // double opt-in: nothing is sent to a subscriber until they confirm from the emailed link
        subscribeAndConfirm(practitioner, "PRACTITIONERS");
        assertThat(jdbc.queryForObject("select status from newsletter_subscriber where email = ?", String.class, practitioner.toLowerCase()))
                .isEqualTo("CONFIRMED");
        subscribeAndConfirm("head." + run + "@school.example", "SCHOOLS");
        int beforePending = smtp.getReceivedMessages().length;
        assertThat(perform(post("/newsletter/subscribe").with(csrf()).param("email", "pending." + run + "@northshire.example")
                .param("audiences", "PRACTITIONERS"), null).getResponse().getRedirectedUrl()).isEqualTo("/newsletter/subscribe/sent");
        assertThat(smtp.waitForIncomingEmail(5_000, beforePending + 1)).isTrue();

        // the business unit writes an issue: a blank title, then a file that is not an image, are refused
        assertThat(page(post("/newsletter/issues").with(csrf()).param("audience", "PRACTITIONERS"), bu)).contains("Enter a title");
        String created = perform(post("/newsletter/issues").with(csrf()).param("title", "Practitioner briefing " + run)
                .param("summary", "What changed this month").param("audience", "PRACTITIONERS"), bu).getResponse().getRedirectedUrl();
        long issue = Long.parseLong(created.substring("/newsletter/issues/".length()));
        String notImage = page(multipart("/newsletter/issues/" + issue + "/sections")
                .file(new MockMultipartFile("image", "poster.png", "image/png", "<svg onload=alert(1)>".getBytes()))
                .with(csrf()).param("heading", "Neglect guidance " + run).param("imageAlt", "The poster"), bu);
        assertThat(notImage).contains("There is a problem").contains("Neglect guidance " + run);
        assertThat(jdbc.queryForObject("select count(*) from newsletter_section where issue_id = ?", Long.class, issue)).isZero();
        assertThat(perform(multipart("/newsletter/issues/" + issue + "/sections").file(new MockMultipartFile("image", "poster.png", "image/png", png()))
                .with(csrf()).param("heading", "Neglect guidance " + run).param("body", "Read it at https://northshire.example/neglect. <script>alert(1)</script>")
                .param("imageAlt", "The neglect poster"), bu).getResponse().getRedirectedUrl()).isEqualTo("/newsletter/issues/" + issue);
        // an image without alternative text is refused
        assertThat(page(multipart("/newsletter/issues/" + issue + "/sections").file(new MockMultipartFile("image", "p.png", "image/png", png()))
                .with(csrf()).param("heading", "No alt"), bu)).contains("Enter alternative text for the image");

        // sending before publication is refused; the preview escapes what was typed and links the address
        assertThat(perform(post("/newsletter/issues/" + issue + "/send").with(csrf()), bu).getFlashMap().get("problem"))
                .isEqualTo("newsletter.error.sendUnpublished");
        String preview = page(get("/newsletter/issues/" + issue), bu);
        assertThat(preview).contains("<a class=\"govuk-link\" href=\"https://northshire.example/neglect\" rel=\"noopener\">https://northshire.example/neglect</a>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>").contains("alt=\"The neglect poster\"");
        assertThat(perform(get("/newsletters/" + issue), null).getResponse().getStatus()).isEqualTo(404);

        // published: the public reads it and its image; it can no longer change
        assertThat(perform(post("/newsletter/issues/" + issue + "/publish").with(csrf()), bu).getFlashMap().get("notice"))
                .isEqualTo("newsletter.publishedNotice");
        assertThat(page(get("/newsletters"), null)).contains("Practitioner briefing " + run).contains("Exit this page");
        String published = page(get("/newsletters/" + issue), null);
        assertThat(published).contains("Neglect guidance " + run).contains("&lt;script&gt;");
        Long imageId = jdbc.queryForObject("select image_file_id from newsletter_section where issue_id = ?", Long.class, issue);
        MvcResult image = perform(get("/newsletters/images/" + imageId), null);
        assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(image.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page(multipart("/newsletter/issues/" + issue + "/sections").with(csrf()).param("heading", "Late"), bu))
                .contains("A published issue cannot be changed");

        // sending: queued for every confirmed practitioner subscriber, nobody else; then sent as HTML and text
        long expected = jdbc.queryForObject("select count(*) from newsletter_subscriber where status = 'CONFIRMED' "
                + "and (',' || audiences || ',') like '%,PRACTITIONERS,%'", Long.class);
        int mailBefore = smtp.getReceivedMessages().length;
        assertThat(perform(post("/newsletter/issues/" + issue + "/send").with(csrf()), bu).getResponse().getRedirectedUrl())
                .isEqualTo("/newsletter/issues/" + issue + "/sending");
        assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where issue_id = ?", Long.class, issue)).isEqualTo(expected);
        assertThat(perform(post("/newsletter/issues/" + issue + "/send").with(csrf()), bu).getFlashMap().get("problem"))
                .isEqualTo("newsletter.error.alreadySent");
        assertThat(page(get("/newsletter/issues/" + issue + "/sending"), bu)).contains("0 of " + expected + (expected == 1 ? " email" : " emails") + " done");
        while (sender.sendBatch(issue) > 0) {
            // batches of 50 until the queue is empty
        }
        assertThat(smtp.waitForIncomingEmail(10_000, (int) (mailBefore + expected))).isTrue();
        assertThat(jdbc.queryForObject("select send_status from newsletter_issue where id = ?", String.class, issue)).isEqualTo("SENT");
        assertThat(page(get("/newsletter/issues/" + issue + "/sending"), bu)).contains(expected + " of " + expected + (expected == 1 ? " email" : " emails") + " done")
                .contains("Every email has been sent");
        String title = "Practitioner briefing " + run;
        java.util.List<MimeMessage> issueMail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> title.equals(subject(m))).toList();
        assertThat(issueMail).hasSize((int) expected);
        MimeMessage mine = issueMail.stream().filter(m -> recipient(m).equals(practitioner.toLowerCase())).findFirst().orElseThrow();
        assertThat(issueMail.stream().map(NewsletterTest::recipient))
                .doesNotContain("head." + run + "@school.example", "pending." + run + "@northshire.example");
        String raw = GreenMailUtil.getWholeMessage(mine);
        assertThat(raw).contains("text/plain").contains("text/html").contains("&lt;script&gt;").contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        String unsubscribeHeader = mine.getHeader("List-Unsubscribe")[0];
        String token = unsubscribeHeader.substring(unsubscribeHeader.indexOf("/newsletter/unsubscribe/") + "/newsletter/unsubscribe/".length(),
                unsubscribeHeader.length() - 1);

        // one click from the mail program: a POST with no form token
        assertThat(page(get("/newsletter/unsubscribe/" + token), null)).contains("Press the button to stop");
        assertThat(page(post("/newsletter/unsubscribe/" + token), null)).contains("You have unsubscribed");
        assertThat(jdbc.queryForObject("select status from newsletter_subscriber where email = ?", String.class, practitioner.toLowerCase()))
                .isEqualTo("UNSUBSCRIBED");
        assertThat(perform(post("/newsletter/unsubscribe/not-a-token"), null).getResponse().getStatus()).isEqualTo(404);
        // a form of ours still needs its token
        assertThat(perform(post("/newsletter/subscribe").param("email", "x@y.example").param("audiences", "SCHOOLS"), null)
                .getResponse().getStatus()).isEqualTo(403);

        // the subscriber list is the business unit's, and reading it is audited
        long reads = jdbc.queryForObject("select count(*) from audit_entry where record_type = 'NewsletterSubscriber' and action = 'SEARCH'", Long.class);
        assertThat(page(get("/newsletter/subscribers"), bu)).contains("head." + run + "@school.example");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'NewsletterSubscriber' and action = 'SEARCH'", Long.class))
                .isEqualTo(reads + 1);
        assertThat(perform(get("/newsletter/subscribers"), as(Role.EXECUTIVE_MEMBER)).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aRestartMidSendResumesWithoutSendingAnyoneTheIssueTwice() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        UserDetails bu = as(Role.BUSINESS_UNIT);
        for (int i = 0; i < 3; i++) {
            subscribeAndConfirm("manager" + i + "." + run + "@northshire.example", "MANAGERS");
        }
        long issue = createPublishedIssue(bu, "Managers' briefing " + run, "MANAGERS");
        perform(post("/newsletter/issues/" + issue + "/send").with(csrf()), bu);
        long queued = jdbc.queryForObject("select count(*) from newsletter_delivery where issue_id = ?", Long.class, issue);
        assertThat(queued).isGreaterThanOrEqualTo(3);
        // the application stopped while one email was going: claimed, never marked sent
        long cut = jdbc.queryForObject("select min(d.id) from newsletter_delivery d where d.issue_id = ?", Long.class, issue);
        jdbc.update("update newsletter_delivery set status = 'SENDING' where id = ?", cut);
        sender.markInterrupted();
        int mailBefore = smtp.getReceivedMessages().length;
        while (sender.sendBatch(issue) > 0) {
            // the rest
        }
        assertThat(smtp.waitForIncomingEmail(10_000, (int) (mailBefore + queued - 1))).isTrue();
        Thread.sleep(300);
        String subject = "Managers' briefing " + run;
        long copies = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subject(m))).count();
        assertThat(copies).isEqualTo(queued - 1);
        assertThat(jdbc.queryForObject("select status from newsletter_delivery where id = ?", String.class, cut)).isEqualTo("INTERRUPTED");
        assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where issue_id = ? and status = 'SENT'", Long.class, issue))
                .isEqualTo(queued - 1);
        assertThat(jdbc.queryForObject("select send_status from newsletter_issue where id = ?", String.class, issue)).isEqualTo("SENT");
        // running the sender again sends nothing more
        assertThat(sender.sendBatch(issue)).isZero();
    }

    @Test
    void aRecipientTheServerRefusesIsABounceAndAServerDownIsTriedAgain() {
        jakarta.mail.internet.InternetAddress bad;
        try {
            bad = new jakarta.mail.internet.InternetAddress("gone@northshire.example");
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
        var refused = new jakarta.mail.SendFailedException("550 5.1.1 User unknown", null, new jakarta.mail.Address[0],
                new jakarta.mail.Address[0], new jakarta.mail.Address[] {bad});
        assertThat(NewsletterMail.classify(new org.springframework.mail.MailSendException(java.util.Map.of(new Object(), refused))).outcome())
                .isEqualTo(NewsletterMail.Outcome.BOUNCED);
        assertThat(NewsletterMail.classify(new org.springframework.mail.MailSendException("Mail server connection failed")).outcome())
                .isEqualTo(NewsletterMail.Outcome.RETRY);
    }
}
