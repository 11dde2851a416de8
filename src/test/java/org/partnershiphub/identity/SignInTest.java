package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-in as a person meets it: same message for every failure, throttled guessing, new session id, headers, CSRF. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired JdbcTemplate jdbc;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcResult signIn(String email, String password, String address, MockHttpSession session) throws Exception {
        return mvc.perform(post("/sign-in").session(session).with(csrf()).with(from(address))
                .param("email", email).param("password", password)).andReturn();
    }

    @Test
    void theRightPasswordSignsInAndIsRecorded() throws Exception {
        DemoAccounts.DemoAccount practitioner = demo.forRole(Role.PRACTITIONER);
        MvcResult result = signIn(practitioner.email(), practitioner.password(), "10.0.0.1", new MockHttpSession());
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/dashboard");
        long userId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, practitioner.email());
        assertThat(jdbc.queryForObject("select count(*) from sign_in_record where user_id = ? and outcome = 'SIGNED_IN'", Long.class, userId)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN' and record_id = ?", Long.class, String.valueOf(userId))).isPositive();
    }

    @Test
    void unknownEmailAndWrongPasswordLookTheSameAndKeepTheEmailOutOfTheAddress() throws Exception {
        MvcResult unknown = signIn("nobody@northshire.example", "whatever-password", "10.0.0.2", new MockHttpSession());
        MvcResult wrong = signIn(demo.forRole(Role.AUDITOR).email(), "not-the-password", "10.0.0.2", new MockHttpSession());
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error").isEqualTo(wrong.getResponse().getRedirectedUrl());
        MockHttpSession session = (MockHttpSession) wrong.getRequest().getSession();
        String page = mvc.perform(get("/sign-in").param("error", "").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Enter a correct email address and password").contains("value=\"dpo@northshire.example\"");
    }

    @Test
    void repeatedFailuresAreThrottledForThatAddressWithoutLockingThePersonOut() throws Exception {
        DemoAccounts.DemoAccount lead = demo.forRole(Role.SUBGROUP_MEMBER);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(lead.email(), "guess-" + i + "-password", "10.6.6.6", new MockHttpSession()).getResponse().getStatus()).isEqualTo(302);
        }
        assertThat(signIn(lead.email(), "guess-6-password", "10.6.6.6", new MockHttpSession()).getResponse().getStatus()).isEqualTo(429);
        assertThat(signIn(lead.email(), lead.password(), "10.6.6.6", new MockHttpSession()).getResponse().getStatus())
                .as("even the right password waits out the window from the guessing address").isEqualTo(429);
        assertThat(signIn(lead.email(), lead.password(), "10.7.7.7", new MockHttpSession()).getResponse().getRedirectedUrl())
                .as("the person can still sign in from their own device").endsWith("/dashboard");
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        jdbc.update("insert into user_account (email, full_name, organisation_id, status, password_hash, must_change_password, created_at, version) "
                + "values ('disabled.person@northshire.example', 'Disabled Person', ?, 'DISABLED', '{noop}correct-horse-battery', false, current_timestamp, 0)", agency);
        assertThat(signIn("disabled.person@northshire.example", "correct-horse-battery", "10.0.0.3", new MockHttpSession())
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
    }

    @Test
    void statefulRequestsNeedTheFormToken() throws Exception {
        DemoAccounts.DemoAccount practitioner = demo.forRole(Role.PRACTITIONER);
        assertThat(mvc.perform(post("/sign-in").param("email", practitioner.email()).param("password", practitioner.password()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/sign-in")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void onlyHealthIsOpenOfTheActuator() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
        assertThat(mvc.perform(get("/actuator/beans")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
    }
}
