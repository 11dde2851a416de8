package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hub behind a TLS-terminating proxy ({@code HUB_SECURE_COOKIES=true}), spoken to over a real socket so the
 * container's own handling of forwarded headers and redirects is what is tested. The proxy (here: this test, from
 * 127.0.0.1) says the browser used https; a browser or attacker may send any Host header, and no redirect is ever built
 * from it: redirects are relative, and absolute links use the configured base URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"HUB_SECURE_COOKIES=true", "hub.base-url=https://hub.northshire.example"})
class BehindTlsProxyTest {

    private static final String EVIL = "evil.example";

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired JdbcTemplate jdbc;

    @Test
    void overForwardedHttpsTheHubSendsHstsAndSecureCookies() throws IOException {
        Response page = send("GET /sign-in HTTP/1.1", Map.of("Host", "hub.northshire.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.7"), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("strict-transport-security")).as("HSTS behind the TLS proxy")
                .contains("max-age=31536000").contains("includeSubDomains");
        assertThat(page.header("set-cookie")).contains("HUBSESSION=").contains("Secure").contains("HttpOnly");
    }

    @Test
    void plainHttpToTheHubItselfGetsNoHsts() throws IOException {
        Response page = send("GET /sign-in HTTP/1.1", Map.of("Host", "127.0.0.1:" + port), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("strict-transport-security")).isNull();
    }

    @Test
    void theSignInRedirectIsNeverBuiltFromAnUntrustedHostHeader() throws IOException {
        Response redirect = send("GET /dashboard HTTP/1.1", Map.of("Host", EVIL, "X-Forwarded-Proto", "https"), null);

        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.header("location");
        assertThat(location).doesNotContain(EVIL);
        assertThat(location).satisfiesAnyOf(
                l -> assertThat(l).startsWith("/sign-in"),
                l -> assertThat(l).startsWith("https://hub.northshire.example/sign-in"));
    }

    @Test
    void afterSignInThePersonReturnsToThePageTheyAskedForOnThisHubNotTheHostTheyWereGiven() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Host", EVIL, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "198.51.100.23"));
        Response asked = send("GET /account HTTP/1.1", headers, null);
        assertThat(asked.status()).isEqualTo(302);
        headers.put("Cookie", asked.cookie("HUBSESSION"));

        Response form = send("GET /sign-in HTTP/1.1", headers, null);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        DemoAccounts.DemoAccount person = demo.forRole(Role.BUSINESS_UNIT);
        String body = "_csrf=" + enc(token.group(1)) + "&email=" + enc(person.email()) + "&password=" + enc(person.password());
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        Response signedIn = send("POST /sign-in HTTP/1.1", headers, body);

        assertThat(signedIn.status()).isEqualTo(302);
        String location = signedIn.header("location");
        assertThat(location).doesNotContain(EVIL).contains("/account");
        assertThat(location).satisfiesAnyOf(
                l -> assertThat(l).startsWith("/account"),
                l -> assertThat(l).startsWith("https://hub.northshire.example/account"));
        assertThat(jdbc.queryForObject("select ip_address from sign_in_record where outcome = 'SIGNED_IN' order by id desc limit 1",
                String.class)).as("the sign-in history (and throttle) see the browser's address the proxy forwarded")
                .isEqualTo("198.51.100.23");
    }

    @Test
    void anApplicationRedirectIsRelativeWhateverTheHostHeader() throws IOException {
        Response redirect = send("GET /signed-out/ HTTP/1.1", Map.of("Host", EVIL), null);
        // any redirect the hub sends (trailing-slash or otherwise) must not name the host it was given
        if (redirect.status() / 100 == 3) {
            assertThat(redirect.header("location")).doesNotContain(EVIL);
        }
        Response root = send("GET /training HTTP/1.1", Map.of("Host", EVIL), null);
        if (root.status() / 100 == 3) {
            assertThat(root.header("location")).doesNotContain(EVIL);
        }
    }

    private Response send(String requestLine, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Response.parse(socket.getInputStream());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Response(int status, List<String[]> headers, String body) {

        static Response parse(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            List<String[]> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(new String[] {lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim()});
            }
            String body = text.substring(end + 4);
            if (headers.stream().anyMatch(h -> h[0].equals("transfer-encoding") && h[1].contains("chunked"))) {
                StringBuilder joined = new StringBuilder();
                int at = 0;
                while (true) {
                    int lineEnd = body.indexOf("\r\n", at);
                    int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    // sizes count bytes; the pages are ASCII apart from the odd character, so read by bytes
                    byte[] rest = body.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
                    String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
                    joined.append(chunk);
                    at = lineEnd + 2 + chunk.length() + 2;
                }
                body = joined.toString();
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        String header(String name) {
            return headers.stream().filter(h -> h[0].equals(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        String cookie(String name) {
            return headers.stream().filter(h -> h[0].equals("set-cookie") && h[1].startsWith(name + "="))
                    .map(h -> h[1].substring(0, h[1].indexOf(';'))).findFirst().orElseThrow();
        }
    }
}
