package nl.woonregie.verhuisbox.geld.lening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import nl.woonregie.verhuisbox.geld.lening.Aflossingsschema.Termijn;

/** Properties of every repayment schedule, checked on generated amounts, terms and dates (jqwik). */
class AflossingsschemaProperties {

    @Property
    void de_termijnen_tellen_precies_op_tot_het_bedrag_en_geen_is_negatief_of_nul(
            @ForAll @BigRange(min = "1.20", max = "99999999.99") @Scale(2) BigDecimal bedrag,
            @ForAll @IntRange(min = 1, max = 120) int maanden, @ForAll @IntRange(min = 0, max = 20000) int dag) {
        List<Termijn> schema = Aflossingsschema.bereken(bedrag, maanden, LocalDate.of(2020, 1, 1).plusDays(dag));
        assertThat(schema).hasSize(maanden);
        assertThat(schema.stream().map(Termijn::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(bedrag);
        assertThat(schema).allSatisfy(t -> assertThat(t.bedrag().signum()).isPositive());
        assertThat(schema).allSatisfy(t -> assertThat(t.bedrag().scale()).isLessThanOrEqualTo(2));
        // the last takes the remainder: never less than a regular one, and less than one cent per month more
        BigDecimal gewoon = schema.get(0).bedrag();
        BigDecimal laatste = schema.get(maanden - 1).bedrag();
        assertThat(laatste).isGreaterThanOrEqualTo(gewoon);
        assertThat(laatste.subtract(gewoon)).isLessThan(new BigDecimal("0.01").multiply(BigDecimal.valueOf(maanden)));
        for (int i = 1; i < maanden; i++) {
            assertThat(schema.get(i).vervaldatum()).isAfter(schema.get(i - 1).vervaldatum());
        }
    }

    @Property
    void achterstand_is_nooit_negatief_en_nooit_meer_dan_het_verschuldigde(
            @ForAll @BigRange(min = "1.00", max = "5000.00") @Scale(2) BigDecimal bedrag,
            @ForAll @IntRange(min = 1, max = 36) int maanden, @ForAll @IntRange(min = 0, max = 1500) int peil,
            @ForAll @IntRange(min = 0, max = 100) int procentAfgelost) {
        LocalDate eerste = LocalDate.of(2027, 1, 1);
        List<Termijn> schema = Aflossingsschema.bereken(bedrag, maanden, eerste);
        BigDecimal afgelost = bedrag.multiply(BigDecimal.valueOf(procentAfgelost))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
        List<Achterstand.Aflossing> a = afgelost.signum() == 0 ? List.of()
                : List.of(new Achterstand.Aflossing(eerste, afgelost));
        Achterstand.Stand s = Achterstand.op(schema, a, eerste.plusDays(peil));
        assertThat(s.achterstand().signum()).isGreaterThanOrEqualTo(0);
        assertThat(s.achterstand()).isLessThanOrEqualTo(s.verschuldigd());
        assertThat(s.openstaand()).isEqualByComparingTo(bedrag.subtract(afgelost));
        if (s.achterstand().signum() == 0) {
            assertThat(s.dagenAchterstand()).isZero();
        }
    }
}
