package nl.woonregie.doorbraakplan.ondersteuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The support computation against the rules, line kind by line kind, and the memo's Leeghwaterplein example
 * exactly (to the cent).
 */
class OndersteuningsmodelTest {

    static final Tarieven MEMO = Tarieven.van(List.of(
            new Tarief(Tariefsoort.WOONBEGELEIDING_ONZELFSTANDIG, eur("370"), LocalDate.of(2022, 1, 1), "memo"),
            new Tarief(Tariefsoort.WOONBEGELEIDING_ZELFSTANDIG, eur("220"), LocalDate.of(2022, 1, 1), "memo"),
            new Tarief(Tariefsoort.DOORSTROOMBEGELEIDING, eur("2000"), LocalDate.of(2022, 1, 1), "memo")));

    static BigDecimal eur(String s) {
        return new BigDecimal(s).setScale(2);
    }

    static Kwartaal k(String s) {
        return Kwartaal.parse(s).orElseThrow();
    }

    static Ondersteuningsberekening bereken(List<Regel> regels, List<Dekking> dekking) {
        return Ondersteuningsmodel.bereken(new Ondersteuningsvraag(regels, MEMO, dekking));
    }

    @Test
    void het_voorbeeld_leeghwaterplein_geeft_14800_per_maand_en_1312400_in_totaal() {
        Ondersteuningsberekening b = bereken(List.of(
                new Regel.Woonbegeleiding("Leeghwaterplein", "OCW", Wonen.ONZELFSTANDIG, 40, k("2022-Q4"), k("2027-Q4")),
                new Regel.Doorstroombegeleiding("Leeghwaterplein", "DSO", 40, k("2027-Q3")),
                new Regel.Locatiemanagement("Alle locaties", "DPZ", eur("60000"), k("2023-Q1"), k("2027-Q4"))),
                List.of(new Dekking(2022, "Retraiteclaim 2022", eur("44400"))));
        assertThat(b.totaal()).isEqualTo(eur("1312400"));
        assertThat(b.perJaar()).containsExactly(
                new Ondersteuningsberekening.Jaar(2022, eur("44400"), eur("44400"), eur("0")),
                new Ondersteuningsberekening.Jaar(2023, eur("237600"), eur("0"), eur("237600")),
                new Ondersteuningsberekening.Jaar(2024, eur("237600"), eur("0"), eur("237600")),
                new Ondersteuningsberekening.Jaar(2025, eur("237600"), eur("0"), eur("237600")),
                new Ondersteuningsberekening.Jaar(2026, eur("237600"), eur("0"), eur("237600")),
                new Ondersteuningsberekening.Jaar(2027, eur("317600"), eur("0"), eur("317600")));
        assertThat(b.perRegel()).containsExactly(
                new Ondersteuningsberekening.RegelKosten("Leeghwaterplein", Ondersteuningssoort.WOONBEGELEIDING,
                        eur("932400"), eur("14800")),
                new Ondersteuningsberekening.RegelKosten("Leeghwaterplein", Ondersteuningssoort.DOORSTROOMBEGELEIDING,
                        eur("80000"), null),
                new Ondersteuningsberekening.RegelKosten("Alle locaties", Ondersteuningssoort.LOCATIEMANAGEMENT,
                        eur("300000"), null));
        assertThat(b.perProject()).containsExactly(
                new Ondersteuningsberekening.Project("Leeghwaterplein", eur("1012400")),
                new Ondersteuningsberekening.Project("Alle locaties", eur("300000")));
        assertThat(b.perDienst()).startsWith(
                new Ondersteuningsberekening.DienstJaar("OCW", 2022, eur("44400")),
                new Ondersteuningsberekening.DienstJaar("OCW", 2023, eur("177600")))
                .contains(new Ondersteuningsberekening.DienstJaar("DSO", 2027, eur("80000")),
                        new Ondersteuningsberekening.DienstJaar("DPZ", 2023, eur("60000")))
                .hasSize(6 + 1 + 5);
    }

    @Test
    void woonbegeleiding_zelfstandig_gebruikt_het_tarief_van_220() {
        Ondersteuningsberekening b = bereken(List.of(
                new Regel.Woonbegeleiding("P", "OCW", Wonen.ZELFSTANDIG, 10, k("2023-Q1"), k("2023-Q1"))), List.of());
        assertThat(b.totaal()).isEqualTo(eur("6600"));
        assertThat(b.perRegel().get(0).perMaand()).isEqualTo(eur("2200"));
    }

    @Test
    void een_maand_gebruikt_het_tarief_dat_op_haar_eerste_dag_geldt() {
        Tarieven t = MEMO.vervangen(List.of(
                new Tarief(Tariefsoort.WOONBEGELEIDING_ONZELFSTANDIG, eur("370"), LocalDate.of(2022, 1, 1), null),
                new Tarief(Tariefsoort.WOONBEGELEIDING_ONZELFSTANDIG, eur("400"), LocalDate.of(2023, 2, 15), null)));
        Ondersteuningsberekening b = Ondersteuningsmodel.bereken(new Ondersteuningsvraag(List.of(
                new Regel.Woonbegeleiding("P", "OCW", Wonen.ONZELFSTANDIG, 1, k("2023-Q1"), k("2023-Q2"))), t,
                List.of()));
        // January and February at 370 (1 February is before the 15th), March to June at 400
        assertThat(b.totaal()).isEqualTo(eur("2340"));
        assertThat(b.perRegel().get(0).perMaand()).isEqualTo(eur("370"));
    }

    @Test
    void eigen_tarieven_vervangen_alleen_hun_eigen_soort() {
        Tarieven t = MEMO.vervangen(List.of(
                new Tarief(Tariefsoort.DOORSTROOMBEGELEIDING, eur("2500"), LocalDate.of(2020, 1, 1), null)));
        assertThat(t.geldig(Tariefsoort.DOORSTROOMBEGELEIDING, LocalDate.of(2027, 7, 1)).orElseThrow().bedrag())
                .isEqualTo(eur("2500"));
        assertThat(t.geldig(Tariefsoort.WOONBEGELEIDING_ONZELFSTANDIG, LocalDate.of(2027, 7, 1)).orElseThrow()
                .bedrag()).isEqualTo(eur("370"));
        assertThat(t.geldig(Tariefsoort.WOONBEGELEIDING_ONZELFSTANDIG, LocalDate.of(2021, 12, 1))).isEmpty();
    }

    @Test
    void doorstroombegeleiding_valt_eenmaal_in_het_jaar_van_haar_kwartaal() {
        Ondersteuningsberekening b = bereken(List.of(
                new Regel.Doorstroombegeleiding("P", "DSO", 3, k("2024-Q4"))), List.of());
        assertThat(b.perJaar()).containsExactly(
                new Ondersteuningsberekening.Jaar(2024, eur("6000"), eur("0"), eur("6000")));
    }

    @Test
    void locatiemanagement_rekent_een_vierde_per_kwartaal_half_naar_boven_afgerond_op_de_cent() {
        // 1.000,10 / 4 = 250,025 → 250,03 per quarter; two quarters in 2022, one in 2023
        Ondersteuningsberekening b = bereken(List.of(
                new Regel.Locatiemanagement("Alle", "DPZ", eur("1000.10"), k("2022-Q3"), k("2023-Q1"))), List.of());
        assertThat(b.perJaar()).extracting(Ondersteuningsberekening.Jaar::kosten)
                .containsExactly(eur("500.06"), eur("250.03"));
        assertThat(b.totaal()).isEqualTo(eur("750.09"));
    }

    @Test
    void maatschappelijke_en_trajectbegeleiding_kosten_hier_niets_maar_hun_jaren_staan_erin() {
        Ondersteuningsberekening b = bereken(List.of(
                new Regel.ZonderKosten("P", "SZW", Ondersteuningssoort.MAATSCHAPPELIJKE_BEGELEIDING, 40, k("2022-Q4"),
                        k("2023-Q1")),
                new Regel.ZonderKosten("P", "SZW", Ondersteuningssoort.TRAJECTBEGELEIDING, 40, k("2022-Q4"),
                        k("2022-Q4"))), List.of());
        assertThat(b.totaal()).isEqualTo(eur("0"));
        assertThat(b.perJaar()).extracting(Ondersteuningsberekening.Jaar::jaar).containsExactly(2022, 2023);
        assertThat(b.perRegel()).extracting(Ondersteuningsberekening.RegelKosten::kosten)
                .containsExactly(eur("0"), eur("0"));
        assertThatThrownBy(() -> new Regel.ZonderKosten("P", "OCW", Ondersteuningssoort.WOONBEGELEIDING, 1,
                k("2022-Q1"), k("2022-Q1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dekking_boven_de_kosten_dekt_hoogstens_de_kosten_en_een_jaar_met_alleen_dekking_staat_erin() {
        Ondersteuningsberekening b = bereken(List.of(
                new Regel.Doorstroombegeleiding("P", "DSO", 1, k("2024-Q1"))),
                List.of(new Dekking(2024, "A", eur("1500")), new Dekking(2024, "B", eur("1500")),
                        new Dekking(2025, "C", eur("10"))));
        assertThat(b.perJaar()).containsExactly(
                new Ondersteuningsberekening.Jaar(2024, eur("2000"), eur("2000"), eur("0")),
                new Ondersteuningsberekening.Jaar(2025, eur("0"), eur("0"), eur("0")));
    }

    @Test
    void zonder_geldend_tarief_weigert_het_model() {
        assertThatThrownBy(() -> bereken(List.of(
                new Regel.Doorstroombegeleiding("P", "DSO", 1, k("2021-Q4"))), List.of()))
                .isInstanceOf(Ondersteuningsmodel.GeenTarief.class);
    }

    @Test
    void een_kwartaal_is_jjjj_qn() {
        assertThat(Kwartaal.parse("2022-Q4")).contains(new Kwartaal(2022, 4));
        assertThat(Kwartaal.parse("2022-Q5")).isEmpty();
        assertThat(Kwartaal.parse("2022-q4")).isEmpty();
        assertThat(Kwartaal.parse("22-Q4")).isEmpty();
        assertThat(Kwartaal.parse("2022-Q4 ")).isEmpty();
        assertThat(new Kwartaal(2022, 4).volgende()).isEqualTo(new Kwartaal(2023, 1));
        assertThat(new Kwartaal(2022, 4).maanden()).containsExactly(LocalDate.of(2022, 10, 1),
                LocalDate.of(2022, 11, 1), LocalDate.of(2022, 12, 1));
    }
}
