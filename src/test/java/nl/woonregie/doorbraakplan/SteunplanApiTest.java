package nl.woonregie.doorbraakplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Stored support plans over the API (issue 17 §4): the Leeghwaterplein example stored as two plans (the project's and
 * all locations') gives exactly the memo's amounts; the municipality's own tariffs; who reads and keeps what (a DIENST
 * only its own department); versions with ETag/If-Match and 409; every invalid field named; every change audited.
 * The example is stored in Groningen (GM0014), where no other test stores plans, so its totals are its own.
 */
@IntegratieTest
class SteunplanApiTest {

    static final String GM = "GM0599";
    static final String BASIS = "/api/v1/gemeenten/" + GM;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The municipality's programme team, with OCW, DSO and DPZ registered and a new project; its id. */
    record Opzet(Api api, String programma, long project) {
    }

    Opzet opzet(String naam) {
        return opzet(GM, naam);
    }

    Opzet opzet(String gm, String naam) {
        String basis = "/api/v1/gemeenten/" + gm;
        Api api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        String programma = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + gm + "\"");
        for (String[] a : new String[][] {{"OCW", "Onderwijs, Cultuur en Welzijn"}, {"DSO", "Stedelijke Ontwikkeling"},
                {"DPZ", "Publiekszaken"}, {"SZW", "Sociale Zaken en Werkgelegenheid"}}) {
            api.als(programma).put(basis + "/afdelingen/" + a[0], "{\"naam\":\"" + a[1] + "\",\"reden\":\"Register\"}")
                    .status(200);
        }
        String gemeente = accounts.gemeente(gm);
        long project = api.als(gemeente).post(basis + "/aanbodbronnen", "{\"soort\": \"PROJECT\", "
                + "\"naam\": \"" + naam + "\", \"duur\": \"TIJDELIJK\", \"woonvorm\": \"ONZELFSTANDIG\", "
                + "\"plaatsen\": 40, \"eenheden\": 120, \"startInhuizing\": \"2022-10-01\", \"status\": \"BESLOTEN\", "
                + "\"reden\": \"Doorbraakplanlocatie\"}").idUitLocation();
        return new Opzet(api, programma, project);
    }

    static final String LEEGHWATERPLEIN = """
            {"versie": 0, "reden": "Memo Benodigde begeleiding statushouders",
             "regels": [
               {"soort": "WOONBEGELEIDING", "wonen": "ONZELFSTANDIG", "dienst": "OCW", "personen": 40,
                "vanKwartaal": "2022-Q4", "totKwartaal": "2027-Q4"},
               {"soort": "DOORSTROOMBEGELEIDING", "dienst": "DSO", "personen": 40, "kwartaal": "2027-Q3"}],
             "dekking": [{"jaar": 2022, "bron": "Retraiteclaim 2022", "bedrag": 44400, "dienst": "OCW"}]}""";

    static final String ALLE_LOCATIES = """
            {"versie": 0, "reden": "Locatiemanagement voor alle locaties",
             "regels": [{"soort": "LOCATIEMANAGEMENT", "dienst": "DPZ", "bedragPerJaar": 60000,
                         "vanKwartaal": "2023-Q1", "totKwartaal": "2027-Q4"}]}""";

    static List<String> jaren(JsonNode perJaar) {
        List<String> jaren = new ArrayList<>();
        perJaar.forEach(j -> jaren.add(j.get("jaar").asInt() + " " + j.get("kosten").decimalValue().toBigInteger()
                + " " + j.get("gedekt").decimalValue().toBigInteger() + " "
                + j.get("ongedekt").decimalValue().toBigInteger()));
        return jaren;
    }

    @Test
    void het_voorbeeld_leeghwaterplein_als_opgeslagen_plannen_geeft_precies_de_bedragen_van_de_memo() {
        // Groningen: no other test stores plans there, so the totals are this example's alone
        Opzet o = opzet("GM0014", "Leeghwaterplein");
        Api.Als p = o.api().als(o.programma());
        String BASIS = "/api/v1/gemeenten/GM0014";
        JsonNode plan = p.put(BASIS + "/steunplannen/" + o.project(), LEEGHWATERPLEIN).json();
        assertThat(plan.get("versie").asInt()).isEqualTo(1);
        assertThat(plan.get("projectnaam").asString()).isEqualTo("Leeghwaterplein");
        assertThat(plan.get("berekening").get("perRegel").get(0).get("perMaand").decimalValue())
                .isEqualByComparingTo("14800");
        p.put(BASIS + "/steunplannen/alle-locaties", ALLE_LOCATIES).status(200);

        JsonNode overzicht = p.get(BASIS + "/steunplannen").json();
        assertThat(overzicht.get("berekening").get("totaal").decimalValue()).isEqualByComparingTo("1312400");
        assertThat(jaren(overzicht.get("perJaar"))).containsExactly("2022 44400 44400 0", "2023 237600 0 237600",
                "2024 237600 0 237600", "2025 237600 0 237600", "2026 237600 0 237600", "2027 317600 0 317600");
        JsonNode j2027 = overzicht.get("perJaar").get(5);
        assertThat(j2027.get("incidenteel").decimalValue()).isEqualByComparingTo("80000");
        assertThat(j2027.get("structureel").decimalValue()).isEqualByComparingTo("237600");
        List<String> projecten = new ArrayList<>();
        overzicht.get("berekening").get("perProject").forEach(x -> projecten.add(x.get("project").asString() + " "
                + x.get("kosten").decimalValue().toBigInteger()));
        assertThat(projecten).containsExactly("Leeghwaterplein 1012400", "Alle locaties 300000");
        List<String> diensten = new ArrayList<>();
        overzicht.get("berekening").get("perDienst").forEach(x -> diensten.add(x.get("dienst").asString() + " "
                + x.get("jaar").asInt() + " " + x.get("kosten").decimalValue().toBigInteger()));
        assertThat(diensten).contains("OCW 2022 44400", "OCW 2027 177600", "DSO 2027 80000", "DPZ 2023 60000");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'STEUNPLAN_VASTGELEGD' and object_id = ?")
                .param(Long.toString(idVan(o.project())))
                .query(Long.class).single()).isEqualTo(1);
    }

    long idVan(long project) {
        return jdbc.sql("select id from steun_plan where gemeente_code = ? and project_id = ?")
                .params("GM0014", project).query(Long.class).single();
    }

    @Test
    void een_wijziging_noemt_haar_versie_en_een_intussen_gewijzigd_plan_geeft_409() {
        Opzet o = opzet("Versies");
        Api.Als p = o.api().als(o.programma());
        String pad = BASIS + "/steunplannen/" + o.project();
        assertThat(p.get(pad).status(200).header("ETag")).isEqualTo("\"0\"");
        p.put(pad, LEEGHWATERPLEIN).status(200);
        assertThat(p.get(pad).header("ETag")).isEqualTo("\"1\"");
        // the same version again: changed in between
        p.put(pad, LEEGHWATERPLEIN).probleem(409);
        // If-Match instead of versie
        String zonderVersie = LEEGHWATERPLEIN.replace("\"versie\": 0, ", "");
        p.put(pad, zonderVersie, "\"1\"").status(200);
        p.put(pad, zonderVersie, "\"1\"").probleem(409);
        assertThat(p.put(pad, zonderVersie).ongeldigeVelden()).containsExactly("versie");
        JsonNode plan = p.get(pad).json();
        assertThat(plan.get("versie").asInt()).isEqualTo(2);
        assertThat(plan.get("versies")).hasSize(2);
        assertThat(plan.get("versies").get(0).get("reden").asString())
                .isEqualTo("Memo Benodigde begeleiding statushouders");
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd() {
        Opzet o = opzet("Ongeldig");
        List<String> velden = o.api().als(o.programma()).put(BASIS + "/steunplannen/" + o.project(), """
                {"versie": 0, "onbekend": 1,
                 "regels": [
                   {"soort": "ZWEVEN", "dienst": "OCW", "personen": 1, "vanKwartaal": "2022-Q1", "totKwartaal": "2022-Q2"},
                   {"soort": "WOONBEGELEIDING", "wonen": "ONZELFSTANDIG", "dienst": "XYZ", "personen": -1,
                    "vanKwartaal": "2022-Q5", "totKwartaal": "2021-Q1"},
                   {"project": "Elders", "soort": "DOORSTROOMBEGELEIDING", "dienst": "DSO", "personen": 2,
                    "kwartaal": "2027-Q3"}],
                 "dekking": [{"jaar": 2022, "bron": "", "bedrag": -5}]}""").ongeldigeVelden();
        assertThat(velden).contains("onbekend", "reden", "regels[0].soort", "regels[1].dienst", "regels[1].personen",
                "regels[1].vanKwartaal", "regels[2].project", "dekking[0].bron", "dekking[0].bedrag");
        o.api().als(o.programma()).get(BASIS + "/steunplannen/999999999").probleem(404);
        o.api().als(o.programma()).put(BASIS + "/steunplannen/999999999", LEEGHWATERPLEIN).probleem(404);
    }

    @Test
    void een_dienst_ziet_en_wijzigt_alleen_de_regels_en_dekking_van_de_eigen_afdeling() {
        Opzet o = opzet("Dienst");
        String pad = BASIS + "/steunplannen/" + o.project();
        o.api().als(o.programma()).put(pad, LEEGHWATERPLEIN).status(200);
        Accounts accounts = new Accounts(mvc);
        String ocw = accounts.maak("DIENST", "\"gemeente\":\"" + GM + "\",\"afdeling\":\"OCW\"");
        JsonNode eigen = o.api().als(ocw).get(pad).json();
        assertThat(eigen.get("afdeling").asString()).isEqualTo("OCW");
        assertThat(eigen.get("regels")).hasSize(1);
        assertThat(eigen.get("regels").get(0).get("dienst").asString()).isEqualTo("OCW");
        assertThat(eigen.get("dekking")).hasSize(1);
        // another department's line is refused at its field
        assertThat(o.api().als(ocw).put(pad, LEEGHWATERPLEIN.replace("\"versie\": 0", "\"versie\": 1"))
                .ongeldigeVelden()).containsExactly("regels[1].dienst");
        // its own line changed (30 persons): DSO's line stays
        o.api().als(ocw).put(pad, """
                {"versie": 1, "reden": "Minder bewoners",
                 "regels": [{"soort": "WOONBEGELEIDING", "wonen": "ONZELFSTANDIG", "dienst": "OCW", "personen": 30,
                             "vanKwartaal": "2022-Q4", "totKwartaal": "2027-Q4"}],
                 "dekking": [{"jaar": 2022, "bron": "Retraiteclaim 2022", "bedrag": 33300, "dienst": "OCW"}]}""")
                .status(200);
        JsonNode alles = o.api().als(o.programma()).get(pad).json();
        assertThat(alles.get("regels")).hasSize(2);
        assertThat(alles.get("regels").get(0).get("dienst").asString()).isEqualTo("DSO");
        assertThat(alles.get("regels").get(1).get("personen").asInt()).isEqualTo(30);
        // its overview: its own department only
        JsonNode overzicht = o.api().als(ocw).get(BASIS + "/steunplannen").json();
        overzicht.get("berekening").get("perDienst").forEach(d -> assertThat(d.get("dienst").asString())
                .isEqualTo("OCW"));
        // the register and the tariffs are the programme team's
        o.api().als(ocw).put(BASIS + "/afdelingen/NIEUW", "{\"naam\":\"n\",\"reden\":\"r\"}").probleem(403);
        o.api().als(ocw).get(BASIS + "/afdelingen").status(200);
    }

    @Test
    void een_dienst_kan_alleen_worden_toegewezen_aan_een_afdeling_uit_het_register() {
        Opzet o = opzet("Toewijzing");
        o.api().als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"t-dienst-onbekend-"
                + System.nanoTime() + "\",\"wachtwoord\":\"" + Accounts.WACHTWOORD + "\",\"rol\":\"DIENST\","
                + "\"gemeente\":\"" + GM + "\",\"afdeling\":\"GEENAFDELING\"}").probleem(400);
        new Accounts(mvc).maak("DIENST", "\"gemeente\":\"" + GM + "\",\"afdeling\":\"SZW\"");
        assertThat(o.project()).isPositive();
    }

    @Test
    void het_bestuur_leest_en_andere_rollen_en_gemeenten_worden_geweigerd() {
        Opzet o = opzet("Rollen");
        Accounts accounts = new Accounts(mvc);
        String pad = BASIS + "/steunplannen/" + o.project();
        String bestuur = accounts.maak("BESTUUR", "\"gemeente\":\"" + GM + "\"");
        o.api().als(bestuur).get(pad).status(200);
        o.api().als(bestuur).get(BASIS + "/steunplannen").status(200);
        o.api().als(bestuur).put(pad, LEEGHWATERPLEIN).probleem(403);
        o.api().als(bestuur).put(BASIS + "/steuntarieven", "{}").probleem(403);
        String denHaag = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"GM0518\"");
        for (String wie : List.of(denHaag, accounts.gemeente(GM), accounts.toezichthouder("PV28"))) {
            o.api().als(wie).get(pad).probleem(403);
            o.api().als(wie).get(BASIS + "/steunplannen").probleem(403);
            o.api().als(wie).put(pad, LEEGHWATERPLEIN).probleem(403);
            o.api().als(wie).get(BASIS + "/afdelingen").probleem(403);
        }
        assertThat(o.api().anoniem().get(BASIS + "/steunplannen").status()).isEqualTo(401);
        o.api().als(Api.BEHEERDER).get("/api/v1/gemeenten/GM9999/steunplannen").probleem(404);
    }

    @Test
    void eigen_tarieven_van_de_gemeente_gelden_voor_haar_plannen() {
        Opzet o = opzet("Tarieven");
        Api.Als p = o.api().als(o.programma());
        // Delft's own table (in a test of its own: the other tests of this class use the defaults)
        String gm = "GM0503";
        String programma = new Accounts(mvc).maak("PROGRAMMATEAM", "\"gemeente\":\"" + gm + "\"");
        Api.Als q = o.api().als(programma);
        JsonNode standaard = q.get("/api/v1/gemeenten/" + gm + "/steuntarieven").json();
        assertThat(standaard.get("versie").asInt()).isZero();
        assertThat(standaard.get("eigen").asBoolean()).isFalse();
        assertThat(standaard.get("tarieven")).hasSize(3);
        assertThat(q.put("/api/v1/gemeenten/" + gm + "/steuntarieven", """
                {"versie": 0, "reden": "Eigen tarief",
                 "tarieven": [{"soort": "WOONBEGELEIDING_ONZELFSTANDIG", "bedrag": 400, "geldigVanaf": "2022-01-01",
                               "bron": "Collegebesluit"}]}""").ongeldigeVelden()).containsOnly("tarieven");
        JsonNode eigen = q.put("/api/v1/gemeenten/" + gm + "/steuntarieven", """
                {"versie": 0, "reden": "Eigen tarief",
                 "tarieven": [
                   {"soort": "WOONBEGELEIDING_ONZELFSTANDIG", "bedrag": 370, "geldigVanaf": "2022-01-01", "bron": "Memo"},
                   {"soort": "WOONBEGELEIDING_ONZELFSTANDIG", "bedrag": 400, "geldigVanaf": "2024-01-01", "bron": "Besluit"},
                   {"soort": "WOONBEGELEIDING_ZELFSTANDIG", "bedrag": 220, "geldigVanaf": "2022-01-01", "bron": "Memo"},
                   {"soort": "DOORSTROOMBEGELEIDING", "bedrag": 2000, "geldigVanaf": "2022-01-01", "bron": "Memo"}]}""")
                .json();
        assertThat(eigen.get("versie").asInt()).isEqualTo(1);
        q.put("/api/v1/gemeenten/" + gm + "/afdelingen/OCW", "{\"naam\":\"OCW\",\"reden\":\"r\"}").status(200);
        JsonNode plan = q.put("/api/v1/gemeenten/" + gm + "/steunplannen/alle-locaties", """
                {"versie": 0, "reden": "r",
                 "regels": [{"soort": "WOONBEGELEIDING", "wonen": "ONZELFSTANDIG", "dienst": "OCW", "personen": 10,
                             "vanKwartaal": "2023-Q4", "totKwartaal": "2024-Q1"}]}""").json();
        // 3 months at 370 and 3 at 400, for 10 persons
        assertThat(plan.get("berekening").get("totaal").decimalValue()).isEqualByComparingTo("23100");
        // a table that leaves a stored plan without a tariff is refused
        assertThat(q.put("/api/v1/gemeenten/" + gm + "/steuntarieven", """
                {"versie": 1, "reden": "Later",
                 "tarieven": [
                   {"soort": "WOONBEGELEIDING_ONZELFSTANDIG", "bedrag": 400, "geldigVanaf": "2024-01-01", "bron": "B"},
                   {"soort": "WOONBEGELEIDING_ZELFSTANDIG", "bedrag": 220, "geldigVanaf": "2022-01-01", "bron": "M"},
                   {"soort": "DOORSTROOMBEGELEIDING", "bedrag": 2000, "geldigVanaf": "2022-01-01", "bron": "M"}]}""")
                .ongeldigeVelden()).containsExactly("tarieven");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'STEUNTARIEVEN_VASTGELEGD' and object_id = ?")
                .param(gm).query(Long.class).single()).isEqualTo(1);
        assertThat(p.get(BASIS + "/steuntarieven").json().get("versie").asInt()).isZero();
    }
}
