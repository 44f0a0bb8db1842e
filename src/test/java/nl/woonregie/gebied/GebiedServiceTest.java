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
        assertThatThrownBy(() -> gebied.gemeentenVanProvincie("PV28", LocalDate.of(2021, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-01-01");
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
