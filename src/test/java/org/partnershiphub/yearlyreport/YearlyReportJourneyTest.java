package org.partnershiphub.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.YearlyFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The yearly report from start to sending, over HTTP: the business unit starts a report for a period (a blank start, a
 * backwards period and a second report for the same period are refused with what was typed kept); a partner cannot sign
 * while a section is unwritten; the scrutineer writes only the scrutiny section; the business unit writes the rest (what
 * it typed is shown escaped; a stale form is refused); the council's lead partner signs in the product, the business unit
 * records the police and health sign-offs given elsewhere (bad dates refused); at the third sign-off the figures are kept,
 * so a record added afterwards changes the live figures but not the report; a signed-off report is not changed; it is
 * published, with both copies due within the configured working days; the public reads it as a page and a PDF; sending is
 * recorded with bad dates refused; a published report cannot be reopened; every change and view is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class YearlyReportJourneyTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingDayCalendar calendar;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return who == null ? mvc.perform(request).andReturn() : mvc.perform(request.with(user(who))).andReturn();
    }

    private String page(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return perform(request, who).getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field, LocalDate date) {
        return request.param(field + ".day", String.valueOf(date.getDayOfMonth())).param(field + ".month", String.valueOf(date.getMonthValue()))
                .param(field + ".year", String.valueOf(date.getYear()));
    }

    private void addVoiceRecord(LocalDate heardOn, String said) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into voice_item (heard_from, source, heard_on, said, published, created_by, created_at, updated_at, version) "
                + "values ('PRACTITIONERS', 'SURVEY', ?, ?, false, 1, ?, ?, 0)", heardOn, said, now, now);
    }

    @Test
    void startWriteSignPublishAndSend() throws Exception {
        long run = System.nanoTime();
        // a past period of its own each run, so the test also passes against a database kept between runs
        LocalDate from = LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(run, 20_000L));
        LocalDate to = from.plusYears(1).minusDays(1);
        String title = "Journey report " + Long.toString(run, 36);
        LocalDate today = LocalDate.now(LONDON);
        UserDetails bu = as(Role.BUSINESS_UNIT);
        UserDetails lead = as(Role.LEAD_PARTNER);
        UserDetails scrutineer = as(Role.INDEPENDENT_SCRUTINEER);
        UserDetails practitioner = as(Role.PRACTITIONER);
        long auditBefore = jdbc.queryForObject("select count(*) from audit_entry where record_type = 'YearlyReport'", Long.class);

        // starting: a blank start and a backwards period are refused with the title kept
        assertThat(perform(get("/yearly-report/reports/new"), bu).getResponse().getStatus()).isEqualTo(200);
        assertThat(perform(get("/yearly-report/reports/new"), lead).getResponse().getStatus()).isEqualTo(403);
        String blank = page(date(post("/yearly-report/reports").with(csrf()).param("title", title), "to", to), bu);
        assertThat(blank).contains("There is a problem").contains("Enter the start of the period").contains(title);
        String backwards = page(date(date(post("/yearly-report/reports").with(csrf()).param("title", title), "from", from), "to", from.minusDays(1)), bu);
        assertThat(backwards).contains("The end of the period must be on or after its start").contains(title);
        MvcResult started = perform(date(date(date(post("/yearly-report/reports").with(csrf()).param("title", title), "from", from), "to", to),
                "publishBy", to.plusMonths(6)), bu);
        assertThat(started.getResponse().getRedirectedUrl()).startsWith("/yearly-report/reports/");
        long id = Long.parseLong(started.getResponse().getRedirectedUrl().substring("/yearly-report/reports/".length()));
        String again = page(date(date(post("/yearly-report/reports").with(csrf()), "from", from), "to", to), bu);
        assertThat(again).contains("A report for this period has already been started");
        String base = "/yearly-report/reports/" + id;

        // a lead partner reads the draft: nothing written, nobody signed, live figures
        String draft = page(get(base), lead);
        assertThat(draft).contains(title).contains("Not written").contains("0 of 3 partners signed").contains("The figures below are live")
                .contains("Sign off the report").contains("Progress on the partnership&#39;s priorities");
        assertThat(page(get("/yearly-report/reports"), lead)).contains(title);
        assertThat(perform(get(base), practitioner).getResponse().getStatus()).isEqualTo(403);

        // signing before every section is written is refused
        MvcResult tooSoon = perform(post(base + "/sign-off").with(csrf()), lead);
        assertThat(tooSoon.getFlashMap().get("problem")).isEqualTo("yearly.error.unwritten");
        assertThat(jdbc.queryForObject("select count(*) from yearly_report_sign_off where report_id = ?", Long.class, id)).isZero();

        // the scrutineer writes the scrutiny section only
        assertThat(perform(get(base + "/sections/PRIORITIES"), scrutineer).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post(base + "/sections/PRIORITIES").with(csrf()).param("narrative", "x").param("version", "0"), scrutineer)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get(base + "/sections/SCRUTINY"), scrutineer).getResponse().getStatus()).isEqualTo(200);
        assertThat(perform(post(base + "/sections/SCRUTINY").with(csrf()).param("version", "0")
                .param("narrative", "The arrangements are well led.\n\nChallenge between partners is real."), scrutineer)
                .getResponse().getRedirectedUrl()).isEqualTo(base + "#section-SCRUTINY");

        // the business unit writes the rest; what it typed is escaped; a stale form is refused and keeps the text
        for (YearlyFigures.Section section : YearlyFigures.Section.values()) {
            if (section != YearlyFigures.Section.SCRUTINY) {
                assertThat(perform(post(base + "/sections/" + section).with(csrf()).param("version", "0")
                        .param("narrative", "What we did on " + section + " <script>alert(1)</script>"), bu).getResponse().getRedirectedUrl())
                        .isEqualTo(base + "#section-" + section);
            }
        }
        String stale = page(post(base + "/sections/VOICE").with(csrf()).param("version", "0").param("narrative", "Typed over " + run), bu);
        assertThat(stale).contains("Someone else changed this").contains("Typed over " + run);
        String written = page(get(base), bu);
        assertThat(written).contains("What we did on PRIORITIES &lt;script&gt;").doesNotContain("<script>alert(1)</script>")
                .contains("Challenge between partners is real.").doesNotContain("Not written");

        // a record heard in the period while the figures are live
        addVoiceRecord(from.plusDays(10), "Before sign-off " + run);

        // the council's lead partner signs for the local authority; twice is refused; a practitioner cannot sign
        assertThat(perform(post(base + "/sign-off").with(csrf()), lead).getFlashMap().get("notice")).isEqualTo("yearly.signed");
        assertThat(perform(post(base + "/sign-off").with(csrf()), lead).getFlashMap().get("problem")).isEqualTo("yearly.error.alreadySigned");
        assertThat(perform(post(base + "/sign-off").with(csrf()), practitioner).getResponse().getStatus()).isEqualTo(403);
        // publishing before all three have signed is refused
        assertThat(perform(post(base + "/publish").with(csrf()), bu).getFlashMap().get("problem")).isEqualTo("yearly.error.publishUnsigned");

        // the business unit records the police's sign-off given at the Executive: a blank form names every problem at once
        String blankSignOff = page(post(base + "/sign-offs").with(csrf()), bu);
        assertThat(blankSignOff).contains("Select the partner who signed").contains("Enter the name of the person who signed")
                .contains("Enter their role, for example Chief Constable").contains("Enter the date they signed");
        String unrealDate = page(post(base + "/sign-offs").with(csrf()).param("on.day", "31").param("on.month", "2").param("on.year", "2026"), bu);
        assertThat(unrealDate).contains("Select the partner who signed").contains("Enter the name of the person who signed");
        // a blank name and a future date are refused
        String noName = page(date(post(base + "/sign-offs").with(csrf()).param("partner", "POLICE").param("role", "Chief Constable"), "on", today), bu);
        assertThat(noName).contains("Enter the name of the person who signed").contains("Chief Constable");
        String future = page(date(post(base + "/sign-offs").with(csrf()).param("partner", "POLICE").param("name", "A. Constable")
                .param("role", "Chief Constable"), "on", today.plusDays(3)), bu);
        assertThat(future).contains("The date they signed must be today or in the past");
        String beforeEnd = page(date(post(base + "/sign-offs").with(csrf()).param("partner", "POLICE").param("name", "A. Constable")
                .param("role", "Chief Constable"), "on", to.minusDays(1)), bu);
        assertThat(beforeEnd).contains("The report cannot be signed off before the end of the period it covers");
        assertThat(perform(date(post(base + "/sign-offs").with(csrf()).param("partner", "POLICE").param("name", "A. Constable")
                .param("role", "Chief Constable").param("how", "At the Executive"), "on", today), bu).getFlashMap().get("notice"))
                .isEqualTo("yearly.signOffRecorded");
        assertThat(jdbc.queryForObject("select status from yearly_report where id = ?", String.class, id)).isEqualTo("DRAFT");
        assertThat(perform(date(post(base + "/sign-offs").with(csrf()).param("partner", "HEALTH").param("name", "B. Board")
                .param("role", "Chief Executive, integrated care board").param("how", "By email"), "on", today), bu).getFlashMap().get("notice"))
                .isEqualTo("yearly.signOffRecorded");

        // the third sign-off keeps the figures: a record added now changes the live figures, not the report
        assertThat(jdbc.queryForObject("select status from yearly_report where id = ?", String.class, id)).isEqualTo("SIGNED_OFF");
        addVoiceRecord(from.plusDays(11), "After sign-off " + run);
        String live = page(get("/yearly-report").param("from", from.toString()).param("to", to.toString()), bu);
        assertThat(live).contains("2 of 2 things heard in the period have no recorded response yet.");
        String signed = page(get(base), bu);
        assertThat(signed).contains("1 of 1 things heard in the period have no recorded response yet.").contains("as they stood on")
                .contains("A. Constable").contains("At the Executive").contains("Publish the report").doesNotContain("2 of 2 things heard");

        // a signed-off report is not changed, on any path
        assertThat(page(post(base + "/sections/VOICE").with(csrf()).param("version", "1").param("narrative", "Late change"), bu))
                .contains("The report has been signed off. Reopen it");
        assertThat(perform(date(post(base + "/sign-offs").with(csrf()).param("partner", "HEALTH").param("name", "C. Other")
                .param("role", "Director"), "on", today), bu).getResponse().getContentAsString()).contains("Reopen it");

        // the public cannot read it before it is published
        assertThat(perform(get("/yearly-reports/" + id), null).getResponse().getStatus()).isEqualTo(404);

        // publishing: both copies due within the configured working days
        assertThat(perform(post(base + "/publish").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("yearly.publishedNotice");
        LocalDate due = calendar.addWorkingDays(today, 7);
        assertThat(jdbc.queryForList("select due_on from yearly_report_sending where report_id = ?", LocalDate.class, id)).containsExactly(due, due);
        assertThat(perform(post(base + "/publish").with(csrf()), bu).getFlashMap().get("problem")).isEqualTo("yearly.error.alreadyPublished");

        // the public reads the page and the PDF, as signed off
        String list = page(get("/yearly-reports"), null);
        assertThat(list).contains(title).contains("Exit this page");
        String published = page(get("/yearly-reports/" + id), null);
        assertThat(published).contains(title).contains("What we did on TRAINING &lt;script&gt;").contains("What we heard and what we did about it")
                .doesNotContain("things heard in the period have no recorded response")
                .contains("A. Constable").contains("Exit this page").doesNotContain("Record a sign-off");
        MvcResult pdf = perform(get("/yearly-reports/" + id + "/report.pdf"), null);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // sending: a day before publication and a future day are refused; then recorded
        assertThat(perform(date(post(base + "/sendings/NATIONAL_PANEL").with(csrf()), "sentOn", today.minusDays(1)), bu).getFlashMap().get("problem"))
                .isEqualTo("yearly.error.sentBeforePublished");
        assertThat(perform(date(post(base + "/sendings/NATIONAL_PANEL").with(csrf()), "sentOn", today.plusDays(1)), bu).getFlashMap().get("problem"))
                .isEqualTo("yearly.error.sentOnFuture");
        assertThat(perform(post(base + "/sendings/NATIONAL_PANEL").with(csrf()).param("sentOn.day", "40").param("sentOn.month", "1")
                .param("sentOn.year", "2026"), bu).getFlashMap().get("problem")).isNotNull();
        assertThat(perform(date(post(base + "/sendings/NATIONAL_PANEL").with(csrf()).param("how", "Email to the Panel"), "sentOn", today), bu)
                .getFlashMap().get("notice")).isEqualTo("yearly.sentRecorded");
        assertThat(perform(post(base + "/sendings/SOMEONE_ELSE").with(csrf()), bu).getResponse().getStatus()).isEqualTo(404);
        String afterSending = page(get(base), bu);
        assertThat(afterSending).contains("Email to the Panel").contains("The What Works centre for children&#39;s social care");

        // a published report cannot be reopened
        assertThat(perform(post(base + "/reopen").with(csrf()).param("reason", "Typo"), bu).getFlashMap().get("problem"))
                .isEqualTo("yearly.error.publishedNeverChanges");

        // the internal PDF is an audited export
        assertThat(perform(get(base + "/report.pdf"), lead).getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'YearlyReport' and record_id = ? and action = 'EXPORT'",
                Long.class, String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'YearlyReport' and record_id = ? and action = 'UPDATE'",
                Long.class, String.valueOf(id))).isEqualTo(8 + 3 + 1 + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'YearlyReport'", Long.class))
                .isGreaterThan(auditBefore + 14);
    }

    @Test
    void reopeningWithdrawsTheSignOffsAndLetsTheFiguresGoLive() throws Exception {
        long run = System.nanoTime();
        LocalDate from = LocalDate.of(1900, 1, 1).plusDays(Math.floorMod(run, 20_000L));
        LocalDate to = from.plusMonths(6).minusDays(1);
        LocalDate today = LocalDate.now(LONDON);
        UserDetails bu = as(Role.BUSINESS_UNIT);
        MvcResult started = perform(date(date(post("/yearly-report/reports").with(csrf()), "from", from), "to", to), bu);
        String base = started.getResponse().getRedirectedUrl();
        long id = Long.parseLong(base.substring("/yearly-report/reports/".length()));
        assertThat(jdbc.queryForObject("select title from yearly_report where id = ?", String.class, id)).startsWith("Yearly report " + from.getYear());
        assertThat(page(get(base), bu)).contains("This period is not 12 months");
        for (YearlyFigures.Section section : YearlyFigures.Section.values()) {
            perform(post(base + "/sections/" + section).with(csrf()).param("version", "0").param("narrative", "Written " + section), bu);
        }
        for (String partner : new String[] {"LOCAL_AUTHORITY", "POLICE", "HEALTH"}) {
            perform(date(post(base + "/sign-offs").with(csrf()).param("partner", partner).param("name", "Signer " + partner)
                    .param("role", "Lead"), "on", today), bu);
        }
        assertThat(jdbc.queryForObject("select frozen_figures is not null from yearly_report where id = ?", Boolean.class, id)).isTrue();
        assertThat(perform(post(base + "/reopen").with(csrf()).param("reason", ""), bu).getFlashMap().get("problem"))
                .isEqualTo("yearly.error.reopenReason");
        assertThat(perform(post(base + "/reopen").with(csrf()).param("reason", "The scorecard figures were corrected"), bu)
                .getFlashMap().get("notice")).isEqualTo("yearly.reopened");
        assertThat(jdbc.queryForObject("select count(*) from yearly_report_sign_off where report_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select status from yearly_report where id = ? and frozen_figures is null", String.class, id)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select reason from audit_entry where record_type = 'YearlyReport' and record_id = ? and detail like 'reopened%'",
                String.class, String.valueOf(id))).isEqualTo("The scorecard figures were corrected");
        assertThat(page(get(base), bu)).contains("The figures below are live").contains("0 of 3 partners signed");
    }
}
