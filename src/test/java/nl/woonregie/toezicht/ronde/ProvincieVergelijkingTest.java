package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comparison of provinces at a peildatum: only when two or more provinces have a round then. */
@IntegratieTest
class ProvincieVergelijkingTest {

    @Autowired
    RondeService rondes;

    @Autowired
    ProvincieOverzicht overzicht;

    @Test
    void vergelijking_verschijnt_pas_bij_twee_provincies_met_een_ronde() {
        LocalDate peildatum = LocalDate.of(2045, 7, 1);
        Gebruiker beheerder = Gebruiker.met(0, "test", Toewijzing.zonderScope(Rol.BEHEERDER));
        rondes.maak("PV20", peildatum, "test-pv20", beheerder, "test");
        assertThat(overzicht.vergelijking(peildatum)).isEmpty();
        rondes.maak("PV21", peildatum, "test-pv21", beheerder, "test");
        assertThat(overzicht.vergelijking(peildatum)).extracting(ProvincieOverzicht.Vergelijking::code)
                .containsExactly("PV20", "PV21", "NL");
    }
}
