package org.partnershiphub.governance.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.governance.internal.ActionLog;
import org.partnershiphub.governance.internal.GovernanceAccess;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Governance routes. Boards, meetings and the logs are read by the partnership's governance roles, with restricted
 * items, papers and minutes only for the board's members, the business unit and the independent scrutineer (checked
 * per record); the business unit runs meetings and minutes; an action's owner updates it; published minutes are public.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceRoutes {

    static final Set<Role> GOVERNANCE = GovernanceAccess.GOVERNANCE_ROLES;

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }

    @Bean
    RouteRules governanceRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/minutes", "/minutes/{id}").permitAll()
                .requestMatchers(HttpMethod.GET, "/governance/calendar/{token}.ics").permitAll() // the link is the secret
                .requestMatchers(HttpMethod.GET, "/governance/meetings.ics", "/governance/calendar").authenticated()
                .requestMatchers(HttpMethod.POST, "/governance/calendar", "/governance/calendar/stop").authenticated()
                .requestMatchers(HttpMethod.GET, "/governance/boards/{id}/edit", "/governance/boards/{id}/meetings/new",
                        "/governance/meetings/{id}/attendance", "/governance/meetings/{id}/papers", "/governance/items/{id}/minutes",
                        "/governance/items/{id}/decisions/new",
                        "/governance/items/{id}/actions/new", "/governance/items/{id}/follow-ups/new").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/governance/boards/{id}", "/governance/boards/{id}/meetings", "/governance/meetings/{id}/items",
                        "/governance/items/{id}/papers", "/governance/meetings/{id}/papers", "/governance/meetings/{id}/attendance",
                        "/governance/items/{id}/minutes",
                        "/governance/items/{id}/decisions", "/governance/items/{id}/actions", "/governance/items/{id}/follow-ups",
                        "/governance/meetings/{id}/publish").hasRole(bu)
                .requestMatchers(HttpMethod.GET, "/governance", "/governance/boards/{id}", "/governance/meetings/{id}", "/governance/items/{id}", "/governance/papers/{id}",
                        "/governance/decisions", "/governance/actions").hasAnyRole(names(GOVERNANCE))
                // an action's owner may hold any role: checked per action (owner, or governance role and board membership)
                .requestMatchers(HttpMethod.GET, "/governance/actions/{id}").authenticated()
                .requestMatchers(HttpMethod.POST, "/governance/actions/{id}").authenticated();
    }

    @Bean
    NavigationItem governanceNavigation() {
        return new NavigationItem(50, "nav.governance", "/governance", GOVERNANCE);
    }

    @Bean
    DashboardPanel governancePanel() {
        return new DashboardPanel(40, "dashboard.governance.title", "dashboard.governance.description", "/governance",
                "dashboard.governance.link", GOVERNANCE, user -> List.of());
    }

    @Bean
    DashboardPanel governanceActionsPanel(ActionLog actions) {
        return new DashboardPanel(41, "dashboard.governanceActions.title", "dashboard.governanceActions.description", "/governance/actions?mine=true",
                "dashboard.governanceActions.link", GOVERNANCE, user -> {
                    ActionLog.OwnedCounts mine = actions.countsOwnedBy(user.userId());
                    return List.of(new DashboardPanel.Figure("dashboard.governanceActions.open", mine.open()),
                            new DashboardPanel.Figure("dashboard.governanceActions.overdue", mine.overdue()));
                });
    }
}
