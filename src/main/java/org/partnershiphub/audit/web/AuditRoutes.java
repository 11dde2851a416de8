package org.partnershiphub.audit.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.audit.internal.AuditQueries;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Only the auditor (data protection officer) reads the audit trail. */
@Configuration(proxyBeanMethods = false)
class AuditRoutes {

    @Bean
    RouteRules auditRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/audit", "/audit/checkpoint").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/audit/export", "/audit/verify").hasRole(Role.AUDITOR.name());
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem(95, "nav.audit", "/audit", Set.of(Role.AUDITOR));
    }

    @Bean
    DashboardPanel auditPanel(AuditQueries queries) {
        return new DashboardPanel(30, "dashboard.audit.title", "dashboard.audit.description", "/audit",
                "dashboard.audit.link", Set.of(Role.AUDITOR),
                user -> List.of(new DashboardPanel.Figure("dashboard.audit.entries", queries.count())));
    }
}
