package nl.woonregie.platform.web;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@value ApiVersie#KOP} on every response under {@code /api/}: set before anything else runs (so also on the 401
 * and 403 of the security filter, on problem answers and on error dispatches), for every dispatcher type. Errors that
 * Tomcat answers before the application sees the request get it from {@link TomcatFoutValve}.
 */
final class ApiVersieFilter implements Filter {

    private final String versie;

    ApiVersieFilter(String versie) {
        this.versie = versie;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse antwoord
                && isApi(http)) {
            antwoord.setHeader(ApiVersie.KOP, versie);
        }
        chain.doFilter(request, response);
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        @Bean
        FilterRegistrationBean<ApiVersieFilter> apiVersieFilter(ApiVersie api) {
            FilterRegistrationBean<ApiVersieFilter> r = new FilterRegistrationBean<>(new ApiVersieFilter(api.versie()));
            r.addUrlPatterns("/api/*");
            r.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
            r.setOrder(Ordered.HIGHEST_PRECEDENCE);
            r.setName("apiVersieFilter");
            return r;
        }
    }
}
