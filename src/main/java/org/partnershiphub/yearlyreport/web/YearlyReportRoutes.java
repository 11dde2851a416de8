package org.partnershiphub.yearlyreport.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.partnershiphub.yearlyreport.internal.YearlyReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the yearly report: anyone reads published reports; the quality-assurance readers (leaders, scrutineer,
 * business unit, subgroups) read figures and reports; the business unit starts, writes, records sign-offs, reopens,
 * publishes and records sending; the scrutineer writes the scrutiny section; a lead partner signs for their agency.
 * The service checks each of these again on the record.
 */
@Configuration(proxyBeanMethods = false)
class YearlyReportRoutes {

    @Bean
    RouteRules yearlyReportRouteRules() {
        String[] readers = YearlyReports.READERS.stream().map(Enum::name).toArray(String[]::new);
        String bu = Role.BUSINESS_UNIT.name();
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/yearly-reports", "/yearly-reports/{reportId}", "/yearly-reports/{reportId}/report.pdf").permitAll()
                .requestMatchers(HttpMethod.GET, "/yearly-report/reports/new", "/yearly-report/reports/{reportId}/sign-offs/new").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/yearly-report/reports", "/yearly-report/reports/{reportId}/sign-offs",
                        "/yearly-report/reports/{reportId}/reopen", "/yearly-report/reports/{reportId}/publish",
                        "/yearly-report/reports/{reportId}/sendings/{recipient}").hasRole(bu)
                .requestMatchers("/yearly-report/reports/{reportId}/sections/{section}").hasAnyRole(bu, Role.INDEPENDENT_SCRUTINEER.name())
                .requestMatchers(HttpMethod.POST, "/yearly-report/reports/{reportId}/sign-off").hasRole(Role.LEAD_PARTNER.name())
                .requestMatchers(HttpMethod.GET, "/yearly-report", "/yearly-report/reports", "/yearly-report/reports/{reportId}",
                        "/yearly-report/reports/{reportId}/report.pdf").hasAnyRole(readers);
    }

    @Bean
    NavigationItem yearlyReportNavigation() {
        return new NavigationItem(90, "nav.yearlyReport", "/yearly-report/reports", YearlyReports.READERS);
    }

    @Bean
    DashboardPanel yearlyReportPanel(YearlyReports reports) {
        return new DashboardPanel(90, "dashboard.yearly.title", "dashboard.yearly.description", "/yearly-report/reports",
                "dashboard.yearly.link", Set.of(Role.BUSINESS_UNIT, Role.LEAD_PARTNER, Role.INDEPENDENT_SCRUTINEER),
                user -> List.of(new DashboardPanel.Figure("dashboard.yearly.unpublished", reports.unpublished())));
    }
}
