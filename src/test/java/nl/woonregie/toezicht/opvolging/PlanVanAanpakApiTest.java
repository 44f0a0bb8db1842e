package nl.woonregie.toezicht.opvolging;

import static nl.woonregie.support.Api.ids;
import static nl.woonregie.support.Api.namen;
import static nl.woonregie.support.Api.reden;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Plannen van aanpak and their actions over the API, with the real clock. This class uses Wassenaar (GM0629) and
 * Leidschendam-Voorburg (GM1916).
 */
@IntegratieTest
class PlanVanAanpakApiTest {

    static final String WASSENAAR = "/api/v1/gemeenten/GM0629/plannen-van-aanpak";
    static final String PLAN = """
            {"periode":"2022-II","titel":"Plan van aanpak huisvesting vergunninghouders 2023",
             "ontvangenOp":"2023-01-10","bekrachtigdDoorCollegeOp":"2023-02-01",
             "acties":[{"omschrijving":"Twintig flexwoningen aan de Lange Kerkdam opleveren",
                        "verantwoordelijke":"Gemeente Wassenaar, afdeling wonen","deadline":"2023-06-01"},
                       {"omschrijving":"Afspraken met de corporatie over voorrang",
                        "verantwoordelijke":"wethouder wonen","deadline":"2023-03-01"}]}""";

    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Api api;
    /** TOEZICHTHOUDER of Zuid-Holland (PV28). */
    String th;

    @BeforeEach
    void accounts() {
        api = new Api(mvc);
        th = new Accounts(mvc).toezichthouder("PV28");
    }

    @Test
    void een_plan_met_acties_vastleggen_en_lezen() {
        Api.Antwoord r = api.als(th).post(WASSENAAR, PLAN);
        JsonNode plan = r.json(201);
        long id = r.idUitLocation();
        assertThat(r.header("Location")).isEqualTo("/api/v1/plannen-van-aanpak/" + id);
        assertThat(plan.path("gemeente").asString()).isEqualTo("GM0629");
        assertThat(plan.path("gemeenteNaam").asString()).isEqualTo("Wassenaar");
        assertThat(plan.path("periode").asString()).isEqualTo("2022-II");
        assertThat(plan.path("ontvangenOp").asString()).isEqualTo("2023-01-10");
        assertThat(plan.path("bekrachtigdDoorCollegeOp").asString()).isEqualTo("2023-02-01");
        assertThat(plan.path("aangemaaktDoor").asString()).isEqualTo(th);
        JsonNode acties = plan.path("acties");
        assertThat(acties.size()).isEqualTo(2);
        assertThat(acties.path(0).path("deadline").asString()).as("by deadline").isEqualTo("2023-03-01");
        assertThat(acties.path(0).path("verantwoordelijke").asString()).isEqualTo("wethouder wonen");
        assertThat(acties.path(0).path("status").asString()).isEqualTo("OPEN");
        assertThat(acties.path(0).path("verlopen").asBoolean()).as("2023 lies in the past").isTrue();
        assertThat(acties.path(0).path("dagenVerlopen").asLong())
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2023, 3, 1), VANDAAG));
        assertThat(acties.path(0).path("planVanAanpak").asLong()).isEqualTo(id);
        assertThat(plan.path("aantalOpen").asInt()).isEqualTo(2);
        assertThat(plan.path("aantalVerlopen").asInt()).isEqualTo(2);
        assertThat(plan.path("aantalAfgerond").asInt()).isZero();
        assertThat(plan.path("vandaag").asString()).isEqualTo(VANDAAG.toString());

        assertThat(api.als(th).get("/api/v1/plannen-van-aanpak/" + id).json()).isEqualTo(plan);
        assertThat(ids(api.als(th).get(WASSENAAR).json().path("plannenVanAanpak"))).contains(id);

        String audit = jdbc.sql("""
                select nieuwe_waarde::text from audit_log
                where actie = 'PLAN_VAN_AANPAK_VASTGELEGD' and object_id = ?""").param(Long.toString(id))
                .query(String.class).single();
        assertThat(audit).contains("Twintig flexwoningen").contains("2023-06-01").contains("\"bekrachtigdDoorCollegeOp\"");
    }

    @Test
    void een_leeg_plan_noemt_elk_verplicht_veld() {
        assertThat(api.als(th).post(WASSENAAR, "{}").ongeldigeVelden())
                .containsExactlyInAnyOrder("periode", "titel", "ontvangenOp");
    }

    @Test
    void ongeldige_waarden_ook_in_de_acties_worden_allemaal_genoemd() {
        String body = """
                {"periode":"2023","titel":"%s","ontvangenOp":"2023-13-01","bekrachtigdDoorCollegeOp":"gisteren",
                 "acties":[{"omschrijving":"","verantwoordelijke":null,"deadline":"1-6-2023"},
                           null,
                           {"omschrijving":"x","verantwoordelijke":"%s","deadline":"2023-06-01"}]}"""
                .formatted("t".repeat(301), "v".repeat(201));
        JsonNode p = api.als(th).post(WASSENAAR, body).probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("periode", "titel", "ontvangenOp",
                "bekrachtigdDoorCollegeOp", "acties[0].omschrijving", "acties[0].verantwoordelijke",
                "acties[0].deadline", "acties[1]", "acties[2].verantwoordelijke");
    }

    @Test
    void datums_in_de_verkeerde_volgorde_of_in_de_toekomst_worden_geweigerd() {
        String body = PLAN.replace("\"bekrachtigdDoorCollegeOp\":\"2023-02-01\"",
                "\"bekrachtigdDoorCollegeOp\":\"2023-01-09\"").replace("\"deadline\":\"2023-03-01\"",
                "\"deadline\":\"2022-12-31\"");
        JsonNode p = api.als(th).post(WASSENAAR, body).probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("bekrachtigdDoorCollegeOp", "acties[1].deadline");
        assertThat(reden(p, "acties[1].deadline")).contains("2023-01-10");

        String toekomst = VANDAAG.plusDays(2).toString();
        p = api.als(th).post(WASSENAAR, PLAN.replace("\"ontvangenOp\":\"2023-01-10\"",
                "\"ontvangenOp\":\"" + toekomst + "\"").replace("\"bekrachtigdDoorCollegeOp\":\"2023-02-01\",", ""))
                .probleem(400);
        assertThat(namen(p)).containsExactly("ontvangenOp");
    }

    @Test
    void een_onbekend_veld_in_een_actie_wordt_genoemd() {
        JsonNode p = api.als(th).post(WASSENAAR,
                PLAN.replace("\"deadline\":\"2023-06-01\"", "\"deadline\":\"2023-06-01\",\"eigenaar\":\"J. Jansen\""))
                .probleem(400);
        assertThat(namen(p)).containsExactly("acties[0].eigenaar");
        assertThat(reden(p, "acties[0].eigenaar")).isEqualTo("onbekend veld");
    }

    @Test
    void een_actie_toevoegen_en_afronden() {
        long plan = api.als(th).post(WASSENAAR, PLAN).idUitLocation();
        Api.Antwoord r = api.als(th).post("/api/v1/plannen-van-aanpak/" + plan + "/acties", """
                {"omschrijving":"Tweede locatie voor flexwonen aanwijzen","verantwoordelijke":"college van B en W",
                 "deadline":"2023-09-01"}""");
        JsonNode actie = r.json(201);
        long id = r.idUitLocation();
        assertThat(r.header("Location")).isEqualTo("/api/v1/acties/" + id);
        assertThat(actie.path("status").asString()).isEqualTo("OPEN");
        assertThat(actie.path("planTitel").asString()).startsWith("Plan van aanpak huisvesting");
        assertThat(api.als(th).get("/api/v1/acties/" + id).json()).isEqualTo(actie);

        JsonNode p = api.als(th).post("/api/v1/acties/" + id + "/afronden",
                "{\"afgerondOp\":\"" + VANDAAG.plusDays(3) + "\"}").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("afgerondOp", "toelichting");
        p = api.als(th).post("/api/v1/acties/" + id + "/afronden",
                "{\"afgerondOp\":\"2023-01-01\",\"toelichting\":\"te vroeg\"}").probleem(400);
        assertThat(namen(p)).containsExactly("afgerondOp");

        JsonNode afgerond = api.als(th).post("/api/v1/acties/" + id + "/afronden",
                "{\"afgerondOp\":\"2023-08-20\",\"toelichting\":\"Raadsbesluit over de locatie genomen\"}").json();
        assertThat(afgerond.path("status").asString()).isEqualTo("AFGEROND");
        assertThat(afgerond.path("verlopen").asBoolean()).isFalse();
        assertThat(afgerond.path("dagenVerlopen").isNull()).isTrue();
        assertThat(afgerond.path("afgerondOp").asString()).isEqualTo("2023-08-20");
        assertThat(afgerond.path("toelichting").asString()).isEqualTo("Raadsbesluit over de locatie genomen");
        assertThat(afgerond.path("afgerondDoor").asString()).isEqualTo(th);

        api.als(th).post("/api/v1/acties/" + id + "/afronden",
                "{\"afgerondOp\":\"2023-08-21\",\"toelichting\":\"nog eens\"}").probleem(409);

        var audit = jdbc.sql("""
                select oude_waarde ->> 'status', nieuwe_waarde ->> 'status', nieuwe_waarde ->> 'afgerondOp'
                from audit_log where actie = 'ACTIE_AFGEROND' and object_id = ?""").param(Long.toString(id))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(audit).containsExactly("OPEN", "AFGEROND", "2023-08-20");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'ACTIE_TOEGEVOEGD' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);

        JsonNode bijgewerkt = api.als(th).get("/api/v1/plannen-van-aanpak/" + plan).json();
        assertThat(bijgewerkt.path("acties").size()).isEqualTo(3);
        assertThat(bijgewerkt.path("aantalAfgerond").asInt()).isEqualTo(1);
        assertThat(bijgewerkt.path("aantalOpen").asInt()).isEqualTo(2);
    }

    @Test
    void een_toegevoegde_actie_wordt_gevalideerd() {
        long plan = api.als(th).post(WASSENAAR, PLAN).idUitLocation();
        JsonNode p = api.als(th).post("/api/v1/plannen-van-aanpak/" + plan + "/acties",
                "{\"omschrijving\":\" \",\"deadline\":\"2022-01-01\"}").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("omschrijving", "verantwoordelijke", "deadline");
    }

    @Test
    void bekrachtiging_door_het_college_later_vastleggen() {
        long plan = api.als(th).post(WASSENAAR,
                PLAN.replace("\"bekrachtigdDoorCollegeOp\":\"2023-02-01\",", "")).idUitLocation();
        String pad = "/api/v1/plannen-van-aanpak/" + plan + "/bekrachtigen";
        assertThat(api.als(th).post(pad, "{\"bekrachtigdDoorCollegeOp\":\"2023-01-01\"}").ongeldigeVelden())
                .containsExactly("bekrachtigdDoorCollegeOp");
        assertThat(api.als(th).post(pad, "{}").ongeldigeVelden()).containsExactly("bekrachtigdDoorCollegeOp");
        JsonNode bekrachtigd = api.als(th).post(pad, "{\"bekrachtigdDoorCollegeOp\":\"2023-03-14\"}").json();
        assertThat(bekrachtigd.path("bekrachtigdDoorCollegeOp").asString()).isEqualTo("2023-03-14");
        api.als(th).post(pad, "{\"bekrachtigdDoorCollegeOp\":\"2023-03-15\"}").probleem(409);
        assertThat(jdbc.sql("""
                select nieuwe_waarde ->> 'bekrachtigdDoorCollegeOp' from audit_log
                where actie = 'PLAN_VAN_AANPAK_BEKRACHTIGD' and object_id = ?""").param(Long.toString(plan))
                .query(String.class).single()).isEqualTo("2023-03-14");
    }

    @Test
    void acties_per_status_en_verlopen_acties_van_de_provincie() {
        String plan = """
                {"periode":"2024-I","titel":"Inhaalplan","ontvangenOp":"%s",
                 "acties":[{"omschrijving":"verlopen","verantwoordelijke":"gemeente","deadline":"%s"},
                           {"omschrijving":"nog niet verlopen","verantwoordelijke":"gemeente","deadline":"%s"},
                           {"omschrijving":"vandaag","verantwoordelijke":"gemeente","deadline":"%s"},
                           {"omschrijving":"af","verantwoordelijke":"gemeente","deadline":"%s"}]}"""
                .formatted(VANDAAG.minusDays(60), VANDAAG.minusDays(30), VANDAAG.plusDays(30), VANDAAG,
                        VANDAAG.minusDays(40));
        JsonNode acties = api.als(th).post("/api/v1/gemeenten/GM1916/plannen-van-aanpak", plan).json(201)
                .path("acties");
        long af = id(acties, "af");
        long verlopen = id(acties, "verlopen");
        long open = id(acties, "nog niet verlopen");
        long vandaag = id(acties, "vandaag");
        api.als(th).post("/api/v1/acties/" + af + "/afronden",
                "{\"afgerondOp\":\"" + VANDAAG.minusDays(41) + "\",\"toelichting\":\"gedaan\"}").json();
        List<Long> mijn = List.of(af, verlopen, open, vandaag);

        String pad = "/api/v1/gemeenten/GM1916/acties";
        assertThat(mijnIds(api.als(th).get(pad).json(), mijn)).containsExactly(af, verlopen, vandaag, open);
        assertThat(mijnIds(api.als(th).get(pad + "?status=OPEN").json(), mijn))
                .containsExactly(verlopen, vandaag, open);
        assertThat(mijnIds(api.als(th).get(pad + "?status=AFGEROND").json(), mijn)).containsExactly(af);
        JsonNode verlopenAntwoord = api.als(th).get(pad + "?status=VERLOPEN").json();
        assertThat(mijnIds(verlopenAntwoord, mijn)).as("due today is not overdue yet").containsExactly(verlopen);
        assertThat(verlopenAntwoord.path("vandaag").asString()).isEqualTo(VANDAAG.toString());
        verlopenAntwoord.path("acties").forEach(a -> assertThat(a.path("verlopen").asBoolean()).isTrue());
        assertThat(api.als(th).get(pad + "?status=KLAAR").ongeldigeVelden()).containsExactly("status");

        JsonNode provincie = api.als(th).get("/api/v1/provincies/PV28/acties/verlopen").json();
        assertThat(mijnIds(provincie, mijn)).containsExactly(verlopen);
        assertThat(provincie.path("aantal").asInt()).isEqualTo(provincie.path("acties").size());
        List<String> deadlines = new ArrayList<>();
        provincie.path("acties").forEach(a -> {
            assertThat(a.path("verlopen").asBoolean()).isTrue();
            deadlines.add(a.path("deadline").asString());
        });
        assertThat(deadlines).isSorted();
        JsonNode mijnVerlopen = null;
        for (JsonNode a : provincie.path("acties")) {
            if (a.path("id").asLong() == verlopen) {
                mijnVerlopen = a;
            }
        }
        assertThat(mijnVerlopen.path("gemeente").asString()).isEqualTo("GM1916");
        assertThat(mijnVerlopen.path("gemeenteNaam").asString()).isEqualTo("Leidschendam-Voorburg");
        assertThat(mijnVerlopen.path("planTitel").asString()).isEqualTo("Inhaalplan");
        assertThat(mijnVerlopen.path("dagenVerlopen").asLong()).isEqualTo(30);

        assertThat(mijnIds(api.als(Api.BEHEERDER).get("/api/v1/provincies/PV27/acties/verlopen").json(), mijn))
                .as("actions of a PV28 municipality are not listed for another province").isEmpty();
    }

    @Test
    void onbekende_plannen_en_acties_geven_404_als_problem_json() {
        api.als(th).get("/api/v1/plannen-van-aanpak/987654321").probleem(404);
        api.als(th).post("/api/v1/plannen-van-aanpak/987654321/acties",
                "{\"omschrijving\":\"x\",\"verantwoordelijke\":\"y\",\"deadline\":\"2023-01-01\"}").probleem(404);
        api.als(th).post("/api/v1/plannen-van-aanpak/987654321/bekrachtigen",
                "{\"bekrachtigdDoorCollegeOp\":\"2023-01-01\"}").probleem(404);
        api.als(th).get("/api/v1/acties/987654321").probleem(404);
        api.als(th).post("/api/v1/acties/987654321/afronden",
                "{\"afgerondOp\":\"2023-01-01\",\"toelichting\":\"x\"}").probleem(404);
        api.als(th).post("/api/v1/gemeenten/GM9999/plannen-van-aanpak", PLAN).probleem(404);
        api.als(th).get("/api/v1/gemeenten/GM9999/acties").probleem(404);
        api.als(th).get("/api/v1/provincies/PV99/acties/verlopen").probleem(404);
    }

    private static long id(JsonNode acties, String omschrijving) {
        for (JsonNode a : acties) {
            if (a.path("omschrijving").asString().equals(omschrijving)) {
                return a.path("id").asLong();
            }
        }
        throw new AssertionError("geen actie " + omschrijving);
    }

    private static List<Long> mijnIds(JsonNode antwoord, List<Long> mijn) {
        return ids(antwoord.path("acties")).stream().filter(mijn::contains).toList();
    }
}
