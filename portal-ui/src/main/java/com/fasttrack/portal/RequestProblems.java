package com.fasttrack.portal;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * Requests refused before any controller sees them (Spring Security's firewall: an encoded NUL, slash or semicolon
 * in the path; Tomcat: a request line or header over its size, an invalid character) still answer a 400 problem
 * detail ({@code application/problem+json}) instead of a redirect to the sign-in page or Tomcat's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class RequestProblems {

    private static final Logger log = LoggerFactory.getLogger(RequestProblems.class);

    /** The problem detail body for a status whose text is fixed: nothing the caller sent is echoed. */
    static String json(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\"}";
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            log.info("Request refused by the firewall: {}", rejected.getMessage());
            write(response, HttpStatus.BAD_REQUEST.value(), "Bad request",
                    "The address holds characters that are not allowed.");
        };
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, title, detail));
    }
}
