package org.partnershiphub.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (which Boot registers for Thymeleaf because the WebJars locator turns the
 * resource chain on) passes every link a page writes through the resource resolvers; for a link that is not a static
 * file (almost all of them) that means several failed class path look-ups inside the jar, never cached, so a page
 * with 2,000 links spent seconds on them. Here only WebJar links, the ones the filter exists for (it writes the
 * WebJar's version into them), go through it; every other link is encoded as the servlet container does.
 */
@Configuration(proxyBeanMethods = false)
class WebJarUrlEncodingFilter {

    static final String WEBJARS = "/webjars/";

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new OnlyWebJars());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class OnlyWebJars extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse original)) {
                chain.doFilter(request, response);
                return;
            }
            String webJars = http.getContextPath() + WEBJARS;
            super.doFilter(request, response, (req, encoding) -> chain.doFilter(req,
                    new HttpServletResponseWrapper((HttpServletResponse) encoding) {
                        @Override
                        public String encodeURL(String url) {
                            return url.startsWith(webJars) ? super.encodeURL(url) : original.encodeURL(url);
                        }
                    }));
        }
    }
}
