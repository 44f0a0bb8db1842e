package nl.woonregie.toezicht.opvolging;

import java.time.Clock;
import java.time.LocalDate;

import nl.woonregie.gebied.GebiedService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "Today" for the follow-up: from the application's {@link Clock} bean when there is one (tests can supply a fixed
 * clock), else the system clock; always in {@link GebiedService#TIJDZONE}.
 */
@Component
class Kalender {

    private final Clock clock;

    @Autowired
    Kalender(ObjectProvider<Clock> clock) {
        this(clock.getIfAvailable(() -> Clock.system(GebiedService.TIJDZONE)));
    }

    Kalender(Clock clock) {
        this.clock = clock;
    }

    LocalDate vandaag() {
        return LocalDate.now(clock.withZone(GebiedService.TIJDZONE));
    }
}
