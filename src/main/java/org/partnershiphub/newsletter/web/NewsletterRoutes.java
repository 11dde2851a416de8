package org.partnershiphub.newsletter.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.newsletter.internal.Subscriptions;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.CsrfExemption;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the newsletter routes: anyone reads published issues, subscribes, confirms and unsubscribes (the link is
 * the proof); only the business unit writes, publishes and sends issues and reads the subscribers.
 */
@Configuration(proxyBeanMethods = false)
class NewsletterRoutes {

    @Bean
    RouteRules newsletterRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/newsletters", "/newsletters/{issueId}", "/newsletters/images/{fileId}",
                        "/newsletter/subscribe", "/newsletter/subscribe/sent", "/newsletter/confirm/{token}", "/newsletter/unsubscribe/{token}").permitAll()
                .requestMatchers(HttpMethod.POST, "/newsletter/subscribe", "/newsletter/confirm/{token}", "/newsletter/unsubscribe/{token}").permitAll()
                .requestMatchers(HttpMethod.GET, "/newsletter", "/newsletter/issues/new", "/newsletter/issues/{issueId}",
                        "/newsletter/issues/{issueId}/edit", "/newsletter/issues/{issueId}/sections/new",
                        "/newsletter/issues/{issueId}/sections/{sectionId}/edit", "/newsletter/issues/{issueId}/sending",
                        "/newsletter/subscribers").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/newsletter/issues", "/newsletter/issues/{issueId}/edit", "/newsletter/issues/{issueId}/sections",
                        "/newsletter/issues/{issueId}/sections/diary", "/newsletter/issues/{issueId}/sections/surveys",
                        "/newsletter/issues/{issueId}/sections/training", "/newsletter/issues/{issueId}/sections/learning",
                        "/newsletter/issues/{issueId}/sections/{sectionId}/edit", "/newsletter/issues/{issueId}/sections/{sectionId}/remove",
                        "/newsletter/issues/{issueId}/publish", "/newsletter/issues/{issueId}/send").hasRole(bu);
    }

    /** A mail program's one-click unsubscribe (RFC 8058) posts without our form token; the unguessable link is the proof. */
    @Bean
    CsrfExemption newsletterUnsubscribeWithoutFormToken() {
        return new CsrfExemption(HttpMethod.POST, "/newsletter/unsubscribe/{token}");
    }

    @Bean
    NavigationItem newsletterNavigation() {
        return new NavigationItem(80, "nav.newsletter", "/newsletter", Set.of(Role.BUSINESS_UNIT));
    }

    @Bean
    DashboardPanel newsletterPanel(Subscriptions subscriptions) {
        return new DashboardPanel(80, "dashboard.newsletter.title", "dashboard.newsletter.description", "/newsletter",
                "dashboard.newsletter.link", Set.of(Role.BUSINESS_UNIT),
                user -> List.of(new DashboardPanel.Figure("dashboard.newsletter.subscribers",
                        subscriptions.counts().get(org.partnershiphub.newsletter.internal.Subscriber.Status.CONFIRMED))));
    }
}
