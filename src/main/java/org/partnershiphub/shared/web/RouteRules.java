package org.partnershiphub.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares an explicit authorisation rule for every route it serves by contributing one of these beans.
 * The security configuration applies them all and denies anything no module claimed.
 */
@FunctionalInterface
public interface RouteRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
