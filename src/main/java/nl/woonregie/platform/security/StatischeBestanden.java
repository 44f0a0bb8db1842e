package nl.woonregie.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The static files (stylesheets, scripts, images, the icon): anyone may fetch them, and fetching one never reads or
 * writes the session.
 *
 * <p>Why the session matters here: Spring MVC's flash-attribute support asks for the session on every request it
 * handles, static files included, and Spring Session then saves that session at the end of the request (its last
 * access time changed). A browser fetches fonts, the icon and stylesheets while a login form is sent; a file request
 * that had loaded the session of before the login and saved it afterwards wrote that old session back over the one
 * the login had just made (Spring Session JDBC updates a session by its row's key), and the user arrived signed out.
 * This filter runs right after Spring Session's and hides the session from static-file requests; the login itself
 * moves to a new session row (see {@link SecurityConfiguration}), so no other late save can revert it either.
 */
final class StatischeBestanden extends OncePerRequestFilter {

    /** The paths of the static files, for the filter and for the access rules. */
    static final List<String> PADEN = List.of("/css/**", "/img/**", "/js/**", "/favicon.ico");

    static boolean isStatisch(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        return PADEN.stream().anyMatch(p -> p.endsWith("/**") ? pad.startsWith(p.substring(0, p.length() - 2))
                : pad.equals(p));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isStatisch(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new ZonderSessie(request), response);
    }

    /** A request that has no session and may not make one. */
    private static final class ZonderSessie extends HttpServletRequestWrapper {

        ZonderSessie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean aanmaken) {
            if (aanmaken) {
                throw new IllegalStateException("Een statisch bestand (" + getRequestURI() + ") krijgt geen sessie");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }
}
