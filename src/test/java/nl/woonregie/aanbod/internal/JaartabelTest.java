package nl.woonregie.aanbod.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.woonregie.aanbod.Jaaroverzicht.Bevinding;
import nl.woonregie.aanbod.Jaaroverzicht.Halfjaar;
import nl.woonregie.aanbod.Jaaroverzicht.Jaar;
import nl.woonregie.aanbod.Jaaroverzicht.Soort;
import nl.woonregie.aanbod.internal.Jaartabel.Jaarregel;
import nl.woonregie.aanbod.internal.Jaartabel.Periodestand;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The year table's arithmetic as a table of cases: Den Haag's Table 1 (memo of September 2022) adds up; each way a
 * typed table can fail to add up gives one finding naming the year and both numbers; the periods computed from
 * stored figures chain their saldi and sum to the memo's 2021 and 2022 columns; the supervision's rows that differ
 * from the computation are named.
 */
class JaartabelTest {

    /** Table 1 of the memo, as typed: 2022's realisation is the standing of 26 August. */
    static List<Jaarregel> tabel1() {
        return List.of(
                new Jaarregel(2017, List.of(393L, 301L), 448L, 0, 1142L, 1182L, null),
                new Jaarregel(2018, List.of(394L, 332L), -40L, 0, 686L, 554L, null),
                new Jaarregel(2019, List.of(181L, 181L), 132L, 0, 494L, 518L, null),
                new Jaarregel(2020, List.of(166L, 199L), -24L, 0, 341L, 341L, null),
                new Jaarregel(2021, List.of(418L, 340L), 0L, 0, 758L, 650L, null),
                new Jaarregel(2022, List.of(309L, 419L), 108L, 131, 967L, 577L, null));
    }

    static List<Jaarregel> met(int jaar, Jaarregel vervanging) {
        List<Jaarregel> rijen = new ArrayList<>(tabel1());
        rijen.replaceAll(r -> r.jaar() == jaar ? vervanging : r);
        return rijen;
    }

    static Stream<Arguments> tabellen() {
        return Stream.of(
                Arguments.of("Tabel 1 van Den Haag telt op", tabel1(), List.of()),
                Arguments.of("een totaal dat niet de som is", met(2020,
                        new Jaarregel(2020, List.of(166L, 199L), -24L, 0, 351L, 341L, null)),
                        // 2020's total is wrong, and 2021's saldo 0 no longer follows from 351 − 341
                        List.of(new Bevinding(Soort.TOTAAL_TELT_NIET_OP, "2020", 351, 341,
                                "2020: het totaal te huisvesten is 351, maar taakstelling, saldo en extra ambitie "
                                        + "tellen op tot 341."),
                                new Bevinding(Soort.SALDO_SLUIT_NIET_AAN, "2021", 0, 10,
                                        "2021: het saldo uit 2020 is 0, maar 2020 eindigde met 10."))),
                Arguments.of("een realisatie waar het volgende saldo niet uit volgt", met(2019,
                        new Jaarregel(2019, List.of(181L, 181L), 132L, 0, 494L, 528L, null)),
                        List.of(new Bevinding(Soort.SALDO_SLUIT_NIET_AAN, "2020", -24, -34,
                                "2020: het saldo uit 2019 is -24, maar 2019 eindigde met -34."))),
                Arguments.of("een gegeven saldo aan het einde dat niet opgave min realisatie is", met(2021,
                        new Jaarregel(2021, List.of(418L, 340L), 0L, 0, 758L, 650L, 98L)),
                        List.of(new Bevinding(Soort.SALDO_TELT_NIET_OP, "2021", 98, 108,
                                "2021: het saldo aan het einde is 98, maar opgave min realisatie is 108."),
                                new Bevinding(Soort.SALDO_SLUIT_NIET_AAN, "2022", 108, 98,
                                        "2022: het saldo uit 2021 is 108, maar 2021 eindigde met 98."))),
                Arguments.of("de extra ambitie telt niet mee in het saldo dat doorschuift", List.of(
                        new Jaarregel(2022, List.of(309L, 419L), 108L, 131, 967L, 900L, -64L),
                        new Jaarregel(2023, List.of(700L, 700L), -64L, 0, 1336L, null, null)), List.of()),
                Arguments.of("een jaar zonder realisatie: het volgende saldo wordt niet getoetst", List.of(
                        new Jaarregel(2022, List.of(309L, 419L), 108L, 131, 967L, null, null),
                        new Jaarregel(2023, List.of(700L, 700L), 5L, 0, 1405L, null, null)), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tabellen")
    void een_getypte_jaartabel_wordt_nagerekend(String geval, List<Jaarregel> tabel, List<Bevinding> verwacht) {
        assertThat(Jaartabel.controleer(tabel)).containsExactlyElementsOf(verwacht);
    }

    /**
     * Den Haag 2021–2022 as stored half-years: beginstand 2021-I with saldo 0; COA's final figures 400 and 250 in
     * 2021 (650, the memo's), 347 in 2022-I (saldo 70, the spec's opgave 489 for 2022-II), 210 housed on 26 August
     * 2022 and the ambition of 131.
     */
    static GemeenteCijfers denHaag() {
        Periode a = Periode.of("2021-I");
        Periode b = Periode.of("2021-II");
        Periode c = Periode.of("2022-I");
        Periode d = Periode.of("2022-II");
        return new GemeenteCijfers("GM0518", new GemeenteCijfers.Beginstand(a, 0, "0"),
                Map.of(a, new GemeenteCijfers.Taakstelling(418, null), b, new GemeenteCijfers.Taakstelling(340, null),
                        c, new GemeenteCijfers.Taakstelling(309, 0L), d, new GemeenteCijfers.Taakstelling(419, 131L)),
                Map.of(c, List.of(new GemeenteCijfers.CoaStand(LocalDate.of(2022, 6, 30), 340, 0, 0, false)),
                        d, List.of(new GemeenteCijfers.CoaStand(LocalDate.of(2022, 7, 31), 90, 0, 0, false),
                                new GemeenteCijfers.CoaStand(LocalDate.of(2022, 8, 26), 210, 0, 0, false),
                                new GemeenteCijfers.CoaStand(LocalDate.of(2022, 9, 30), 300, 0, 0, false))),
                Map.of(a, 400L, b, 250L, c, 347L), Map.of());
    }

    @Test
    void de_halfjaren_uit_opgeslagen_cijfers_schuiven_hun_saldo_door_en_tellen_op_tot_de_jaren_van_het_memo() {
        Jaartabel.Berekening b = Jaartabel.bereken(denHaag(), LocalDate.of(2022, 9, 1));
        assertThat(b.ontbrekend()).isEmpty();
        assertThat(b.halfjaren()).containsExactly(
                new Halfjaar("2021-I", "eerste helft 2021", 418, 0, 0, 418, 418, 400L, null, true, 18L),
                new Halfjaar("2021-II", "tweede helft 2021", 340, 18, 0, 358, 358, 250L, null, true, 108L),
                new Halfjaar("2022-I", "eerste helft 2022", 309, 108, 0, 417, 417, 347L, null, true, 70L),
                // the running period: the latest standing on or before today (not the one of 30 September)
                new Halfjaar("2022-II", "tweede helft 2022", 419, 70, 131, 489, 620, 210L, LocalDate.of(2022, 8, 26),
                        false, null));
        List<Jaar> jaren = Jaartabel.jaren(b.halfjaren());
        assertThat(jaren).containsExactly(
                new Jaar(2021, List.of(418L, 340L), 0, 0, 758, 650L, null, 108L),
                new Jaar(2022, List.of(309L, 419L), 108, 131, 967, 557L, LocalDate.of(2022, 8, 26), null));
        // the computed years, typed back in, add up
        assertThat(Jaartabel.controleer(jaren.stream().map(j -> new Jaarregel(j.jaar(), j.taakstellingen(),
                j.saldoIn(), j.extraAmbitie(), j.totaal(), j.gehuisvest(), j.saldoUit())).toList())).isEmpty();
    }

    @Test
    void de_berekening_stopt_bij_een_ontbrekende_taakstelling_en_zegt_wat_ontbreekt() {
        Jaartabel.Berekening b = Jaartabel.bereken(denHaag(), LocalDate.of(2023, 2, 1));
        assertThat(b.halfjaren()).hasSize(4);
        assertThat(b.halfjaren().get(3).saldoUit()).isEqualTo(489 - 300);
        assertThat(b.ontbrekend()).containsExactly("de taakstelling van de eerste helft 2023");

        GemeenteCijfers zonderCoa = new GemeenteCijfers("GM0518", new GemeenteCijfers.Beginstand(
                Periode.of("2021-I"), 5, "0"), Map.of(Periode.of("2021-I"), new GemeenteCijfers.Taakstelling(10, null),
                        Periode.of("2021-II"), new GemeenteCijfers.Taakstelling(10, null)), Map.of(), Map.of(), Map.of());
        Jaartabel.Berekening z = Jaartabel.bereken(zonderCoa, LocalDate.of(2021, 9, 1));
        assertThat(z.halfjaren()).hasSize(1);
        assertThat(z.halfjaren().get(0).gehuisvest()).isNull();
        assertThat(z.ontbrekend()).containsExactly("het aantal gehuisvest volgens het COA in de eerste helft 2021");

        assertThat(Jaartabel.bereken(new GemeenteCijfers("GM0518", null, Map.of(), Map.of(), Map.of(), Map.of()),
                LocalDate.of(2022, 1, 1)).ontbrekend()).containsExactly("de beginstand (saldo waar de registratie begint)");
    }

    @Test
    void wie_alleen_vastgestelde_eindoordelen_ziet_krijgt_geen_saldo_van_een_periode_zonder_eindoordeel() {
        Jaartabel.Berekening b = Jaartabel.bereken(denHaag(), LocalDate.of(2022, 9, 1),
                java.util.Set.of("2021-I", "2021-II"));
        assertThat(b.halfjaren()).hasSize(3);
        assertThat(b.halfjaren().get(1).saldoUit()).isEqualTo(108L);
        assertThat(b.halfjaren().get(2).gehuisvest()).isEqualTo(347L);
        assertThat(b.halfjaren().get(2).saldoUit()).isNull();
        assertThat(b.ontbrekend()).containsExactly(
                "het eindoordeel over de eerste helft 2022 (nog niet vastgesteld of gedeeld)");
    }

    static Stream<Arguments> toezichtrijen() {
        List<Halfjaar> berekend = Jaartabel.bereken(denHaag(), LocalDate.of(2022, 9, 1)).halfjaren();
        return Stream.of(
                Arguments.of("het toezicht rekent hetzelfde", berekend, List.of(
                        new Periodestand("2021-II", 340, 18, 358, 108L),
                        new Periodestand("2022-I", 309, 108, 417, 70L),
                        new Periodestand("2022-II", 419, 70, 489, null)), List.of()),
                Arguments.of("een saldo in dat afwijkt van de berekening en niet aansluit", berekend, List.of(
                        new Periodestand("2022-I", 309, 108, 417, 70L),
                        new Periodestand("2022-II", 419, 50, 469, null)), List.of(
                        new Bevinding(Soort.SALDO_SLUIT_NIET_AAN, "2022-II", 50, 70, "De tweede helft 2022: het saldo "
                                + "uit de vorige periode is in het toezicht 50, maar de eerste helft 2022 eindigde met 70."),
                        new Bevinding(Soort.WIJKT_AF_VAN_BEREKENING, "2022-II", 50, 70, "De tweede helft 2022: het "
                                + "saldo uit de vorige periode is in het toezicht 50, berekend uit de opgeslagen cijfers 70."))),
                Arguments.of("een opgave die niet taakstelling plus saldo is", berekend, List.of(
                        new Periodestand("2022-II", 419, 70, 479, null)), List.of(
                        new Bevinding(Soort.TOTAAL_TELT_NIET_OP, "2022-II", 479, 489, "De tweede helft 2022: de opgave "
                                + "in het toezicht is 479, maar taakstelling en saldo tellen op tot 489."))),
                Arguments.of("een saldo aan het einde dat afwijkt van opgave min realisatie", berekend, List.of(
                        new Periodestand("2021-II", 340, 18, 358, 118L)), List.of(
                        new Bevinding(Soort.WIJKT_AF_VAN_BEREKENING, "2021-II", 118, 108, "De tweede helft 2021: het "
                                + "saldo aan het einde is in het toezicht 118, berekend uit de opgeslagen cijfers 108."))),
                Arguments.of("een periode die niet berekend is wordt alleen op zichzelf getoetst", List.<Halfjaar>of(),
                        List.of(new Periodestand("2021-II", 340, 18, 358, 118L)), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toezichtrijen")
    void de_periodetabel_van_het_toezicht_wordt_nagerekend(String geval, List<Halfjaar> berekend,
            List<Periodestand> toezicht, List<Bevinding> verwacht) {
        assertThat(Jaartabel.vergelijk(toezicht, berekend)).containsExactlyElementsOf(verwacht);
    }
}
