package org.partnershiphub.scorecard.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the scorecard's routes: readers across agencies (business unit, lead partners, Executive, independent
 * scrutineer, subgroup members) and agencies' safeguarding leads read it, the latter only their own agency's
 * indicators (decided per indicator by {@link Scorecard}); agencies' safeguarding leads and the business unit enter
 * figures; only the business unit defines indicators, signs figures off and records benchmarks.
 */
@Configuration(proxyBeanMethods = false)
class ScorecardRoutes {

    private static String[] readers() {
        return Stream.concat(Scorecard.READERS.stream(), Stream.of(Role.AGENCY_LEAD)).map(Enum::name).toArray(String[]::new);
    }

    @Bean
    RouteRules scorecardRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        return routes -> routes
                // the fixed pages first: "/scorecard/indicators/new" must not fall under "/scorecard/indicators/{id}"
                .requestMatchers(HttpMethod.GET, "/scorecard/indicators/new", "/scorecard/indicators/{id}/edit", "/scorecard/benchmarks/upload").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/scorecard/indicators", "/scorecard/indicators/{id}/edit",
                        "/scorecard/indicators/{id}/figures/{quarter}/sign-off", "/scorecard/indicators/{id}/benchmarks",
                        "/scorecard/benchmarks/upload").hasRole(bu)
                .requestMatchers(HttpMethod.GET, "/scorecard/indicators/{id}/figures/{quarter}", "/scorecard/upload",
                        "/scorecard/upload/template.xlsx", "/scorecard/upload/{token}").hasAnyRole(bu, Role.AGENCY_LEAD.name())
                .requestMatchers(HttpMethod.POST, "/scorecard/upload", "/scorecard/upload/{token}/confirm").hasAnyRole(bu, Role.AGENCY_LEAD.name())
                .requestMatchers(HttpMethod.POST, "/scorecard/indicators/{id}/figures/{quarter}").hasAnyRole(bu, Role.AGENCY_LEAD.name())
                .requestMatchers(HttpMethod.GET, "/scorecard", "/scorecard/export.xlsx", "/scorecard/export.pdf", "/scorecard/indicators/{id}").hasAnyRole(readers());
    }

    @Bean
    NavigationItem scorecardNavigation() {
        return new NavigationItem(35, "nav.scorecard", "/scorecard",
                Stream.concat(Scorecard.READERS.stream(), Stream.of(Role.AGENCY_LEAD)).collect(java.util.stream.Collectors.toSet()));
    }

    @Bean
    DashboardPanel scorecardPanel(Scorecard scorecard) {
        return new DashboardPanel(25, "dashboard.scorecard.title", "dashboard.scorecard.description", "/scorecard",
                "dashboard.scorecard.link", Set.of(Role.EXECUTIVE_MEMBER, Role.LEAD_PARTNER, Role.INDEPENDENT_SCRUTINEER, Role.BUSINESS_UNIT),
                user -> List.of(new DashboardPanel.Figure("dashboard.scorecard.offTrack", scorecard.offTrack())));
    }

    @Bean
    DashboardPanel agencyFiguresPanel(Scorecard scorecard) {
        return new DashboardPanel(26, "dashboard.agencyFigures.title", "dashboard.agencyFigures.description", "/scorecard",
                "dashboard.agencyFigures.link", Set.of(Role.AGENCY_LEAD),
                user -> List.of(new DashboardPanel.Figure("dashboard.agencyFigures.awaiting", scorecard.awaitingFrom(user.agencyId()))));
    }
}
