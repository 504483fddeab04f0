package com.fasttrack.portal.security;

import com.vaadin.flow.server.VaadinRequest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The client address of the current request, for throttling and the audit log: always
 * {@link HttpServletRequest#getRemoteAddr()}. {@code X-Forwarded-For} is never read here; only behind the documented
 * proxy, with {@code server.forward-headers-strategy=native}, does the server itself put the forwarded address there.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The address of the request being served on this thread (a filter, a service, a Vaadin request or push). */
    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return of(servlet.getRequest());
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? Optional.empty()
                : Optional.ofNullable(vaadin.getRemoteAddr()).filter(address -> !address.isBlank());
    }

    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable(request.getRemoteAddr()).filter(address -> !address.isBlank());
    }
}
