package nl.woonregie.doorbraakplan.pijplijn;

import static nl.woonregie.doorbraakplan.pijplijn.Leadstatus.AFGEVALLEN;
import static nl.woonregie.doorbraakplan.pijplijn.Leadstatus.ANALYSE;
import static nl.woonregie.doorbraakplan.pijplijn.Leadstatus.BESCHIKBAARHEID;
import static nl.woonregie.doorbraakplan.pijplijn.Leadstatus.HAALBAARHEIDSONDERZOEK;
import static nl.woonregie.doorbraakplan.pijplijn.Leadstatus.INGEDIEND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrechterTest {

    static Trechter.Trede trede(Trechter.Uitkomst u, Leadstatus s) {
        return u.treden().stream().filter(t -> t.stand() == s).findFirst().orElseThrow();
    }

    @Test
    void de_groslijst_van_42_met_24_afgevallen_op_beschikbaarheid_laat_er_18_over() {
        List<Trechter.Pad> paden = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            paden.add(i < 24 ? new Trechter.Pad(List.of(INGEDIEND, BESCHIKBAARHEID, AFGEVALLEN), "NIET_BESCHIKBAAR")
                    : new Trechter.Pad(List.of(INGEDIEND, BESCHIKBAARHEID, ANALYSE), null));
        }
        Trechter.Uitkomst u = Trechter.tel(paden);
        assertThat(u.leads()).isEqualTo(42);
        Trechter.Trede b = trede(u, BESCHIKBAARHEID);
        assertThat(b.bereikt()).isEqualTo(42);
        assertThat(b.afgevallen()).isEqualTo(24);
        assertThat(b.over()).isEqualTo(18);
        assertThat(trede(u, ANALYSE).nu()).isEqualTo(18);
        assertThat(u.afgevallen()).containsExactly(new Trechter.Afval(BESCHIKBAARHEID, "NIET_BESCHIKBAAR", 24));
    }

    @Test
    void negen_aan_de_wethouder_voorgelegd_en_drie_afgevallen_laat_er_zes_over_geen_zeven() {
        List<Trechter.Pad> paden = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            paden.add(i < 3 ? new Trechter.Pad(List.of(INGEDIEND, BESCHIKBAARHEID, ANALYSE, AFGEVALLEN),
                    "BESLUIT_WETHOUDERS")
                    : new Trechter.Pad(List.of(INGEDIEND, BESCHIKBAARHEID, ANALYSE, HAALBAARHEIDSONDERZOEK), null));
        }
        Trechter.Trede analyse = trede(Trechter.tel(paden), ANALYSE);
        assertThat(analyse.bereikt()).isEqualTo(9);
        assertThat(analyse.afgevallen()).isEqualTo(3);
        assertThat(analyse.over()).isEqualTo(6).isNotEqualTo(7);
        assertThat(analyse.doorgegaan() + analyse.nu()).isEqualTo(analyse.over());
    }

    @Test
    void elke_trede_telt_op_bereikt_is_afgevallen_plus_doorgegaan_plus_nu() {
        Trechter.Uitkomst u = Trechter.tel(List.of(
                new Trechter.Pad(List.of(INGEDIEND), null),
                new Trechter.Pad(List.of(INGEDIEND, AFGEVALLEN), "ANDERS"),
                new Trechter.Pad(List.of(INGEDIEND, BESCHIKBAARHEID, ANALYSE, HAALBAARHEIDSONDERZOEK,
                        Leadstatus.COLLEGEVOORSTEL, Leadstatus.AANGEWEZEN), null),
                new Trechter.Pad(List.of(), null)));
        assertThat(u.leads()).isEqualTo(3);
        for (Trechter.Trede t : u.treden()) {
            assertThat(t.bereikt()).as(t.stand().name()).isEqualTo(t.afgevallen() + t.doorgegaan() + t.nu());
        }
        assertThat(trede(u, INGEDIEND)).isEqualTo(new Trechter.Trede(INGEDIEND, 3, 1, 1, 1));
        assertThat(trede(u, Leadstatus.AANGEWEZEN).nu()).isEqualTo(1);
    }
}
