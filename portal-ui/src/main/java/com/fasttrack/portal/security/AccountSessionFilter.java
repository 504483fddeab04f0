package com.fasttrack.portal.security;

import com.fasttrack.portal.operations.DatabaseUnavailable;
import com.fasttrack.portal.security.AccountSessions.SessionEnd;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Ends a session-authenticated request's session when its account changed or its lifetime is over (see
 * {@link AccountSessions}), in both security chains, before anything acts for the user. The API answers 401; a
 * page load is sent to the login page; a Vaadin request (UIDL, heartbeat, push) goes on without a session, which
 * Vaadin answers as an expired session, so the browser reloads and lands on the login page. A short-lived cookie
 * ({@value #COOKIE}) outlives the invalidated session and tells the login page why (a fresh session has no memory
 * of the old one, and a UIDL answer cannot carry a redirect with a parameter). Static resources (the pre-compiled
 * bundle, styles, icons, the service worker) act for no one and are not checked: a page load asks for some 40 of
 * them, each of which read the account before; the page itself, its UIDL, push and dynamic resources
 * ({@code /VAADIN/dynamic/}, downloads) and the API still are.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    static final String COOKIE = "ft-session-ended";
    private static final int COOKIE_SECONDS = 120;
    private static final Logger log = LoggerFactory.getLogger(AccountSessionFilter.class);

    /** Paths (or path prefixes, ending in "/") of files that are the same for everyone. */
    private static final List<String> STATIC = List.of("/VAADIN/build/", "/VAADIN/static/", "/lumo/", "/icons/",
            "/images/", "/fonts/", "/styles.css", "/favicon.ico", "/manifest.webmanifest", "/sw.js",
            "/sw-runtime-resources-precache.js", "/offline.html", "/offline-stub.html");

    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy strategy;

    AccountSessionFilter(AccountSessions sessions, SecurityContextHolderStrategy strategy) {
        this.sessions = sessions;
        this.strategy = strategy;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return isStatic(path(request));
    }

    static boolean isStatic(String path) {
        return STATIC.stream().anyMatch(entry -> entry.endsWith("/") ? path.startsWith(entry) : path.equals(entry));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AccountSessions.keepReads(request);
        try {
            checked(request, response, chain);
        } finally {
            AccountSessions.dropReads(request);
        }
    }

    private void checked(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = strategy.getContext().getAuthentication();
        if (session == null || authentication == null
                || !(authentication.getPrincipal() instanceof PortalUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SessionEnd> end;
        try {
            end = sessions.check(user);
        } catch (RuntimeException failed) {
            if (!DatabaseUnavailable.causedBy(failed)) {
                throw failed;
            }
            databaseUnavailable(request, response, chain, failed);
            return;
        }
        if (end.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Ending a session of {}: {}", user.getUsername(), end.get());
        session.invalidate();
        strategy.clearContext();
        response.addCookie(cookie(end.get(), request.isSecure()));
        if (isApi(request)) {
            // written here, not via sendError: an error dispatch would end on the login page instead
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"session ended\",\"message\":\"" + end.get().message() + "\"}");
        } else if (request.getParameter("v-r") != null) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    /**
     * Without the database the account cannot be checked, and nothing the request could do can happen either: the
     * API's request fails (DatabaseUnavailableFilter answers 503); a page or Vaadin request goes on, so that the page
     * itself says the database is unavailable and keeps the user's input (docs/decisions/016).
     */
    private static void databaseUnavailable(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain, RuntimeException failed)
            throws IOException, ServletException {
        if (isApi(request)) {
            throw failed;
        }
        DatabaseUnavailable.log(log, "checking a session's account", failed);
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Cookie cookie(SessionEnd end, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, end.name());
        cookie.setPath("/");
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
