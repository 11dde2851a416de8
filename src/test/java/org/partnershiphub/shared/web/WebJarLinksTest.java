package org.partnershiphub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WebJar links still carry the WebJar's version (and are served), now that only they go through the resource URL
 * encoding; other links are written as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebJarLinksTest {

    @LocalServerPort int port;

    @Test
    void webJarLinksAreVersionedAndOtherLinksLeftAlone() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString()).body();

        Matcher css = Pattern.compile("href=\"(/webjars/govuk-frontend/[0-9][^/\"]*/dist/govuk/govuk-frontend\\.min\\.css)\"").matcher(page);
        assertThat(css.find()).as("versioned GOV.UK Frontend link in %s", page).isTrue();
        assertThat(client.send(HttpRequest.newBuilder(URI.create(base + css.group(1))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(200);
        assertThat(page).contains("src=\"/js/hub.js\"").contains("action=\"/sign-in\"");
    }
}
