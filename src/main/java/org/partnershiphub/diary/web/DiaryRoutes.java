package org.partnershiphub.diary.web;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Anyone reads the dates for the diary and their feed; only the business unit keeps them. */
@Configuration(proxyBeanMethods = false)
class DiaryRoutes {

    @Bean
    RouteRules diaryRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/dates-for-the-diary", "/dates-for-the-diary.ics").permitAll()
                .requestMatchers(HttpMethod.GET, "/diary", "/diary/new", "/diary/{dateId}/edit").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/diary", "/diary/{dateId}/edit", "/diary/{dateId}/remove").hasRole(bu);
    }
}
