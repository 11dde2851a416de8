package org.partnershiphub.yearlyreport.web;

import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may read the yearly report's figures: the quality-assurance readers (leaders, scrutineer, business unit, subgroups). */
@Configuration(proxyBeanMethods = false)
class YearlyReportRoutes {

    @Bean
    RouteRules yearlyReportRouteRules() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/yearly-report")
                .hasAnyRole(YearlyReportController.READERS.stream().map(Enum::name).toArray(String[]::new));
    }

    @Bean
    NavigationItem yearlyReportNavigation() {
        return new NavigationItem(90, "nav.yearlyReport", "/yearly-report", YearlyReportController.READERS);
    }
}
