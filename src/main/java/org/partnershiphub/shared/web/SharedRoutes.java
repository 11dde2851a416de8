package org.partnershiphub.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Routes every visitor needs: static assets, the error page and the health check. */
@Configuration(proxyBeanMethods = false)
class SharedRoutes {

    @Bean
    RouteRules staticAndErrorRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/webjars/**", "/assets/**", "/css/**", "/js/**").permitAll()
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
    }
}
