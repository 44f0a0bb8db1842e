package nl.woonregie.toezicht.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.Test;

/** The scenario reader is strict: a typo in a scenario is an error naming file and place, never a check that is skipped. */
class RondeScenarioLezerTest {

    static final String KOP = """
            naam: test
            provincie: PV28
            cijfers:
              GM0518:
                beginstand: {periode: 2021-I, saldo: 3, trede: "1"}
                taakstelling: {2021-I: 100}
                coa: {2021-03-31: {gehuisvest: 40, koppelingen: 70}}
            """;

    static RondeScenario lees(String yaml) {
        return RondeScenario.lees("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void een_scenario_met_datums_als_tekst_en_een_vervolg_van_dezelfde_ronde() {
        RondeScenario s = lees(KOP + """
                rondes:
                  - peildatum: 2021-04-01
                    verwacht:
                      GM0518: {tredeNa: 2, uitkomst: null, volgendePeriode: {opgave: 535}}
                  - peildatum: 2021-04-01
                    herberekenen: ja
                    vaststellen: ja
                """);
        assertThat(s.cijfers().get("GM0518").beginstand()).isEqualTo(new RondeScenario.Beginstand(
                Periode.of("2021-I"), 3, "1"));
        assertThat(s.cijfers().get("GM0518").coa()).containsOnlyKeys(LocalDate.of(2021, 3, 31));
        assertThat(s.stappen()).extracting(RondeScenario.Stap::vervolg).containsExactly(false, true);
        assertThat(s.stappen().get(0).verwacht().get("GM0518")).containsEntry("tredeNa", 2)
                .containsEntry("uitkomst", null);
        assertThat(s.stappen().get(1).vaststellen().geblokkeerd()).isEmpty();
    }

    @Test
    void een_onbekende_sleutel_noemt_bestand_plek_en_de_toegestane_sleutels() {
        assertThatThrownBy(() -> lees(KOP + """
                rondes:
                  - peildatum: 2021-04-01
                    brieven:
                      GM0518: {bevat_niet: [CONCEPT]}
                """)).hasMessageContaining("test.yaml: rondes[1].brieven.GM0518.bevat_niet: onbekende sleutel")
                .hasMessageContaining("bevatNiet");
    }

    @Test
    void een_getal_met_een_punt_in_een_brief_moet_tussen_aanhalingstekens() {
        assertThatThrownBy(() -> lees(KOP + """
                rondes:
                  - peildatum: 2021-04-01
                    brieven:
                      GM0518: {bevat: [1.592]}
                """)).hasMessageContaining("bevat[1]").hasMessageContaining("\"1.592\"");
    }

    @Test
    void rondes_staan_op_volgorde_en_herberekenen_hoort_bij_een_vervolg() {
        assertThatThrownBy(() -> lees(KOP + """
                rondes:
                  - peildatum: 2021-07-01
                  - peildatum: 2021-04-01
                """)).hasMessageContaining("rondes[2].peildatum").hasMessageContaining("op volgorde");
        assertThatThrownBy(() -> lees(KOP + """
                rondes:
                  - peildatum: 2021-04-01
                    herberekenen: ja
                """)).hasMessageContaining("rondes[1].herberekenen");
        assertThatThrownBy(() -> lees(KOP + """
                rondes:
                  - peildatum: 2021-05-01
                """)).hasMessageContaining("1 januari, 1 april, 1 juli of 1 oktober");
    }

    @Test
    void geblokkeerd_vaststellen_noemt_de_fouten_en_later_standaard_alleen_voor_wie_eerst_uitgezonderd_was() {
        assertThatThrownBy(() -> lees(KOP + """
                rondes:
                  - peildatum: 2021-04-01
                    vaststellen: {overschrijven: reden}
                """)).hasMessageContaining("vaststellen.geblokkeerd");
        assertThatThrownBy(() -> lees(KOP + """
                standaardcijfers: {perioden: 2021-I t/m 2021-I, taakstelling: 10, tussenstand: {gehuisvest: 5, koppelingen: 10}, eindstand: {gehuisvest: 10, koppelingen: 5}}
                rondes:
                  - peildatum: 2021-04-01
                    cijfers: {GM0638: standaard}
                """)).hasMessageContaining("rondes[1].cijfers.GM0638").hasMessageContaining("behalve");
    }
}
