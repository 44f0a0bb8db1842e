package nl.woonregie.toezicht.opvolging;

import static nl.woonregie.support.Api.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Overdue actions on chosen days: the service takes "today" as a parameter (the API passes the clock's today), so
 * the boundaries can be checked without a second application context. Zoetermeer (GM0637) is this class's
 * municipality; its plan lies in 2021.
 */
@IntegratieTest
class VerlopenActiesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanVanAanpakService plannen;

    @Test
    void verlopen_is_open_met_een_deadline_voor_vandaag() {
        Api api = new Api(mvc);
        String th = new Accounts(mvc).toezichthouder("PV28");
        JsonNode plan = api.als(th).post("/api/v1/gemeenten/GM0637/plannen-van-aanpak", """
                {"periode":"2020-II","titel":"Plan van aanpak Zoetermeer 2021","ontvangenOp":"2021-02-01",
                 "acties":[{"omschrijving":"maart","verantwoordelijke":"gemeente","deadline":"2021-03-01"},
                           {"omschrijving":"juni","verantwoordelijke":"gemeente","deadline":"2021-06-01"},
                           {"omschrijving":"september","verantwoordelijke":"corporatie","deadline":"2021-09-01"}]}""")
                .json(201);
        long planId = plan.path("id").asLong();
        List<Long> mijn = ids(plan.path("acties"));
        long maart = mijn.get(0);
        long juni = mijn.get(1);
        long september = mijn.get(2);

        assertThat(verlopen(LocalDate.of(2021, 3, 1), mijn)).as("due today is not overdue").isEmpty();
        assertThat(verlopen(LocalDate.of(2021, 3, 2), mijn)).containsExactly(maart);
        assertThat(verlopen(LocalDate.of(2021, 6, 2), mijn)).containsExactly(maart, juni);
        assertThat(verlopen(LocalDate.of(2022, 1, 1), mijn)).containsExactly(maart, juni, september);
        assertThat(plannen.actiesVanGemeente("GM0637", Actie.Filter.VERLOPEN, LocalDate.of(2021, 6, 2)).stream()
                .map(Actie::id).filter(mijn::contains).toList()).containsExactly(maart, juni);

        PlanVanAanpak opDag = plannen.lees(planId, LocalDate.of(2021, 6, 11));
        assertThat(opDag.vandaag()).isEqualTo(LocalDate.of(2021, 6, 11));
        assertThat(opDag.aantalVerlopen()).isEqualTo(2);
        assertThat(opDag.acties().get(1).dagenVerlopen()).isEqualTo(10);
        assertThat(opDag.acties().get(2).verlopen()).isFalse();
        assertThat(opDag.acties().get(2).dagenVerlopen()).isNull();

        api.als(th).post("/api/v1/acties/" + maart + "/afronden",
                "{\"afgerondOp\":\"2021-05-01\",\"toelichting\":\"Locatie aangewezen\"}").json();
        assertThat(verlopen(LocalDate.of(2021, 6, 2), mijn)).as("a completed action is never overdue")
                .containsExactly(juni);
        assertThat(plannen.actiesVanGemeente("GM0637", Actie.Filter.OPEN, LocalDate.of(2021, 6, 2)).stream()
                .map(Actie::id).filter(mijn::contains).toList()).containsExactly(juni, september);
    }

    private List<Long> verlopen(LocalDate vandaag, List<Long> mijn) {
        List<Actie> acties = plannen.verlopenInProvincie("PV28", vandaag);
        assertThat(acties).allSatisfy(a -> assertThat(a.deadline()).isBefore(vandaag));
        assertThat(acties).extracting(Actie::deadline).isSorted();
        return acties.stream().map(Actie::id).filter(mijn::contains).toList();
    }
}
