package org.partnershiphub.reviews.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.reviews.internal.Caseload;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the review routes. Reading a case also passes the permission service (restricted: named roles and
 * assigned review group members); every step that changes a case is the business unit's.
 */
@Configuration(proxyBeanMethods = false)
class ReviewRoutes {

    static final String[] READERS = {Role.BUSINESS_UNIT.name(), Role.LEAD_PARTNER.name(), Role.EXECUTIVE_MEMBER.name(),
            Role.INDEPENDENT_SCRUTINEER.name(), Role.REVIEW_GROUP_MEMBER.name()};

    static final String[] REPORT_READERS = {Role.BUSINESS_UNIT.name(), Role.LEAD_PARTNER.name(), Role.EXECUTIVE_MEMBER.name(),
            Role.INDEPENDENT_SCRUTINEER.name()};

    @Bean
    RouteRules reviewRouteRules() {
        return routes -> routes
                .requestMatchers("/agency/summaries", "/agency/summaries/*").hasRole(Role.AGENCY_LEAD.name())
                .requestMatchers("/reviews/refer", "/reviews/referral-sent").hasAnyRole(Role.AGENCY_LEAD.name(), Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.GET, "/reviews/learning-to-impact", "/reviews/themes", "/reviews/timeliness",
                        "/reviews/timeliness.csv").hasAnyRole(REPORT_READERS)
                .requestMatchers(HttpMethod.GET, "/reviews", "/reviews/{id}", "/reviews/{id}/learning").hasAnyRole(READERS)
                .requestMatchers("/reviews/{id}/**").hasRole(Role.BUSINESS_UNIT.name());
    }

    @Bean
    NavigationItem caseloadNavigation() {
        return new NavigationItem(20, "nav.reviews", "/reviews", Set.of(Role.BUSINESS_UNIT, Role.LEAD_PARTNER,
                Role.EXECUTIVE_MEMBER, Role.INDEPENDENT_SCRUTINEER, Role.REVIEW_GROUP_MEMBER));
    }

    @Bean
    NavigationItem learningToImpactNavigation() {
        return new NavigationItem(22, "nav.learningToImpact", "/reviews/learning-to-impact", Set.of(Role.BUSINESS_UNIT,
                Role.LEAD_PARTNER, Role.EXECUTIVE_MEMBER, Role.INDEPENDENT_SCRUTINEER));
    }

    @Bean
    NavigationItem agencySummariesNavigation() {
        return new NavigationItem(23, "nav.agencySummaries", "/agency/summaries", Set.of(Role.AGENCY_LEAD));
    }

    @Bean
    NavigationItem referNavigation() {
        return new NavigationItem(21, "nav.refer", "/reviews/refer", Set.of(Role.AGENCY_LEAD));
    }

    @Bean
    DashboardPanel caseloadPanel(Caseload caseload) {
        return new DashboardPanel(5, "dashboard.reviews.title", "dashboard.reviews.description", "/reviews",
                "dashboard.reviews.link", Set.of(Role.BUSINESS_UNIT), user -> {
                    long[] counts = caseload.counts();
                    return List.of(new DashboardPanel.Figure("dashboard.reviews.open", counts[0]),
                            new DashboardPanel.Figure("dashboard.reviews.flagged", counts[1]));
                });
    }

    @Bean
    DashboardPanel referPanel() {
        return new DashboardPanel(6, "dashboard.refer.title", "dashboard.refer.description", "/reviews/refer",
                "dashboard.refer.link", Set.of(Role.AGENCY_LEAD), user -> List.of());
    }
}
