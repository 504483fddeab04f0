package com.fasttrack.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Signs in with e-mail and password, throttled per account and address ({@link SignInThrottling}). Whatever the
 * reason for a refusal (unknown account, wrong password, locked, disabled) the answer is the same and so is the
 * work done: the password hash is always checked, against a dummy hash when there is no account. Only the right
 * password of an expired one-time password says so, since its owner must ask for a new one.
 * (Being the only AuthenticationProvider bean, it replaces the DaoAuthenticationProvider Spring would build.)
 */
@Component
class PortalAuthenticationProvider implements AuthenticationProvider {

    static final String EXPIRED_ONE_TIME_PASSWORD = "One-time password expired";

    private final UserDetailsService users;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottling throttling;
    /**
     * A hash of the encoder's current kind and cost, so an unknown account costs what a known one does. Made at the
     * first sign-in, whatever its account, not at start-up (a deliberately slow hash on the start-up's critical path,
     * decision record 023).
     */
    private volatile @Nullable String dummyHash;

    PortalAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                 SignInThrottling throttling) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttling = throttling;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwordEncoder.encode(UUID.randomUUID().toString());
            dummyHash = hash;
        }
        return hash;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typed = authentication.getName() == null ? "" : authentication.getName().strip();
        String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = address(authentication);
        String dummy = dummyHash();

        boolean locked = throttling.signInLocked(typed, address);
        Optional<UserDetails> user = load(typed);
        boolean matches = matches(presented, user.map(UserDetails::getPassword).orElse(dummy), dummy);

        SignInFailure failure = failure(locked, user, matches);
        if (failure == null) {
            PortalUser signedIn = (PortalUser) user.orElseThrow();
            throttling.signInSucceeded(signedIn, address);
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(signedIn,
                    null, signedIn.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        throttling.signInFailed(typed, user.map(PortalAuthenticationProvider::id).orElse(null), address, failure);
        if (failure == SignInFailure.EXPIRED_ONE_TIME_PASSWORD) {
            throw new CredentialsExpiredException(EXPIRED_ONE_TIME_PASSWORD);
        }
        throw new BadCredentialsException("Bad credentials");
    }

    private static @Nullable SignInFailure failure(boolean locked, Optional<UserDetails> user, boolean matches) {
        if (locked) {
            return SignInFailure.LOCKED;
        }
        if (user.isEmpty()) {
            return SignInFailure.UNKNOWN_ACCOUNT;
        }
        if (!matches) {
            return SignInFailure.WRONG_PASSWORD;
        }
        if (!user.get().isEnabled()) {
            return SignInFailure.DISABLED;
        }
        if (!user.get().isAccountNonLocked() || !user.get().isAccountNonExpired()) {
            return SignInFailure.LOCKED;
        }
        if (!user.get().isCredentialsNonExpired()) {
            return SignInFailure.EXPIRED_ONE_TIME_PASSWORD;
        }
        return null;
    }

    private Optional<UserDetails> load(String typed) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(users.loadUserByUsername(typed));
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }

    private boolean matches(String presented, @Nullable String hash, String dummy) {
        try {
            return passwordEncoder.matches(presented, hash == null ? dummy : hash);
        } catch (IllegalArgumentException unreadableHash) {
            return false;
        }
    }

    private static String address(Authentication authentication) {
        return ClientAddress.current()
                .or(() -> authentication.getDetails() instanceof WebAuthenticationDetails web
                        ? Optional.ofNullable(web.getRemoteAddress()) : Optional.empty())
                .orElse("unknown");
    }

    private static @Nullable UserId id(UserDetails user) {
        return user instanceof PortalUser portalUser ? portalUser.id() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
