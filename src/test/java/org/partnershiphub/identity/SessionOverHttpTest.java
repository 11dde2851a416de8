package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The session cookie as a browser sees it: HttpOnly and SameSite, a new id at sign-in, gone after sign-out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionOverHttpTest {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;

    @Test
    void signInIssuesANewSessionAndSignOutEndsIt() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + port;

        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HUBSESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String before = session(cookies);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();

        DemoAccounts.DemoAccount person = demo.forRole(Role.BUSINESS_UNIT);
        String form = "_csrf=" + enc(token.group(1)) + "&email=" + enc(person.email()) + "&password=" + enc(person.password());
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
        String after = session(cookies);
        assertThat(after).isNotEqualTo(before);

        HttpResponse<String> dashboard = client.send(HttpRequest.newBuilder(URI.create(base + "/dashboard")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        Matcher signOutToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(dashboard.body());
        assertThat(signOutToken.find()).isTrue();
        client.send(HttpRequest.newBuilder(URI.create(base + "/sign-out")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(signOutToken.group(1)))).build(), HttpResponse.BodyHandlers.ofString());

        HttpClient stale = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> replay = stale.send(HttpRequest.newBuilder(URI.create(base + "/dashboard")).header("Cookie", "HUBSESSION=" + after).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(replay.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.partnershiphub.identity.internal.AccountAdministration administration;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void disablingAnAccountEndsItsOpenSessions() throws Exception {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        String email = "soon.disabled." + System.nanoTime() + "@northshire.example";
        jdbc.update("insert into user_account (email, full_name, organisation_id, status, password_hash, must_change_password, created_at, version) "
                + "values (?, 'Soon Disabled', ?, 'ACTIVE', '{noop}riverboat lantern 7', false, current_timestamp, 0)", email, agency);
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'PRACTITIONER', current_timestamp)", id);

        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token.group(1)) + "&email=" + enc(email) + "&password=" + enc("riverboat lantern 7"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/dashboard")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        var admin = users.loadUserByUsername(demo.forRole(Role.ADMINISTRATOR).email());
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            administration.disable(id);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(base + "/dashboard")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("HUBSESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
