package org.partnershiphub.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
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
 * The voice of children and practitioners over HTTP: the business unit records what a young people's group said (a
 * blank form and a date in the future are refused with what was typed kept; a link that is not a product address is
 * refused), publishing without plain words is refused, then the pair is published and the public page shows only its
 * plain words; a change that would blank a published pair is refused; readers read, others are refused; the CSV and the
 * yearly report's figures count it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VoiceTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<YearlyFigures> yearlyFigures;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn();
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field, LocalDate date) {
        return request.param(field + ".day", String.valueOf(date.getDayOfMonth())).param(field + ".month", String.valueOf(date.getMonthValue()))
                .param(field + ".year", String.valueOf(date.getYear()));
    }

    @Test
    void recordPublishAndReadWhatChildrenSaid() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String said = "We never know who our social worker is this week " + run;
        LocalDate today = LocalDate.now(LONDON);
        LocalDate heard = today.minusDays(20);
        UserDetails bu = as(Role.BUSINESS_UNIT);

        // blank: every missing field named, what was typed kept
        String blank = perform(post("/voice").with(csrf()).param("theme", "Continuity " + run).param("heardOn.day", "31")
                .param("heardOn.month", "2").param("heardOn.year", "2026"), bu).getResponse().getContentAsString();
        assertThat(blank).contains("There is a problem").contains("Select who it was heard from").contains("Select where it was heard")
                .contains("Enter a real date").contains("Enter what they said").contains("Continuity " + run).contains("value=\"31\"")
                .contains("<title>Error: ");
        // heard in the future
        String future = perform(date(post("/voice").with(csrf()).param("heardFrom", "CHILDREN_AND_YOUNG_PEOPLE").param("source", "ADVISORY_GROUP")
                .param("said", said), "heardOn", today.plusDays(1)), bu).getResponse().getContentAsString();
        assertThat(future).contains("The date it was heard must be today or in the past").contains(said);
        // a link that is not an address in the product
        String link = perform(date(post("/voice").with(csrf()).param("heardFrom", "CHILDREN_AND_YOUNG_PEOPLE").param("source", "ADVISORY_GROUP")
                .param("said", said).param("linkKind", "PLAN_ACTION").param("linkPath", "javascript:alert(1)"), "heardOn", heard), bu)
                .getResponse().getContentAsString();
        assertThat(link).contains("Enter an address in the product that starts with /plan/actions/");
        assertThat(jdbc.queryForObject("select count(*) from voice_item where said = ?", Long.class, said)).isZero();

        MvcResult recorded = perform(date(post("/voice").with(csrf()).param("heardFrom", "CHILDREN_AND_YOUNG_PEOPLE").param("source", "ADVISORY_GROUP")
                .param("sourceDetail", "Young People's Safeguarding Advisory Group").param("theme", "Continuity " + run).param("said", said),
                "heardOn", heard), bu);
        long id = jdbc.queryForObject("select id from voice_item where said = ?", Long.class, said);
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/voice/" + id);
        assertThat(perform(get("/voice").param("awaiting", "true").param("q", run), bu).getResponse().getContentAsString())
                .contains("No response yet").contains(said);

        // publishing needs what was done and both plain-words versions
        MvcResult tooSoon = perform(post("/voice/" + id + "/publish").with(csrf()), bu);
        assertThat(tooSoon.getFlashMap().get("problem")).isEqualTo("voice.error.publishResponse");
        assertThat(jdbc.queryForObject("select published from voice_item where id = ?", Boolean.class, id)).isFalse();

        String publicSaid = "You told us you do not know who your social worker is " + run;
        String publicDid = "Every child now gets a card with the name and number of their worker " + run;
        MockHttpServletRequestBuilder answer = date(date(post("/voice/" + id + "/edit").with(csrf()).param("heardFrom", "CHILDREN_AND_YOUNG_PEOPLE")
                .param("source", "ADVISORY_GROUP").param("theme", "Continuity " + run).param("said", said)
                .param("response", "Children's services introduced worker cards").param("linkKind", "PLAN_ACTION")
                .param("linkPath", "/plan/actions/1").param("publicSaid", publicSaid).param("publicDid", publicDid).param("version", "0"),
                "heardOn", heard), "respondedOn", today);
        assertThat(perform(answer, bu).getResponse().getRedirectedUrl()).isEqualTo("/voice/" + id);
        // the same form again is stale
        assertThat(perform(answer, bu).getResponse().getContentAsString()).contains("Someone else changed this");
        assertThat(perform(post("/voice/" + id + "/publish").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("voice.published");

        // the public page, signed out: plain words only, with Exit this page
        String publicPage = mvc.perform(get("/you-said-we-did")).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).contains(publicSaid).contains(publicDid).contains("Continuity " + run).contains("govuk-exit-this-page")
                .doesNotContain(said).doesNotContain("worker cards");

        // a change that would blank a published pair's plain words is refused on the edit path too
        String blanked = perform(date(date(post("/voice/" + id + "/edit").with(csrf()).param("heardFrom", "CHILDREN_AND_YOUNG_PEOPLE")
                .param("source", "ADVISORY_GROUP").param("said", said).param("response", "Worker cards").param("publicSaid", publicSaid)
                .param("publicDid", "").param("version", "2"), "heardOn", heard), "respondedOn", today), bu).getResponse().getContentAsString();
        assertThat(blanked).contains("Enter &quot;we did&quot; in plain words before publishing");
        assertThat(jdbc.queryForObject("select public_did from voice_item where id = ?", String.class, id)).isEqualTo(publicDid);

        // readers read (audited), nobody else; only the business unit changes
        UserDetails scrutineer = as(Role.INDEPENDENT_SCRUTINEER);
        assertThat(perform(get("/voice/" + id), scrutineer).getResponse().getContentAsString()).contains(said).doesNotContain("/voice/" + id + "/edit");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and record_type = 'VoiceItem' and record_id = ? "
                + "and actor_name = ?", Long.class, String.valueOf(id), demo.forRole(Role.INDEPENDENT_SCRUTINEER).name())).isEqualTo(1);
        assertThat(perform(post("/voice/" + id + "/unpublish").with(csrf()), scrutineer).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/voice"), as(Role.PRACTITIONER)).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/voice/" + id), as(Role.AGENCY_LEAD)).getResponse().getStatus()).isEqualTo(403);

        // the CSV export
        MvcResult csv = perform(get("/voice/export.csv").param("q", run), scrutineer);
        String content = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(content).contains("\"Date heard\",\"Heard from\"").contains("\"" + said + "\"").contains("\"Children and young people\"");
        assertThat(content.lines().count()).isEqualTo(2);

        // the yearly report counts it in its period and not in the year before
        YearlyFigures voice = yearlyFigures.stream().filter(f -> f.section() == YearlyFigures.Section.VOICE).findFirst().orElseThrow();
        List<String> children = row(voice.figures(heard, heard), "Children and young people");
        assertThat(children).containsExactly("Children and young people", "1", "1", "0", "1");
        assertThat(row(voice.figures(heard.minusDays(10), heard.minusDays(1)), "Children and young people").get(1)).isEqualTo("0");
        assertThat(voice.figures(today, today).get(2).rows()).anyMatch(r -> r.get(1).equals(publicSaid));

        // taken off the public page
        perform(post("/voice/" + id + "/unpublish").with(csrf()), bu);
        assertThat(mvc.perform(get("/you-said-we-did")).andReturn().getResponse().getContentAsString()).doesNotContain(publicSaid);
    }

    private static List<String> row(List<YearlyFigures.Table> tables, String first) {
        return tables.get(0).rows().stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
    }
}
