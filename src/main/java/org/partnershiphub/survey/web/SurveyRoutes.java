package org.partnershiphub.survey.web;

import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NavigationItem;
import org.partnershiphub.shared.web.RouteRules;
import org.partnershiphub.survey.internal.Surveys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone with the link answers a published survey; the business unit writes them; the partnership's readers read
 * results, and so do agency leads, whom the service lets read only the surveys run jointly with their agency.
 */
@Configuration(proxyBeanMethods = false)
class SurveyRoutes {

    @Bean
    RouteRules surveyRouteRules() {
        String bu = Role.BUSINESS_UNIT.name();
        String[] readers = Surveys.RESULT_READERS.stream().map(Enum::name).toArray(String[]::new);
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/take/{surveyId}", "/take/{surveyId}/thank-you").permitAll()
                .requestMatchers(HttpMethod.POST, "/take/{surveyId}").permitAll()
                .requestMatchers(HttpMethod.GET, "/surveys/new", "/surveys/{surveyId}").hasRole(bu)
                .requestMatchers(HttpMethod.POST, "/surveys", "/surveys/{surveyId}/questions", "/surveys/{surveyId}/questions/{questionId}/remove",
                        "/surveys/{surveyId}/publish", "/surveys/{surveyId}/joint").hasRole(bu)
                .requestMatchers(HttpMethod.GET, "/surveys", "/surveys/{surveyId}/results", "/surveys/{surveyId}/results.csv",
                        "/surveys/{surveyId}/results.xlsx").hasAnyRole(readers);
    }

    @Bean
    NavigationItem surveyNavigation() {
        return new NavigationItem(76, "nav.surveys", "/surveys", Surveys.RESULT_READERS);
    }
}
