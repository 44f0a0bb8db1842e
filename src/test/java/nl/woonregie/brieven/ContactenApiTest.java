package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The contacts register over the API (issue 19 §1): the province and the municipality each keep their own entries of
 * the municipality's contacts and read all of them; a province's own register of COA regions and corporations; every
 * change a new version with its reason, in the audit trail; 409 on a stale version; whether a decision goes by e-mail
 * (Awb 2:14) or by post; every invalid field named. Alblasserdam (GM0482, Zuid-Holland), where no other test keeps
 * contacts.
 */
@IntegratieTest
class ContactenApiTest {

    static final String GM = "GM0482";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static final String WETHOUDER = """
            {"soort": "BESTUURLIJK", "rol": "WETHOUDER", "naam": "A. Jansen (fictief)", "functie": "Wethouder wonen",
             "email": "a.jansen@example.org", "elektronischBereikbaar": true, "elektronischSinds": "2022-09-01",
             "reden": "Uit de vergadering van 1 september 2022"}""";

    static final String COLLEGE = """
            {"soort": "BESTUURLIJK", "rol": "COLLEGE", "naam": "College van burgemeester en wethouders",
             "postadres": "Postbus 2\\n2950 AA Alblasserdam", "reden": "Adres van het college"}""";

    @Test
    void provincie_en_gemeente_houden_elk_hun_eigen_contacten_bij_en_lezen_ze_allemaal() {
        Api api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        String toezicht = accounts.toezichthouder("PV28");
        String gemeente = accounts.gemeente(GM);
        String basis = "/api/v1/gemeenten/" + GM + "/contacten";

        Api.Antwoord nieuw = api.als(toezicht).post(basis, COLLEGE).status(201);
        long college = nieuw.idUitLocation();
        assertThat(nieuw.header("ETag")).isEqualTo("\"1\"");
        JsonNode c = nieuw.json(201);
        assertThat(c.get("bijgehoudenDoor").asString()).isEqualTo("PROVINCIE");
        assertThat(c.get("organisatie").asString()).isEqualTo("Alblasserdam");
        // no electronic acceptance: a decision goes by post
        assertThat(c.get("verzendwijze").asString()).isEqualTo("POST");

        long wethouder = api.als(gemeente).post(basis, WETHOUDER).status(201).idUitLocation();
        JsonNode w = api.als(gemeente).get("/api/v1/contacten/" + wethouder).json();
        assertThat(w.get("bijgehoudenDoor").asString()).isEqualTo("GEMEENTE");
        assertThat(w.get("verzendwijze").asString()).isEqualTo("ELEKTRONISCH");
        assertThat(w.get("gegevens").get("elektronischSinds").asString()).isEqualTo("2022-09-01");

        // both read both entries
        assertThat(api.als(toezicht).get(basis).json().get("contacten")).hasSize(2);
        JsonNode vanGemeente = api.als(gemeente).get(basis).json().get("contacten");
        assertThat(Api.velden(vanGemeente, "id")).containsExactlyInAnyOrder(Long.toString(college),
                Long.toString(wethouder));
        // each changes only its own: the municipality may not change the province's entry, and the other way round
        String gewijzigdCollege = COLLEGE.replace("Postbus 2", "Postbus 3").replace("Adres van het college",
                "Nieuw postadres");
        api.als(gemeente).put("/api/v1/contacten/" + college, gewijzigdCollege, "\"1\"").probleem(403);
        api.als(toezicht).put("/api/v1/contacten/" + wethouder, WETHOUDER, "\"1\"").probleem(403);
        assertThat(vanGemeente.findValues("wijzigen").stream().map(JsonNode::asBoolean).toList())
                .containsExactlyInAnyOrder(true, false);

        // a change is a new version with its reason, in the audit trail; the old version stays readable
        JsonNode na = api.als(toezicht).put("/api/v1/contacten/" + college, gewijzigdCollege, "\"1\"").json();
        assertThat(na.get("versie").asInt()).isEqualTo(2);
        assertThat(na.get("gegevens").get("postadres").asString()).isEqualTo("Postbus 3\n2950 AA Alblasserdam");
        assertThat(Api.velden(na.get("versies"), "reden")).containsExactly("Nieuw postadres", "Adres van het college");
        assertThat(jdbc.sql("select actie from audit_log where object_type = 'contact' and object_id = ? order by id")
                .param(Long.toString(college)).query(String.class).list())
                .containsExactly("CONTACT_TOEGEVOEGD", "CONTACT_GEWIJZIGD");
        // a change of an old version: 409, nothing written
        api.als(toezicht).put("/api/v1/contacten/" + college, COLLEGE, "\"1\"").probleem(409);
        assertThat(api.als(toezicht).get("/api/v1/contacten/" + college).header("ETag")).isEqualTo("\"2\"");

        // the wethouder leaves the role: ended, kept with its history
        JsonNode weg = api.als(gemeente).put("/api/v1/contacten/" + wethouder, WETHOUDER.replace("}",
                ", \"actief\": false}").replace("Uit de vergadering van 1 september 2022", "Vertrokken"), "\"1\"")
                .json();
        assertThat(weg.get("gegevens").get("actief").asBoolean()).isFalse();
        assertThat(jdbc.sql("select actie from audit_log where object_type = 'contact' and object_id = ? order by id "
                + "desc limit 1").param(Long.toString(wethouder)).query(String.class).single())
                .isEqualTo("CONTACT_BEEINDIGD");
    }

    @Test
    void buiten_de_provincie_en_de_gemeente_ziet_niemand_de_contacten() {
        Api api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        // Dordrecht: the contacts of each test of this class are its own
        String basis = "/api/v1/gemeenten/GM0505/contacten";
        long id = api.als(accounts.toezichthouder("PV28")).post(basis, COLLEGE).status(201).idUitLocation();

        api.als(accounts.toezichthouder("PV27")).get(basis).probleem(403);
        api.als(accounts.gemeente("GM0518")).get(basis).probleem(403);
        api.als(accounts.coa()).get(basis).probleem(403);
        // a contact is not found by who may not read it
        api.als(accounts.toezichthouder("PV27")).get("/api/v1/contacten/" + id).probleem(404);
        api.als(accounts.gemeente("GM0518")).put("/api/v1/contacten/" + id, COLLEGE, "\"1\"").probleem(404);
        api.anoniem().get(basis).status(401);
        api.als(accounts.beheerder()).get("/api/v1/contacten/" + id).status(200);
        // an unknown municipality
        api.als(accounts.beheerder()).get("/api/v1/gemeenten/GM9999/contacten").probleem(404);
    }

    @Test
    void een_ongeldig_contact_noemt_elk_ongeldig_veld() {
        Api api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        // Gorinchem: the contacts of each test of this class are its own
        String basis = "/api/v1/gemeenten/GM0512/contacten";
        JsonNode p = api.als(accounts.toezichthouder("PV28")).post(basis, """
                {"soort": "POLITIEK", "rol": "KONING", "naam": " ", "email": "geen-adres",
                 "telefoon": "bel maar", "elektronischSinds": "1-9-2022", "organisatie": "Staedion"}""").probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("soort", "rol", "naam", "email", "telefoon",
                "elektronischSinds", "organisatie", "reden");
        // electronic acceptance needs an e-mail address; without acceptance the college needs a postal address
        JsonNode q = api.als(accounts.toezichthouder("PV28")).post(basis, """
                {"soort": "BESTUURLIJK", "rol": "COLLEGE", "naam": "College", "elektronischBereikbaar": true,
                 "reden": "x"}""").probleem(400);
        assertThat(Api.namen(q)).containsExactly("email");
        JsonNode r = api.als(accounts.toezichthouder("PV28")).post(basis, """
                {"soort": "BESTUURLIJK", "rol": "COLLEGE", "naam": "College", "email": "college@example.org",
                 "reden": "x"}""").probleem(400);
        assertThat(Api.namen(r)).containsExactly("postadres");
        // an unknown field is refused like elsewhere
        api.als(accounts.toezichthouder("PV28")).post(basis, WETHOUDER.replace("}", ", \"bsn\": \"123\"}"))
                .probleem(400);
        // a change without the version it changes
        long id = api.als(accounts.toezichthouder("PV28")).post(basis, COLLEGE).status(201).idUitLocation();
        assertThat(Api.namen(api.als(accounts.toezichthouder("PV28")).put("/api/v1/contacten/" + id, COLLEGE)
                .probleem(400))).containsExactly("versie");
        assertThat(Api.namen(api.als(accounts.toezichthouder("PV28")).put("/api/v1/contacten/" + id, COLLEGE,
                "versie 1").probleem(400))).containsExactly("If-Match");
    }

    @Test
    void de_provincie_houdt_haar_contacten_bij_coa_regios_en_corporaties_bij() {
        Api api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        String toezicht = accounts.toezichthouder("PV28");
        String basis = "/api/v1/provincies/PV28/contacten";
        long id = api.als(toezicht).post(basis, """
                {"organisatiesoort": "CORPORATIE", "organisatie": "Woonkracht Fictief", "soort": "AMBTELIJK",
                 "rol": "CONTACTPERSOON", "naam": "B. de Wit (fictief)", "email": "b.dewit@example.org",
                 "reden": "Contact voor de huisvesting van statushouders"}""").status(201).idUitLocation();
        JsonNode lijst = api.als(toezicht).get(basis).json().get("contacten");
        assertThat(Api.velden(lijst, "organisatie")).contains("Woonkracht Fictief");
        assertThat(api.als(toezicht).get("/api/v1/contacten/" + id).json().get("organisatiesoort").asString())
                .isEqualTo("CORPORATIE");
        // a municipality is not an organisation of this register; the kind is required
        assertThat(Api.namen(api.als(toezicht).post(basis, """
                {"organisatiesoort": "GEMEENTE", "soort": "AMBTELIJK", "rol": "OVERIG", "naam": "X",
                 "reden": "x"}""").probleem(400))).containsExactlyInAnyOrder("organisatiesoort", "organisatie");
        // a corporation has no wethouder: a municipality's own roles are refused in this register
        assertThat(Api.namen(api.als(toezicht).post(basis, """
                {"organisatiesoort": "CORPORATIE", "organisatie": "Woonkracht Fictief", "soort": "BESTUURLIJK",
                 "rol": "WETHOUDER", "naam": "X", "reden": "x"}""").probleem(400))).containsExactly("rol");
        // another province's supervisor and a municipality: no access
        api.als(accounts.toezichthouder("PV27")).get(basis).probleem(403);
        api.als(accounts.gemeente(GM)).get(basis).probleem(403);
        api.als(accounts.toezichthouder("PV27")).get("/api/v1/contacten/" + id).probleem(404);
    }
}
