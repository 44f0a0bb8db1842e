package nl.woonregie.gebied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Java API other modules use. */
@IntegratieTest
class GebiedServiceTest {

    private static final LocalDate J2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate J2024 = LocalDate.of(2024, 1, 1);

    @Autowired
    GebiedService gebied;

    @Test
    void vindt_een_gemeente_ook_als_die_is_opgeheven() {
        Gemeente weesp = gebied.gemeente("GM0457").orElseThrow();
        assertThat(weesp.provincie()).isEqualTo(new Provincie("PV27", "Noord-Holland"));
        assertThat(weesp.geldigOp(J2022)).isTrue();
        assertThat(weesp.geldigOp(J2024)).isFalse();
        assertThat(weesp.opgegaanIn()).isEqualTo("GM0363");
        assertThat(gebied.gemeente("GM9999")).isEmpty();
        assertThat(gebied.gemeente("onzin")).isEmpty();
    }

    @Test
    void de_opvolger_van_een_opgeheven_gemeente_op_een_datum() {
        assertThat(gebied.opvolgerOp("GM0457", J2024)).map(Gemeente::code).contains("GM0363");
        assertThat(gebied.opvolgerOp("GM0457", J2022)).map(Gemeente::code).contains("GM0457");
        assertThat(gebied.opvolgerOp("GM0614", J2024)).map(Gemeente::code).contains("GM1992");
        assertThat(gebied.opvolgerOp("GM1992", J2022)).isEmpty();
    }

    @Test
    void gemeenten_van_een_provincie_of_regio_op_een_datum() {
        assertThat(gebied.gemeentenVanProvincie("PV28", J2024)).hasSize(50);
        assertThat(gebied.gemeentenVanProvincie("PV28", J2022)).hasSize(52)
                .extracting(Gemeente::code).contains("GM0501", "GM0530", "GM0614").doesNotContain("GM1992");
        assertThat(gebied.gemeentenVanRegio("VR15", J2024)).extracting(Gemeente::naam)
                .containsExactlyInAnyOrderElementsOf(GemeentenApiTest.HAAGLANDEN);
        assertThat(gebied.gemeentenOp(J2022)).hasSize(345);
        assertThat(gebied.gemeentenOp(gebied.vandaag())).hasSize(342);
        assertThat(gebied.regiosVan("GM0457", J2022)).extracting(Regio::code).containsExactly("VR14");
        assertThat(gebied.regiosVan("GM0457", J2024)).isEmpty();
    }

    @Test
    void een_datum_voor_de_bekende_indeling_wordt_geweigerd() {
        assertThatThrownBy(() -> gebied.gemeentenVanProvincie("PV28", LocalDate.of(2019, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020-01-01");
        // the regions are known from 2022 only
        assertThatThrownBy(() -> gebied.gemeentenVanRegio("VR15", LocalDate.of(2021, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-01-01");
        assertThatThrownBy(() -> gebied.regiosVan("GM0518", LocalDate.of(2021, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-01-01");
    }

    @Test
    void de_herindelingen_van_2021_en_2022_staan_in_het_register() {
        LocalDate j2020 = LocalDate.of(2020, 1, 1);
        LocalDate j2021 = LocalDate.of(2021, 1, 1);
        assertThat(gebied.gemeentenOp(j2020)).hasSize(355).extracting(Gemeente::code)
                .contains("GM0003", "GM0788", "GM0398").doesNotContain("GM1979", "GM1980");
        assertThat(gebied.gemeentenOp(j2021)).hasSize(352).extracting(Gemeente::code)
                .contains("GM1979", "GM0398", "GM0370").doesNotContain("GM0003", "GM0788", "GM1980");
        assertThat(gebied.gemeentenOp(J2022)).hasSize(345).extracting(Gemeente::code)
                .contains("GM1980", "GM1982", "GM1991").doesNotContain("GM0398", "GM0370", "GM0856");
        assertThat(gebied.opvolgerOp("GM0370", J2022)).map(Gemeente::code).contains("GM0439");
        assertThat(gebied.opvolgerOp("GM1702", J2024)).map(Gemeente::code).contains("GM1982");
        assertThat(gebied.gemeente("GM1979").orElseThrow().geldigVanaf()).isEqualTo(j2021);
        // Haaren was split: no single successor, four gemeenten received a part
        assertThat(gebied.opvolgerOp("GM0788", j2021)).isEmpty();
        assertThat(gebied.delenNaar("GM0788")).containsExactly("GM0757", "GM0824", "GM0855", "GM0865");
        assertThat(gebied.delenNaar("GM0370")).isEmpty();
    }

    @Test
    void de_bevolking_van_een_peildatum_telt_op_tot_het_landelijke_totaal() {
        assertThat(gebied.inwonersOp(LocalDate.of(2023, 1, 1))).hasSize(342)
                .containsEntry("GM0518", 562839)
                .satisfies(m -> assertThat(m.values().stream().mapToLong(Integer::longValue).sum())
                        .isEqualTo(17_811_291L));
        assertThat(gebied.inwonersOp(LocalDate.of(2023, 2, 1))).isEmpty();
        assertThat(gebied.bevolkingspeildata()).startsWith(LocalDate.of(2017, 1, 1)).contains(J2024);
    }

    @Test
    void bevolking_op_een_datum_is_het_laatste_cijfer_op_of_voor_die_datum() {
        assertThat(gebied.bevolkingOp("GM0518", J2024)).contains(new Bevolking(J2024, 566221));
        assertThat(gebied.bevolkingOp("GM0518", LocalDate.of(2023, 12, 31)))
                .contains(new Bevolking(LocalDate.of(2023, 1, 1), 562839));
        assertThat(gebied.bevolkingOp("GM0518", LocalDate.of(2016, 12, 31))).isEmpty();
        assertThat(gebied.bevolking("GM0518")).hasSize(6);
    }
}
