package org.partnershiphub.challenges.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.challenges.internal.ChallengeLog;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the challenge log's routes: the partnership's leaders, the independent scrutineer and the business unit
 * read the log and its report; only the business unit records and changes entries. An agency's safeguarding lead reads
 * and answers the challenges addressed to their agency: open to them at route level, then decided per entry (their own
 * agency only) by {@link ChallengeLog}.
 */
@Configuration(proxyBeanMethods = false)
class ChallengeRoutes {

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    private static String[] readersAnd(Role role) {
        return java.util.stream.Stream.concat(ChallengeLog.READERS.stream(), java.util.stream.Stream.of(role)).map(Enum::name)
                .toArray(String[]::new);
    }

    @Bean
    RouteRules challengeRouteRules() {
        return routes -> routes
                // the fixed pages first: "/challenges/new" must not fall under "/challenges/{entryId}"
                .requestMatchers(HttpMethod.GET, "/challenges/new", "/challenges/{entryId}/edit").hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.POST, "/challenges", "/challenges/{entryId}/edit").hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.GET, "/challenges", "/challenges/report", "/challenges/export.csv")
                .hasAnyRole(names(ChallengeLog.READERS))
                .requestMatchers(HttpMethod.GET, "/challenges/to-my-agency").hasRole(Role.AGENCY_LEAD.name())
                .requestMatchers(HttpMethod.GET, "/challenges/{entryId}/response").hasAnyRole(Role.BUSINESS_UNIT.name(), Role.AGENCY_LEAD.name())
                .requestMatchers(HttpMethod.POST, "/challenges/{entryId}/response").hasAnyRole(Role.BUSINESS_UNIT.name(), Role.AGENCY_LEAD.name())
                .requestMatchers(HttpMethod.GET, "/challenges/{entryId}").hasAnyRole(readersAnd(Role.AGENCY_LEAD));
    }

    @Bean
    NavigationItem challengeNavigation() {
        return new NavigationItem(60, "nav.challenges", "/challenges", ChallengeLog.READERS);
    }

    @Bean
    DashboardPanel challengeReportPanel(ChallengeLog log) {
        return new DashboardPanel(60, "dashboard.challengeReport.title", "dashboard.challengeReport.description", "/challenges/report",
                "dashboard.challengeReport.link", Set.of(Role.LEAD_PARTNER, Role.EXECUTIVE_MEMBER, Role.INDEPENDENT_SCRUTINEER),
                user -> List.of(new DashboardPanel.Figure("dashboard.challenges.overdue", log.overdueCount())));
    }

    @Bean
    DashboardPanel challengeLogPanel(ChallengeLog log) {
        return new DashboardPanel(60, "dashboard.challengeLog.title", "dashboard.challengeLog.description", "/challenges",
                "dashboard.challengeLog.link", Set.of(Role.BUSINESS_UNIT),
                user -> List.of(new DashboardPanel.Figure("dashboard.challenges.overdue", log.overdueCount())));
    }

    @Bean
    DashboardPanel challengesToMyAgencyPanel(ChallengeLog log) {
        return new DashboardPanel(61, "dashboard.challengesToAgency.title", "dashboard.challengesToAgency.description",
                "/challenges/to-my-agency", "dashboard.challengesToAgency.link", Set.of(Role.AGENCY_LEAD),
                user -> List.of(new DashboardPanel.Figure("dashboard.challengesToAgency.awaiting", log.awaitingResponse(user.agencyId()))));
    }
}
