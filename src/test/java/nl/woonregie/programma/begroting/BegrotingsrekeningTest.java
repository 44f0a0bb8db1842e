package nl.woonregie.programma.begroting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import nl.woonregie.programma.begroting.Begroting.Bevinding;
import nl.woonregie.programma.begroting.Begrotingsplan.Doel;
import nl.woonregie.programma.begroting.Begrotingsplan.Project;
import nl.woonregie.programma.begroting.Begrotingsplan.Regel;
import org.junit.jupiter.api.Test;

/** The budget arithmetic's rules, one small plan each. */
class BegrotingsrekeningTest {

    private static final List<Doel> DOELEN = List.of(new Doel(1, 1), new Doel(2, 2));
    private static final List<Project> PROJECTEN = List.of(new Project(1, 1), new Project(2, 1), new Project(3, 2));

    private static Regel regel(int nummer, String bedrag, Integer van, Integer tot, Integer thema, Integer doel,
            List<Integer> projecten, String bron) {
        return new Regel(nummer, bedrag == null ? null : new BigDecimal(bedrag), van, tot, thema, doel, projecten,
                bron);
    }

    private static Begroting bereken(BigDecimal vermeld, Regel... regels) {
        return Begrotingsrekening.bereken(new Begrotingsplan(2020, 2021, DOELEN, PROJECTEN, List.of(regels), vermeld));
    }

    @Test
    void een_regel_van_een_thema_of_het_programma_telt_bij_geen_doel() {
        Begroting b = bereken(null, regel(1, "100.00", 2020, 2020, 1, null, null, "Rijk"),
                regel(2, "50.50", 2021, 2021, null, null, null, "Rijk"),
                regel(3, "0.01", 2021, 2021, null, 2, null, "Gemeente"));
        assertThat(b.totaal().bedrag()).isEqualByComparingTo("150.51");
        assertThat(b.perThema()).extracting(Begroting.PerThema::thema).containsExactly(1, 2, null);
        assertThat(b.perDoel()).extracting(Begroting.PerDoel::doel).containsExactly(2, null);
        assertThat(b.perDoel().get(1).totaal().regels()).containsExactly(1, 2);
        assertThat(b.perBron()).extracting(Begroting.PerBron::financieringsbron).containsExactly("Gemeente", "Rijk");
        assertThat(b.perProjecten()).isEmpty();
        assertThat(b.bevindingen()).isEmpty();
    }

    @Test
    void projecten_van_verschillende_themas_op_een_regel_is_een_bevinding() {
        Begroting b = bereken(null, regel(1, "300.00", 2020, 2020, null, null, List.of(3, 1), "Rijk"));
        assertThat(b.perThema()).singleElement().satisfies(t -> assertThat(t.thema()).isNull());
        assertThat(b.perProjecten()).singleElement().satisfies(p -> assertThat(p.projecten())
                .containsExactly(1, 3));
        assertThat(b.bevindingen()).extracting(Bevinding::soort).containsExactly(Bevinding.Soort.MEERDERE_THEMAS);
    }

    @Test
    void een_regel_die_voor_het_plan_begint_is_een_bevinding_een_regel_van_nvt_niet() {
        Begroting b = bereken(null, regel(1, "10.00", 2019, 2020, null, null, List.of(1), "Rijk"),
                regel(2, null, 2015, 2030, null, null, List.of(2), "Elders"));
        assertThat(b.bevindingen()).extracting(Bevinding::soort, Bevinding::regel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Bevinding.Soort.BUITEN_PLANPERIODE, 1));
        assertThat(b.nietBegroot()).containsExactly(2);
        assertThat(b.perJaar()).isEmpty();
        assertThat(b.meerjarig()).singleElement().satisfies(m -> assertThat(m.vanJaar()).isEqualTo(2019));
    }

    @Test
    void een_vermeld_totaal_dat_afwijkt_is_een_bevinding_en_geen_correctie() {
        Begroting b = bereken(new BigDecimal("1000.00"), regel(1, "999.99", 2020, 2020, 1, null, null, "Rijk"));
        assertThat(b.totaal().bedrag()).isEqualByComparingTo("999.99");
        assertThat(b.bevindingen()).singleElement().satisfies(v -> {
            assertThat(v.soort()).isEqualTo(Bevinding.Soort.VERMELD_TOTAAL_WIJKT_AF);
            assertThat(v.toelichting()).isEqualTo("Het plan vermeldt een totaal van € 1.000,00; de regels tellen "
                    + "op tot € 999,99.");
        });
    }

    @Test
    void een_plan_zonder_regels_telt_op_tot_nul() {
        Begroting b = bereken(null);
        assertThat(b.totaal().bedrag()).isEqualByComparingTo("0");
        assertThat(b.totaal().regels()).isEmpty();
    }
}
