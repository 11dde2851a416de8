package org.partnershiphub.newsletter.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * GOV.UK Notify as the way the newsletter's emails go out, when configured instead of SMTP: {@code hub.notify.api-key}
 * (the key Notify gives, "name-serviceId-secret") and {@code hub.notify.template-id} (an email template whose subject
 * is {@code ((subject))} and whose message is {@code ((body))}). Each email is one call to Notify's
 * {@code POST /v2/notifications/email}, signed with a fresh HS256 token, carrying the one-click unsubscribe address.
 * Notify refusing the address is a bounce; Notify unreachable, rate-limited or failing is tried again later.
 */
@Component
class NotifyClient {

    private final String serviceId;
    private final String secret;
    private final String templateId;
    private final RestClient http;
    private final Clock clock;

    NotifyClient(@Value("${hub.notify.api-key:}") String apiKey, @Value("${hub.notify.template-id:}") String templateId,
                 @Value("${hub.notify.base-url:https://api.notifications.service.gov.uk}") String baseUrl,
                 org.springframework.beans.factory.ObjectProvider<RestClient.Builder> http, Clock clock) {
        String key = apiKey == null ? "" : apiKey.strip();
        boolean usable = key.length() >= 74 && templateId != null && !templateId.isBlank();
        this.serviceId = usable ? key.substring(key.length() - 73, key.length() - 37) : null;
        this.secret = usable ? key.substring(key.length() - 36) : null;
        this.templateId = usable ? templateId.strip() : null;
        this.http = http.getIfAvailable(RestClient::builder).baseUrl(baseUrl).build();
        this.clock = clock;
    }

    /** Configured with a key of Notify's shape and a template. */
    boolean enabled() {
        return serviceId != null;
    }

    /** Sends one email through the template; the result says whether it went, bounced or is to be tried again. */
    NewsletterMail.Result send(String email, String subject, String body, String unsubscribeUrl, String reference) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("email_address", email);
        request.put("template_id", templateId);
        request.put("personalisation", Map.of("subject", subject, "body", body));
        if (reference != null) {
            request.put("reference", reference);
        }
        if (unsubscribeUrl != null) {
            request.put("one_click_unsubscribe_url", unsubscribeUrl);
        }
        try {
            return http.post().uri("/v2/notifications/email")
                    .header("Authorization", "Bearer " + token())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(request)
                    .exchange((req, response) -> outcome(response.getStatusCode(),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        } catch (ResourceAccessException unreachable) {
            return new NewsletterMail.Result(NewsletterMail.Outcome.RETRY, "GOV.UK Notify could not be reached: " + unreachable.getMessage());
        }
    }

    /** 201 sent; a 400 about the address a bounce; anything else (403 key, 429 limit, 5xx) tried again. */
    static NewsletterMail.Result outcome(HttpStatusCode status, String body) {
        if (status.value() == 201 || status.value() == 200) {
            return new NewsletterMail.Result(NewsletterMail.Outcome.SENT, null);
        }
        String detail = "GOV.UK Notify answered " + status.value() + ": " + (body.length() > 400 ? body.substring(0, 400) : body);
        if (status.value() == 400 && body.contains("email_address")) {
            return new NewsletterMail.Result(NewsletterMail.Outcome.BOUNCED, detail);
        }
        return new NewsletterMail.Result(NewsletterMail.Outcome.RETRY, detail);
    }

    /** The token Notify asks for: HS256 over the service id as issuer and the time of issue, signed with the key's secret. */
    String token() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    new JWTClaimsSet.Builder().issuer(serviceId).issueTime(Date.from(clock.instant())).build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("The GOV.UK Notify token could not be signed", e);
        }
    }
}
