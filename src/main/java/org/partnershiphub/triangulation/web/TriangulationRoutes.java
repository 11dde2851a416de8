package org.partnershiphub.triangulation.web;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.partnershiphub.triangulation.internal.Triangulation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the triangulation routes: readers across agencies see every agency's page and the areas; an agency's
 * safeguarding lead sees its own agency's page (decided per agency by {@link Triangulation}); only the business unit
 * changes the areas.
 */
@Configuration(proxyBeanMethods = false)
class TriangulationRoutes {

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    @Bean
    RouteRules triangulationRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/triangulation/areas", "/triangulation/areas/{areaId}").hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.GET, "/triangulation/areas/{areaId}").hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.GET, "/triangulation", "/triangulation/areas").hasAnyRole(names(Triangulation.READERS))
                .requestMatchers(HttpMethod.GET, "/triangulation/agencies/{agencyId}")
                .hasAnyRole(names(Stream.concat(Triangulation.READERS.stream(), Stream.of(Role.AGENCY_LEAD)).collect(Collectors.toSet())));
    }

    @Bean
    NavigationItem triangulationNavigation() {
        return new NavigationItem(38, "nav.triangulation", "/triangulation", Triangulation.READERS);
    }
}
