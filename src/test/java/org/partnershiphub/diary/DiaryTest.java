package org.partnershiphub.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
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
 * Dates for the diary over HTTP: the business unit adds a week (a blank form, a last day before the first and a
 * javascript: address are refused with what was typed kept), the public page and the iCalendar feed show it as an
 * all-day event with its last day included, a newsletter issue takes it in as a section, a stale change is refused, a
 * removal takes it off; others cannot keep dates; every change is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiaryTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return who == null ? mvc.perform(request).andReturn() : mvc.perform(request.with(user(who))).andReturn();
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field, LocalDate date) {
        return request.param(field + ".day", String.valueOf(date.getDayOfMonth())).param(field + ".month", String.valueOf(date.getMonthValue()))
                .param(field + ".year", String.valueOf(date.getYear()));
    }

    @Test
    void keepPublishAndTakeIntoANewsletter() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String title = "Safer sleep week " + run;
        LocalDate first = LocalDate.now(ZoneId.of("Europe/London")).plusDays(9);
        LocalDate last = first.plusDays(4);
        UserDetails bu = as(Role.BUSINESS_UNIT);
        long changes = jdbc.queryForObject("select count(*) from audit_entry where record_type = 'DiaryDate'", Long.class);

        String blank = perform(post("/diary").with(csrf()).param("details", "Kept " + run), bu).getResponse().getContentAsString();
        assertThat(blank).contains("There is a problem").contains("Enter what the date is").contains("Kept " + run);
        String backwards = perform(date(date(post("/diary").with(csrf()).param("title", title).param("kind", "AWARENESS_WEEK"), "startsOn", first),
                "endsOn", first.minusDays(1)), bu).getResponse().getContentAsString();
        assertThat(backwards).contains("The last day must be on or after the first day").contains(title);
        String script = perform(date(date(post("/diary").with(csrf()).param("title", title).param("kind", "AWARENESS_WEEK")
                .param("link", "javascript:alert(1)"), "startsOn", first), "endsOn", last), bu).getResponse().getContentAsString();
        assertThat(script).contains("Enter a web address starting https://");
        assertThat(perform(date(date(post("/diary").with(csrf()).param("title", title).param("kind", "AWARENESS_WEEK")
                .param("details", "Briefings <b>every</b> day").param("link", "https://www.example.org/safer-sleep"), "startsOn", first), "endsOn", last), bu)
                .getResponse().getRedirectedUrl()).isEqualTo("/diary");
        long id = jdbc.queryForObject("select id from diary_date where title = ?", Long.class, title);

        // the public reads it, escaped; the feed has it as an all-day event ending the day after its last day
        String page = perform(get("/dates-for-the-diary"), null).getResponse().getContentAsString();
        assertThat(page).contains(title).contains("Briefings &lt;b&gt;every&lt;/b&gt; day").contains("Exit this page");
        MvcResult feed = perform(get("/dates-for-the-diary.ics"), null);
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        String ics = feed.getResponse().getContentAsString();
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        assertThat(ics).contains("SUMMARY:" + title).contains("DTSTART;VALUE=DATE:" + first.format(basic))
                .contains("DTEND;VALUE=DATE:" + last.plusDays(1).format(basic)).contains("UID:diary-date-" + id + "@");

        // a newsletter issue takes the coming dates in as a section of its own
        String issueUrl = perform(post("/newsletter/issues").with(csrf()).param("title", "Diary issue " + run).param("audience", "EVERYONE"), bu)
                .getResponse().getRedirectedUrl();
        long issue = Long.parseLong(issueUrl.substring("/newsletter/issues/".length()));
        assertThat(perform(post(issueUrl + "/sections/diary").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("newsletter.diaryAdded");
        String body = jdbc.queryForObject("select body from newsletter_section where issue_id = ?", String.class, issue);
        assertThat(body).contains(title + " (awareness week)").contains("https://www.example.org/safer-sleep");

        // a stale change is refused; a change and a removal are audited; nobody else keeps dates
        String stale = perform(date(date(post("/diary/" + id + "/edit").with(csrf()).param("title", title + " changed").param("kind", "AWARENESS_WEEK")
                .param("version", "7"), "startsOn", first), "endsOn", last), bu).getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this").contains(title + " changed");
        assertThat(perform(date(post("/diary/" + id + "/edit").with(csrf()).param("title", title + " changed").param("kind", "AWARENESS_DAY")
                .param("version", "0"), "startsOn", first), bu).getResponse().getRedirectedUrl()).isEqualTo("/diary");
        assertThat(jdbc.queryForObject("select ends_on from diary_date where id = ?", LocalDate.class, id)).isEqualTo(first);
        assertThat(perform(post("/diary").with(csrf()).param("title", "x"), as(Role.EXECUTIVE_MEMBER)).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/diary/" + id + "/remove").with(csrf()), bu).getResponse().getRedirectedUrl()).isEqualTo("/diary");
        assertThat(jdbc.queryForObject("select count(*) from diary_date where id = ?", Long.class, id)).isZero();
        assertThat(perform(get("/dates-for-the-diary"), null).getResponse().getContentAsString()).doesNotContain(title);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'DiaryDate'", Long.class)).isEqualTo(changes + 3);
    }
}
