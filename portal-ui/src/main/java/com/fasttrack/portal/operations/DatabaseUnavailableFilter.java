package com.fasttrack.portal.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The last net under every request, in front of the security filters: what reaches the database there (a bearer
 * token, the sign-in throttle) and fails because it is away answers 503 with a Retry-After and the outage message,
 * instead of a 500 and a stack trace from the servlet container.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(failed)) {
                throw failed;
            }
            DatabaseUnavailable.log(log, "a request to " + request.getRequestURI(), failed);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseUnavailableApiErrors.RETRY_AFTER_SECONDS);
            response.setCharacterEncoding("UTF-8");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\""
                    + DatabaseUnavailable.API_MESSAGE + "\"}");
        }
    }
}
