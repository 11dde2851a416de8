package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input as an administrator meets it: errors in form order, what was typed kept, text rendered as text. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminFormsTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private org.springframework.security.core.userdetails.UserDetails admin() {
        return users.loadUserByUsername(demo.forRole(Role.ADMINISTRATOR).email());
    }

    @Test
    void theErrorSummaryFollowsTheFormsOrder() throws Exception {
        String page = mvc.perform(post("/admin/users/invite").with(csrf()).with(user(admin()))).andReturn().getResponse().getContentAsString();
        int name = page.indexOf("href=\"#fullName\"");
        int email = page.indexOf("href=\"#email\"");
        int agency = page.indexOf("href=\"#organisationId\"");
        int roles = page.indexOf("Select at least one role");
        assertThat(name).isPositive().isLessThan(email);
        assertThat(email).isLessThan(agency);
        assertThat(agency).isLessThan(roles);
        assertThat(page).contains("<title>Error: ");
    }

    @Test
    void aDuplicateEmailKeepsEverythingTyped() throws Exception {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        String page = mvc.perform(post("/admin/users/invite").with(csrf()).with(user(admin()))
                .param("fullName", "Jo Duplicate").param("email", "PRACTITIONER@northshire.example").param("jobTitle", "Sergeant")
                .param("organisationId", String.valueOf(agency)).param("roles", "PRACTITIONER")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone already has an account with this email address")
                .contains("value=\"Jo Duplicate\"").contains("value=\"PRACTITIONER@northshire.example\"").contains("value=\"Sergeant\"");
    }

    @Test
    void whatPeopleTypeIsShownAsTextNeverAsMarkup() throws Exception {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        String xss = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        mvc.perform(post("/admin/users/invite").with(csrf()).with(user(admin()))
                .param("fullName", xss).param("email", "xss." + System.nanoTime() + "@northshire.example").param("jobTitle", "\"><svg onload=alert(1)>")
                .param("organisationId", String.valueOf(agency)).param("roles", "PRACTITIONER"));
        long id = jdbc.queryForObject("select max(id) from user_account", Long.class);
        String page = mvc.perform(get("/admin/users/" + id).with(user(admin()))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg onload")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void anAddressTheHubDoesNotHaveIsNotFoundForSignedInPeople() throws Exception {
        assertThat(mvc.perform(get("/no-such-page").with(user(admin()))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/audit").with(user(admin()))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anUnknownInvitationLinkIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/invitation/not-a-token")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
