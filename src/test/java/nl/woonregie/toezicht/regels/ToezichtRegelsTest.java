package nl.woonregie.toezicht.regels;

import static nl.woonregie.toezicht.regels.DossierBouwer.dossier;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import nl.woonregie.toezicht.regels.Beoordeling.Conclusie;
import nl.woonregie.toezicht.regels.Beoordeling.Eindoordeel;
import nl.woonregie.toezicht.regels.Beoordeling.Tussentijds;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test (or more) per rule R1–R16 of toezicht.md, under the Zuid-Holland 2020 beleidskader. */
class ToezichtRegelsTest {

    static Tussentijds tussentijds(Uitkomst u, int i) {
        return (Tussentijds) u.beoordelingen().get(i);
    }

    static Eindoordeel eind(Uitkomst u, int i) {
        return (Eindoordeel) u.beoordelingen().get(i);
    }

    /** The motivering of one rule. */
    static String tekst(Beoordeling b, String regel) {
        return b.motivering().stream().filter(m -> m.regel().equals(regel)).map(Beoordeling.Motivering::tekst)
                .findFirst().orElseThrow(() -> new AssertionError("geen motivering " + regel));
    }

    @Nested
    class R1_opgave {
        @Test
        void opgave_is_taakstelling_plus_saldo_in() {
            Uitkomst u = dossier("0").periode("2022-I", 300).saldoIn(70).tussen(0, 0L).beoordeel();
            assertThat(tussentijds(u, 0).opgave()).isEqualTo(370);
        }

        @Test
        void voorsprong_verlaagt_de_opgave() {
            Uitkomst u = dossier("0").periode("2022-I", 300).saldoIn(-50).tussen(0, 0L).beoordeel();
            assertThat(tussentijds(u, 0).opgave()).isEqualTo(250);
        }
    }

    @Nested
    class R2_minimaal {
        @ParameterizedTest
        @CsvSource({"418,209", "535,268", "417,209", "469,235", "489,245", "1,1", "2,1"})
        void minimaal_is_de_helft_naar_boven_afgerond(long opgave, long minimaal) {
            assertThat(ToezichtEngine.minimaal(opgave)).isEqualTo(minimaal);
        }

        @Test
        void opgave_nul_of_minder_betekent_minimaal_nul_op_schema_gerealiseerd_zonder_percentage() {
            Uitkomst u = dossier("1").periode("2022-I", 100).saldoIn(-120).tussen(0, 0L).eind(0).beoordeel();
            Tussentijds t = tussentijds(u, 0);
            assertThat(t.opgave()).isEqualTo(-20);
            assertThat(t.minimaal()).isZero();
            assertThat(t.opSchema()).isTrue();
            assertThat(t.percentageVanOpgave()).isNull();
            Eindoordeel e = eind(u, 1);
            assertThat(e.gerealiseerd()).isTrue();
            assertThat(e.conclusie()).isEqualTo(Conclusie.GEREALISEERD);
            assertThat(e.percentageVanOpgave()).isNull();
            assertThat(e.saldoUit()).isEqualTo(-20);
        }
    }

    @Nested
    class R3_tussentijdse_toets {
        @Test
        void op_schema_als_gehuisvest_minstens_minimaal() {
            Uitkomst u = dossier("0").periode("2022-I", 418).tussen(209, 0L).beoordeel();
            assertThat(tussentijds(u, 0).opSchema()).isTrue();
            Uitkomst net = dossier("0").periode("2022-I", 418).tussen(208, 0L).beoordeel();
            assertThat(tussentijds(net, 0).opSchema()).isFalse();
        }

        @Test
        void corona_variant_op_1_april_2021_vraagt_70_procent_exact_vergeleken() {
            // minimaal 209, 70% = 146.3: 146 is not enough, 147 is
            Uitkomst u146 = dossier("0").periode("2021-I", 418).tussen(146, 0L).beoordeel();
            Uitkomst u147 = dossier("0").periode("2021-I", 418).tussen(147, 0L).beoordeel();
            assertThat(tussentijds(u146, 0).opSchema()).isFalse();
            assertThat(tussentijds(u147, 0).opSchema()).isTrue();
            assertThat(tussentijds(u147, 0).drempelOpSchema()).isEqualByComparingTo(new BigDecimal("146.3"));
        }

        @Test
        void corona_variant_geldt_op_1_oktober_2020_maar_niet_op_1_oktober_2021() {
            Uitkomst u2020 = dossier("0").periode("2020-II", 200).tussen(70, 0L).beoordeel();
            Uitkomst u2021 = dossier("0").periode("2021-II", 200).tussen(70, 0L).beoordeel();
            assertThat(tussentijds(u2020, 0).opSchema()).isTrue();
            assertThat(tussentijds(u2021, 0).opSchema()).isFalse();
        }
    }

    @Nested
    class R4_ladder_bij_tussentijdse_toets {
        @ParameterizedTest
        @CsvSource({"0,1,VOLGENDE_FASE", "1,2,VOLGENDE_FASE", "2,2,ZELFDE_FASE", "3a,3a,ZELFDE_FASE",
            "3b,3b,ZELFDE_FASE", "4,4,ZELFDE_FASE", "6,6,ZELFDE_FASE"})
        void niet_op_schema(String voor, String na, Conclusie conclusie) {
            Tussentijds t = tussentijds(dossier(voor).periode("2022-I", 100).tussen(10, 0L).beoordeel(), 0);
            assertThat(t.tredeVoor().code()).isEqualTo(voor);
            assertThat(t.tredeNa().code()).isEqualTo(na);
            assertThat(t.conclusie()).isEqualTo(conclusie);
        }

        @ParameterizedTest
        @CsvSource({"0", "1", "2", "3b", "5"})
        void op_schema_verlaagt_de_trede_nooit(String voor) {
            Tussentijds t = tussentijds(dossier(voor).periode("2022-I", 100).tussen(60, 0L).beoordeel(), 0);
            assertThat(t.tredeNa().code()).isEqualTo(voor);
            assertThat(t.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);
        }

        @Test
        void trede_3_wordt_gelezen_als_3a() {
            Tussentijds t = tussentijds(dossier("3").periode("2022-I", 100).tussen(10, 0L).beoordeel(), 0);
            assertThat(t.tredeVoor().code()).isEqualTo("3a");
        }
    }

    @Nested
    class R5_koppelingen_voldoende {
        @Test
        void voldoende_als_koppelingen_minstens_nog_te_huisvesten() {
            Tussentijds t = tussentijds(dossier("0").periode("2022-I", 100).tussen(40, 60L).beoordeel(), 0);
            assertThat(t.nogTeHuisvesten()).isEqualTo(60);
            assertThat(t.koppelingenVoldoende()).isTrue();
            Tussentijds te = tussentijds(dossier("0").periode("2022-I", 100).tussen(40, 59L).beoordeel(), 0);
            assertThat(te.koppelingenVoldoende()).isFalse();
        }

        @Test
        void oordeel_van_de_toezichthouder_gaat_voor() {
            Tussentijds t = tussentijds(dossier("0").periode("2022-I", 100).tussen(40, 600L, false).beoordeel(), 0);
            assertThat(t.koppelingenVoldoende()).isFalse();
            assertThat(t.motivering()).anySatisfy(m -> assertThat(m.tekst()).contains("toezichthouder"));
        }

        @Test
        void onbekende_koppelingen_zijn_niet_vastgesteld() {
            Tussentijds t = tussentijds(dossier("0").periode("2022-I", 100).tussen(40, null).beoordeel(), 0);
            assertThat(t.koppelingen()).isNull();
            assertThat(t.koppelingenVoldoende()).isNull();
        }
    }

    @Nested
    class R6_vier_vragen {
        @Test
        void stapelgemeente_vraagt_drie_maanden_inclusief_de_laatste() {
            Eindoordeel ja = eind(dossier("1").periode("2022-I", 100)
                    .eind(new Dossier.Eindstand(10, 0, null, 0, 3, true, null)).beoordeel(), 0);
            Eindoordeel zonderLaatste = eind(dossier("1").periode("2022-I", 100)
                    .eind(new Dossier.Eindstand(10, 0, null, 0, 5, false, null)).beoordeel(), 0);
            Eindoordeel tweeMaanden = eind(dossier("1").periode("2022-I", 100)
                    .eind(new Dossier.Eindstand(10, 0, null, 0, 2, true, null)).beoordeel(), 0);
            assertThat(ja.stapelgemeente()).isTrue();
            assertThat(zonderLaatste.stapelgemeente()).isFalse();
            assertThat(tweeMaanden.stapelgemeente()).isFalse();
        }

        @Test
        void omkoppelingen_zijn_ja_als_er_minstens_een_is() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).eind(10, 0, 1).beoordeel(), 0);
            assertThat(e.omkoppelingen()).isTrue();
            assertThat(e.motivering()).anySatisfy(m -> assertThat(m.regel()).isEqualTo("R6"));
        }
    }

    @Nested
    class R7_gerealiseerd {
        @Test
        void gerealiseerd_op_coa_cijfer_telt_geen_huurcontracten_mee() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).eind(100, 5, 0).beoordeel(), 0);
            assertThat(e.gerealiseerd()).isTrue();
            assertThat(e.huurcontractenMeegeteld()).isZero();
        }

        @Test
        void huurcontracten_tellen_alleen_als_ze_nodig_zijn() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).eind(97, 5, 0).beoordeel(), 0);
            assertThat(e.gerealiseerd()).isTrue();
            assertThat(e.huurcontractenMeegeteld()).isEqualTo(5);
            assertThat(e.conclusie()).isEqualTo(Conclusie.GEREALISEERD);
        }

        @Test
        void onvoldoende_huurcontracten_tellen_niet() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).eind(90, 5, 0).beoordeel(), 0);
            assertThat(e.gerealiseerd()).isFalse();
            assertThat(e.huurcontractenMeegeteld()).isZero();
        }
    }

    @Nested
    class R8_drempel_niet_stijgen {
        @Test
        void in_2021_I_70_procent_van_de_opgave() {
            Eindoordeel e = eind(dossier("1").periode("2021-I", 418).eind(293, 0, 1).beoordeel(), 0);
            assertThat(e.drempelNietStijgen()).isEqualByComparingTo("292.6");
            assertThat(e.drempelGehaald()).isTrue();
            assertThat(e.tredeNa().code()).isEqualTo("1");
            assertThat(e.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);
        }

        @Test
        void in_2021_II_taakstelling_plus_kwart_van_de_achterstand_en_omkoppelingen_tellen_niet() {
            Eindoordeel e = eind(dossier("1").periode("2021-II", 340).saldoIn(195)
                    .tussen(100, 10L).eind(388, 0, 4).beoordeel(), 1);
            assertThat(e.drempelNietStijgen()).isEqualByComparingTo("388.75");
            assertThat(e.drempelGehaald()).isFalse();
            assertThat(e.omkoppelingen()).isFalse();
            // koppelingen insufficient and omkoppelingen not counted: excusable, same step
            assertThat(e.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);
        }

        @Test
        void in_2021_II_zegt_het_oordeel_dat_gemelde_omkoppelingen_niet_meetellen_in_plaats_van_nee() {
            Eindoordeel e = eind(dossier("1").periode("2021-II", 340).saldoIn(195)
                    .tussen(100, 10L).eind(388, 0, 4).beoordeel(), 1);
            assertThat(e.omkoppelingen()).as("vraag 3 telt ze niet").isFalse();
            assertThat(e.omkoppelingenGemeld()).isEqualTo(4);
            assertThat(e.omkoppelingenTellenMee()).isFalse();
            assertThat(tekst(e, "R6")).contains("(3) omkoppelingen: 4 gemeld, maar omkoppelingen tellen in deze "
                    + "periode niet mee (zo is voor de tweede helft 2021 besloten bij de drempel 'niet stijgen')")
                    .doesNotContain("omkoppelingen: nee");
            assertThat(tekst(e, "R11")).contains("de 4 gemelde omkoppelingen tellen in deze periode niet mee")
                    .doesNotContain("er waren geen omkoppelingen");
        }

        @Test
        void in_2021_II_zonder_gemelde_omkoppelingen_zegt_het_oordeel_dat_ze_niet_meetellen() {
            Eindoordeel e = eind(dossier("1").periode("2021-II", 340).saldoIn(195)
                    .tussen(100, 10L).eind(388, 0, 0).beoordeel(), 1);
            assertThat(e.omkoppelingenGemeld()).isZero();
            assertThat(e.omkoppelingenTellenMee()).isFalse();
            assertThat(tekst(e, "R6")).contains("(3) omkoppelingen: tellen in deze periode niet mee");
            assertThat(tekst(e, "R11")).contains("er waren geen omkoppelingen");
        }

        @Test
        void buiten_2021_II_tellen_gemelde_omkoppelingen_mee() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).tussen(20, 5L).eind(50, 0, 2).beoordeel(), 1);
            assertThat(e.omkoppelingen()).isTrue();
            assertThat(e.omkoppelingenGemeld()).isEqualTo(2);
            assertThat(e.omkoppelingenTellenMee()).isTrue();
            assertThat(tekst(e, "R6")).contains("(3) omkoppelingen: ja (2)");
        }

        @Test
        void vanaf_2022_geen_drempel() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).eind(99).beoordeel(), 0);
            assertThat(e.drempelNietStijgen()).isNull();
            assertThat(e.drempelGehaald()).isNull();
            assertThat(e.tredeNa().code()).isEqualTo("2");
        }

        @Test
        void drempel_verandert_saldo_niet() {
            Eindoordeel e = eind(dossier("1").periode("2021-I", 418).eind(300).beoordeel(), 0);
            assertThat(e.saldoUit()).isEqualTo(118);
        }
    }

    /**
     * R8 with the leases (issue 15, §6): leases "are weighed in the January and July decision" for the threshold as
     * for realised (R7), so the threshold compares {@code gehuisvestCoa + huurcontracten}. One case per threshold
     * period in which the leases lift the municipality over the threshold (it no longer rises a step), and the same
     * dossier under the rules before the correction (it rose). {@code huurcontractenMeegeteld} reports the leases
     * counted for the judgment: only where they were needed, for R7 or else for R8.
     */
    @Nested
    class R8_drempel_niet_stijgen_met_huurcontracten {

        @ParameterizedTest(name = "{0}: drempel {2}, COA {3} + {4} huurcontracten")
        @CsvSource({
            // periode, taakstelling, drempel, COA, huurcontracten: COA alone below, COA + leases at or above
            "2020-II, 200, 140,   135, 6",     // 70% of the opgave: 141 >= 140
            "2021-I,  418, 292.6, 285, 8",     // 70% of the opgave: 293 >= 292.6
        })
        void huurcontracten_tillen_de_gemeente_over_de_drempel_van_70_procent(String periode, long taakstelling,
                String drempel, long coa, long huur) {
            Eindoordeel e = eind(dossier("1").periode(periode, taakstelling).eind(coa, huur, 0).beoordeel(), 0);
            assertThat(e.drempelNietStijgen()).isEqualByComparingTo(drempel);
            assertThat(e.gerealiseerd()).isFalse();
            assertThat(e.drempelGehaald()).isTrue();
            assertThat(e.huurcontractenMeegeteld()).isEqualTo(huur);
            assertThat(e.tredeNa().code()).isEqualTo("1");
            assertThat(e.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);
            assertThat(tekst(e, "R8")).contains("Met " + coa + " gehuisvest volgens COA en de " + huur
                    + " ingediende huurcontracten, samen " + (coa + huur) + ", is die drempel gehaald");
            assertThat(tekst(e, "R10")).contains("met de " + huur + " meegetelde huurcontracten");
            // the saldo stays on COA's figure (R13): leases never change it
            assertThat(e.saldoUit()).isEqualTo(taakstelling - coa);

            Eindoordeel voorheen = eind(dossier("1").periode(periode, taakstelling).eind(coa, huur, 0)
                    .beoordeel(Regelversie.DREMPEL_ZONDER_HUURCONTRACTEN), 0);
            assertThat(voorheen.drempelGehaald()).isFalse();
            assertThat(voorheen.huurcontractenMeegeteld()).isZero();
            assertThat(voorheen.tredeNa().code()).isEqualTo("2");
        }

        /** 2021-II: taakstelling 340 + 25% of the achterstand of 195 = 388.75; enough koppelingen, so no R11. */
        @Test
        void in_2021_II_tillen_huurcontracten_de_gemeente_over_de_drempel_en_stijgt_zij_niet() {
            Eindoordeel e = eind(dossier("2").periode("2021-II", 340).saldoIn(195).tussen(270, 300L)
                    .eind(380, 9, 0).beoordeel(), 1);
            assertThat(e.koppelingenVoldoende()).isTrue();
            assertThat(e.drempelNietStijgen()).isEqualByComparingTo("388.75");
            assertThat(e.drempelGehaald()).isTrue();
            assertThat(e.huurcontractenMeegeteld()).isEqualTo(9);
            assertThat(e.tredeNa().code()).isEqualTo("2");
            assertThat(e.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);
            assertThat(e.motivering()).anySatisfy(m -> assertThat(m.regel()).isEqualTo("R10"));
            assertThat(e.saldoUit()).isEqualTo(155);
        }

        @Test
        void in_2021_II_steeg_dezelfde_gemeente_met_de_regels_van_voor_de_correctie_een_trede() {
            Eindoordeel e = eind(dossier("2").periode("2021-II", 340).saldoIn(195).tussen(270, 300L)
                    .eind(380, 9, 0).beoordeel(Regelversie.DREMPEL_ZONDER_HUURCONTRACTEN), 1);
            assertThat(e.drempelGehaald()).isFalse();
            assertThat(e.huurcontractenMeegeteld()).isZero();
            assertThat(e.tredeNa().code()).isEqualTo("3a");
            assertThat(e.conclusie()).isEqualTo(Conclusie.VOLGENDE_FASE);
        }

        @Test
        void te_weinig_huurcontracten_halen_de_drempel_niet_en_tellen_niet_mee() {
            Eindoordeel e = eind(dossier("2").periode("2021-II", 340).saldoIn(195).tussen(270, 300L)
                    .eind(380, 5, 0).beoordeel(), 1);
            assertThat(e.drempelGehaald()).isFalse();
            assertThat(e.huurcontractenMeegeteld()).isZero();
            assertThat(e.tredeNa().code()).isEqualTo("3a");
            assertThat(tekst(e, "R8")).contains("Met 380 gehuisvest is die drempel niet gehaald, ook niet met de 5 "
                    + "ingediende huurcontracten (samen 385).");
        }

        @Test
        void als_coa_alleen_de_drempel_haalt_tellen_de_huurcontracten_niet_mee() {
            Eindoordeel e = eind(dossier("1").periode("2021-I", 418).eind(293, 4, 0).beoordeel(), 0);
            assertThat(e.drempelGehaald()).isTrue();
            assertThat(e.huurcontractenMeegeteld()).isZero();
            assertThat(tekst(e, "R8")).endsWith("Met 293 gehuisvest is die drempel gehaald.");
        }

        @Test
        void zonder_drempel_vanaf_2022_tellen_huurcontracten_alleen_voor_gerealiseerd() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).eind(90, 5, 0).beoordeel(), 0);
            assertThat(e.drempelNietStijgen()).isNull();
            assertThat(e.drempelGehaald()).isNull();
            assertThat(e.huurcontractenMeegeteld()).isZero();
            assertThat(e.tredeNa().code()).isEqualTo("2");
        }

        @Test
        void gerealiseerd_met_huurcontracten_telt_ze_mee_voor_r7_zoals_altijd() {
            Eindoordeel e = eind(dossier("1").periode("2021-I", 418).eind(410, 8, 0).beoordeel(), 0);
            assertThat(e.gerealiseerd()).isTrue();
            assertThat(e.drempelGehaald()).isTrue();
            assertThat(e.huurcontractenMeegeteld()).isEqualTo(8);
            assertThat(e.conclusie()).isEqualTo(Conclusie.GEREALISEERD);
        }

        @Test
        void zonder_huurcontracten_is_het_oordeel_in_beide_regelversies_gelijk() {
            for (String periode : new String[] {"2020-II", "2021-I", "2021-II", "2022-I"}) {
                var bouwer = dossier("1").periode(periode, 300).saldoIn(40).tussen(150, 200L).eind(250);
                assertThat(bouwer.beoordeel(Regelversie.DREMPEL_ZONDER_HUURCONTRACTEN)).as(periode)
                        .isEqualTo(bouwer.beoordeel(Regelversie.DREMPEL_MET_HUURCONTRACTEN));
            }
        }
    }

    @Nested
    class R9_tot_R12_ladderbesluit_bij_eindoordeel {
        @Test
        void R9_gerealiseerd_terug_naar_0_vanaf_elke_trede() {
            Eindoordeel e = eind(dossier("5").periode("2022-I", 100).eind(100).beoordeel(), 0);
            assertThat(e.tredeNa().code()).isEqualTo("0");
            assertThat(e.conclusie()).isEqualTo(Conclusie.GEREALISEERD);
            assertThat(e.motivering()).anySatisfy(m -> assertThat(m.regel()).isEqualTo("R9"));
        }

        @Test
        void R11_onvoldoende_koppelingen_zonder_omkoppelingen_en_stapel_is_verschoonbaar() {
            Eindoordeel e = eind(dossier("2").periode("2022-I", 100).tussen(20, 5L).eind(50).beoordeel(), 1);
            assertThat(e.koppelingenVoldoende()).isFalse();
            assertThat(e.tredeNa().code()).isEqualTo("2");
            assertThat(e.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);
            assertThat(e.motivering()).anySatisfy(m -> assertThat(m.regel()).isEqualTo("R11"));
        }

        @Test
        void R11_geldt_niet_bij_omkoppelingen() {
            Eindoordeel e = eind(dossier("2").periode("2022-I", 100).tussen(20, 5L).eind(50, 0, 2).beoordeel(), 1);
            assertThat(e.tredeNa().code()).isEqualTo("3a");
            assertThat(e.conclusie()).isEqualTo(Conclusie.VOLGENDE_FASE);
        }

        @Test
        void R11_geldt_niet_voor_een_stapelgemeente() {
            Eindoordeel e = eind(dossier("2").periode("2022-I", 100).tussen(20, 5L)
                    .eind(new Dossier.Eindstand(50, 0, null, 0, 4, true, null)).beoordeel(), 1);
            assertThat(e.tredeNa().code()).isEqualTo("3a");
        }

        @Test
        void R12_anders_volgende_trede() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).tussen(20, 500L).eind(50).beoordeel(), 1);
            assertThat(e.tredeVoor().code()).isEqualTo("2");
            assertThat(e.tredeNa().code()).isEqualTo("3a");
            assertThat(e.conclusie()).isEqualTo(Conclusie.VOLGENDE_FASE);
        }

        @Test
        void R12_stap_naar_4_is_een_voorstel_zonder_besluit() {
            Eindoordeel e = eind(dossier("3b").periode("2022-I", 100).eind(50).beoordeel(), 0);
            assertThat(e.tredeNa().code()).isEqualTo("3b");
            assertThat(e.voorgesteldeTrede().code()).isEqualTo("4");
            assertThat(e.besluitVereist()).isTrue();
            assertThat(e.conclusie()).isEqualTo(Conclusie.VOLGENDE_FASE_VOORGESTELD);
        }

        @Test
        void R12_stap_naar_4_gaat_in_met_een_besluit() {
            Uitkomst u = dossier("3b").periode("2022-I", 100).eind(50).besluit("2022-07-01", "4").beoordeel();
            Eindoordeel e = eind(u, 0);
            assertThat(e.tredeNa().code()).isEqualTo("4");
            assertThat(e.voorgesteldeTrede()).isNull();
            assertThat(e.besluitVereist()).isFalse();
            assertThat(e.conclusie()).isEqualTo(Conclusie.VOLGENDE_FASE);
            assertThat(e.besluitMotivering()).isNotBlank();
            assertThat(u.bevindingen()).isEmpty();
        }

        @Test
        void R12_besluit_zonder_voorstel_heeft_geen_gevolg_en_is_een_bevinding() {
            Uitkomst u = dossier("1").periode("2022-I", 100).eind(50).besluit("2022-07-01", "4").beoordeel();
            assertThat(eind(u, 0).tredeNa().code()).isEqualTo("2");
            assertThat(u.bevindingen()).extracting(Bevinding::type).containsExactly(Bevinding.Type.BESLUIT_NIET_TOEGEPAST);
        }

        @Test
        void R12_verschoonbare_reden_houdt_de_trede_en_staat_in_de_motivering() {
            Eindoordeel e = eind(dossier("2").periode("2022-I", 100).tussen(20, 500L)
                    .eind(new Dossier.Eindstand(50, 0, null, 0, 0, false, "COA-dossiers waren onvolledig."))
                    .beoordeel(), 1);
            assertThat(e.tredeNa().code()).isEqualTo("2");
            assertThat(e.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);
            assertThat(e.motivering()).anySatisfy(m -> assertThat(m.tekst()).contains("COA-dossiers waren onvolledig."));
        }

        @Test
        void op_de_hoogste_trede_blijft_de_gemeente_staan() {
            Eindoordeel e = eind(dossier("6").periode("2022-I", 100).eind(50).beoordeel(), 0);
            assertThat(e.tredeNa().code()).isEqualTo("6");
            assertThat(e.conclusie()).isEqualTo(Conclusie.ZELFDE_FASE);
            assertThat(e.besluitVereist()).isFalse();
        }
    }

    @Nested
    class R13_saldo_uit {
        @Test
        void saldo_is_opgave_min_coa_realisatie_zonder_huurcontracten() {
            Eindoordeel e = eind(dossier("1").periode("2022-I", 100).eind(97, 5, 0).beoordeel(), 0);
            assertThat(e.saldoUit()).isEqualTo(3);
        }

        @Test
        void definitief_coa_cijfer_bepaalt_het_saldo_en_de_volgende_periode_met_een_bevinding() {
            Uitkomst u = dossier("1").periode("2022-I", 100)
                    .eind(new Dossier.Eindstand(80, 0, 85L, 0, 0, false, null))
                    .periode("2022-II", 50).tussen(10, 0L).beoordeel();
            Eindoordeel e = eind(u, 0);
            assertThat(e.saldoUit()).isEqualTo(15);
            assertThat(e.gerealiseerd()).isFalse();
            assertThat(e.volgendePeriode().opgave()).isEqualTo(65);
            assertThat(tussentijds(u, 1).opgave()).isEqualTo(65);
            assertThat(tussentijds(u, 1).minimaal()).isEqualTo(33);
            assertThat(u.bevindingen()).extracting(Bevinding::type)
                    .containsExactly(Bevinding.Type.REALISATIE_GECORRIGEERD);
        }

        @Test
        void correctie_van_saldo_in_vervangt_berekend_saldo_en_is_een_bevinding() {
            Uitkomst u = dossier("1").periode("2022-I", 100).eind(50)
                    .periode("2022-II", 40).saldoIn(70).tussen(10, 0L).beoordeel();
            assertThat(eind(u, 0).saldoUit()).isEqualTo(50);
            assertThat(eind(u, 0).volgendePeriode().saldoIn()).isEqualTo(70);
            assertThat(tussentijds(u, 1).saldoIn()).isEqualTo(70);
            assertThat(u.bevindingen()).singleElement().satisfies(b -> {
                assertThat(b.type()).isEqualTo(Bevinding.Type.SALDO_GECORRIGEERD);
                assertThat(b.peildatum()).hasToString("2022-07-01");
                assertThat(b.tekst()).contains("50").contains("70");
            });
        }
    }

    @Nested
    class R14_huurcontracten {
        @Test
        void huurcontracten_tellen_alleen_bij_het_eindoordeel() {
            Uitkomst u = dossier("0").periode("2022-I", 100).tussen(10, 0L).eind(96, 4, 0).beoordeel();
            assertThat(tussentijds(u, 0).opSchema()).isFalse();
            assertThat(eind(u, 1).gerealiseerd()).isTrue();
            assertThat(eind(u, 1).saldoUit()).isEqualTo(4);
        }

        @Test
        void termijnen_komen_uit_het_beleidskader() {
            assertThat(Kaders.ZUID_HOLLAND.huurcontractenDagenVoorEinde()).isEqualTo(14);
            assertThat(Kaders.ZUID_HOLLAND.huurcontractenIndientermijnDagen()).isEqualTo(4);
        }
    }

    @Nested
    class R15_van_3a_naar_3b {
        @Test
        void nieuw_negatief_eindoordeel_vanaf_3a_leidt_tot_3b() {
            Eindoordeel e = eind(dossier("3a").periode("2022-I", 100).eind(50).beoordeel(), 0);
            assertThat(e.tredeNa().code()).isEqualTo("3b");
            assertThat(e.conclusie()).isEqualTo(Conclusie.VOLGENDE_FASE);
            assertThat(e.motivering()).anySatisfy(m -> assertThat(m.regel()).isEqualTo("R15"));
        }
    }

    @Nested
    class R16_percentages {
        @ParameterizedTest
        @CsvSource({"64,199,32", "106,418,25", "223,418,53", "172,535,32", "1,200,1", "1,3,33", "2,3,67",
            "1,8,13", "0,5,0", "10,5,200"})
        void percentage_van_de_opgave_rond_half_naar_boven(long gehuisvest, long opgave, int pct) {
            assertThat(ToezichtEngine.percentage(gehuisvest, opgave)).isEqualTo(pct);
        }

        @Test
        void half_wordt_naar_boven_afgerond() {
            assertThat(ToezichtEngine.percentage(1, 200)).isEqualTo(1); // 0.5 → 1
            assertThat(ToezichtEngine.percentage(5, 8)).isEqualTo(63); // 62.5 → 63
        }
    }
}
