package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** One Dutch way of writing numbers, amounts and dates, and amounts typed the Dutch way read back. */
class WeergaveTest {

    final Weergave nl = new Weergave();

    @Test
    void bedragen_en_getallen_op_zijn_nederlands() {
        assertThat(nl.bedrag(new BigDecimal("1750"))).isEqualTo("€ 1.750,00");
        assertThat(nl.bedrag(new BigDecimal("15"))).isEqualTo("€ 15,00");
        assertThat(nl.getal(1592)).isEqualTo("1.592");
        assertThat(nl.invoer(new BigDecimal("25000.00"))).isEqualTo("25.000,00");
        assertThat(nl.invoer(null)).isEmpty();
    }

    @Test
    void datums_in_woorden_ook_waar_weinig_ruimte_is() {
        assertThat(nl.datum(LocalDate.of(2022, 10, 1))).isEqualTo("1 oktober 2022");
        assertThat(Weergave.dag(LocalDate.of(2026, 10, 14))).isEqualTo("14 oktober 2026");
        assertThat(nl.kort(LocalDate.of(2025, 1, 25))).isEqualTo("25 jan. 2025").doesNotContain("-");
    }

    @Test
    void een_aantal_met_enkelvoud_of_meervoud() {
        assertThat(nl.aantal(1, "week", "weken")).isEqualTo("1 week");
        assertThat(nl.aantal(0, "week", "weken")).isEqualTo("0 weken");
        assertThat(Weergave.telling(3, "inschrijving", "inschrijvingen")).isEqualTo("3 inschrijvingen");
        assertThat(Weergave.telling(1250, "gemeente", "gemeenten")).isEqualTo("1.250 gemeenten");
    }

    @Test
    void een_bedrag_wordt_gelezen_zoals_een_nederlander_het_typt() {
        assertThat(Weergave.leesBedrag("1.750,00")).isEqualByComparingTo("1750.00");
        assertThat(Weergave.leesBedrag("1750,00")).isEqualByComparingTo("1750.00");
        assertThat(Weergave.leesBedrag("1750,5")).isEqualByComparingTo("1750.50");
        assertThat(Weergave.leesBedrag("€ 1.750")).isEqualByComparingTo("1750");
        assertThat(Weergave.leesBedrag("1.750")).isEqualByComparingTo("1750");
        assertThat(Weergave.leesBedrag("25.000,00")).isEqualByComparingTo("25000");
        assertThat(Weergave.leesBedrag("1750")).isEqualByComparingTo("1750");
        assertThat(Weergave.leesBedrag("17.50")).as("a point with two decimals").isEqualByComparingTo("17.50");
        assertThat(Weergave.leesBedrag("1,750.00")).as("English thousands").isNull();
        assertThat(Weergave.leesBedrag("12,3,4")).isNull();
        assertThat(Weergave.leesBedrag("abc")).isNull();
    }

    @Test
    void wat_het_veld_vooraf_toont_leest_het_formulier_terug() {
        for (String b : new String[] {"0.00", "15.00", "1750.00", "25000.00", "1234567.89"}) {
            assertThat(Weergave.leesBedrag(nl.invoer(new BigDecimal(b)))).isEqualByComparingTo(b);
        }
    }

    @Test
    void bindingfouten_leest_bedragen_op_zijn_nederlands_en_noemt_een_onleesbaar_bedrag_bij_het_veld() {
        MapBindingResult fouten = new MapBindingResult(new java.util.HashMap<>(Map.of("bedrag", "x")), "formulier");
        assertThat(Bindingfouten.bedrag(fouten, "bedrag", "1.750,00")).isEqualByComparingTo("1750.00");
        assertThat(Bindingfouten.bedrag(fouten, "bedrag", "1750,00")).isEqualByComparingTo("1750.00");
        assertThat(fouten.hasErrors()).isFalse();
        assertThat(Bindingfouten.bedrag(fouten, "bedrag", "1,750.00")).isNull();
        assertThat(fouten.getFieldError("bedrag").getDefaultMessage()).contains("1.750,00");
    }
}
