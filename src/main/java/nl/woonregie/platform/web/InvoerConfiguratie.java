package nl.woonregie.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Malformed input is refused at the edge, in one place for every endpoint and page: NUL in parameters and path
 * variables ({@link OngeldigeTekens}), and Tomcat's own errors as problem+json or a Dutch page
 * ({@link TomcatFoutValve}). JSON bodies: {@link JsonInvoer}; errors before a controller is chosen:
 * {@link VerzoekFoutAdvice}.
 */
@Configuration(proxyBeanMethods = false)
class InvoerConfiguratie implements WebMvcConfigurer {

    private final OngeldigeTekens ongeldigeTekens;

    InvoerConfiguratie(OngeldigeTekens ongeldigeTekens) {
        this.ongeldigeTekens = ongeldigeTekens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(ongeldigeTekens);
    }

    @Bean
    Foutpagina tomcatFoutpagina(ApiVersie api) {
        return new Foutpagina(api.versie());
    }

    /**
     * Puts {@link TomcatFoutValve} on the host in place of Tomcat's {@link ErrorReportValve}. Runs after Spring Boot's
     * customizers (order 0), whose context customizer adds an {@link ErrorReportValve} without details that is
     * removed here; the host's valve class names ours, so that the host adds no default one when it starts.
     */
    static final class Foutpagina implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final String apiVersie;

        Foutpagina(String apiVersie) {
            this.apiVersie = apiVersie;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standaard) {
                    standaard.setErrorReportValveClass(TomcatFoutValve.class.getName());
                }
                TomcatFoutValve valve = new TomcatFoutValve(apiVersie);
                valve.setShowReport(false);
                valve.setShowServerInfo(false);
                host.getPipeline().addValve(valve);
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
