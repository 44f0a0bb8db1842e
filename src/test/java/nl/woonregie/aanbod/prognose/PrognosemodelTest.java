package nl.woonregie.aanbod.prognose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forecast model as a table of cases: the spec's worked example first, then each rule of the model on its own. */
class PrognosemodelTest {

    static final Periode P = Periode.of("2022-II");
    static final LocalDate D0 = LocalDate.of(2022, 8, 26);

    /** The spec's example: Den Haag 2022-II on 26 August 2022 with the memo's corporations and a few projects. */
    static Prognosevraag denHaag() {
        return new Prognosevraag(P, 489, 131L, D0, 210, List.of(
                new Bron.Corporatie("Corporaties 2022", 2022, 777L, null, new BigDecimal("2.4"), 4440L,
                        new BigDecimal("0.10")),
                new Bron.Project("SoZa", 40, LocalDate.of(2022, 10, 15), BigDecimal.TEN),
                new Bron.Project("Haga", 30, LocalDate.of(2022, 11, 1), null),
                new Bron.Eenmalig("Uitruil Rijswijk", LocalDate.of(2022, 11, 15), 6),
                new Bron.Tempo("Overig", BigDecimal.valueOf(2), null, null)));
    }

    @Test
    void het_voorbeeld_van_de_spec_haalt_de_taakstelling_op_19_november_en_de_ambitie_niet() {
        Prognose p = Prognosemodel.bereken(denHaag());
        assertThat(p.periode()).isEqualTo(P);
        assertThat(p.opgave()).isEqualTo(489);
        assertThat(p.ambitie()).isEqualTo(620);
        assertThat(p.taakstellingGehaaldOp()).isEqualTo(LocalDate.of(2022, 11, 19));
        assertThat(p.ambitieGehaaldOp()).isNull();
        assertThat(p.verwachtGehuisvest()).isEqualTo(592);
        assertThat(p.verwachtSaldoUit()).isEqualTo(-103);
        assertThat(p.bevindingen()).isEmpty();
    }

    @Test
    void het_voorbeeld_van_de_spec_per_bron() {
        // corporations: 777 × 127 / 365 = 270,353 (270,4); tempo: 2 / 7 × 127 = 36,29
        assertThat(Prognosemodel.bereken(denHaag()).perBron()).containsExactly(
                new Prognose.Bijdrage("Corporaties 2022", Bronsoort.CORPORATIE, new BigDecimal("270.4")),
                new Prognose.Bijdrage("SoZa", Bronsoort.PROJECT, new BigDecimal("40.0")),
                new Prognose.Bijdrage("Haga", Bronsoort.PROJECT, new BigDecimal("30.0")),
                new Prognose.Bijdrage("Uitruil Rijswijk", Bronsoort.EENMALIG, new BigDecimal("6.0")),
                new Prognose.Bijdrage("Overig", Bronsoort.TEMPO, new BigDecimal("36.3")));
    }

    @Test
    void de_reeks_van_het_voorbeeld_heeft_elke_zondag_na_de_peildatum_en_het_einde_van_de_periode() {
        List<Prognose.Punt> reeks = Prognosemodel.bereken(denHaag()).reeks();
        assertThat(reeks).hasSize(19);
        // Sunday 28 August: 210 + 2 × (777/365 + 2/7) = 214,83
        assertThat(reeks.get(0)).isEqualTo(new Prognose.Punt(LocalDate.of(2022, 8, 28), 214));
        assertThat(reeks.get(17).datum()).isEqualTo(LocalDate.of(2022, 12, 25));
        // 31 December 2022 is a Saturday, the end of the period
        assertThat(reeks.get(18)).isEqualTo(new Prognose.Punt(LocalDate.of(2022, 12, 31), 592));
        assertThat(reeks).extracting(Prognose.Punt::verwacht).isSorted();
    }

    @Test
    void de_week_waarin_de_taakstelling_gehaald_wordt_in_de_reeks() {
        List<Prognose.Punt> reeks = Prognosemodel.bereken(denHaag()).reeks();
        // reached on Saturday 19 November: the Sunday before is below 489, the Sunday after at or above it
        assertThat(reeks).filteredOn(p -> p.datum().equals(LocalDate.of(2022, 11, 13)))
                .allSatisfy(p -> assertThat(p.verwacht()).isLessThan(489));
        assertThat(reeks).filteredOn(p -> p.datum().equals(LocalDate.of(2022, 11, 20)))
                .allSatisfy(p -> assertThat(p.verwacht()).isGreaterThanOrEqualTo(489));
    }

    @Test
    void wie_al_genoeg_gehuisvest_heeft_haalt_de_taakstelling_op_de_peildatum() {
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 200, 5L, D0, 205, List.of()));
        assertThat(p.taakstellingGehaaldOp()).isEqualTo(D0);
        assertThat(p.ambitieGehaaldOp()).isEqualTo(D0);
        assertThat(p.verwachtGehuisvest()).isEqualTo(205);
        assertThat(p.verwachtSaldoUit()).isEqualTo(-5);
    }

    @Test
    void zonder_ambitie_is_er_geen_ambitie_en_geen_datum_ervoor() {
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 200, null, D0, 205, List.of()));
        assertThat(p.ambitie()).isNull();
        assertThat(p.ambitieGehaaldOp()).isNull();
    }

    @Test
    void een_taakstelling_die_in_de_periode_niet_gehaald_wordt_heeft_geen_datum() {
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 500, null, D0, 100,
                List.of(new Bron.Tempo("Overig", BigDecimal.TEN, null, null))));
        // 100 + 10 / 7 × 127 = 281,4
        assertThat(p.taakstellingGehaaldOp()).isNull();
        assertThat(p.verwachtGehuisvest()).isEqualTo(281);
        assertThat(p.verwachtSaldoUit()).isEqualTo(219);
    }

    @Test
    void de_ambitie_wordt_na_de_taakstelling_gehaald() {
        // 7 per week is 1 per day: 100 on 26 August, opgave 110 on 5 September, ambition 120 on 15 September
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 110, 10L, D0, 100,
                List.of(new Bron.Tempo("Overig", BigDecimal.valueOf(7), null, null))));
        assertThat(p.taakstellingGehaaldOp()).isEqualTo(LocalDate.of(2022, 9, 5));
        assertThat(p.ambitieGehaaldOp()).isEqualTo(LocalDate.of(2022, 9, 15));
        assertThat(p.verwachtGehuisvest()).isEqualTo(100 + 127);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                        | bron                                     | verwacht
            project in tempo, volledig na D0                              | PROJECT;10;2022-09-01;7                  | 10.0
            project begonnen voor D0 telt alleen de dagen erna            | PROJECT;10;2022-08-20;7                  | 3.0
            project zonder tempo voor D0 telt niet                        | PROJECT;10;2022-08-01;                   | 0.0
            project zonder tempo op D0 telt niet                          | PROJECT;10;2022-08-26;                   | 0.0
            project zonder tempo de dag na D0                             | PROJECT;10;2022-08-27;                   | 10.0
            project na het einde van de periode                           | PROJECT;10;2023-01-01;                   | 0.0
            project dat het einde van de periode niet haalt               | PROJECT;100;2022-12-25;7                 | 7.0
            project met een rest op de laatste dag                        | PROJECT;10;2022-09-01;3                  | 10.0
            project met tempo nul                                         | PROJECT;10;2022-09-01;0                  | 0.0
            corporatie van het jaar van de periode                        | CORPORATIE;2022;365;                     | 127.0
            corporatie met woningen maal bezetting                        | CORPORATIE;2022;;100;2.4                 | 83.5
            corporatie van een ander jaar                                 | CORPORATIE;2023;365;                     | 0.0
            eenmalig op de peildatum telt niet                            | EENMALIG;2022-08-26;6                    | 0.0
            eenmalig op de dag erna                                       | EENMALIG;2022-08-27;6                    | 6.0
            eenmalig op de laatste dag                                    | EENMALIG;2022-12-31;6                    | 6.0
            eenmalig na de periode                                        | EENMALIG;2023-01-01;6                    | 0.0
            tempo van en tot, beide inclusief                             | TEMPO;7;2022-09-01;2022-09-07            | 7.0
            tempo van voor D0 telt vanaf D0 + 1                           | TEMPO;7;2022-08-01;2022-08-31            | 5.0
            tempo helemaal voor D0                                        | TEMPO;7;2022-07-01;2022-08-26            | 0.0
            tempo tot na de periode                                       | TEMPO;7;2022-12-30;2023-01-31            | 2.0
            tempo met een half wordt naar boven afgerond                  | TEMPO;0.35;2022-09-01;2022-09-01         | 0.1
            tempo net onder een half wordt naar beneden afgerond          | TEMPO;0.34;2022-09-01;2022-09-01         | 0.0
            """)
    void een_bron_draagt_alleen_zijn_dagen_na_de_peildatum_tot_het_einde_bij(String geval, String bron,
            String verwacht) {
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 0, null, D0, 0, List.of(bron(bron))));
        assertThat(p.perBron().get(0).verwacht()).as(geval).isEqualTo(new BigDecimal(verwacht));
    }

    @Test
    void een_schrikkeljaar_heeft_366_dagen_voor_de_corporaties() {
        // 2024-II from its first day (peildatum 30 June): 184 of 366 days of 366 persons
        Prognose p = Prognosemodel.bereken(new Prognosevraag(Periode.of("2024-II"), 0, null,
                LocalDate.of(2024, 6, 30), 0, List.of(new Bron.Corporatie("C", 2024, 366L, null,
                        new BigDecimal("2.4"), null, new BigDecimal("0.1")))));
        assertThat(p.perBron().get(0).verwacht()).isEqualByComparingTo("184");
        assertThat(p.verwachtGehuisvest()).isEqualTo(184);
    }

    @Test
    void een_project_met_een_rest_krijgt_de_rest_op_de_dag_na_de_hele_dagen() {
        // 10 places at 3 a week: 23 whole days of 3/7 (9 6/7), then 1/7 on the 24th day
        LocalDate start = LocalDate.of(2022, 9, 1);
        Bron project = new Bron.Project("P", 10, start, BigDecimal.valueOf(3));
        Prognose tot23 = Prognosemodel.bereken(new Prognosevraag(P, 10, null, D0, 0, List.of(project)));
        assertThat(tot23.taakstellingGehaaldOp()).isEqualTo(start.plusDays(23));
        assertThat(tot23.verwachtGehuisvest()).isEqualTo(10);
    }

    @Test
    void de_peildatum_mag_de_dag_voor_de_periode_zijn_en_dan_telt_elke_dag() {
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 0, null, LocalDate.of(2022, 6, 30), 0,
                List.of(new Bron.Tempo("T", BigDecimal.valueOf(7), null, null))));
        assertThat(p.verwachtGehuisvest()).isEqualTo(184);
        assertThat(p.reeks().get(0)).isEqualTo(new Prognose.Punt(LocalDate.of(2022, 7, 3), 3));
    }

    @Test
    void een_periode_die_op_zondag_eindigt_staat_een_keer_in_de_reeks() {
        // 31 December 2023 is a Sunday
        Prognose p = Prognosemodel.bereken(new Prognosevraag(Periode.of("2023-II"), 0, null,
                LocalDate.of(2023, 12, 20), 0, List.of()));
        assertThat(p.reeks()).extracting(Prognose.Punt::datum)
                .containsExactly(LocalDate.of(2023, 12, 24), LocalDate.of(2023, 12, 31));
    }

    @Test
    void een_peildatum_op_de_laatste_dag_heeft_een_lege_reeks_en_telt_niets_meer() {
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 10, null, LocalDate.of(2022, 12, 31), 4,
                List.of(new Bron.Tempo("T", BigDecimal.valueOf(7), null, null))));
        assertThat(p.reeks()).isEmpty();
        assertThat(p.verwachtGehuisvest()).isEqualTo(4);
        assertThat(p.taakstellingGehaaldOp()).isNull();
    }

    @Test
    void meer_woningen_dan_het_afgesproken_aandeel_is_een_bevinding() {
        // 1.200 persons / 2,4 = 500 dwellings, above 10 % of 4.440 = 444
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 0, null, D0, 0, List.of(
                new Bron.Corporatie("Corporaties", 2022, 1200L, null, new BigDecimal("2.4"), 4440L,
                        new BigDecimal("0.10")),
                new Bron.Corporatie("Woningen", 2022, null, 445L, new BigDecimal("2.4"), 4440L,
                        new BigDecimal("0.10")),
                new Bron.Corporatie("Precies", 2022, null, 444L, new BigDecimal("2.4"), 4440L,
                        new BigDecimal("0.10")),
                new Bron.Corporatie("Zonder verhuringen", 2022, null, 9999L, new BigDecimal("2.4"), null,
                        new BigDecimal("0.10")))));
        assertThat(p.bevindingen()).extracting(Bevinding::type, Bevinding::bron).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Bevinding.Type.BOVEN_AFGESPROKEN_AANDEEL, "Corporaties"),
                org.assertj.core.groups.Tuple.tuple(Bevinding.Type.BOVEN_AFGESPROKEN_AANDEEL, "Woningen"));
        assertThat(p.bevindingen().get(0).tekst()).isEqualTo("Corporaties: ongeveer 500 woningen (1.200 personen "
                + "bij een bezetting van 2,4) is meer dan het afgesproken aandeel van 10% van 4.440 verwachte "
                + "verhuringen (444 woningen).");
    }

    @Test
    void den_haag_2022_blijft_binnen_het_aandeel_777_personen_is_ongeveer_324_woningen() {
        Bron.Corporatie c = new Bron.Corporatie("C", 2022, 777L, null, new BigDecimal("2.4"), 4440L,
                new BigDecimal("0.10"));
        assertThat(c.aantalWoningen().afgerond(0)).isEqualByComparingTo("324");
    }

    @Test
    void een_project_dat_de_periode_ver_overleeft_telt_tot_het_einde_en_rekent_geen_datum_voorbij_het_jaar_9999() {
        // 10 million places at 0,0001 a week would last 7 × 10^11 days: only the days up to 31 December count
        Prognose p = Prognosemodel.bereken(new Prognosevraag(P, 0, null, D0, 0, List.of(new Bron.Project("P",
                10_000_000, LocalDate.of(2022, 9, 1), new BigDecimal("0.0001")))));
        // 122 days (1 September – 31 December) of 0,0001 / 7 = 0,0017
        assertThat(p.perBron().get(0).verwacht()).isEqualByComparingTo("0.0");
        assertThat(p.verwachtGehuisvest()).isZero();
    }

    @Test
    void een_peildatum_buiten_de_periode_en_niet_de_dag_ervoor_is_geen_vraag() {
        assertThatThrownBy(() -> new Prognosevraag(P, 0, null, LocalDate.of(2022, 6, 29), 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Prognosevraag(P, 0, null, LocalDate.of(2023, 1, 1), 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A source in the table's short notation: {@code SOORT;field;field…}. */
    static Bron bron(String tekst) {
        String[] v = (tekst + ";;;;").split(";", -1);
        return switch (v[0]) {
            case "PROJECT" -> new Bron.Project("Project", Long.parseLong(v[1]), LocalDate.parse(v[2]),
                    v[3].isEmpty() ? null : new BigDecimal(v[3]));
            case "CORPORATIE" -> new Bron.Corporatie("Corporatie", Integer.parseInt(v[1]),
                    v[2].isEmpty() ? null : Long.valueOf(v[2]), v[3].isEmpty() ? null : Long.valueOf(v[3]),
                    new BigDecimal(v[4].isEmpty() ? "2.4" : v[4]), null, new BigDecimal("0.10"));
            case "EENMALIG" -> new Bron.Eenmalig("Eenmalig", LocalDate.parse(v[1]), Long.parseLong(v[2]));
            case "TEMPO" -> new Bron.Tempo("Tempo", new BigDecimal(v[1]), LocalDate.parse(v[2]),
                    LocalDate.parse(v[3]));
            default -> throw new IllegalArgumentException(tekst);
        };
    }
}
