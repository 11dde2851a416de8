package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through an OpenID Connect provider (a fake issuer on 127.0.0.1 standing in for Microsoft Entra ID): the
 * provider's email claim finds the account and its tenant claim must map to the account's own agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInTest {

    static final FakeOidcIssuer ISSUER;

    static {
        try {
            ISSUER = new FakeOidcIssuer();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("hub.oidc.enabled", () -> "true");
        properties.add("hub.oidc.agency-claim", () -> "tid");
        properties.add("hub.oidc.agencies.tenant-riverside", () -> "Riverside Academy Trust");
        properties.add("hub.oidc.agencies.tenant-police", () -> "Northshire Police");
        properties.add("spring.security.oauth2.client.registration.entra.client-id", () -> FakeOidcIssuer.CLIENT_ID);
        properties.add("spring.security.oauth2.client.registration.entra.client-secret", () -> "test-secret");
        properties.add("spring.security.oauth2.client.registration.entra.scope", () -> "openid,email");
        properties.add("spring.security.oauth2.client.registration.entra.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        properties.add("spring.security.oauth2.client.provider.entra.issuer-uri", ISSUER::issuer);
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    /** Follows redirects by hand so the session cookie of our server is kept across the provider's hops. */
    private HttpResponse<String> signInThroughProvider(HttpClient client) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/authorization/entra")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 6 && response.statusCode() == 302; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            URI next = URI.create(base).resolve(location);
            if (next.getPath().equals("/dashboard") || next.getPath().equals("/sign-in")) {
                return response;
            }
            response = client.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void aPersonWhoseTenantMatchesTheirAgencySignsIn() throws Exception {
        ISSUER.nextUserClaims = Map.of("email", "practitioner@northshire.example", "tid", "tenant-riverside");
        HttpClient client = browser();
        HttpResponse<String> last = signInThroughProvider(client);
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
        HttpResponse<String> dashboard = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dashboard")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Fern Maddocks");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN' and actor_name = 'Fern Maddocks'", Long.class)).isPositive();
    }

    @Test
    void aTenantOfAnotherAgencyIsRefused() throws Exception {
        ISSUER.nextUserClaims = Map.of("email", "practitioner@northshire.example", "tid", "tenant-police");
        HttpResponse<String> last = signInThroughProvider(browser());
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?error");
    }

    @Test
    void someoneWithoutAnAccountIsRefused() throws Exception {
        ISSUER.nextUserClaims = Map.of("email", "stranger@elsewhere.example", "tid", "tenant-riverside");
        HttpResponse<String> last = signInThroughProvider(browser());
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?error");
    }

    @Test
    void theSignInPageOffersTheProvider() throws Exception {
        HttpResponse<String> page = browser().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("/oauth2/authorization/entra").contains("Sign in with your organisation");
    }
}
