package org.partnershiphub.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.partnershiphub.identity.AccountStatus;
import org.partnershiphub.identity.internal.AccountQueries;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.DashboardPanel.Figure;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Authorisation rules, navigation and dashboard panels of the identity module. */
@Configuration(proxyBeanMethods = false)
class IdentityRoutes {

    @Bean
    RouteRules identityRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/sign-in", "/signed-out").permitAll()
                .requestMatchers("/invitation/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/oauth2/authorization/*", "/login/oauth2/code/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/sign-out").authenticated()
                .requestMatchers(HttpMethod.GET, "/account", "/account/keep-alive").authenticated()
                .requestMatchers("/account/password").authenticated()
                // the business unit runs the partnership's boards and groups: it creates them and manages their members
                .requestMatchers("/admin/groups", "/admin/groups/**").hasAnyRole(Role.ADMINISTRATOR.name(), Role.BUSINESS_UNIT.name())
                .requestMatchers("/admin/users", "/admin/users/**", "/admin/organisations", "/admin/access-review",
                        "/admin/access-review.csv").hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers("/agency/people", "/agency/people/**").hasRole(Role.AGENCY_LEAD.name());
    }

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem(90, "nav.users", "/admin/users", Set.of(Role.ADMINISTRATOR));
    }

    @Bean
    NavigationItem agencyPeopleNavigation() {
        return new NavigationItem(80, "nav.agencyPeople", "/agency/people", Set.of(Role.AGENCY_LEAD));
    }

    @Bean
    DashboardPanel peopleAndAccessPanel(AccountQueries queries) {
        return new DashboardPanel(10, "dashboard.people.title", "dashboard.people.description", "/admin/users",
                "dashboard.people.link", Set.of(Role.ADMINISTRATOR),
                user -> List.of(new Figure("dashboard.people.active", queries.count(AccountStatus.ACTIVE)),
                        new Figure("dashboard.people.invited", queries.count(AccountStatus.INVITED)),
                        new Figure("dashboard.people.disabled", queries.count(AccountStatus.DISABLED))));
    }

    @Bean
    DashboardPanel accessReviewPanel() {
        return new DashboardPanel(11, "dashboard.accessReview.title", "dashboard.accessReview.description",
                "/admin/access-review", "dashboard.accessReview.link", Set.of(Role.ADMINISTRATOR), user -> List.of());
    }

    @Bean
    DashboardPanel organisationsPanel(AccountQueries queries) {
        return new DashboardPanel(12, "dashboard.organisations.title", "dashboard.organisations.description",
                "/admin/organisations", "dashboard.organisations.link", Set.of(Role.ADMINISTRATOR),
                user -> List.of(new Figure("dashboard.organisations.count", queries.organisations().size())));
    }

    @Bean
    DashboardPanel groupsPanel(AccountQueries queries) {
        return new DashboardPanel(13, "dashboard.groups.title", "dashboard.groups.description", "/admin/groups",
                "dashboard.groups.link", Set.of(Role.ADMINISTRATOR, Role.BUSINESS_UNIT),
                user -> List.of(new Figure("dashboard.groups.count", queries.groups().size())));
    }

    @Bean
    DashboardPanel agencyPeoplePanel() {
        return new DashboardPanel(20, "dashboard.agencyPeople.title", "dashboard.agencyPeople.description",
                "/agency/people", "dashboard.agencyPeople.link", Set.of(Role.AGENCY_LEAD), user -> List.of());
    }

    @Bean
    DashboardPanel accountPanel() {
        return new DashboardPanel(100, "dashboard.account.title", "dashboard.account.description", "/account",
                "dashboard.account.link", EnumSet.allOf(Role.class), user -> List.of());
    }
}
