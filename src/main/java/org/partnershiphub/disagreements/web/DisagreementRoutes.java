package org.partnershiphub.disagreements.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.disagreements.internal.Disagreements;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Professional disagreement routes: anyone signed in raises a disagreement and sees their own (object-level: the
 * raiser, both agencies' safeguarding leads, the named leads of the stages reached, the business unit); the business
 * unit keeps the escalation stages, sees every disagreement and the report.
 */
@Configuration(proxyBeanMethods = false)
class DisagreementRoutes {

    @Bean
    RouteRules disagreementRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/disagreements/all", "/disagreements/report", "/disagreements/report.csv",
                        "/disagreements/stages", "/disagreements/stages/new", "/disagreements/stages/{id}").hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.POST, "/disagreements/stages", "/disagreements/stages/{id}").hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.GET, "/disagreements", "/disagreements/new", "/disagreements/{disagreementId}").authenticated()
                .requestMatchers(HttpMethod.POST, "/disagreements", "/disagreements/{disagreementId}/outcome",
                        "/disagreements/{disagreementId}/withdraw").authenticated();
    }

    @Bean
    NavigationItem disagreementNavigation() {
        return new NavigationItem(45, "nav.disagreements", "/disagreements", Set.of(Role.PRACTITIONER, Role.AGENCY_LEAD));
    }

    @Bean
    NavigationItem allDisagreementsNavigation() {
        return new NavigationItem(46, "nav.allDisagreements", "/disagreements/all", Set.of(Role.BUSINESS_UNIT));
    }

    @Bean
    DashboardPanel disagreementPanel(Disagreements disagreements) {
        return new DashboardPanel(35, "dashboard.disagreements.title", "dashboard.disagreements.description", "/disagreements",
                "dashboard.disagreements.link", Set.of(Role.PRACTITIONER, Role.AGENCY_LEAD), user -> figures(disagreements.countsFor(user)));
    }

    @Bean
    DashboardPanel disagreementReportPanel(Disagreements disagreements) {
        return new DashboardPanel(36, "dashboard.disagreementReport.title", "dashboard.disagreementReport.description", "/disagreements/report",
                "dashboard.disagreementReport.link", Set.of(Role.BUSINESS_UNIT), user -> figures(disagreements.countsFor(user)));
    }

    private static List<DashboardPanel.Figure> figures(Disagreements.Counts counts) {
        return List.of(new DashboardPanel.Figure("dashboard.disagreements.open", counts.open()),
                new DashboardPanel.Figure("dashboard.disagreements.overdue", counts.overdue()));
    }
}
