package org.partnershiphub.training.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Training routes: the calendar, course pages and the calendar feed are public; anyone signed in books and manages
 * their own bookings (object-level: only their own); the business unit runs the programme.
 */
@Configuration(proxyBeanMethods = false)
class TrainingRoutes {

    static final Set<Role> EVERYONE = Set.of(Role.values());

    @Bean
    RouteRules trainingRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/training/manage", "/training/courses/new", "/training/courses/{id}/sessions/new",
                        "/training/sessions/{id}", "/training/charges.csv", "/training/sessions/{id}/register", "/training/courses/{id}/evaluation",
                        "/training/reach").hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.POST, "/training/courses", "/training/courses/{id}/sessions", "/training/sessions/{id}/capacity",
                        "/training/sessions/{id}/register", "/training/bookings/{id}/waive").hasRole(Role.BUSINESS_UNIT.name())
                .requestMatchers(HttpMethod.GET, "/training", "/training/courses/{id}", "/training/calendar.ics").permitAll()
                // the manager's approval link: managers need no account; the random token in the link is the key
                .requestMatchers(HttpMethod.GET, "/training/approvals/{token}").permitAll()
                .requestMatchers(HttpMethod.POST, "/training/approvals/{token}").permitAll()
                .requestMatchers(HttpMethod.GET, "/training/sessions/{id}/book", "/training/my-bookings", "/training/my-bookings.ics",
                        "/training/bookings/{id}/cancel", "/training/bookings/{id}/evaluation", "/training/bookings/{id}/certificate",
                        "/training/bookings/{id}/certificate.pdf").authenticated()
                .requestMatchers(HttpMethod.POST, "/training/sessions/{id}/book", "/training/bookings/{id}/cancel",
                        "/training/bookings/{id}/accept", "/training/bookings/{id}/decline", "/training/bookings/{id}/evaluation",
                        "/training/bookings/{id}/follow-up").authenticated();
    }

    @Bean
    NavigationItem trainingNavigation() {
        return new NavigationItem(40, "nav.training", "/training", EVERYONE);
    }

    @Bean
    DashboardPanel trainingPanel() {
        return new DashboardPanel(30, "dashboard.training.title", "dashboard.training.description", "/training/my-bookings",
                "dashboard.training.link", Set.of(Role.PRACTITIONER, Role.AGENCY_LEAD, Role.SUBGROUP_MEMBER, Role.REVIEW_GROUP_MEMBER),
                user -> List.of());
    }

    @Bean
    DashboardPanel trainingCoordinatorPanel() {
        return new DashboardPanel(31, "dashboard.trainingManage.title", "dashboard.trainingManage.description", "/training/manage",
                "dashboard.trainingManage.link", Set.of(Role.BUSINESS_UNIT), user -> List.of());
    }
}
