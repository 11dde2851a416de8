package org.partnershiphub.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * The GOV.UK Notify client against a stand-in for Notify's API on loopback: each email is one signed call to
 * /v2/notifications/email whose token Notify would accept (HS256 with the key's secret, the service id as issuer),
 * with the template, the address, the subject and body and the one-click unsubscribe address; Notify refusing the
 * address is a bounce, a refused key or Notify down is tried again.
 */
class NotifyClientTest {

    static final String SERVICE = "26785a09-ab16-4eb0-8407-a37497a57506";
    static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String KEY = "hub_test-" + SERVICE + "-" + SECRET;

    private HttpServer server;
    private final List<String> bodies = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/notifications/email", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            int status = body.contains("not-an-address") ? 400 : body.contains("down@") ? 500 : 201;
            byte[] answer = (status == 400 ? "{\"errors\":[{\"error\":\"ValidationError\",\"message\":\"email_address Not a valid email address\"}]}"
                    : status == 500 ? "{\"errors\":[{\"error\":\"Exception\",\"message\":\"Internal server error\"}]}"
                    : "{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private NotifyClient client(String key, String template) {
        return new NotifyClient(key, template, "http://127.0.0.1:" + server.getAddress().getPort(),
                new StaticListableBeanFactory().getBeanProvider(RestClient.Builder.class), Clock.systemUTC());
    }

    @Test
    void sendsOneSignedCallPerEmail() throws Exception {
        NotifyClient notify = client(KEY, "f33517ff-2a88-4f6e-b855-c550268ce08a");
        assertThat(notify.enabled()).isTrue();
        NewsletterMail.Result sent = notify.send("reader@example.org", "December issue", "Dates for the diary\n\nSafer sleep week",
                "https://hub.example/newsletter/unsubscribe/abc", "newsletter-1-2");
        assertThat(sent.outcome()).isEqualTo(NewsletterMail.Outcome.SENT);
        assertThat(bodies).hasSize(1);
        assertThat(bodies.getFirst()).contains("\"email_address\":\"reader@example.org\"").contains("\"template_id\":\"f33517ff-2a88-4f6e-b855-c550268ce08a\"")
                .contains("\"subject\":\"December issue\"").contains("Safer sleep week")
                .contains("\"one_click_unsubscribe_url\":\"https://hub.example/newsletter/unsubscribe/abc\"").contains("\"reference\":\"newsletter-1-2\"");
        SignedJWT jwt = SignedJWT.parse(tokens.getFirst().substring("Bearer ".length()));
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(SERVICE);
        assertThat(jwt.getJWTClaimsSet().getIssueTime()).isNotNull();
    }

    @Test
    void aRefusedAddressBouncesAndAFailureIsTriedAgain() {
        NotifyClient notify = client(KEY, "f33517ff-2a88-4f6e-b855-c550268ce08a");
        assertThat(notify.send("not-an-address", "s", "b", null, null).outcome()).isEqualTo(NewsletterMail.Outcome.BOUNCED);
        assertThat(notify.send("down@example.org", "s", "b", null, null).outcome()).isEqualTo(NewsletterMail.Outcome.RETRY);
        assertThat(NotifyClient.outcome(HttpStatusCode.valueOf(403), "{\"errors\":[{\"error\":\"AuthError\"}]}").outcome())
                .isEqualTo(NewsletterMail.Outcome.RETRY);
        server.stop(0);
        assertThat(notify.send("reader@example.org", "s", "b", null, null).outcome()).isEqualTo(NewsletterMail.Outcome.RETRY);
    }

    @Test
    void withoutAKeyOrTemplateItIsOff() {
        assertThat(client("", "f33517ff-2a88-4f6e-b855-c550268ce08a").enabled()).isFalse();
        assertThat(client(KEY, "").enabled()).isFalse();
        assertThat(client("short-key", "t").enabled()).isFalse();
    }
}
