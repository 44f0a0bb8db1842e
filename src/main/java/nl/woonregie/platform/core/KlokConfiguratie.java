package nl.woonregie.platform.core;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's {@link Clock}: "now" and "today" (Europe/Amsterdam) for rules with deadlines, such as the
 * indientermijn of leases. Injected wherever the time matters, so that tests can replace it.
 */
@Configuration(proxyBeanMethods = false)
class KlokConfiguratie {

    static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock klok() {
        return Clock.system(TIJDZONE);
    }
}
