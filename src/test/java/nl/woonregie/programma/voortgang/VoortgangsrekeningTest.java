package nl.woonregie.programma.voortgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.programma.voortgang.Programmavoortgang.Oordeel;
import nl.woonregie.programma.voortgang.Programmavoortgang.Voortgangsbevinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The progress report's rules as tables of cases: an indicator's latest value against its target (at least or at
 * most), a deadline passed without the target reached, a planned evaluation past its date without an outcome, and what
 * changed in a project within the period (from the plan's versions: who, when, why).
 */
class VoortgangsrekeningTest {

    static final LocalDate VAN = LocalDate.of(2020, 1, 1);

    /** One indicator with measurements "date=value;…", judged over 2020-01-01 … {@code tot}. */
    static Programmavoortgang indicator(String streef, String richting, String deadline, String metingen, String tot) {
        List<Voortgangsplan.Meting> m = new ArrayList<>();
        if (metingen != null) {
            for (String s : metingen.split(";")) {
                String[] d = s.split("=");
                m.add(new Voortgangsplan.Meting(LocalDate.parse(d[0]), new BigDecimal(d[1]), "bron", null));
            }
        }
        return Voortgangsrekening.bereken(new Voortgangsplan(VAN, LocalDate.parse(tot), List.of(), List.of(),
                List.of(new Voortgangsplan.Indicator(2, "Matches Onder de Pannen", "matches",
                        streef == null ? null : new BigDecimal(streef),
                        richting == null ? null : Streefrichting.valueOf(richting),
                        deadline == null ? null : LocalDate.parse(deadline), null, 10, m)), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                            | target | direction   | deadline   | measurements                   | until      | judgement         | latest | finding
            no measurement yet                                | 5      | -           | -          | -                              | 2020-12-31 | GEEN_METING       | -      | false
            at least: 6 of 5 reached                          | 5      | TEN_MINSTE  | -          | 2020-07-01=3;2020-12-31=6      | 2020-12-31 | BEREIKT           | 6      | false
            no direction is at least                          | 5      | -           | -          | 2020-07-01=5                   | 2020-12-31 | BEREIKT           | 5      | false
            at least: 3 of 5 not yet                          | 5      | TEN_MINSTE  | -          | 2020-07-01=3                   | 2020-12-31 | NOG_NIET_BEREIKT  | 3      | false
            the latest on or before the end counts            | 5      | TEN_MINSTE  | -          | 2020-07-01=3;2021-03-01=8      | 2020-12-31 | NOG_NIET_BEREIKT  | 3      | false
            at most: 4 months against 3 not yet               | 3      | TEN_HOOGSTE | -          | 2020-06-30=4                   | 2020-12-31 | NOG_NIET_BEREIKT  | 4      | false
            at most: 2.5 months against 3 reached             | 3      | TEN_HOOGSTE | -          | 2020-06-30=4;2020-12-01=2.5    | 2020-12-31 | BEREIKT           | 2.5    | false
            no target: followed                               | -      | -           | -          | 2020-06-30=7                   | 2020-12-31 | GEEN_STREEFWAARDE | 7      | false
            deadline passed without a measurement             | 1      | TEN_MINSTE  | 2021-12-31 | -                              | 2022-01-01 | GEEN_METING       | -      | true
            deadline passed, not reached                      | 1      | TEN_MINSTE  | 2021-12-31 | 2021-06-30=0                   | 2022-06-30 | NOG_NIET_BEREIKT  | 0      | true
            deadline passed, reached only afterwards          | 1      | TEN_MINSTE  | 2021-12-31 | 2021-06-30=0;2022-03-01=1      | 2022-06-30 | BEREIKT           | 1      | true
            deadline passed, reached on the deadline          | 1      | TEN_MINSTE  | 2021-12-31 | 2021-12-31=1                   | 2022-06-30 | BEREIKT           | 1      | false
            deadline on the last day counts as passed         | 1      | TEN_MINSTE  | 2021-12-31 | 2021-06-30=0                   | 2021-12-31 | NOG_NIET_BEREIKT  | 0      | true
            deadline after the period: no finding yet        | 1      | TEN_MINSTE  | 2021-12-31 | 2021-06-30=0                   | 2021-12-30 | NOG_NIET_BEREIKT  | 0      | false
            """)
    void een_indicator_tegen_haar_streefwaarde(String geval, String streef, String richting, String deadline,
            String metingen, String tot, Oordeel oordeel, String laatste, boolean bevinding) {
        Programmavoortgang v = indicator(streef, richting, deadline, metingen, tot);
        Programmavoortgang.Indicatorvoortgang i = v.indicatoren().get(0);
        assertThat(i.oordeel()).as(geval).isEqualTo(oordeel);
        if (laatste == null) {
            assertThat(i.laatste()).as(geval).isNull();
        } else {
            assertThat(i.laatste().waarde()).as(geval).isEqualByComparingTo(laatste);
        }
        assertThat(v.bevindingen()).as(geval).hasSize(bevinding ? 1 : 0);
        v.bevindingen().forEach(b -> assertThat(b.soort()).isEqualTo(Voortgangsbevinding.Soort.DEADLINE_VERSTREKEN));
    }

    @Test
    void de_bevinding_noemt_de_streefwaarde_en_de_laatste_meting_in_nederlandse_notatie() {
        Programmavoortgang v = indicator("1", "TEN_MINSTE", "2021-12-31", "2021-06-30=0;2022-03-01=1", "2022-06-30");
        assertThat(v.bevindingen().get(0).toelichting()).isEqualTo("Indicator 2 (Matches Onder de Pannen): de "
                + "deadline 31 december 2021 is verstreken zonder dat de streefwaarde (ten minste 1 (eenheid: "
                + "matches)) bereikt is; de laatste meting daarvoor was 0 matches (30 juni 2021). Later wel bereikt: "
                + "1 (eenheid: matches) (1 maart 2022).");
    }

    @Test
    void alleen_metingen_in_de_periode_staan_in_de_periode() {
        Programmavoortgang v = Voortgangsrekening.bereken(new Voortgangsplan(LocalDate.of(2020, 7, 1),
                LocalDate.of(2020, 12, 31), List.of(), List.of(), List.of(new Voortgangsplan.Indicator(2, "Matches",
                "matches", new BigDecimal("5"), null, null, null, null, List.of(
                        meting("2021-01-01", "9"), meting("2020-06-30", "2"), meting("2020-12-31", "4"),
                        meting("2020-07-01", "3")))), List.of()));
        assertThat(v.indicatoren().get(0).metingenInPeriode()).extracting(Voortgangsplan.Meting::datum)
                .containsExactly(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 31));
        assertThat(v.indicatoren().get(0).laatste().waarde()).isEqualByComparingTo("4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                         | status   | date       | outcome             | until      | finding
            planned, past its date, no outcome             | GEPLAND  | 2020-10-31 | -                   | 2020-12-31 | true
            planned, past its date, blank outcome          | GEPLAND  | 2020-10-31 | '  '                | 2020-12-31 | true
            planned, on the last day                       | GEPLAND  | 2020-12-31 | -                   | 2020-12-31 | false
            planned, still to come                         | GEPLAND  | 2021-03-01 | -                   | 2020-12-31 | false
            planned with an outcome already written        | GEPLAND  | 2020-10-31 | Voortzetten         | 2020-12-31 | false
            held                                           | GEHOUDEN | 2020-10-31 | Pilot wordt verlengd | 2020-12-31 | false
            """)
    void een_gepland_evaluatiemoment_na_zijn_datum_zonder_uitkomst_is_een_bevinding(String geval, String status,
            String datum, String uitkomst, String tot, boolean bevinding) {
        Programmavoortgang v = Voortgangsrekening.bereken(new Voortgangsplan(VAN, LocalDate.parse(tot), List.of(),
                List.of(), List.of(), List.of(new Voortgangsplan.Evaluatie(1, "Tussenevaluatie pilot vroegsignalering",
                LocalDate.parse(datum), Evaluatiestatus.valueOf(status), uitkomst, 1, "programma-haarlem"))));
        assertThat(v.bevindingen()).as(geval).hasSize(bevinding ? 1 : 0);
        if (bevinding) {
            assertThat(v.bevindingen().get(0).soort()).isEqualTo(Voortgangsbevinding.Soort.EVALUATIE_ZONDER_UITKOMST);
            assertThat(v.bevindingen().get(0).toelichting()).isEqualTo("Evaluatiemoment 1 (Tussenevaluatie pilot "
                    + "vroegsignalering) was gepland op 31 oktober 2020 en heeft nog geen uitkomst.");
        }
        assertThat(v.evaluaties().get(0).inPeriode()).isEqualTo(!LocalDate.parse(datum).isAfter(LocalDate.parse(tot)));
    }

    static Voortgangsplan.Project project(int nummer, int doel, String status, String planning) {
        String label = switch (status) {
            case "IN_VOORBEREIDING" -> "In voorbereiding";
            case "IN_UITVOERING" -> "In uitvoering";
            default -> "Afgerond";
        };
        return new Voortgangsplan.Project(nummer, doel, "Project " + nummer, status, label, planning, "Gemeente");
    }

    static Voortgangsplan.Stand stand(int versie, String dag, String reden, Voortgangsplan.Project... projecten) {
        return new Voortgangsplan.Stand(versie, LocalDate.parse(dag), "programma-haarlem", reden, List.of(projecten));
    }

    @Test
    void wat_er_in_de_periode_aan_een_project_veranderde_met_wie_wanneer_en_waarom() {
        List<Voortgangsplan.Stand> standen = List.of(
                stand(1, "2020-03-01", "aangemaakt", project(3, 2, "IN_VOORBEREIDING", "2021")),
                stand(2, "2020-05-01", "voorbereiding", project(3, 2, "IN_VOORBEREIDING", "2021 en 2022")),
                stand(3, "2021-01-15", "Gestart in januari 2021", project(3, 2, "IN_UITVOERING", "2021 en 2022"),
                        project(14, 2, "IN_VOORBEREIDING", null)),
                stand(4, "2021-02-01", "een begrotingsregel", project(3, 2, "IN_UITVOERING", "2021 en 2022"),
                        project(14, 2, "IN_VOORBEREIDING", null)),
                stand(5, "2022-02-01", "na de periode", project(3, 2, "AFGEROND", "2021 en 2022"),
                        project(14, 2, "IN_VOORBEREIDING", null)));
        Programmavoortgang v = Voortgangsrekening.bereken(new Voortgangsplan(LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31), List.of(new Voortgangsplan.Doel(2, 1, "Preventie", null)), standen,
                List.of(), List.of()));

        Programmavoortgang.Projectvoortgang drie = v.projecten().get(0);
        assertThat(drie.statuslabelBijBegin()).isEqualTo("In voorbereiding");
        assertThat(drie.statuslabel()).as("the status at the end of the period, not today's").isEqualTo("In uitvoering");
        assertThat(drie.wijzigingen()).singleElement().satisfies(w -> {
            assertThat(w.versie()).isEqualTo(3);
            assertThat(w.dag()).isEqualTo(LocalDate.of(2021, 1, 15));
            assertThat(w.door()).isEqualTo("programma-haarlem");
            assertThat(w.reden()).isEqualTo("Gestart in januari 2021");
            assertThat(w.velden()).containsExactly(new Programmavoortgang.Veldwijziging("status", "In voorbereiding",
                    "In uitvoering"));
        });
        Programmavoortgang.Projectvoortgang nieuw = v.projecten().get(1);
        assertThat(nieuw.statusBijBegin()).isNull();
        assertThat(nieuw.wijzigingen()).singleElement().satisfies(w -> assertThat(w.velden()).containsExactly(
                new Programmavoortgang.Veldwijziging("project", null, "toegevoegd")));
        assertThat(v.doelen().get(0).projecten()).isEqualTo(2);
        assertThat(v.doelen().get(0).perStatus()).containsExactly(
                new Programmavoortgang.Statustelling("IN_UITVOERING", "In uitvoering", 1),
                new Programmavoortgang.Statustelling("IN_VOORBEREIDING", "In voorbereiding", 1));
    }

    @Test
    void een_programma_dat_in_de_periode_begint_heeft_geen_stand_bij_begin_en_geen_wijziging_bij_aanmaken() {
        Programmavoortgang v = Voortgangsrekening.bereken(new Voortgangsplan(VAN, LocalDate.of(2020, 12, 31),
                List.of(), List.of(stand(1, "2020-03-01", "aangemaakt", project(1, 1, "IN_UITVOERING", "2020"))),
                List.of(), List.of()));
        assertThat(v.projecten().get(0).statusBijBegin()).isNull();
        assertThat(v.projecten().get(0).wijzigingen()).isEmpty();
    }

    @Test
    void een_periode_die_na_haar_einde_begint_wordt_geweigerd() {
        assertThatThrownBy(() -> Voortgangsrekening.bereken(new Voortgangsplan(LocalDate.of(2021, 1, 2),
                LocalDate.of(2021, 1, 1), List.of(), List.of(), List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Voortgangsplan.Meting meting(String datum, String waarde) {
        return new Voortgangsplan.Meting(LocalDate.parse(datum), new BigDecimal(waarde), null, null);
    }
}
