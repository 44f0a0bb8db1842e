package nl.woonregie.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the signed-in account (or nothing) as {@code gebruiker} on every request, for the navigation and the
 * role-specific parts of the pages. A request attribute rather than a model attribute: the error pages (404 of an
 * unknown path, 403 and 409 of a refused action) are built by exception handlers with a model of their own, and a
 * signed-in user must keep the navigation there too.
 */
@Configuration(proxyBeanMethods = false)
class HuidigeGebruiker implements WebMvcConfigurer {

    static final String ATTRIBUUT = "gebruiker";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.getPrincipal() instanceof Gebruiker g) {
                    request.setAttribute(ATTRIBUUT, g);
                }
                return true;
            }
        });
    }
}
