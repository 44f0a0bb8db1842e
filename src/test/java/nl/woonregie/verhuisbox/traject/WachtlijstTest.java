package nl.woonregie.verhuisbox.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import nl.woonregie.verhuisbox.Categorie;
import org.junit.jupiter.api.Test;

/** The waiting-list order: explicit, the same for everyone, deterministic whatever the input order. */
class WachtlijstTest {

    static final LocalDate D = LocalDate.of(2026, 3, 1);

    final List<Wachtlijst.Wachtende> lijst = List.of(
            new Wachtlijst.Wachtende(5, Categorie.HUISHOUDEN, D.plusDays(2), 0),
            new Wachtlijst.Wachtende(3, Categorie.HUISHOUDEN, D.plusDays(1), 2),
            new Wachtlijst.Wachtende(9, Categorie.HUISHOUDEN, D, 0),
            new Wachtlijst.Wachtende(7, Categorie.HUISHOUDEN, D, 0),
            new Wachtlijst.Wachtende(8, Categorie.JONGERE, D, 0));

    @Test
    void kinderen_eerst_dan_datum_van_complete_aanmelding_dan_kenmerk() {
        List<Wachtlijst.Plaats> p = Wachtlijst.orden(lijst, Categorie.HUISHOUDEN, true, 52);
        assertThat(p).extracting(x -> x.wachtende().casus()).containsExactly(3L, 7L, 9L, 5L);
        assertThat(p.get(0).uitleg()).contains("met kinderen (voorrang)");
        assertThat(p.get(2).uitleg()).contains("gelijk aan de vorige, dus op kenmerk VHB-9");
        assertThat(p).extracting(Wachtlijst.Plaats::verwachteWeken).containsExactly(1, 2, 3, 4);
    }

    @Test
    void zonder_voorrangsregel_alleen_datum_en_kenmerk() {
        assertThat(Wachtlijst.orden(lijst, Categorie.HUISHOUDEN, false, 50)).extracting(x -> x.wachtende().casus())
                .containsExactly(7L, 9L, 3L, 5L);
    }

    @Test
    void de_volgorde_hangt_niet_af_van_de_volgorde_van_invoer() {
        List<Wachtlijst.Wachtende> geschud = new ArrayList<>(lijst);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(geschud, new Random(i));
            assertThat(Wachtlijst.orden(geschud, Categorie.HUISHOUDEN, true, 50))
                    .isEqualTo(Wachtlijst.orden(lijst, Categorie.HUISHOUDEN, true, 50));
        }
    }

    @Test
    void per_categorie_en_verwachte_wachttijd_uit_de_jaarcapaciteit() {
        assertThat(Wachtlijst.orden(lijst, Categorie.JONGERE, true, 14)).singleElement()
                .satisfies(p -> assertThat(p.verwachteWeken()).isEqualTo(4));
        assertThat(Wachtlijst.verwachteWeken(1, 0)).isEqualTo(-1);
    }
}
