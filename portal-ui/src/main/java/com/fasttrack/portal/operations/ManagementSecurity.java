package com.fasttrack.portal.operations;

import com.fasttrack.portal.security.Roles;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may read the actuator. Health (the liveness and readiness probes) is open to anyone: load balancers and
 * Kubernetes call it without a login, and it shows the status only. Everything else (info, prometheus) is open on
 * the management port, which the deployment keeps off the public network; should someone put the actuator on the
 * main port instead, it is for signed-in program managers only there.
 */
@Configuration
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain managementFilterChain(HttpSecurity http, ManagementPort managementPort) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(managementPort::received).permitAll()
                        .anyRequest().hasRole(Roles.PROGRAM_MANAGER))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // a probe or a scrape every few seconds must not leave a session behind each time
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                // read-only GETs
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
