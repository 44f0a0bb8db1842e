package nl.woonregie.toezicht.opvolging;

import static nl.woonregie.toezicht.opvolging.Http.COA;
import static nl.woonregie.toezicht.opvolging.Http.DEN_HAAG;
import static nl.woonregie.toezicht.opvolging.Http.TH_NH;
import static nl.woonregie.toezicht.opvolging.Http.TH_ZH;
import static nl.woonregie.toezicht.opvolging.Http.json;
import static nl.woonregie.toezicht.opvolging.Http.probleem;
import static org.assertj.core.api.Assertions.assertThat;

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

    Http http;

    @BeforeEach
    void accounts() {
        http = new Http(mvc).metAccounts();
    }

    @Test
    void een_toezichthouder_schrijft_alleen_voor_gemeenten_van_de_eigen_provincie() {
        // Amsterdam (GM0363) lies in Noord-Holland (PV27)
        probleem(http.post(TH_ZH, "/api/v1/gemeenten/GM0363/toezichtgesprekken", GESPREK), 403);
        probleem(http.post(TH_ZH, "/api/v1/gemeenten/GM0363/plannen-van-aanpak", PLAN), 403);
        probleem(http.get(TH_ZH, "/api/v1/gemeenten/GM0363/toezichtgesprekken"), 403);
        probleem(http.get(TH_ZH, "/api/v1/provincies/PV27/acties/verlopen"), 403);

        long gesprek = Http.idUitLocation(http.post(TH_NH, "/api/v1/gemeenten/GM0363/toezichtgesprekken", GESPREK));
        JsonNode plan = json(http.post(TH_NH, "/api/v1/gemeenten/GM0363/plannen-van-aanpak", PLAN), 201);
        long planId = plan.path("id").asLong();
        long actie = plan.path("acties").path(0).path("id").asLong();

        probleem(http.get(TH_ZH, "/api/v1/toezichtgesprekken/" + gesprek), 403);
        probleem(http.get(TH_ZH, "/api/v1/toezichtgesprekken/" + gesprek + "/versies"), 403);
        probleem(http.put(TH_ZH, "/api/v1/toezichtgesprekken/" + gesprek,
                GESPREK.replace("\"verslag\"", "\"reden\":\"x\",\"verslag\""), null), 403);
        probleem(http.get(TH_ZH, "/api/v1/plannen-van-aanpak/" + planId), 403);
        probleem(http.post(TH_ZH, "/api/v1/plannen-van-aanpak/" + planId + "/acties",
                "{\"omschrijving\":\"c\",\"verantwoordelijke\":\"d\",\"deadline\":\"2023-09-01\"}"), 403);
        probleem(http.post(TH_ZH, "/api/v1/plannen-van-aanpak/" + planId + "/bekrachtigen",
                "{\"bekrachtigdDoorCollegeOp\":\"2023-05-20\"}"), 403);
        probleem(http.post(TH_ZH, "/api/v1/acties/" + actie + "/afronden", AFRONDING), 403);
        probleem(http.get(TH_ZH, "/api/v1/acties/" + actie), 403);
        json(http.post(TH_NH, "/api/v1/acties/" + actie + "/afronden", AFRONDING), 200);
    }

    @Test
    void een_gemeente_leest_haar_eigen_opvolging_en_rondt_haar_eigen_acties_af() {
        long eigenGesprek = Http.idUitLocation(
                http.post(TH_ZH, "/api/v1/gemeenten/GM0518/toezichtgesprekken", GESPREK));
        long anderGesprek = Http.idUitLocation(
                http.post(TH_ZH, "/api/v1/gemeenten/GM0599/toezichtgesprekken", GESPREK));
        JsonNode eigenPlan = json(http.post(TH_ZH, "/api/v1/gemeenten/GM0518/plannen-van-aanpak", PLAN), 201);
        JsonNode anderPlan = json(http.post(TH_ZH, "/api/v1/gemeenten/GM0599/plannen-van-aanpak", PLAN), 201);
        long eigenActie = eigenPlan.path("acties").path(0).path("id").asLong();
        long anderActie = anderPlan.path("acties").path(0).path("id").asLong();

        // reading its own
        assertThat(Http.ids(json(http.get(DEN_HAAG, "/api/v1/gemeenten/GM0518/toezichtgesprekken"), 200)
                .path("toezichtgesprekken"))).contains(eigenGesprek);
        json(http.get(DEN_HAAG, "/api/v1/toezichtgesprekken/" + eigenGesprek), 200);
        json(http.get(DEN_HAAG, "/api/v1/toezichtgesprekken/" + eigenGesprek + "/versies"), 200);
        json(http.get(DEN_HAAG, "/api/v1/gemeenten/GM0518/plannen-van-aanpak"), 200);
        json(http.get(DEN_HAAG, "/api/v1/plannen-van-aanpak/" + eigenPlan.path("id").asLong()), 200);
        json(http.get(DEN_HAAG, "/api/v1/gemeenten/GM0518/acties?status=OPEN"), 200);
        json(http.get(DEN_HAAG, "/api/v1/acties/" + eigenActie), 200);

        // not another municipality's
        probleem(http.get(DEN_HAAG, "/api/v1/gemeenten/GM0599/toezichtgesprekken"), 403);
        probleem(http.get(DEN_HAAG, "/api/v1/toezichtgesprekken/" + anderGesprek), 403);
        probleem(http.get(DEN_HAAG, "/api/v1/gemeenten/GM0599/plannen-van-aanpak"), 403);
        probleem(http.get(DEN_HAAG, "/api/v1/plannen-van-aanpak/" + anderPlan.path("id").asLong()), 403);
        probleem(http.get(DEN_HAAG, "/api/v1/gemeenten/GM0599/acties"), 403);
        probleem(http.get(DEN_HAAG, "/api/v1/acties/" + anderActie), 403);
        probleem(http.post(DEN_HAAG, "/api/v1/acties/" + anderActie + "/afronden", AFRONDING), 403);
        probleem(http.get(DEN_HAAG, "/api/v1/provincies/PV28/acties/verlopen"), 403);

        // no recording, also not for itself
        probleem(http.post(DEN_HAAG, "/api/v1/gemeenten/GM0518/toezichtgesprekken", GESPREK), 403);
        probleem(http.put(DEN_HAAG, "/api/v1/toezichtgesprekken/" + eigenGesprek,
                GESPREK.replace("\"verslag\"", "\"reden\":\"x\",\"verslag\""), null), 403);
        probleem(http.post(DEN_HAAG, "/api/v1/gemeenten/GM0518/plannen-van-aanpak", PLAN), 403);
        probleem(http.post(DEN_HAAG, "/api/v1/plannen-van-aanpak/" + eigenPlan.path("id").asLong() + "/acties",
                "{\"omschrijving\":\"c\",\"verantwoordelijke\":\"d\",\"deadline\":\"2023-09-01\"}"), 403);
        probleem(http.post(DEN_HAAG, "/api/v1/plannen-van-aanpak/" + eigenPlan.path("id").asLong()
                + "/bekrachtigen", "{\"bekrachtigdDoorCollegeOp\":\"2023-05-20\"}"), 403);

        // but it marks its own actions done, and that is recorded as done by the municipality
        JsonNode afgerond = json(http.post(DEN_HAAG, "/api/v1/acties/" + eigenActie + "/afronden", AFRONDING), 200);
        assertThat(afgerond.path("status").asString()).isEqualTo("AFGEROND");
        assertThat(afgerond.path("afgerondDoor").asString()).isEqualTo(DEN_HAAG);
    }

    @Test
    void coa_heeft_geen_toegang() {
        long gesprek = Http.idUitLocation(http.post(TH_ZH, "/api/v1/gemeenten/GM0518/toezichtgesprekken", GESPREK));
        JsonNode plan = json(http.post(TH_ZH, "/api/v1/gemeenten/GM0518/plannen-van-aanpak", PLAN), 201);
        long actie = plan.path("acties").path(1).path("id").asLong();

        probleem(http.post(COA, "/api/v1/gemeenten/GM0518/toezichtgesprekken", GESPREK), 403);
        probleem(http.get(COA, "/api/v1/gemeenten/GM0518/toezichtgesprekken"), 403);
        probleem(http.get(COA, "/api/v1/toezichtgesprekken/" + gesprek), 403);
        probleem(http.get(COA, "/api/v1/toezichtgesprekken/" + gesprek + "/versies"), 403);
        probleem(http.post(COA, "/api/v1/gemeenten/GM0518/plannen-van-aanpak", PLAN), 403);
        probleem(http.get(COA, "/api/v1/gemeenten/GM0518/plannen-van-aanpak"), 403);
        probleem(http.get(COA, "/api/v1/plannen-van-aanpak/" + plan.path("id").asLong()), 403);
        probleem(http.get(COA, "/api/v1/gemeenten/GM0518/acties"), 403);
        probleem(http.get(COA, "/api/v1/acties/" + actie), 403);
        probleem(http.post(COA, "/api/v1/acties/" + actie + "/afronden", AFRONDING), 403);
        probleem(http.get(COA, "/api/v1/provincies/PV28/acties/verlopen"), 403);
    }

    @Test
    void zonder_aanmelding_401() throws Exception {
        var r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/gemeenten/GM0518/toezichtgesprekken")).andReturn().getResponse();
        probleem(r, 401);
    }
}
