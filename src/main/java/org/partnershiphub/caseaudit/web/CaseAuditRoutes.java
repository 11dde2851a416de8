package org.partnershiphub.caseaudit.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.partnershiphub.caseaudit.internal.CaseAudits;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the case file audit routes: readers across agencies see the programme, audits and reports; agencies'
 * safeguarding leads see the audits their agency takes part in and complete its part (decided per audit by
 * {@link CaseAudits}); only the business unit keeps tools, plans audits, adds cases, sees a child's identity with a
 * reason, and records the meeting's grades, learning and actions.
 */
@Configuration(proxyBeanMethods = false)
class CaseAuditRoutes {

    private static Set<Role> readersAndLeads() {
        return Stream.concat(CaseAudits.READERS.stream(), Stream.of(Role.AGENCY_LEAD)).collect(Collectors.toSet());
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    @Bean
    RouteRules caseAuditRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        return routes -> routes
                // fixed pages first: "/case-audits/new" must not fall under "/case-audits/{auditId}"
                .requestMatchers(HttpMethod.GET, "/case-audits/tools/new", "/case-audits/new", "/case-audits/tools/{toolId}/sections/{sectionId}",
                        "/case-audits/{auditId}/cases/{caseId}/identity", "/case-audits/{auditId}/cases/{caseId}/meeting").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/case-audits/tools", "/case-audits/tools/{toolId}/sections",
                        "/case-audits/tools/{toolId}/sections/{sectionId}", "/case-audits", "/case-audits/{auditId}/cases",
                        "/case-audits/{auditId}/cases/{caseId}/identity", "/case-audits/{auditId}/cases/{caseId}/meeting",
                        "/case-audits/{auditId}/learning", "/case-audits/{auditId}/actions", "/case-audits/{auditId}/close").hasRole(bu)
                .requestMatchers("/case-audits/{auditId}/cases/{caseId}/part")
                .hasRole(Role.AGENCY_LEAD.name())
                .requestMatchers(HttpMethod.GET, "/case-audits/{auditId}/report", "/case-audits/{auditId}/report.pdf", "/case-audits/{auditId}/report.xlsx")
                .hasAnyRole(names(CaseAudits.READERS))
                .requestMatchers(HttpMethod.GET, "/case-audits", "/case-audits/tools", "/case-audits/tools/{toolId}", "/case-audits/{auditId}",
                        "/case-audits/{auditId}/cases/{caseId}/agencies/{agencyId}").hasAnyRole(names(readersAndLeads()));
    }

    @Bean
    NavigationItem caseAuditNavigation() {
        return new NavigationItem(37, "nav.caseAudits", "/case-audits", readersAndLeads());
    }

    @Bean
    DashboardPanel ownAuditsPanel(CaseAudits audits) {
        return new DashboardPanel(28, "dashboard.caseAudits.title", "dashboard.caseAudits.description", "/case-audits",
                "dashboard.caseAudits.link", Set.of(Role.AGENCY_LEAD),
                user -> List.of(new DashboardPanel.Figure("dashboard.caseAudits.open", audits.openPartsOf(user.agencyId()))));
    }
}
