package com.fasttrack.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The user of the current request or UI access, if one is signed in. */
@Component
public class CurrentUser {

    /** This application's strategy (the one method security reads), not whatever the static holder holds now. */
    private final SecurityContextHolderStrategy strategy;

    CurrentUser(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public Optional<PortalUser> get() {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; for code that only runs behind authentication. */
    public PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /**
     * Puts the renewed principal into the signed-in context, which is the one the HTTP session holds: after the
     * user's own password change its session carries the new session epoch and stays open while the others end.
     */
    public void renew(PortalUser renewed) {
        PortalUser user = require();
        if (!user.equals(renewed)) {
            throw new IllegalArgumentException("Another user");
        }
        strategy.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
    }
}
