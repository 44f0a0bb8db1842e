package nl.woonregie.toezicht.regels;

import static nl.woonregie.toezicht.regels.DossierBouwer.dossier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import nl.woonregie.toezicht.regels.Beoordeling.Conclusie;
import nl.woonregie.toezicht.regels.Beoordeling.Eindoordeel;
import nl.woonregie.toezicht.regels.Beoordeling.Tussentijds;
import org.junit.jupiter.api.Test;

/** A second beleidskader (a fictitious province, test-only) runs on the same engine without a code change. */
class AnderBeleidskaderTest {

    private static final Beleidskader KADER = Kaders.TEST_PROVINCIE;

    @Test
    void eigen_factor_bij_tussentijdse_toets() {
        // minimaal 50, 80% = 40
        Tussentijds t = (Tussentijds) dossier(KADER, "0").periode("2024-I", 100).tussen(40, 0L).beoordeel()
                .beoordelingen().get(0);
        assertThat(t.opSchema()).isTrue();
    }

    @Test
    void tussentijdse_toets_kan_hier_tot_trede_3_stijgen_en_trede_3_is_geen_alias() {
        Tussentijds t = (Tussentijds) dossier(KADER, "2").periode("2024-I", 100).tussen(10, 0L).beoordeel()
                .beoordelingen().get(0);
        assertThat(t.tredeNa().code()).isEqualTo("3");
        assertThat(KADER.ladder().trede("3a")).isEmpty();
    }

    @Test
    void eigen_drempel_en_eigen_besluittreden() {
        Eindoordeel drempel = (Eindoordeel) dossier(KADER, "3").periode("2024-I", 100).eind(90).beoordeel()
                .beoordelingen().get(0);
        assertThat(drempel.drempelNietStijgen()).isEqualByComparingTo("90");
        assertThat(drempel.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);

        Eindoordeel naar4 = (Eindoordeel) dossier(KADER, "3").periode("2024-I", 100).eind(10).beoordeel()
                .beoordelingen().get(0);
        assertThat(naar4.tredeNa().code()).isEqualTo("4");
        assertThat(naar4.besluitVereist()).isFalse();

        Eindoordeel naar5 = (Eindoordeel) dossier(KADER, "4").periode("2024-I", 100).eind(10).beoordeel()
                .beoordelingen().get(0);
        assertThat(naar5.conclusie()).isEqualTo(Conclusie.VOLGENDE_FASE_VOORGESTELD);
        assertThat(naar5.voorgesteldeTrede().code()).isEqualTo("5");
    }

    @Test
    void stapelgemeente_zonder_laatste_maand_voorwaarde() {
        Eindoordeel e = (Eindoordeel) dossier(KADER, "1").periode("2024-I", 100)
                .eind(new Dossier.Eindstand(10, 0, null, 0, 2, false, null)).beoordeel().beoordelingen().get(0);
        assertThat(e.stapelgemeente()).isTrue();
    }

    @Test
    void een_kapot_beleidskader_wordt_met_een_duidelijke_melding_geweigerd() {
        String yaml = "id: x\nnaam: x\nprovincie: PV99\ngeldigVanaf: '2024-01-01'\nladder:\n  treden: []\n";
        assertThatThrownBy(() -> BeleidskaderLezer.lees(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "kapot.yaml"))
                .hasMessageContaining("kapot.yaml").hasMessageContaining("ladder.treden");
    }
}
