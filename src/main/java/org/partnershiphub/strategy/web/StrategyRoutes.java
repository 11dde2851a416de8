package org.partnershiphub.strategy.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.partnershiphub.strategy.internal.BusinessPlans;
import org.partnershiphub.strategy.internal.PlanDashboard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the business plan's routes: the plan is read by the partnership's leaders, subgroups and agency leads;
 * only the business unit writes it. Posting an update is open to the readers at route level and then decided per
 * action (its lead person, its lead agency's safeguarding lead, or the business unit) by the permission service.
 */
@Configuration(proxyBeanMethods = false)
class StrategyRoutes {

    static final Set<Role> PLAN_READERS = BusinessPlans.LEAD_ROLES;

    private static String[] readers() {
        return PLAN_READERS.stream().map(Enum::name).toArray(String[]::new);
    }

    @Bean
    RouteRules strategyRouteRules() {
        return routes -> routes
                // the business unit's pages first: "/plan/new" must not fall under the readers' "/plan/{id}"
                .requestMatchers(HttpMethod.GET, "/plan/new", "/plan/{id}/edit", "/plan/{id}/agree", "/plan/{id}/priorities/new",
                        "/plan/{id}/priorities/{priorityId}/edit", "/plan/{id}/actions/new", "/plan/actions/{id}/edit",
                        "/plan/{id}/import", "/plan/{id}/import/{jobId}", "/plan/{id}/import/{jobId}/rejected.xlsx", "/plan/import-template.xlsx", "/plan/import-template.csv",
                        "/plan/{id}/outcomes/{outcomeId}/edit", "/plan/{id}/leads", "/plan/{id}/priorities/{priorityId}/outcomes/new")
                .hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.POST, "/plan", "/plan/{id}/edit", "/plan/{id}/agree", "/plan/{id}/priorities",
                        "/plan/{id}/priorities/{priorityId}/edit", "/plan/{id}/actions", "/plan/actions/{id}/edit", "/plan/{id}/import",
                        "/plan/{id}/import/{jobId}/confirm", "/plan/{id}/import/{jobId}/columns", "/plan/{id}/outcomes/{outcomeId}/edit",
                        "/plan/{id}/leads", "/plan/{id}/priorities/{priorityId}/outcomes")
                .hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.GET, "/plan", "/plan/actions", "/plan/my-actions", "/plan/dashboard", "/plan/{id}",
                        "/plan/{id}/dashboard", "/plan/{id}/export.xlsx", "/plan/{id}/export.pdf", "/plan/actions/{id}",
                        "/plan/actions/{id}/evidence/{fileId}").hasAnyRole(readers())
                .requestMatchers(HttpMethod.POST, "/plan/actions/{id}/updates").hasAnyRole(readers());
    }

    @Bean
    DashboardPanel planPanel(BusinessPlans plans, PlanDashboard dashboard) {
        return new DashboardPanel(20, "dashboard.planPanel.title", "dashboard.planPanel.description", "/plan/dashboard",
                "dashboard.planPanel.link", Set.of(Role.EXECUTIVE_MEMBER, Role.LEAD_PARTNER, Role.INDEPENDENT_SCRUTINEER, Role.BUSINESS_UNIT),
                user -> plans.currentPlan().map(plan -> {
                    PlanDashboard.Line totals = dashboard.view(plan.getId()).totals();
                    return List.of(new DashboardPanel.Figure("dashboard.plan.overdue", totals.overdue()),
                            new DashboardPanel.Figure("dashboard.plan.noUpdate", totals.noUpdate()));
                }).orElse(List.of()));
    }

    @Bean
    DashboardPanel myActionsPanel(BusinessPlans plans) {
        return new DashboardPanel(21, "myActions.title", "dashboard.myActions.description", "/plan/my-actions", "dashboard.myActions.link",
                PLAN_READERS, user -> {
                    long[] counts = plans.ledCounts(user.userId());
                    return List.of(new DashboardPanel.Figure("dashboard.myActions.led", counts[0]),
                            new DashboardPanel.Figure("dashboard.plan.noUpdate", counts[1]));
                });
    }

    @Bean
    NavigationItem planNavigation() {
        return new NavigationItem(30, "nav.plan", "/plan", PLAN_READERS);
    }
}
