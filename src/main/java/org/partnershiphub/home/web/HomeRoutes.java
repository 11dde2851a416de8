package org.partnershiphub.home.web;

import java.util.EnumSet;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class HomeRoutes {

    @Bean
    RouteRules homeRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/", "/accessibility", "/privacy").permitAll()
                .requestMatchers(HttpMethod.GET, "/dashboard").authenticated();
    }

    @Bean
    NavigationItem dashboardNavigation() {
        return new NavigationItem(0, "nav.dashboard", "/dashboard", EnumSet.allOf(Role.class));
    }
}
