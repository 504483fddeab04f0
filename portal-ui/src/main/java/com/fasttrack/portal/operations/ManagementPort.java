package com.fasttrack.portal.operations;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port the actuator's own web server listens on, once it has started (management.server.port; 0 picks a free
 * one). Its event is published in the management child context and reaches this one, its parent.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    static final String NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** Whether the request came in on the management server (never when the actuator shares the main port). */
    boolean received(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
