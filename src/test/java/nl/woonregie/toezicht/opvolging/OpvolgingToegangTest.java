package nl.woonregie.toezicht.opvolging;

import static nl.woonregie.support.Api.ids;
import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what: writing is for the TOEZICHTHOUDER of the municipality's province (and BEHEERDER); reading also for
 * the municipality itself, which may also mark its own actions done; COA has no access.
 */
@IntegratieTest
class OpvolgingToegangTest {

    static final String GESPREK = """
            {"periode":"2023-I","datum":"2023-05-10","soort":"BESTUURLIJK",
             "deelnemers":[{"organisatie":"Provincie","functie":"gedeputeerde"},
                           {"organisatie":"Gemeente","functie":"wethouder wonen"}],
             "verslag":"Bestuurlijk overleg over het plan van aanpak."}""";
    static final String PLAN = """
            {"periode":"2023-I","titel":"Plan","ontvangenOp":"2023-05-01",
             "acties":[{"omschrijving":"a","verantwoordelijke":"gemeente","deadline":"2023-07-01"},
                       {"omschrijving":"b","verantwoordelijke":"gemeente","deadline":"2023-08-01"}]}""";
    static final String AFRONDING = "{\"afgerondOp\":\"2023-06-15\",\"toelichting\":\"klaar\"}";

    @Autowired
    MockMvc mvc;

    Api api;
    Accounts accounts;
    /** TOEZICHTHOUDER of Zuid-Holland (PV28). */
    String th;

    @BeforeEach
    void accounts() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        th = accounts.toezichthouder("PV28");
    }

    @Test
    void een_toezichthouder_schrijft_alleen_voor_gemeenten_van_de_eigen_provincie() {
        String thNh = accounts.toezichthouder("PV27");
        // Amsterdam (GM0363) lies in Noord-Holland (PV27)
        api.als(th).post("/api/v1/gemeenten/GM0363/toezichtgesprekken", GESPREK).probleem(403);
        api.als(th).post("/api/v1/gemeenten/GM0363/plannen-van-aanpak", PLAN).probleem(403);
        api.als(th).get("/api/v1/gemeenten/GM0363/toezichtgesprekken").probleem(403);
        api.als(th).get("/api/v1/provincies/PV27/acties/verlopen").probleem(403);

        long gesprek = api.als(thNh).post("/api/v1/gemeenten/GM0363/toezichtgesprekken", GESPREK).idUitLocation();
        JsonNode plan = api.als(thNh).post("/api/v1/gemeenten/GM0363/plannen-van-aanpak", PLAN).json(201);
        long planId = plan.path("id").asLong();
        long actie = plan.path("acties").path(0).path("id").asLong();

        api.als(th).get("/api/v1/toezichtgesprekken/" + gesprek).probleem(403);
        api.als(th).get("/api/v1/toezichtgesprekken/" + gesprek + "/versies").probleem(403);
        api.als(th).put("/api/v1/toezichtgesprekken/" + gesprek,
                GESPREK.replace("\"verslag\"", "\"reden\":\"x\",\"verslag\"")).probleem(403);
        api.als(th).get("/api/v1/plannen-van-aanpak/" + planId).probleem(403);
        api.als(th).post("/api/v1/plannen-van-aanpak/" + planId + "/acties",
                "{\"omschrijving\":\"c\",\"verantwoordelijke\":\"d\",\"deadline\":\"2023-09-01\"}").probleem(403);
        api.als(th).post("/api/v1/plannen-van-aanpak/" + planId + "/bekrachtigen",
                "{\"bekrachtigdDoorCollegeOp\":\"2023-05-20\"}").probleem(403);
        api.als(th).post("/api/v1/acties/" + actie + "/afronden", AFRONDING).probleem(403);
        api.als(th).get("/api/v1/acties/" + actie).probleem(403);
        api.als(thNh).post("/api/v1/acties/" + actie + "/afronden", AFRONDING).json();
    }

    @Test
    void een_gemeente_leest_haar_eigen_opvolging_en_rondt_haar_eigen_acties_af() {
        String denHaag = accounts.gemeente("GM0518");
        long eigenGesprek = api.als(th).post("/api/v1/gemeenten/GM0518/toezichtgesprekken", GESPREK).idUitLocation();
        long anderGesprek = api.als(th).post("/api/v1/gemeenten/GM0599/toezichtgesprekken", GESPREK).idUitLocation();
        JsonNode eigenPlan = api.als(th).post("/api/v1/gemeenten/GM0518/plannen-van-aanpak", PLAN).json(201);
        JsonNode anderPlan = api.als(th).post("/api/v1/gemeenten/GM0599/plannen-van-aanpak", PLAN).json(201);
        long eigenActie = eigenPlan.path("acties").path(0).path("id").asLong();
        long anderActie = anderPlan.path("acties").path(0).path("id").asLong();

        // reading its own
        assertThat(ids(api.als(denHaag).get("/api/v1/gemeenten/GM0518/toezichtgesprekken").json()
                .path("toezichtgesprekken"))).contains(eigenGesprek);
        api.als(denHaag).get("/api/v1/toezichtgesprekken/" + eigenGesprek).json();
        api.als(denHaag).get("/api/v1/toezichtgesprekken/" + eigenGesprek + "/versies").json();
        api.als(denHaag).get("/api/v1/gemeenten/GM0518/plannen-van-aanpak").json();
        api.als(denHaag).get("/api/v1/plannen-van-aanpak/" + eigenPlan.path("id").asLong()).json();
        api.als(denHaag).get("/api/v1/gemeenten/GM0518/acties?status=OPEN").json();
        api.als(denHaag).get("/api/v1/acties/" + eigenActie).json();

        // not another municipality's
        api.als(denHaag).get("/api/v1/gemeenten/GM0599/toezichtgesprekken").probleem(403);
        api.als(denHaag).get("/api/v1/toezichtgesprekken/" + anderGesprek).probleem(403);
        api.als(denHaag).get("/api/v1/gemeenten/GM0599/plannen-van-aanpak").probleem(403);
        api.als(denHaag).get("/api/v1/plannen-van-aanpak/" + anderPlan.path("id").asLong()).probleem(403);
        api.als(denHaag).get("/api/v1/gemeenten/GM0599/acties").probleem(403);
        api.als(denHaag).get("/api/v1/acties/" + anderActie).probleem(403);
        api.als(denHaag).post("/api/v1/acties/" + anderActie + "/afronden", AFRONDING).probleem(403);
        api.als(denHaag).get("/api/v1/provincies/PV28/acties/verlopen").probleem(403);

        // no recording, also not for itself
        api.als(denHaag).post("/api/v1/gemeenten/GM0518/toezichtgesprekken", GESPREK).probleem(403);
        api.als(denHaag).put("/api/v1/toezichtgesprekken/" + eigenGesprek,
                GESPREK.replace("\"verslag\"", "\"reden\":\"x\",\"verslag\"")).probleem(403);
        api.als(denHaag).post("/api/v1/gemeenten/GM0518/plannen-van-aanpak", PLAN).probleem(403);
        api.als(denHaag).post("/api/v1/plannen-van-aanpak/" + eigenPlan.path("id").asLong() + "/acties",
                "{\"omschrijving\":\"c\",\"verantwoordelijke\":\"d\",\"deadline\":\"2023-09-01\"}").probleem(403);
        api.als(denHaag).post("/api/v1/plannen-van-aanpak/" + eigenPlan.path("id").asLong()
                + "/bekrachtigen", "{\"bekrachtigdDoorCollegeOp\":\"2023-05-20\"}").probleem(403);

        // but it marks its own actions done, and that is recorded as done by the municipality
        JsonNode afgerond = api.als(denHaag).post("/api/v1/acties/" + eigenActie + "/afronden", AFRONDING).json();
        assertThat(afgerond.path("status").asString()).isEqualTo("AFGEROND");
        assertThat(afgerond.path("afgerondDoor").asString()).isEqualTo(denHaag);
    }

    @Test
    void coa_heeft_geen_toegang() {
        String coa = accounts.coa();
        long gesprek = api.als(th).post("/api/v1/gemeenten/GM0518/toezichtgesprekken", GESPREK).idUitLocation();
        JsonNode plan = api.als(th).post("/api/v1/gemeenten/GM0518/plannen-van-aanpak", PLAN).json(201);
        long actie = plan.path("acties").path(1).path("id").asLong();

        api.als(coa).post("/api/v1/gemeenten/GM0518/toezichtgesprekken", GESPREK).probleem(403);
        api.als(coa).get("/api/v1/gemeenten/GM0518/toezichtgesprekken").probleem(403);
        api.als(coa).get("/api/v1/toezichtgesprekken/" + gesprek).probleem(403);
        api.als(coa).get("/api/v1/toezichtgesprekken/" + gesprek + "/versies").probleem(403);
        api.als(coa).post("/api/v1/gemeenten/GM0518/plannen-van-aanpak", PLAN).probleem(403);
        api.als(coa).get("/api/v1/gemeenten/GM0518/plannen-van-aanpak").probleem(403);
        api.als(coa).get("/api/v1/plannen-van-aanpak/" + plan.path("id").asLong()).probleem(403);
        api.als(coa).get("/api/v1/gemeenten/GM0518/acties").probleem(403);
        api.als(coa).get("/api/v1/acties/" + actie).probleem(403);
        api.als(coa).post("/api/v1/acties/" + actie + "/afronden", AFRONDING).probleem(403);
        api.als(coa).get("/api/v1/provincies/PV28/acties/verlopen").probleem(403);
    }

    @Test
    void zonder_aanmelding_401() {
        api.anoniem().get("/api/v1/gemeenten/GM0518/toezichtgesprekken").probleem(401);
    }
}
