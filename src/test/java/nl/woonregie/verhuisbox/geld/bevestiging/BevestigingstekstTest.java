package nl.woonregie.verhuisbox.geld.bevestiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.verhuisbox.geld.bevestiging.Bevestigingstekst.Gegevens;
import nl.woonregie.verhuisbox.geld.bevestiging.Bevestigingstekst.Vergoeding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The confirmation after the intake as the team's example e-mail has it (inventory §5.3, 002:L10082–L10110): a golden
 * copy for the example's case (three provinces, maatwerk transferred, the documents still needed, travel, first rent
 * and furnishing à € 1.750 as a gift outside Den Haag and a loan inside), and the parts that depend on the data.
 * Record anew with {@code -Dgouden.bijwerken=true}.
 */
class BevestigingstekstTest {

    static final List<Vergoeding> REGELS_DEN_HAAG = List.of(
            new Vergoeding("EERSTE_HUUR", "Eerste huurnota", true, false, new BigDecimal("1000.00")),
            new Vergoeding("INRICHTING", "Inrichtingskosten (woninginrichting)", true, false,
                    new BigDecimal("1750.00")),
            new Vergoeding("REISKOSTEN", "Reiskosten (bezichtigingen)", true, false, new BigDecimal("75.00")),
            new Vergoeding("BORG", "Borg (waarborgsom)", false, false, new BigDecimal("1000.00")));

    static Gegevens voorbeeld(BigDecimal maatwerk, List<String> ontbrekend) {
        return new Gegevens("Fatima El Amrani (fictief)", LocalDate.of(2022, 3, 14),
                List.of("Gelderland", "Overijssel", "Flevoland"), maatwerk, ontbrekend, REGELS_DEN_HAAG, "Den Haag",
                "casemanager.jansen");
    }

    @Test
    void de_bevestiging_van_het_voorbeeld_uit_de_werkinstructie() throws Exception {
        String tekst = Bevestigingstekst.tekst(voorbeeld(new BigDecimal("250.00"), List.of(
                "Inkomensverklaring (IB60), beide partners",
                "Officieel BRP-uittreksel met woonhistorie (geen printscreen)")));
        Path gouden = Path.of("src", "test", "resources", "post", "verhuisbox-intakebevestiging.txt");
        if (Boolean.getBoolean("gouden.bijwerken")) {
            Files.writeString(gouden, tekst, StandardCharsets.UTF_8);
        }
        assertThat(tekst).isEqualTo(Files.readString(gouden, StandardCharsets.UTF_8));
        assertThat(Bevestigingstekst.onderwerp(LocalDate.of(2022, 3, 14)))
                .isEqualTo("Bevestiging van de afspraken uit het intakegesprek van 14 maart 2022");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            geen maatwerk          | 0      | maak wij
            maatwerk toegezegd     | 250.00 | maken wij € 250,00 aan u over
            maatwerk met centen    | 45.5   | maken wij € 45,50 aan u over
            """)
    void het_maatwerkbedrag_staat_er_alleen_als_het_is_toegezegd(String geval, String bedrag, String zin) {
        String tekst = Bevestigingstekst.tekst(voorbeeld(new BigDecimal(bedrag), List.of()));
        if (new BigDecimal(bedrag).signum() == 0) {
            assertThat(tekst).as(geval).doesNotContain("maatwerkbudget");
        } else {
            assertThat(tekst).as(geval).contains(zin);
        }
        assertThat(tekst).doesNotContain("documenten van u nodig");
    }

    @Test
    void gift_en_lening_volgen_de_regels_van_het_jaar() {
        String tekst = Bevestigingstekst.tekst(voorbeeld(BigDecimal.ZERO, List.of()));
        assertThat(tekst).contains("buiten de gemeente Den Haag, dan betaalt de gemeente als gift: eerste huurnota "
                + "(€ 1.000,00), inrichtingskosten (woninginrichting) (€ 1.750,00) en reiskosten (bezichtigingen) "
                + "(€ 75,00); als lening: borg (waarborgsom) (€ 1.000,00). Is de woning in de gemeente Den Haag, dan "
                + "is dit een lening: eerste huurnota (€ 1.000,00), inrichtingskosten (woninginrichting) (€ 1.750,00), "
                + "reiskosten (bezichtigingen) (€ 75,00) en borg (waarborgsom) (€ 1.000,00).");
        assertThat(Bevestigingstekst.opsomming(List.of("a"))).isEqualTo("a");
        assertThat(Bevestigingstekst.opsomming(List.of("a", "b", "c"))).isEqualTo("a, b en c");
    }
}
