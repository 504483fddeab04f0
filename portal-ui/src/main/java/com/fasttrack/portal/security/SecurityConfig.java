package com.fasttrack.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every view and endpoint is denied unless it says otherwise; the login view is the only anonymous page.
 * Method security makes the services the second wall. Both chains check the session's account on every request
 * ({@link AccountSessionFilter}) and send the same security headers.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * What Vaadin's pre-compiled bundle needs and nothing more: its bootstrap is an inline script and its client
     * engine builds functions from what the server sends ('unsafe-inline', 'unsafe-eval'); its components set
     * inline styles; charts and icons come as data: and blob: URLs; push uses a same-origin WebSocket ('self'
     * covers ws:/wss: to the same host).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self'; "
            + "manifest-src 'self'; "
            + "frame-ancestors 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "object-src 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private static final String[] ROLES = {Roles.CUSTOMER, Roles.ENGINEER, Roles.PROGRAM_MANAGER, Roles.PARTNER};

    /** HSTS stays Spring's default: sent only on a secure request (HTTPS, or X-Forwarded-Proto behind the proxy). */
    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny()));
    }

    /**
     * The REST API: the browser's session or a personal token; no redirects to a login page, just 401; no CSRF
     * token needed because the API only reads (GET).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, UserAccounts accounts,
                                       UserDetailsService users, TransactionTemplate transactions, Clock clock,
                                       SignInThrottling throttling, AccountSessions sessions,
                                       SecurityContextHolderStrategy strategy)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // a streamed file completes on an async dispatch of a request that was already authorized
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        // a user who must still replace its one-time password has no role, so 403
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ROLES)
                        .anyRequest().denyAll())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, users, transactions, clock,
                        throttling, strategy),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountSessionFilter(sessions, strategy), LogoutFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) -> {
                            response.setStatus(HttpStatus.FORBIDDEN.value());
                            if (hasAuthority(strategy, PortalUser.PASSWORD_CHANGE_REQUIRED)) {
                                response.setContentType("application/json");
                                response.getWriter().write("{\"error\":\"password change required\","
                                        + "\"message\":\"Replace your one-time password in the portal first.\"}");
                            }
                        }))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        headers(http);
        return http.build();
    }

    private static boolean hasAuthority(SecurityContextHolderStrategy strategy, String authority) {
        var authentication = strategy.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals(authority));
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSessions sessions,
                                            SecurityContextHolderStrategy strategy) throws Exception {
        http.addFilterAfter(new AccountSessionFilter(sessions, strategy), LogoutFilter.class);
        headers(http);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles.css", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
