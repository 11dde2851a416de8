package org.partnershiphub.identity.internal;

import java.util.List;

import org.partnershiphub.shared.web.CsrfExemption;
import org.partnershiphub.shared.web.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * One filter chain for the whole hub. Every module declares its routes' rules ({@link RouteRules});
 * anything no module claimed is denied, so a new route without a rule fails closed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain hubSecurity(HttpSecurity http, List<RouteRules> routeRules, SignInThrottle throttle,
                                    SignInOutcomes outcomes, AuditingAccessDeniedHandler deniedHandler,
                                    SessionRegistry sessionRegistry, SessionRules sessionRules, OidcProperties oidc,
                                    HubOidcUserService oidcUsers, List<CsrfExemption> csrfExemptions) throws Exception {
        if (!csrfExemptions.isEmpty()) {
            http.csrf(csrf -> csrf.ignoringRequestMatchers(csrfExemptions.stream()
                    .map(e -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(e.method(), e.pattern()))
                    .toArray(RequestMatcher[]::new)));
        }
        http.authorizeHttpRequests(routes -> {
            routeRules.forEach(rules -> rules.declare(routes));
            routes.anyRequest().denyAll();
        });
        http.formLogin(form -> form
                .loginPage("/sign-in")
                .loginProcessingUrl("/sign-in")
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(outcomes)
                .failureHandler(outcomes)
                .permitAll());
        if (oidc.enabled()) {
            http.oauth2Login(login -> login
                    .loginPage("/sign-in")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .successHandler(outcomes)
                    .failureHandler(outcomes));
        }
        http.logout(logout -> logout
                .logoutUrl("/sign-out")
                .addLogoutHandler(outcomes)
                .logoutSuccessUrl("/signed-out")
                .deleteCookies("HUBSESSION")
                .invalidateHttpSession(true));
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/sign-in?ended"));
        // Relative, never built from the Host header a browser (or an attacker) sent
        LoginUrlAuthenticationEntryPoint signInFirst = new LoginUrlAuthenticationEntryPoint("/sign-in");
        signInFirst.setFavorRelativeUris(true);
        http.exceptionHandling(errors -> errors.accessDeniedHandler(deniedHandler).authenticationEntryPoint(signInFirst));
        http.headers(headers -> headers
                // sent only on requests that arrived over https (directly or through a trusted TLS proxy)
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        http.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(sessionRules, AuthorizationFilter.class);
        return http.build();
    }

    /** The two filters are components for injection; they run inside the security chain only, not twice. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SignInThrottle> signInThrottleRegistration(SignInThrottle filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SessionRules> sessionRulesRegistration(SessionRules filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
