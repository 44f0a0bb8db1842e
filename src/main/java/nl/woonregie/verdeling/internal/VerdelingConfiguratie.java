package nl.woonregie.verdeling.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The distribution's parameters, read and checked once at start-up (a file with an error stops the start). */
@Configuration(proxyBeanMethods = false)
class VerdelingConfiguratie {

    @Bean
    Verdelingsparameters verdelingsparameters() {
        return Verdelingsparameters.vanClasspath();
    }
}
