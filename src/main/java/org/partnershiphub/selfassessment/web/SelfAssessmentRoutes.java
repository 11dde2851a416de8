package org.partnershiphub.selfassessment.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.partnershiphub.selfassessment.internal.SelfAssessments;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the self-assessment routes: readers across agencies (business unit, lead partners, Executive,
 * independent scrutineer, subgroup members) see cycles, returns and reports; agencies' safeguarding leads see and
 * answer their own agency's returns (decided per return by {@link SelfAssessments}); only the business unit keeps the
 * standards library, opens cycles, escalates and moderates.
 */
@Configuration(proxyBeanMethods = false)
class SelfAssessmentRoutes {

    private static Set<Role> readersAndLeads() {
        return Stream.concat(SelfAssessments.READERS.stream(), Stream.of(Role.AGENCY_LEAD)).collect(Collectors.toSet());
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    @Bean
    RouteRules selfAssessmentRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        String lead = Role.AGENCY_LEAD.name();
        return routes -> routes
                // fixed pages first: "/self-assessment/cycles/new" must not fall under "/self-assessment/cycles/{cycleId}"
                .requestMatchers(HttpMethod.GET, "/self-assessment/standards/new", "/self-assessment/standards/{standardId}/edit",
                        "/self-assessment/cycles/new", "/self-assessment/returns/{returnId}/standards/{standardId}/moderate").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/self-assessment/standards", "/self-assessment/standards/{standardId}/edit",
                        "/self-assessment/cycles", "/self-assessment/cycles/{cycleId}/escalate",
                        "/self-assessment/returns/{returnId}/standards/{standardId}/moderate",
                        "/self-assessment/returns/{returnId}/moderation").hasRole(bu)
                .requestMatchers(HttpMethod.GET, "/self-assessment/cycles/{cycleId}", "/self-assessment/cycles/{cycleId}/report")
                .hasAnyRole(names(SelfAssessments.READERS))
                .requestMatchers("/self-assessment/returns/{returnId}/standards/{standardId}", "/self-assessment/returns/{returnId}/submit")
                .hasAnyRole(bu, lead)
                .requestMatchers(HttpMethod.GET, "/self-assessment", "/self-assessment/standards", "/self-assessment/returns/{returnId}",
                        "/self-assessment/returns/{returnId}/return.pdf", "/self-assessment/returns/{returnId}/files/{fileId}")
                .hasAnyRole(names(readersAndLeads()));
    }

    @Bean
    NavigationItem selfAssessmentNavigation() {
        return new NavigationItem(36, "nav.selfAssessment", "/self-assessment", readersAndLeads());
    }

    @Bean
    DashboardPanel returnsPanel(SelfAssessments assessments) {
        return new DashboardPanel(27, "dashboard.returns.title", "dashboard.returns.description", "/self-assessment",
                "dashboard.returns.link", Set.of(Role.BUSINESS_UNIT, Role.EXECUTIVE_MEMBER, Role.LEAD_PARTNER, Role.INDEPENDENT_SCRUTINEER),
                user -> {
                    long[] outstanding = assessments.outstanding();
                    return List.of(new DashboardPanel.Figure("dashboard.returns.notIn", outstanding[0]),
                            new DashboardPanel.Figure("dashboard.returns.overdue", outstanding[1]));
                });
    }

    @Bean
    DashboardPanel ownReturnPanel(SelfAssessments assessments) {
        return new DashboardPanel(27, "dashboard.ownReturn.title", "dashboard.ownReturn.description", "/self-assessment",
                "dashboard.ownReturn.link", Set.of(Role.AGENCY_LEAD),
                user -> List.of(new DashboardPanel.Figure("dashboard.ownReturn.open", assessments.openReturnsOf(user.agencyId()))));
    }
}
