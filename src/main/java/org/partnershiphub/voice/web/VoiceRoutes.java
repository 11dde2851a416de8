package org.partnershiphub.voice.web;

import java.util.List;
import java.util.Set;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.partnershiphub.voice.internal.VoiceRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the voice routes: anyone reads the published "you said, we did" page; the partnership's leaders, the
 * independent scrutineer and subgroup members read the records; only the business unit records, changes and publishes.
 */
@Configuration(proxyBeanMethods = false)
class VoiceRoutes {

    private static final String[] READERS = VoiceRecords.READERS.stream().map(Enum::name).toArray(String[]::new);

    @Bean
    RouteRules voiceRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/you-said-we-did").permitAll()
                .requestMatchers(HttpMethod.GET, "/voice/new", "/voice/{itemId}/edit").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/voice", "/voice/{itemId}/edit", "/voice/{itemId}/publish", "/voice/{itemId}/unpublish").hasRole(bu)
                .requestMatchers(HttpMethod.GET, "/voice", "/voice/export.csv", "/voice/{itemId}").hasAnyRole(READERS);
    }

    @Bean
    NavigationItem voiceNavigation() {
        return new NavigationItem(75, "nav.voice", "/voice", VoiceRecords.READERS);
    }

    @Bean
    DashboardPanel voicePanel(VoiceRecords records) {
        return new DashboardPanel(75, "dashboard.voice.title", "dashboard.voice.description", "/voice?awaiting=true",
                "dashboard.voice.link", Set.of(Role.BUSINESS_UNIT),
                user -> List.of(new DashboardPanel.Figure("dashboard.voice.awaiting", records.awaitingResponse())));
    }
}
