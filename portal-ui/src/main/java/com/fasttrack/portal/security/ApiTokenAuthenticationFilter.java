package com.fasttrack.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs an API request in with {@code Authorization: Bearer ftp_…}: the token's hash must belong to an active
 * token of an enabled user. A presented but unknown, revoked or disabled token answers 401 at once, and is counted
 * against the client address: too many lock bearer sign-in from there for a while ({@link SignInThrottling}), and
 * while locked every bearer request from the address answers the same 401 without its token being looked at.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final int PREFIX_LENGTH = 10;

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final UserDetailsService users;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SignInThrottling throttling;
    private final SecurityContextHolderStrategy strategy;

    ApiTokenAuthenticationFilter(ApiTokens tokens, UserAccounts accounts, UserDetailsService users,
                                 TransactionTemplate transactions, Clock clock, SignInThrottling throttling,
                                 SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
        this.throttling = throttling;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring("Bearer ".length()).strip();
        String address = ClientAddress.of(request).orElse("unknown");
        if (throttling.tokensLocked(address)) {
            throttling.tokenRefused(address, prefix(presented), "bearer tokens from this address are locked");
            refuse(response);
            return;
        }
        String hash = ApiToken.hash(presented);
        Instant now = Instant.now(clock);
        Optional<PortalUser> user = transactions.execute(status -> tokens
                .useActive(hash, now)
                .flatMap(token -> accounts.findById(token.userId()))
                .filter(UserAccount::enabled)
                .flatMap(account -> load(account.email().value())));
        if (user == null || user.isEmpty()) {
            Optional<ApiToken> expired = tokens.findByHash(hash).filter(token -> token.active() && token.expired(now));
            if (expired.isPresent()) {
                throttling.tokenRefused(address, prefix(presented), "expired on " + expired.get().expiresAt(),
                        expired.get().userId());
            } else {
                throttling.tokenRefused(address, prefix(presented),
                        "unknown, revoked or expired, or its user disabled");
            }
            refuse(response);
            return;
        }
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }

    /** The same answer for every refused token, locked or not. */
    private static void refuse(HttpServletResponse response) throws IOException {
        // written here, not via sendError: an error dispatch would end on the login page instead
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"invalid or revoked token\"}");
    }

    /**
     * The token's public prefix (its first ten characters, shown on the tokens page), which may be logged; never the
     * token, and nothing of a presented text that is not a portal token at all (it could be anybody's secret).
     */
    private static String prefix(String presented) {
        return presented.startsWith(ApiToken.MARK) && presented.length() > PREFIX_LENGTH
                ? presented.substring(0, PREFIX_LENGTH) : "(not a portal token)";
    }

    private Optional<PortalUser> load(String email) {
        try {
            return Optional.of((PortalUser) users.loadUserByUsername(email));
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
