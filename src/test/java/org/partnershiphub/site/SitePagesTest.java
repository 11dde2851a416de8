package org.partnershiphub.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.partnershiphub.training.internal.Course;
import org.partnershiphub.training.internal.TrainingCatalogue;
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

/**
 * A public site page over HTTP, as the business unit and the public use it: a blank form names every problem at once
 * and keeps what was typed; a draft is not public; publication shows it escaped, with its headings, list and links
 * and without a script or a javascript: link; a later save is a new revision the public does not see until it is
 * published; an older revision restored; the web address fixed once published; attachments checked, public only once
 * published with the page and removed at once; withdrawal takes it off; the history and audit trail hold each step;
 * nobody but the business unit writes pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SitePagesTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrainingCatalogue catalogue;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, UserDetails who) throws Exception {
        return who == null ? mvc.perform(request).andReturn() : mvc.perform(request.with(user(who))).andReturn();
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request, UserDetails who) throws Exception {
        return perform(request, who).getResponse().getContentAsString();
    }

    @Test
    void draftPublishRedraftAttachAndWithdraw() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String title = "Winter safety news " + run;
        UserDetails bu = as(Role.BUSINESS_UNIT);
        long audited = jdbc.queryForObject("select count(*) from audit_entry where record_type = 'SitePage' and outcome = 'SUCCESS'", Long.class);

        // every problem at once, and nothing typed is lost
        String blank = page(post("/site-pages").with(csrf()).param("body", "Kept body " + run).param("slug", "Not A Slug"), bu);
        assertThat(blank).contains("There is a problem").contains("Select where the page goes on the public site").contains("Enter a title")
                .contains("The end of the web address must be lower-case letters").contains("Kept body " + run);

        String body = """
                ## What is happening

                Briefings <script>alert(1)</script> every day, see https://www.example.org/winter.

                - Wrap up [the baby](javascript:alert(2))
                - Read the [safer sleep guide](https://www.example.org/sleep)

                > Key message: **never** sleep on a sofa with a baby.
                """;
        String created = perform(post("/site-pages").with(csrf()).param("section", "NEWS").param("title", title)
                .param("summary", "What to do this winter").param("body", body).param("note", "First draft"), bu).getResponse().getRedirectedUrl();
        assertThat(created).startsWith("/site-pages/");
        long id = Long.parseLong(created.substring("/site-pages/".length()));
        String slug = jdbc.queryForObject("select slug from site_page where id = ?", String.class, id);
        assertThat(slug).isEqualTo("winter-safety-news-" + run);
        String publicPath = "/news/" + slug;

        // the same address again is refused with where it is taken
        assertThat(page(post("/site-pages").with(csrf()).param("section", "NEWS").param("title", title), bu))
                .contains("Another page already has the web address " + publicPath);

        // a draft is not public; the business unit's page flags the unsafe link and previews the draft
        assertThat(perform(get(publicPath), null).getResponse().getStatus()).isEqualTo(404);
        String overview = page(get(created), bu);
        assertThat(overview).contains("Draft").contains("is shown as words only, because it is not a web or email address: javascript:alert(2)")
                .contains("HTML is shown as the text it is").contains("Drafted as revision 1").contains("First draft");

        // published: escaped, formatted, with Exit this page; listed on the section and the home page
        assertThat(perform(post(created + "/publish").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("site.publishedNotice");
        String published = page(get(publicPath), null);
        assertThat(published).contains("Exit this page").contains(title).contains("<h2 class=\"govuk-heading-l\">What is happening</h2>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("href=\"https://www.example.org/winter\"").contains("href=\"https://www.example.org/sleep\"")
                .doesNotContain("javascript:").contains("govuk-inset-text").contains("<strong>never</strong>");
        assertThat(page(get("/news"), null)).contains(title).contains("What to do this winter");
        assertThat(page(get("/"), null)).contains(title);
        assertThat(perform(post(created + "/publish").with(csrf()), bu).getFlashMap().get("problem")).isEqualTo("site.error.alreadyPublished");

        // a later save is revision 2: the public still reads revision 1 until it is published
        String unchanged = page(post(created + "/edit").with(csrf()).param("section", "NEWS").param("title", title).param("slug", slug)
                .param("summary", "What to do this winter").param("body", body).param("version", version(id)), bu);
        assertThat(unchanged).contains("You have not changed anything since the last revision");
        assertThat(perform(post(created + "/edit").with(csrf()).param("section", "NEWS").param("title", title + " updated").param("slug", slug)
                .param("body", "Only the new words " + run).param("note", "Rewritten").param("version", version(id)), bu).getFlashMap().get("notice"))
                .isEqualTo("site.saved");
        assertThat(page(get(publicPath), null)).contains("What is happening").doesNotContain("Only the new words " + run);
        assertThat(page(get(created), bu)).contains("Published, with changes not yet published").contains("Publish revision 2");
        String stale = page(post(created + "/edit").with(csrf()).param("section", "NEWS").param("title", title).param("body", "Stale " + run)
                .param("version", "0"), bu);
        assertThat(stale).contains("Someone else changed this").contains("Stale " + run);
        // the address is fixed once published
        assertThat(page(post(created + "/edit").with(csrf()).param("section", "NEWS").param("title", title).param("slug", "moved-" + run)
                .param("body", "Moving").param("version", version(id)), bu)).contains("The web address cannot change once the page has been published");
        perform(post(created + "/publish").with(csrf()), bu);
        assertThat(page(get(publicPath), null)).contains("Only the new words " + run).doesNotContain("What is happening");

        // revision 1 restored as revision 3
        assertThat(perform(post(created + "/revisions/1/restore").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("site.restoredNotice");
        assertThat(jdbc.queryForObject("select latest_revision from site_page where id = ?", Integer.class, id)).isEqualTo(3);
        assertThat(page(get(created + "/revisions/1"), bu)).contains("What is happening");

        // attachments: a renamed file is refused; a real one is public only once published with the page
        String renamed = page(multipart(created + "/attachments").file(new MockMultipartFile("file", "report.pdf", "application/pdf",
                "<html><script>alert(3)</script></html>".getBytes(StandardCharsets.UTF_8))).with(csrf()).param("attachmentTitle", "Kept title " + run), bu);
        assertThat(renamed).contains("There is a problem").contains("Kept title " + run);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(perform(multipart(created + "/attachments").file(new MockMultipartFile("file", "winter-leaflet.pdf", "application/pdf", pdf))
                .with(csrf()).param("attachmentTitle", "Winter leaflet " + run), bu).getFlashMap().get("notice")).isEqualTo("site.attachedNotice");
        long attachment = jdbc.queryForObject("select id from site_attachment where page_id = ?", Long.class, id);
        assertThat(perform(get("/site-files/" + attachment), null).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(get(created + "/attachments/" + attachment), bu).getResponse().getContentAsByteArray()).isEqualTo(pdf);
        perform(post(created + "/publish").with(csrf()), bu);
        MvcResult download = perform(get("/site-files/" + attachment), null);
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(page(get(publicPath), null)).contains("Winter leaflet " + run).contains("PDF, 1KB").contains("What is happening");
        perform(post(created + "/attachments/" + attachment + "/remove").with(csrf()), bu);
        assertThat(perform(get("/site-files/" + attachment), null).getResponse().getStatus()).isEqualTo(404);

        // withdrawal needs a reason and takes the page off; nobody else writes pages
        assertThat(page(post(created + "/withdraw").with(csrf()).param("reason", " "), bu)).contains("Enter why the page is being taken off");
        assertThat(perform(post(created + "/withdraw").with(csrf()).param("reason", "Out of date"), bu).getFlashMap().get("notice"))
                .isEqualTo("site.withdrawnNotice");
        assertThat(perform(get(publicPath), null).getResponse().getStatus()).isEqualTo(404);
        assertThat(page(get("/news"), null)).doesNotContain(title);
        assertThat(page(get(created), bu)).contains("Withdrawn").contains("Taken off the public site: Out of date").contains("File removed")
                .contains("Revision 3 published").contains("Rewritten");
        assertThat(perform(post("/site-pages").with(csrf()).param("section", "NEWS").param("title", "x"), as(Role.EXECUTIVE_MEMBER))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get(created), as(Role.PRACTITIONER)).getResponse().getStatus()).isEqualTo(403);
        // created, a save, 3 publications, a restore, an attachment added and removed, a withdrawal
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'SitePage' and outcome = 'SUCCESS'", Long.class))
                .isEqualTo(audited + 9);
    }

    @Test
    void aNewsletterTakesInTheLearningBriefsAndTheTrainingComingUp() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        UserDetails bu = as(Role.BUSINESS_UNIT);
        String brief = perform(post("/site-pages").with(csrf()).param("section", "LEARNING_BRIEFS").param("title", "Bruising in babies " + run)
                .param("summary", "Any bruise on a baby who is not yet mobile needs a referral.").param("body", "Seven minutes."), bu)
                .getResponse().getRedirectedUrl();
        perform(post(brief + "/publish").with(csrf()), bu);
        var course = catalogue.addCourse(new TrainingCatalogue.CourseDetails("Working with fathers " + run, "Why fathers matter", "Families",
                "Practitioners", "Level 2", null, 120, Course.Format.IN_PERSON, "Northshire Safeguarding Children Partnership", null, false));
        java.time.Instant starts = java.time.Instant.now().plus(java.time.Duration.ofDays(10));
        catalogue.addSession(course.getId(), starts, starts.plus(java.time.Duration.ofHours(2)), "County Hall " + run, null, 20, "A trainer", java.time.LocalDate.now().plusDays(8));

        String issueUrl = perform(post("/newsletter/issues").with(csrf()).param("title", "Learning issue " + run).param("audience", "EVERYONE"), bu)
                .getResponse().getRedirectedUrl();
        long issue = Long.parseLong(issueUrl.substring("/newsletter/issues/".length()));
        assertThat(perform(post(issueUrl + "/sections/learning").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("newsletter.learningAdded");
        assertThat(perform(post(issueUrl + "/sections/training").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("newsletter.trainingAdded");
        String sections = String.join("\n", jdbc.queryForList("select body from newsletter_section where issue_id = ? order by position", String.class, issue));
        assertThat(sections).contains("Bruising in babies " + run + ". Any bruise on a baby who is not yet mobile needs a referral.")
                .contains("/learning-briefs/bruising-in-babies-" + run)
                .contains("Working with fathers " + run + ", County Hall " + run + ". 20 places left. Book at ")
                .contains("/training/courses/" + course.getId());
    }

    private String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from site_page where id = ?", Long.class, id));
    }
}
