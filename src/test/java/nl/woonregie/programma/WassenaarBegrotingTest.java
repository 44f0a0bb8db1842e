package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import nl.woonregie.programma.begroting.Begroting.Bevinding;
import nl.woonregie.programma.begroting.Dekking;
import nl.woonregie.programma.internal.Plancontrole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wassenaar's integration plan 2017 (seed 004, §9 "Financiële dekking", 004:L548-697): its budget of persons × rates
 * as the demo loads it, and every number of the plan computed from persons, rates, fractions and the previous year's
 * balance — none typed. Where the plan states another number (2018's transfer "–"), that is a finding and the
 * computed number stands.
 */
class WassenaarBegrotingTest {

    static Programmaplan wassenaar() throws Exception {
        try (InputStream in = WassenaarBegrotingTest.class.getResourceAsStream(
                "/programma/wassenaar-integratie-statushouders-2017.json")) {
            return JsonMapper.builder().build().readValue(in, Programmaplan.class);
        }
    }

    static Dekking dekking() throws Exception {
        return ProgrammaService.dekking(wassenaar());
    }

    static Dekking.Post post(Dekking d, int nummer) {
        return d.jaren().stream().flatMap(j -> Stream.concat(j.inkomsten().stream(), j.uitgaven().stream()))
                .filter(p -> p.nummer() == nummer).findFirst().orElseThrow();
    }

    @Test
    void het_plan_is_geldig_met_zes_themas_en_zijn_eigenaar_wassenaar() throws Exception {
        Programmaplan p = wassenaar();
        assertThat(Plancontrole.controleer(p, c -> c.equals("GM0629"))).isEmpty();
        assertThat(p.eigenaar()).isEqualTo("GM0629");
        assertThat(p.besluit()).isEqualTo("Z/17/9410/26001");
        assertThat(p.themas()).extracting(Programmaplan.Thema::naam).containsExactly("Maatschappelijke begeleiding",
                "Jeugd en Onderwijs", "Participatieverklaring, Inburgering en taal", "Werk en inkomen", "Gezondheid",
                "Regie");
        // Gezondheid is named as a theme (004:L43) but has no section: no goals
        assertThat(p.doelen()).noneMatch(d -> d.thema() == 5);
        assertThat(p.dekking().regels()).hasSize(16);
    }

    @ParameterizedTest(name = "regel {0}, {1}: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            1  | Budgetoverheveling uit 2016                              | 107701.00  | gegeven bedrag
            2  | RMBA middelen oktober t/m december 2016                  | 18960.00   | 8 × € 2.370,00 (tarief RMBA-middelen per persoon vanaf 1 januari 2016) = € 18.960,00
            3  | RMBA middelen 2017                                       | 52140.00   | 22 × € 2.370,00 (tarief RMBA-middelen per persoon vanaf 1 januari 2016) = € 52.140,00
            4  | Decentralisatie-uitkering heel 2017                      | 199350.00  | 45 × € 4.430,00 (tarief decentralisatie-uitkering per persoon vanaf 1 januari 2017) = € 199.350,00
            5  | Correctie DU maanden november en december 2017           | -33225.00  | -2/12 × regel 4 (€ 199.350,00) = € -33.225,00
            8  | Participatieverklaringstraject                           | 22500.00   | 50 × € 450,00 (tarief van het plan) = € 22.500,00
            14 | Budgetoverheveling uit 2017                              | 62260.00   | saldo 2017: € 344.926,00 − € 282.666,00 = € 62.260,00
            15 | Decentralisatie-uitkering november en december 2017      | 33225.00   | 2/12 × regel 4 (€ 199.350,00) = € 33.225,00
            16 | RMBA (via decentralisatie-uitkering)                     | 35550.00   | 15 × € 2.370,00 (tarief RMBA-middelen per persoon vanaf 1 januari 2016) = € 35.550,00
            """)
    void elke_regel_is_berekend_met_haar_afleiding(int nummer, String omschrijving, BigDecimal bedrag,
            String afleiding) throws Exception {
        Dekking.Post p = post(dekking(), nummer);
        assertThat(p.omschrijving()).startsWith(omschrijving);
        assertThat(p.bedrag()).isEqualByComparingTo(bedrag);
        assertThat(p.afleiding()).isEqualTo(afleiding);
    }

    @ParameterizedTest(name = "{0}: inkomsten {1} (zonder overheveling {2}), uitgaven {3}, saldo {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2017 | 344926.00 | 344926.00 | 282666.00 | 62260.00
            2018 | 131035.00 | 68775.00  | 0.00      | 131035.00
            """)
    void per_jaar_inkomsten_uitgaven_en_het_saldo_berekend(int jaar, BigDecimal inkomsten, BigDecimal zonder,
            BigDecimal uitgaven, BigDecimal saldo) throws Exception {
        Dekking.Jaar j = dekking().jaren().stream().filter(x -> x.jaar() == jaar).findFirst().orElseThrow();
        assertThat(j.totaalInkomsten()).isEqualByComparingTo(inkomsten);
        assertThat(j.inkomstenZonderOverheveling()).isEqualByComparingTo(zonder);
        assertThat(j.totaalUitgaven()).isEqualByComparingTo(uitgaven);
        assertThat(j.saldo()).isEqualByComparingTo(saldo);
    }

    @Test
    void de_inkomsten_2017_zijn_344_926_en_2018_zonder_overheveling_68_775_zoals_het_plan_ze_vermeldt()
            throws Exception {
        Dekking d = dekking();
        Dekking.Jaar j2017 = d.jaren().get(0);
        Dekking.Jaar j2018 = d.jaren().get(1);
        assertThat(j2017.totaalInkomsten()).isEqualByComparingTo(j2017.vermeldeInkomsten())
                .isEqualByComparingTo("344926.00");
        assertThat(j2018.inkomstenZonderOverheveling()).isEqualByComparingTo(j2018.vermeldeInkomsten())
                .isEqualByComparingTo("68775.00");
        // the 2016 transfer is a given amount (2016 lies before the plan); 2018's is computed from 2017's balance
        assertThat(post(d, 1).berekening()).isEqualTo(nl.woonregie.programma.begroting.Dekkingsplan.Berekening.BEDRAG);
        assertThat(post(d, 14).bedrag()).isEqualByComparingTo(j2017.saldo());
    }

    @Test
    void de_uitgaven_282_666_zoals_het_plan_ze_vermeldt_in_2017() throws Exception {
        Dekking.Jaar j = dekking().jaren().get(0);
        assertThat(j.uitgaven()).extracting(Dekking.Post::bedrag).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50000"), new BigDecimal("20000"), new BigDecimal("22500"),
                        new BigDecimal("11000"), new BigDecimal("78000"), new BigDecimal("36400"),
                        new BigDecimal("24766"), new BigDecimal("40000"));
        assertThat(j.totaalUitgaven()).isEqualByComparingTo(j.vermeldeUitgaven()).isEqualByComparingTo("282666");
        assertThat(j.totaalInkomsten().subtract(j.totaalUitgaven())).isEqualByComparingTo("62260.00");
    }

    @Test
    void de_overheveling_uit_2017_die_het_plan_als_streepje_vermeldt_is_een_bevinding_geen_correctie()
            throws Exception {
        Dekking d = dekking();
        assertThat(d.bevindingen()).extracting(Bevinding::soort).containsExactly(
                Bevinding.Soort.VERMELD_BEDRAG_WIJKT_AF, Bevinding.Soort.VERMELD_JAARTOTAAL_WIJKT_AF);
        Bevinding overheveling = d.bevindingen().get(0);
        assertThat(overheveling.regel()).isEqualTo(14);
        assertThat(overheveling.toelichting()).isEqualTo("Regel 14 (Budgetoverheveling uit 2017, 2018): het plan "
                + "vermeldt – (nihil); berekend is € 62.260,00 (saldo 2017: € 344.926,00 − € 282.666,00 = "
                + "€ 62.260,00).");
        assertThat(d.bevindingen().get(1).toelichting()).isEqualTo("Het plan vermeldt voor de inkomsten 2018 een "
                + "totaal van € 68.775,00; berekend is € 131.035,00. Het vermelde totaal is de som zonder de "
                + "overheveling uit 2017 (€ 62.260,00 berekend): het plan rekent met de overheveling zoals het haar "
                + "vermeldt.");
        // the stated numbers are kept next to the computed ones
        assertThat(post(d, 14).vermeldBedrag()).isEqualByComparingTo("0");
        assertThat(d.jaren().get(1).vermeldeInkomsten()).isEqualByComparingTo("68775.00");
        assertThat(post(d, 14).bedrag()).isEqualByComparingTo("62260.00");
    }

    @Test
    void meer_personen_meer_geld_en_het_saldo_schuift_mee_naar_het_volgende_jaar() throws Exception {
        Programmaplan p = wassenaar();
        List<Programmaplan.Dekkingsregel> regels = p.dekking().regels().stream().map(r -> r.nummer() != 3 ? r
                : new Programmaplan.Dekkingsregel(3, r.jaar(), r.stroom(), r.omschrijving(), r.berekening(), null,
                        23, null, r.tariefsoort(), null, null, null, r.vermeldBedrag())).toList();
        Programmaplan ander = new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(),
                p.totJaar(), p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(),
                p.doelen(), p.projecten(), p.regels(), p.indicatoren(),
                new Programmaplan.Dekkingsbegroting(regels, p.dekking().vermeldeTotalen()));
        Dekking d = ProgrammaService.dekking(ander);
        assertThat(post(d, 3).bedrag()).isEqualByComparingTo("54510.00");
        assertThat(d.jaren().get(0).saldo()).isEqualByComparingTo("64630.00");
        assertThat(post(d, 14).bedrag()).isEqualByComparingTo("64630.00");
        // now the stated 2017 total and line 3's stated amount differ too: findings, the computed numbers stand
        assertThat(d.bevindingen()).extracting(Bevinding::soort).contains(Bevinding.Soort.VERMELD_BEDRAG_WIJKT_AF,
                Bevinding.Soort.VERMELD_JAARTOTAAL_WIJKT_AF);
        assertThat(d.bevindingen()).anyMatch(b -> b.regel() != null && b.regel() == 3);
    }

    @ParameterizedTest(name = "teller {0}")
    @CsvSource({"0", "1001", "-1001", "-2147483648"})
    void een_teller_buiten_min_1000_tot_1000_of_0_wordt_geweigerd(int teller) throws Exception {
        Programmaplan p = wassenaar();
        List<Programmaplan.Dekkingsregel> regels = p.dekking().regels().stream().map(r -> r.nummer() != 5 ? r
                : new Programmaplan.Dekkingsregel(5, r.jaar(), r.stroom(), r.omschrijving(), r.berekening(), null,
                        null, null, null, r.deelVanRegel(), teller, r.noemer(), r.vermeldBedrag())).toList();
        Programmaplan ander = new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(),
                p.totJaar(), p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(),
                p.doelen(), p.projecten(), p.regels(), p.indicatoren(),
                new Programmaplan.Dekkingsbegroting(regels, p.dekking().vermeldeTotalen()));
        assertThat(Plancontrole.controleer(ander, c -> true)).extracting(nl.woonregie.platform.web.InvalidParam::name)
                .containsExactly("dekking.regels[4].teller");
    }

    @Test
    void een_plan_zonder_begroting_van_personen_maal_tarieven_heeft_er_geen() throws Exception {
        assertThat(ProgrammaService.dekking(HaarlemBegrotingTest.haarlem())).isNull();
    }
}
