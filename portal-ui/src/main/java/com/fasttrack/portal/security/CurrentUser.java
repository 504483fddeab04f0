package com.fasttrack.portal.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The user of the current request or UI access, if one is signed in. */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; for code that only runs behind authentication. */
    public PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
