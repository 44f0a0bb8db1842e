package nl.woonregie.programma.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules about one statushouder on a day: the participatieverklaring due one year after arrival (004:L319-377), the
 * extra track beside inburgering from 18, a school from 4 to 18, AMV before and after 18; and the overview's counts.
 */
class CaseloadregelsTest {

    static Statushouder persoon(long id, String huishouden, LocalDate geboren, LocalDate aankomst, boolean amv,
            LocalDate pv, Inburgeringsroute route, boolean spoor, School school, Long casemanager, LocalDate uit) {
        return new Statushouder(id, "GM0629", "P" + id, huishouden, geboren, aankomst, amv, pv, route, null, false,
                spoor, false, school, null, false, casemanager, uit, null, null, 1);
    }

    @ParameterizedTest(name = "aankomst {0}, getekend {1}, {2}, op {3}: te laat {4}")
    @CsvSource(nullValues = "-", value = {
        "2024-03-15, -,          B1_ROUTE,                  2025-03-15, false",
        "2024-03-15, -,          B1_ROUTE,                  2025-03-16, true",
        "2024-03-15, 2025-03-16, B1_ROUTE,                  2025-04-01, false",
        "2024-03-15, -,          Z_ROUTE,                   2026-01-01, true",
        "2024-03-15, -,          NIET_INBURGERINGSPLICHTIG, 2026-01-01, false",
        "2024-02-29, -,          ONDERWIJSROUTE,            2025-02-28, false",
        "2024-02-29, -,          ONDERWIJSROUTE,            2025-03-01, true"
    })
    void de_participatieverklaring_is_te_laat_na_een_jaar(LocalDate aankomst, LocalDate getekend,
            Inburgeringsroute route, LocalDate dag, boolean teLaat) {
        Statushouder s = persoon(1, "H", LocalDate.of(1990, 1, 1), aankomst, false, getekend, route, true,
                School.GEEN, null, null);
        assertThat(Caseloadregels.participatieverklaringTeLaat(s, dag)).isEqualTo(teLaat);
    }

    @Test
    void wie_de_caseload_verliet_telt_niet_meer_als_te_laat() {
        Statushouder s = persoon(1, "H", LocalDate.of(1990, 1, 1), LocalDate.of(2024, 1, 1), false, null,
                Inburgeringsroute.B1_ROUTE, true, School.GEEN, null, LocalDate.of(2025, 6, 1));
        assertThat(Caseloadregels.participatieverklaringTeLaat(s, LocalDate.of(2025, 5, 31))).isTrue();
        assertThat(Caseloadregels.participatieverklaringTeLaat(s, LocalDate.of(2025, 6, 1))).isFalse();
    }

    @ParameterizedTest(name = "geboren {0}, AMV {1}, op {2}: {3}")
    @CsvSource({
        "2008-06-01, true,  2026-05-31, MINDERJARIG",
        "2008-06-01, true,  2026-06-01, MEERDERJARIG",
        "2008-06-01, false, 2026-06-01, GEEN"
    })
    void een_amv_is_minderjarig_tot_18(LocalDate geboren, boolean amv, LocalDate dag, Caseloadregels.Amv uitkomst) {
        Statushouder s = persoon(1, "H", geboren, LocalDate.of(2024, 1, 1), amv, null,
                Inburgeringsroute.NIET_INBURGERINGSPLICHTIG, false, School.ISK, null, null);
        assertThat(Caseloadregels.amv(s, dag)).isEqualTo(uitkomst);
    }

    @ParameterizedTest(name = "{0} jaar, spoor {1}, school {2}: zonder spoor {3}, zonder school {4}")
    @CsvSource({
        "30, false, GEEN,                 true,  false",
        "30, true,  GEEN,                 false, false",
        "18, false, SCHAKELPROGRAMMA,     true,  false",
        "17, false, GEEN,                 false, true",
        "10, false, BASISONDERWIJS,       false, false",
        "3,  false, GEEN,                 false, false"
    })
    void een_extra_spoor_vanaf_18_en_een_school_van_4_tot_18(int leeftijd, boolean spoor, School school,
            boolean zonderSpoor, boolean zonderSchool) {
        LocalDate dag = LocalDate.of(2026, 1, 1);
        Statushouder s = persoon(1, "H", dag.minusYears(leeftijd).minusDays(1), LocalDate.of(2025, 1, 1), false,
                null, Inburgeringsroute.B1_ROUTE, spoor, school, null, null);
        assertThat(Caseloadregels.zonderExtraSpoor(s, dag)).isEqualTo(zonderSpoor);
        assertThat(Caseloadregels.zonderSchool(s, dag)).isEqualTo(zonderSchool);
    }

    @Test
    void het_overzicht_telt_per_thema_alleen_wie_op_de_dag_in_de_caseload_is() {
        LocalDate dag = LocalDate.of(2026, 1, 1);
        List<Statushouder> l = List.of(
                persoon(1, "H1", LocalDate.of(1990, 1, 1), LocalDate.of(2024, 6, 1), false, null,
                        Inburgeringsroute.B1_ROUTE, false, School.GEEN, 7L, null),
                persoon(2, "H1", LocalDate.of(2018, 1, 1), LocalDate.of(2024, 6, 1), false, null,
                        Inburgeringsroute.NIET_INBURGERINGSPLICHTIG, false, School.BASISONDERWIJS, 7L, null),
                persoon(3, "H2", LocalDate.of(2009, 1, 1), LocalDate.of(2025, 6, 1), true, null,
                        Inburgeringsroute.NIET_INBURGERINGSPLICHTIG, false, School.ISK, null, null),
                persoon(4, "H3", LocalDate.of(1980, 1, 1), LocalDate.of(2023, 1, 1), false, LocalDate.of(2023, 6, 1),
                        Inburgeringsroute.Z_ROUTE, true, School.GEEN, 8L, LocalDate.of(2025, 1, 1)),
                persoon(5, "H4", LocalDate.of(1980, 1, 1), LocalDate.of(2026, 2, 1), false, null,
                        Inburgeringsroute.B1_ROUTE, true, School.GEEN, 8L, null));
        Caseloadoverzicht o = Caseloadoverzicht.van(l, dag);
        assertThat(o.personen()).isEqualTo(3);
        assertThat(o.huishoudens()).isEqualTo(2);
        assertThat(o.perLeeftijdsband()).containsEntry(Leeftijdsband.VANAF_27, 1L)
                .containsEntry(Leeftijdsband.VAN_4_TOT_12, 1L).containsEntry(Leeftijdsband.VAN_12_TOT_18, 1L)
                .containsEntry(Leeftijdsband.TOT_4, 0L);
        assertThat(o.perCasemanager()).containsExactlyEntriesOf(java.util.Map.of(7L, 2L));
        assertThat(o.zonderCasemanager()).isEqualTo(1);
        assertThat(o.participatieverklaringTeLaat()).isEqualTo(1);
        assertThat(o.zonderExtraSpoor()).isEqualTo(1);
        assertThat(o.amvMinderjarig()).isEqualTo(1);
        assertThat(Caseloadoverzicht.teLaat(l, dag)).extracting(Statushouder::id).containsExactly(1L);
    }
}
