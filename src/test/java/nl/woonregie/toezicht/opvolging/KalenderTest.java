package nl.woonregie.toezicht.opvolging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** "Today" comes from the application's Clock bean when there is one, and is a day in the Netherlands. */
class KalenderTest {

    @Test
    void vandaag_volgt_een_klok_uit_de_applicatie_in_nederlandse_tijd() {
        // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (summer time)
        Clock vast = Clock.fixed(Instant.parse("2023-06-30T22:30:00Z"), ZoneOffset.UTC);
        Kalender kalender = new Kalender(new StaticListableBeanFactory(Map.of("clock", vast))
                .getBeanProvider(Clock.class));
        assertThat(kalender.vandaag()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void zonder_klok_de_systeemklok() {
        Kalender kalender = new Kalender(new StaticListableBeanFactory().getBeanProvider(Clock.class));
        assertThat(kalender.vandaag()).isBetween(LocalDate.now(ZoneOffset.UTC).minusDays(1),
                LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    @Test
    void verlopen_is_open_en_de_deadline_voorbij() {
        LocalDate deadline = LocalDate.of(2023, 3, 1);
        assertThat(Actie.isVerlopen(Actie.Status.OPEN, deadline, deadline)).isFalse();
        assertThat(Actie.isVerlopen(Actie.Status.OPEN, deadline, deadline.plusDays(1))).isTrue();
        assertThat(Actie.isVerlopen(Actie.Status.AFGEROND, deadline, deadline.plusDays(1))).isFalse();
        assertThat(Actie.dagenVerlopen(Actie.Status.OPEN, deadline, deadline.plusDays(5))).isEqualTo(5);
        assertThat(Actie.dagenVerlopen(Actie.Status.OPEN, deadline, deadline)).isNull();
    }
}
