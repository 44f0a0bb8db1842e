package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import nl.woonregie.programma.begroting.Begroting;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Haarlem's brede aanpak 2020–2021 (seed 003, the financial paragraph): the plan's lines as the demo loads them,
 * and every total the inventory derives (§B.4) computed from them — none typed.
 */
class HaarlemBegrotingTest {

    static Programmaplan haarlem() throws Exception {
        try (InputStream in = HaarlemBegrotingTest.class.getResourceAsStream(
                "/programma/haarlem-brede-aanpak-2020-2021.json")) {
            return JsonMapper.builder().build().readValue(in, Programmaplan.class);
        }
    }

    @Test
    void het_plan_heeft_drie_themas_zeven_doelen_dertien_projecten() throws Exception {
        Programmaplan p = haarlem();
        assertThat(p.themas()).hasSize(3);
        assertThat(p.doelen()).hasSize(7);
        assertThat(p.projecten()).hasSize(13);
        assertThat(p.regels()).hasSize(11);
    }

    @Test
    void het_totaal_is_de_som_van_de_regels_5_621_184() throws Exception {
        Begroting b = ProgrammaService.begroting(haarlem());
        assertThat(b.totaal().bedrag()).isEqualByComparingTo("5621184");
        assertThat(b.totaal().regels()).containsExactly(2, 3, 5, 6, 7, 8, 9, 10, 11);
        assertThat(b.nietBegroot()).containsExactly(1, 4);
    }

    @Test
    void per_thema_625_000_1_400_000_en_3_596_184() throws Exception {
        Begroting b = ProgrammaService.begroting(haarlem());
        assertThat(b.perThema()).extracting(Begroting.PerThema::thema).containsExactly(1, 2, 3);
        assertThat(b.perThema()).extracting(t -> t.totaal().bedrag()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("625000"), new BigDecimal("1400000"), new BigDecimal("3596184"));
        assertThat(b.perThema().get(0).totaal().regels()).containsExactly(2, 3);
        assertThat(b.perThema().get(1).totaal().regels()).containsExactly(5, 6);
        assertThat(b.perThema().get(2).totaal().regels()).containsExactly(7, 8, 9, 10, 11);
    }

    @Test
    void eenjarige_regels_2020_3_346_184_en_2021_900_000() throws Exception {
        Begroting b = ProgrammaService.begroting(haarlem());
        assertThat(b.perJaar()).extracting(Begroting.PerJaar::jaar).containsExactly(2020, 2021);
        assertThat(b.perJaar().get(0).totaal().bedrag()).isEqualByComparingTo("3346184");
        assertThat(b.perJaar().get(0).totaal().regels()).containsExactly(7, 8, 10, 11);
        assertThat(b.perJaar().get(1).totaal().bedrag()).isEqualByComparingTo("900000");
        assertThat(b.perJaar().get(1).totaal().regels()).containsExactly(3, 5, 9);
    }

    @Test
    void meerjarige_regels_blijven_onverdeeld_900_000_en_475_000() throws Exception {
        Begroting b = ProgrammaService.begroting(haarlem());
        assertThat(b.meerjarig()).hasSize(2);
        assertThat(b.meerjarig().get(0)).extracting(Begroting.Meerjarig::vanJaar, Begroting.Meerjarig::totJaar)
                .containsExactly(2020, 2021);
        assertThat(b.meerjarig().get(0).totaal().bedrag()).isEqualByComparingTo("900000");
        assertThat(b.meerjarig().get(1)).extracting(Begroting.Meerjarig::vanJaar, Begroting.Meerjarig::totJaar)
                .containsExactly(2021, 2022);
        assertThat(b.meerjarig().get(1).totaal().bedrag()).isEqualByComparingTo("475000");
    }

    @Test
    void schiphol_tot_2022_is_een_bevinding_en_het_vermelde_totaal_klopt() throws Exception {
        Begroting b = ProgrammaService.begroting(haarlem());
        assertThat(b.bevindingen()).hasSize(1);
        Begroting.Bevinding v = b.bevindingen().get(0);
        assertThat(v.soort()).isEqualTo(Begroting.Bevinding.Soort.BUITEN_PLANPERIODE);
        assertThat(v.regel()).isEqualTo(2);
        assertThat(v.toelichting()).isEqualTo("Regel 2 (€ 475.000,00, 2021–2022) loopt buiten de planperiode "
                + "2020–2021.");
    }

    @Test
    void de_gezamenlijke_regel_van_de_projecten_5_6_en_7_telt_een_keer() throws Exception {
        Begroting b = ProgrammaService.begroting(haarlem());
        assertThat(b.perProjecten()).filteredOn(p -> p.projecten().equals(List.of(5, 6, 7))).singleElement()
                .satisfies(p -> assertThat(p.totaal().bedrag()).isEqualByComparingTo("500000"));
        assertThat(b.perProjecten()).filteredOn(p -> p.projecten().equals(List.of(9))).singleElement()
                .satisfies(p -> assertThat(p.totaal().bedrag()).isEqualByComparingTo("3446184"));
        assertThat(b.perDoel()).filteredOn(d -> Integer.valueOf(4).equals(d.doel())).singleElement()
                .satisfies(d -> assertThat(d.totaal().bedrag()).isEqualByComparingTo("500000"));
        assertThat(b.perBron()).singleElement().satisfies(s -> assertThat(s.totaal().bedrag())
                .isEqualByComparingTo("5621184"));
    }
}
