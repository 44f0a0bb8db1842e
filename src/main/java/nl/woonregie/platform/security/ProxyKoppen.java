package nl.woonregie.platform.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Forwarded-*} and {@code Forwarded} headers are honoured only when the request comes straight from a
 * configured reverse proxy ({@code woonregie.proxies}: its addresses, comma-separated; none by default). Then the
 * request is the client's as the proxy saw it: its scheme (so {@code isSecure()} is true behind HTTPS, the session
 * cookie gets {@code Secure} and HSTS is sent), host, port and address (which the audit trail and the login throttle
 * use). From anyone else the headers are removed, so a client cannot claim another address or scheme. Tomcat's own
 * handling ({@code server.forward-headers-strategy}) is off: it trusts every private address by default.
 */
class ProxyKoppen extends OncePerRequestFilter {

    private final Set<String> proxies;
    private final ForwardedHeaderFilter volgen = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter wissen = new ForwardedHeaderFilter();

    ProxyKoppen(String proxies) {
        this.proxies = proxies == null ? Set.of() : Arrays.stream(proxies.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        wissen.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        (proxies.contains(request.getRemoteAddr()) ? volgen : wissen).doFilter(request, response, chain);
    }
}
