package org.partnershiphub.site.web;

import java.util.Set;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Anyone reads the published pages and their attachments; only the business unit writes them. */
@Configuration(proxyBeanMethods = false)
class SiteRoutes {

    @Bean
    RouteRules siteRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/arrangements", "/news", "/learning-briefs", "/published-reviews",
                        "/arrangements/{slug}", "/news/{slug}", "/learning-briefs/{slug}", "/published-reviews/{slug}",
                        "/site-files/{attachmentId}").permitAll()
                .requestMatchers(HttpMethod.GET, "/site-pages", "/site-pages/new", "/site-pages/{pageId}", "/site-pages/{pageId}/edit",
                        "/site-pages/{pageId}/withdraw", "/site-pages/{pageId}/revisions/{number}", "/site-pages/{pageId}/attachments/new",
                        "/site-pages/{pageId}/attachments/{attachmentId}").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/site-pages", "/site-pages/{pageId}/edit", "/site-pages/{pageId}/publish",
                        "/site-pages/{pageId}/withdraw", "/site-pages/{pageId}/revisions/{number}/restore", "/site-pages/{pageId}/attachments",
                        "/site-pages/{pageId}/attachments/{attachmentId}/remove").hasRole(bu);
    }

    @Bean
    NavigationItem sitePagesNavigation() {
        return new NavigationItem(81, "nav.sitePages", "/site-pages", Set.of(Role.BUSINESS_UNIT));
    }
}
