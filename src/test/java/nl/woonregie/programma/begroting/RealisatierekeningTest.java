package nl.woonregie.programma.begroting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.programma.begroting.Realisatieplan.Jaardeel;
import nl.woonregie.programma.begroting.Realisatieplan.Realisatie;
import nl.woonregie.programma.begroting.Realisatieplan.Verdeling;
import nl.woonregie.programma.begroting.Realisatiestand.Regelstand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Budget against spending (ADR 0045), as tables of cases: exhaustion, the linear forecast to the end, the transfer of
 * unspent money with its destination, and the controller's split of a multi-year line per year.
 */
class RealisatierekeningTest {

    private static final String RESERVE = "toegevoegd aan de reserve MO/BW";

    /** One line of the given years and amount, with figures "jaar:bedrag:maand;…" (empty: none). */
    private static Regelstand regel(String bedrag, int van, int tot, String figuren, String eigenRest) {
        Realisatiestand s = bereken(List.of(new Realisatieplan.Regel(1, new BigDecimal(bedrag), van, tot, eigenRest)),
                figuren(1, figuren), List.of());
        return s.regels().get(0);
    }

    private static List<Realisatie> figuren(int regel, String figuren) {
        List<Realisatie> l = new ArrayList<>();
        if (figuren != null && !figuren.isBlank()) {
            for (String f : figuren.split(";")) {
                String[] d = f.split(":");
                l.add(new Realisatie(regel, Integer.parseInt(d[0]), new BigDecimal(d[1]), Integer.parseInt(d[2])));
            }
        }
        return l;
    }

    private static Realisatiestand bereken(List<Realisatieplan.Regel> regels, List<Realisatie> realisaties,
            List<Verdeling> verdelingen) {
        Begroting b = Begrotingsrekening.bereken(new Begrotingsplan(2020, 2022, List.of(), List.of(),
                regels.stream().map(r -> new Begrotingsplan.Regel(r.nummer(), r.bedrag(), r.vanJaar(), r.totJaar(),
                        null, null, List.of(), "Rijk")).toList(), null));
        return Realisatierekening.bereken(new Realisatieplan(b, regels, realisaties, verdelingen, RESERVE));
    }

    @ParameterizedTest(name = "{0} begroot, {1} gerealiseerd → {2} %")
    @CsvSource(textBlock = """
            # begroot,   figures (year:amount:month),  exhaustion, remaining
            1000.00,     2020:430.00:12,               43,         570.00
            1000.00,     2020:434.99:12,               43,         565.01
            1000.00,     2020:435.00:12,               44,         565.00
            800000.00,   2020:812500.00:12,            102,        -12500.00
            1000.00,     2020:0.00:12,                 0,          1000.00
            """)
    void uitputting_is_gerealiseerd_gedeeld_door_begroot_in_hele_procenten(String begroot, String figuren,
            int uitputting, String resterend) {
        Regelstand s = regel(begroot, 2020, 2020, figuren, null);
        assertThat(s.uitputting()).isEqualByComparingTo(Integer.toString(uitputting));
        assertThat(s.resterend()).isEqualByComparingTo(resterend);
    }

    @ParameterizedTest(name = "{0}–{1}, {3} → prognose {4}")
    @CsvSource(textBlock = """
            # years, amount,  figures,                              forecast,  transfer, definitive
            2020, 2020, 1200.00,  2020:300.00:3,                    1200.00,   ,         false
            2020, 2020, 1200.00,  2020:400.00:3,                    1600.00,   ,         false
            2020, 2020, 1000.00,  2020:100.00:7,                    171.43,    828.57,   false
            2020, 2021, 900000.00, 2020:420000.00:12;2021:180000.00:6, 800000.00, 100000.00, false
            2020, 2021, 900000.00, 2021:300000.00:12,               300000.00, 600000.00, true
            2020, 2021, 900000.00, 2020:900000.00:12;2021:0.00:12,  900000.00, ,         true
            2021, 2022, 475000.00, 2021:150000.00:12,               300000.00, 175000.00, false
            """)
    void de_prognose_is_lineair_uit_de_gerealiseerde_maanden_en_aan_het_einde_de_realisatie(int van, int tot,
            String bedrag, String figuren, String prognose, String overheveling, boolean definitief) {
        Regelstand s = regel(bedrag, van, tot, figuren, null);
        assertThat(s.prognose()).isEqualByComparingTo(prognose);
        if (overheveling == null) {
            assertThat(s.overheveling()).isNull();
        } else {
            assertThat(s.overheveling().bedrag()).isEqualByComparingTo(overheveling);
            assertThat(s.overheveling().definitief()).isEqualTo(definitief);
            assertThat(s.overheveling().bestemming()).isEqualTo(RESERVE);
        }
    }

    @Test
    void zonder_realisatie_geen_prognose_en_geen_overheveling() {
        Regelstand s = regel("500.00", 2020, 2021, "", null);
        assertThat(s.prognose()).isNull();
        assertThat(s.overheveling()).isNull();
        assertThat(s.prognoseAfleiding()).isEqualTo("nog geen realisatie: geen prognose");
        assertThat(s.gerealiseerd()).isEqualByComparingTo("0");
    }

    @Test
    void de_afleiding_van_de_prognose_en_de_overheveling_staan_er_in_het_nederlands_bij() {
        Regelstand s = regel("900000.00", 2020, 2021, "2020:420000.00:12;2021:180000.00:6", null);
        assertThat(s.prognoseAfleiding()).isEqualTo("€ 600.000,00 gerealiseerd in 18 van de 24 maanden (januari 2020 "
                + "tot en met juni 2021), lineair doorgetrokken: € 600.000,00 × 24 / 18 = € 800.000,00");
        assertThat(s.overheveling().afleiding()).isEqualTo("€ 900.000,00 − € 800.000,00 prognose = € 100.000,00 "
                + "→ " + RESERVE);
    }

    @ParameterizedTest(name = "eigen bestemming {0} → {1}")
    @CsvSource(textBlock = """
            naar de algemene reserve,  naar de algemene reserve
            ,                          toegevoegd aan de reserve MO/BW
            """)
    void de_overheveling_gaat_naar_de_bestemming_van_de_regel_anders_van_het_programma(String eigen,
            String bestemming) {
        Regelstand s = regel("1000.00", 2020, 2020, "2020:600.00:12", eigen);
        assertThat(s.overheveling().bedrag()).isEqualByComparingTo("400.00");
        assertThat(s.overheveling().bestemming()).isEqualTo(bestemming);
        assertThat(s.overheveling().definitief()).isTrue();
    }

    @Test
    void een_meerjarige_regel_zonder_verdeling_is_een_reeks_met_verdeling_telt_hij_per_jaar_gemarkeerd() {
        List<Realisatieplan.Regel> regels = List.of(new Realisatieplan.Regel(1, new BigDecimal("100.00"), 2020, 2020,
                null), new Realisatieplan.Regel(2, new BigDecimal("475.00"), 2021, 2022, null),
                new Realisatieplan.Regel(3, new BigDecimal("900.00"), 2020, 2021, null));
        List<Realisatie> figuren = new ArrayList<>(figuren(1, "2020:100.00:12"));
        figuren.addAll(figuren(2, "2021:150.00:12"));
        figuren.addAll(figuren(3, "2020:400.00:12"));
        Realisatiestand zonder = bereken(regels, figuren, List.of());
        assertThat(zonder.perJaar()).extracting(Realisatiestand.Jaarstand::jaar).containsExactly(2020);
        assertThat(zonder.meerjarig()).extracting(Realisatiestand.Spanstand::vanJaar).containsExactly(2020, 2021);
        assertThat(zonder.regels().get(1).jaren()).allSatisfy(j -> assertThat(j.begroot()).isNull());

        Realisatiestand met = bereken(regels, figuren, List.of(new Verdeling(2, List.of(
                new Jaardeel(2021, new BigDecimal("175.00")), new Jaardeel(2022, new BigDecimal("300.00"))))));
        assertThat(met.perJaar()).extracting(Realisatiestand.Jaarstand::jaar).containsExactly(2020, 2021, 2022);
        Realisatiestand.Jaarstand j2021 = met.perJaar().get(1);
        assertThat(j2021.verdeeldeRegels()).containsExactly(2);
        assertThat(j2021.stand().begroot()).isEqualByComparingTo("175.00");
        assertThat(j2021.stand().gerealiseerd()).isEqualByComparingTo("150.00");
        assertThat(j2021.stand().uitputting()).isEqualByComparingTo("86");
        assertThat(j2021.stand().prognose()).isEqualByComparingTo("150.00");
        assertThat(met.perJaar().get(2).stand().prognose()).as("after the latest figure: unknown").isNull();
        assertThat(met.meerjarig()).extracting(Realisatiestand.Spanstand::vanJaar).containsExactly(2020);
        assertThat(met.regels().get(1).verdeeld()).isTrue();
        assertThat(met.regels().get(1).prognose()).as("the split does not change the line's forecast")
                .isEqualByComparingTo(zonder.regels().get(1).prognose());
    }

    @Test
    void een_groep_heeft_een_prognose_alleen_als_elke_regel_er_een_heeft() {
        List<Realisatieplan.Regel> regels = List.of(new Realisatieplan.Regel(1, new BigDecimal("100.00"), 2020, 2020,
                null), new Realisatieplan.Regel(2, new BigDecimal("200.00"), 2020, 2020, null));
        Realisatiestand s = bereken(regels, figuren(1, "2020:50.00:6"), List.of());
        assertThat(s.totaal().begroot()).isEqualByComparingTo("300.00");
        assertThat(s.totaal().gerealiseerd()).isEqualByComparingTo("50.00");
        assertThat(s.totaal().uitputting()).isEqualByComparingTo("17");
        assertThat(s.totaal().prognose()).isNull();
        assertThat(s.totaal().zonderRealisatie()).containsExactly(2);
        List<Realisatie> beideFiguren = new ArrayList<>(figuren(1, "2020:50.00:6"));
        beideFiguren.addAll(figuren(2, "2020:200.00:12"));
        Realisatiestand beide = bereken(regels, beideFiguren, List.of());
        assertThat(beide.totaal().prognose()).isEqualByComparingTo("300.00");
        assertThat(beide.overhevelingen()).as("nothing is left: no transfer").isEmpty();
    }
}
