package nl.woonregie.toezicht.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import nl.woonregie.toezicht.regels.BeleidskaderLezer.Fout;
import org.junit.jupiter.api.Test;

/** Validating a beleidskader names every error, each with its line, not only the first. */
class BeleidskaderValidatieTest {

    @Test
    void de_meegeleverde_en_de_voorbeeldkaders_zijn_geldig() throws IOException {
        for (String bestand : new String[] {"/beleidskaders/zuid-holland-2020.yaml",
                "/beleidskaders/voorbeeld-kwartaal-2025.yaml",
                "/beleidskaders/voorbeeld-jaar-2025.yaml"}) {
            assertThat(BeleidskaderLezer.valideer(tekst(bestand))).as(bestand).isEmpty();
        }
    }

    @Test
    void elke_fout_met_zijn_regel() throws IOException {
        String yaml = tekst("/beleidskaders/voorbeeld-jaar-2025.yaml")
                .replace("  peildag: 25", "  peildag: 31")
                .replace("      naam: bestuurlijk overleg\n", "")
                .replace("      besluitVereist: true", "      besluitVereist: ja")
                .replace("  minimaalMaanden: 3", "  minimaalMaanden: drie");
        String[] regels = yaml.split("\n", -1);
        assertThat(BeleidskaderLezer.valideer(yaml)).containsExactlyInAnyOrder(
                new Fout(regel(regels, "peildag: 31"), "kalender.peildag", "moet tussen 1 en 28 liggen, niet 31"),
                new Fout(regel(regels, "- code: \"2\""), "ladder.treden[2].naam", "ontbreekt"),
                new Fout(regel(regels, "besluitVereist: ja"), "ladder.treden[3].besluitVereist",
                        "moet true of false zijn"),
                new Fout(regel(regels, "minimaalMaanden: drie"), "stapelgemeente.minimaalMaanden",
                        "moet een geheel getal zijn"));
    }

    @Test
    void een_ontbrekend_veld_krijgt_de_regel_van_zijn_ouder_en_lees_weigert_met_alle_fouten() throws IOException {
        String yaml = tekst("/beleidskaders/voorbeeld-jaar-2025.yaml")
                .replace("  indientermijnDagen: 10\n", "").replace("provincie: PV29\n", "");
        String[] regels = yaml.split("\n", -1);
        assertThat(BeleidskaderLezer.valideer(yaml)).containsExactlyInAnyOrder(
                new Fout(0, "provincie", "ontbreekt"),
                new Fout(regel(regels, "huurcontracten:"), "huurcontracten.indientermijnDagen",
                        "moet een geheel getal zijn"));
        assertThatThrownBy(() -> BeleidskaderLezer.lees(yaml, "kader.yaml"))
                .isInstanceOf(BeleidskaderLezer.OngeldigBeleidskader.class)
                .hasMessageContaining("Beleidskader kader.yaml: ")
                .hasMessageContaining("provincie ontbreekt")
                .hasMessageContaining("regel " + regel(regels, "huurcontracten:")
                        + ": huurcontracten.indientermijnDagen moet een geheel getal zijn");
    }

    @Test
    void een_verschreven_veld_wordt_genoemd_met_zijn_regel_in_plaats_van_stil_de_standaard_te_nemen() throws IOException {
        // "tussentijdsetoets" and "besluitvereist" would otherwise be read as absent: no mid-period check, no decision
        String yaml = tekst("/beleidskaders/voorbeeld-kwartaal-2025.yaml")
                .replace("  tussentijdseToets: true", "  tussentijdsetoets: true")
                .replaceFirst("      besluitVereist: true", "      besluitvereist: true")
                + "opmerking: vergeten\n";
        String[] regels = yaml.split("\n", -1);
        assertThat(BeleidskaderLezer.valideer(yaml)).contains(
                new Fout(regel(regels, "tussentijdsetoets: true"), "kalender.tussentijdsetoets",
                        "is onbekend; wel bekend: periode, peildag, tussentijdseToets"),
                new Fout(regel(regels, "opmerking: vergeten"), "opmerking",
                        "is onbekend; wel bekend: id, naam, provincie, bron, geldigVanaf, geldigTot, kalender, "
                                + "ladder, tussentijdseToets, drempelNietStijgen, teltMee, stapelgemeente, "
                                + "huurcontracten"))
                .anySatisfy(f -> {
                    assertThat(f.pad()).endsWith(".besluitvereist");
                    assertThat(f.regel()).isEqualTo(regel(regels, "besluitvereist: true"));
                });
    }

    @Test
    void kapotte_yaml_noemt_de_regel() {
        assertThat(BeleidskaderLezer.valideer("id: x\nladder: [\n  treden\nnaam: y\n"))
                .singleElement().satisfies(f -> {
                    assertThat(f.regel()).isPositive();
                    assertThat(f.melding()).startsWith("is geen geldige YAML");
                });
    }

    private static int regel(String[] regels, String inhoud) {
        for (int i = 0; i < regels.length; i++) {
            if (regels[i].contains(inhoud)) {
                return i + 1;
            }
        }
        throw new AssertionError("niet gevonden: " + inhoud);
    }

    private static String tekst(String bestand) throws IOException {
        try (InputStream in = BeleidskaderValidatieTest.class.getResourceAsStream(bestand)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
