package nl.woonregie.verhuisbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.Http;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Verhuisbox API end to end on a team of its own (so other tests' cases do not stand in the waiting list): the
 * main path, the refusal and stopping branches, validation, and access per role — an aanmelder sees only the status
 * of own referrals, the vault reveals only to the assigned staff and every reveal is audited, every read is logged.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class VerhuisboxApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String WW = "verhuisbox-test-wachtwoord";
    static final String A = "/api/v1/verhuisbox";

    static final String AANMELDER = "vhbt-aanmelder";
    static final String AANMELDER2 = "vhbt-aanmelder2";
    static final String ICP = "vhbt-icp";
    static final String CM = "vhbt-casemanager";
    static final String CM2 = "vhbt-casemanager2";
    static final String ADM = "vhbt-administratief";
    static final String CONSULENT = "vhbt-consulent";
    static final String COORD = "vhbt-coordinator";
    static final String COORD_ANDER = "vhbt-coordinator-ander-team";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Testteam testteam;

    @BeforeAll
    void accounts() {
        testteam = new Testteam(mvc, jdbc, "API-test");
        long team = testteam.team;
        long ander = testteam.ander;
        account(AANMELDER, "AANMELDER", team);
        account(AANMELDER2, "AANMELDER", team);
        account(ICP, "ICP", team);
        account(CM, "CASEMANAGER", team);
        account(CM2, "CASEMANAGER", team);
        account(ADM, "ADMINISTRATIEF", team);
        account(CONSULENT, "CONSULENT", team);
        account(COORD, "COORDINATOR", team);
        account(COORD_ANDER, "COORDINATOR", ander);
        status(put(COORD, A + "/capaciteit", "{\"jaar\":" + LocalDate.now().getYear()
                + ",\"categorie\":\"HUISHOUDEN\",\"aantal\":50}"), 200);
    }

    public static String melding(String naam, int kinderen) {
        return """
                {"organisatie":"Leger des Heils","naam":"%s","geboortedatum":"1980-04-01","bsn":"111222333",
                 "telefoon":"06-12345678","email":"client@example.org","volwassenen":1,"kinderen":%d,
                 "inkomen":"Participatiewet","slaapplek":"Nachtopvang","reden":"Dakloos na scheiding",
                 "voorkeursregios":["Limburg","Drenthe"],"urgentie":"Kinderen in de opvang","documenten":["DigiD"],
                 "toestemmingOp":"%s"}""".formatted(naam, kinderen, LocalDate.now().minusDays(1));
    }

    long meld(String wie, String naam) {
        JsonNode n = json(post(wie, A + "/meldingen", melding(naam, 1)), 201);
        assertThat(n.path("status").asString()).isEqualTo("MELDING");
        return n.path("id").asLong();
    }

    public static String toets(String detentie) {
        StringBuilder sb = new StringBuilder("{\"criteria\":[");
        for (String c : List.of("MOTIVATIE", "DAKLOOS", "INKOMEN", "TAAL", "ZELFREDZAAM", "GEEN_OVERLAST",
                "GEEN_AGRESSIE", "GEEN_WMO_BEGELEIDING", "GEEN_PSYCH_VERSLAVING", "ZEER_KANSRIJKE_REGIO")) {
            sb.append("{\"code\":\"").append(c).append("\",\"uitkomst\":\"VOLDAAN\",\"notitie\":\"telefonisch\"},");
        }
        sb.append("{\"code\":\"GEEN_DETENTIE\",\"uitkomst\":\"").append(detentie).append("\"},");
        sb.append("{\"code\":\"DIGID\",\"uitkomst\":\"VOLDAAN\"},{\"code\":\"IB60\",\"uitkomst\":\"NIET_VOLDAAN\"}]}");
        return sb.toString();
    }

    void account(String naam, String rol, long team) {
        testteam.account(naam, rol, team);
    }

    void overgang(String wie, long id, String naar, String extra, int verwacht) {
        testteam.overgang(wie, id, naar, extra, verwacht);
    }

    void vinkAlles(String wie, long id, String lijst) {
        testteam.vinkAlles(wie, id, lijst);
    }

    @Test
    void het_hele_traject_van_melding_tot_verhuizing() {
        long id = meld(AANMELDER, "Testcliënt Hoofdlijn");
        // the aanmelder: own status yes, the case file no; another aanmelder not even the status
        assertThat(json(get(AANMELDER, A + "/meldingen/" + id), 200).path("statusLabel").asString())
                .isEqualTo("Melding");
        probleem(get(AANMELDER, A + "/casussen/" + id), 403);
        probleem(get(AANMELDER2, A + "/meldingen/" + id), 403);
        assertThat(json(get(AANMELDER2, A + "/meldingen"), 200).path("meldingen").toString())
                .doesNotContain("\"id\":" + id + ",");

        overgang(ICP, id, "ICP_TOETS", "", 200);
        JsonNode t = json(post(ICP, A + "/casussen/" + id + "/toets", toets("VOLDAAN")), 200);
        assertThat(t.path("besluit").asString()).isEqualTo("WACHTLIJST");
        assertThat(t.path("basisOpOrde").toString()).contains("IB60");
        assertThat(json(get(CONSULENT, A + "/werklijst"), 200).path("taken").toString()).contains("IB60");

        // the waiting list, explained; the aanmelder sees position and expected wait
        JsonNode w = json(get(COORD, A + "/wachtlijst"), 200);
        assertThat(w.path("volgorde").asString()).contains("kinderen eerst");
        assertThat(w.path("HUISHOUDEN").path("plaatsen").get(0).path("casus").asLong()).isEqualTo(id);
        JsonNode s = json(get(AANMELDER, A + "/meldingen/" + id), 200);
        assertThat(s.path("wachtlijstPositie").asInt()).isEqualTo(1);
        assertThat(s.path("verwachteWachttijdWeken").asInt()).isEqualTo(2);
        assertThat(s.has("naam")).isFalse();

        // admitting needs a casemanager first
        JsonNode p = probleem(post(COORD, A + "/casussen/" + id + "/overgangen",
                "{\"naar\":\"INTAKE\",\"reden\":\"eerste op de lijst\"}"), 409);
        assertThat(ongeldig(p)).contains("casemanager");
        status(put(COORD, A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + CM
                + "\",\"administratief\":\"" + ADM + "\"}"), 200);
        probleem(post(ICP, A + "/casussen/" + id + "/overgangen", "{\"naar\":\"INTAKE\",\"reden\":\"x\"}"), 403);
        overgang(COORD, id, "INTAKE", "", 200);
        probleem(get(ICP, A + "/casussen/" + id), 403);
        probleem(get(CM2, A + "/casussen/" + id), 403);

        // intake: variant, regions with a very promising one, the checklist
        probleem(put(CM, A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                + "[{\"regio\":\"Parkstad\",\"zeerKansrijk\":false}]}"), 400);
        status(put(CM, A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                + "[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true},{\"regio\":\"Drenthe\"}]}"), 200);
        p = probleem(post(CM, A + "/casussen/" + id + "/overgangen", "{\"naar\":\"ZOEKEN\",\"reden\":\"intake klaar\"}"),
                409);
        assertThat(ongeldig(p)).containsExactly("intakechecklist");
        vinkAlles(CM, id, "INTAKE");
        overgang(CM, id, "ZOEKEN", "", 200);

        // registration with credentials in the vault
        long site = jdbc.sql("select id from vhb_website where naam = 'Thuis in Limburg'").query(Long.class).single();
        JsonNode ins = json(post(ADM, A + "/casussen/" + id + "/inschrijvingen", "{\"website\":" + site
                + ",\"datum\":\"" + LocalDate.now() + "\",\"nummer\":\"TIL-1\",\"kosten\":15.00,\"verlengdatum\":\""
                + LocalDate.now().plusYears(1) + "\",\"gebruikersnaam\":\"client01\",\"wachtwoord\":\"Geheim!123\"}"),
                201);
        assertThat(ins.toString()).doesNotContain("Geheim!123").contains("\"inKluis\":true");
        long inschrijving = ins.path("inschrijvingen").get(0).path("id").asLong();
        byte[] opgeslagen = jdbc.sql("select kluis_geheim from vhb_inschrijving where id = ?").param(inschrijving)
                .query(byte[].class).single();
        assertThat(new String(opgeslagen, StandardCharsets.ISO_8859_1)).doesNotContain("Geheim!123");
        String kluis = A + "/casussen/" + id + "/inschrijvingen/" + inschrijving + "/inloggegevens";
        probleem(post(COORD, kluis, ""), 403);
        probleem(post(CONSULENT, kluis, ""), 403);
        probleem(post(CM2, kluis, ""), 403);
        long voor = onthullingen(id);
        JsonNode geheim = json(post(ADM, kluis, ""), 200);
        assertThat(geheim.path("wachtwoord").asString()).isEqualTo("Geheim!123");
        assertThat(onthullingen(id)).isEqualTo(voor + 1);
        assertThat(jdbc.sql("select actor from audit_log where actie = 'VHB_KLUIS_ONTHULD' and object_id = ? "
                + "order by id desc limit 1").param(String.valueOf(id)).query(String.class).single()).isEqualTo(ADM);

        // a lottery reaction: a deadline today on the administratief's worklist
        status(post(ADM, A + "/casussen/" + id + "/reacties", "{\"inschrijving\":" + inschrijving + ",\"datum\":\""
                + LocalDate.now() + "\",\"woning\":\"Akerstraat 1, Heerlen\",\"soort\":\"LOTING\"}"), 201);
        JsonNode taken = json(get(ADM, A + "/werklijst"), 200).path("taken");
        assertThat(taken.toString()).contains("REACTIE_DEADLINE", "\"deadline\":\"" + LocalDate.now() + "\"");

        // offers: the client may refuse without penalty; a corporation refusal goes into the obstacle log
        String aanbod = "{\"gemeente\":\"Heerlen\",\"corporatie\":\"Vincio Wonen\",\"adres\":\"Akerstraat 1\","
                + "\"huur\":612.50,\"bezichtiging\":\"" + LocalDate.now().plusDays(2) + "\",\"deadline\":\""
                + LocalDate.now().plusDays(3) + "\"}";
        long a1 = json(post(CM, A + "/casussen/" + id + "/aanbiedingen", aanbod), 201).path("aanbiedingen").get(0)
                .path("id").asLong();
        assertThat(casus(CM, id).path("status").asString()).isEqualTo("AANBOD");
        status(post(CM, A + "/aanbiedingen/" + a1 + "/besluit", "{\"besluit\":\"GEWEIGERD_CLIENT\","
                + "\"toelichting\":\"te ver van familie\"}"), 200);
        assertThat(casus(CM, id).path("status").asString()).isEqualTo("ZOEKEN");
        long a2 = json(post(CM, A + "/casussen/" + id + "/aanbiedingen", aanbod), 201).path("aanbiedingen").get(0)
                .path("id").asLong();
        p = probleem(post(CM, A + "/aanbiedingen/" + a2 + "/besluit", "{\"besluit\":\"GEWEIGERD_CORPORATIE\"}"), 400);
        assertThat(ongeldig(p)).containsExactly("grond", "toelichting");
        status(post(CM, A + "/aanbiedingen/" + a2 + "/besluit", "{\"besluit\":\"GEWEIGERD_CORPORATIE\",\"grond\":"
                + "\"briefadres Den Haag\",\"toelichting\":\"corporaties weigeren DH-briefadressen\"}"), 200);
        assertThat(json(get(COORD, A + "/belemmeringen"), 200).path("belemmeringen").toString())
                .contains("briefadres Den Haag", "Vincio Wonen");
        long a3 = json(post(CM, A + "/casussen/" + id + "/aanbiedingen", aanbod), 201).path("aanbiedingen").get(0)
                .path("id").asLong();
        p = probleem(post(CM, A + "/aanbiedingen/" + a3 + "/besluit", "{\"besluit\":\"AANVAARD\"}"), 409);
        assertThat(ongeldig(p)).containsExactly("documenten");
        vinkAlles(CM, id, "AANBOD");
        status(post(CM, A + "/aanbiedingen/" + a3 + "/besluit", "{\"besluit\":\"AANVAARD\"}"), 200);
        assertThat(casus(CM, id).path("status").asString()).isEqualTo("VERHUIZING");

        // moving and closing
        p = probleem(post(CM, A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"verhuisd\","
                + "\"uitkomst\":\"VERHUISD\"}"), 409);
        assertThat(ongeldig(p)).containsExactly("verhuischecklist", "bestemming");
        vinkAlles(CM, id, "VERHUIZING");
        overgang(CM, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\"", 200);
        JsonNode slot = casus(CM, id);
        assertThat(slot.path("status").asString()).isEqualTo("AFGESLOTEN");
        assertThat(slot.path("bestemming").asString()).isEqualTo("Heerlen");
        assertThat(json(get(AANMELDER, A + "/meldingen/" + id), 200).path("status").asString()).isEqualTo("AFGESLOTEN");

        // history kept, timeline complete
        assertThat(jdbc.sql("select string_agg(naar, ',' order by id) from vhb_statuswijziging where casus_id = ?")
                .param(id).query(String.class).single()).isEqualTo("MELDING,ICP_TOETS,WACHTLIJST,INTAKE,ZOEKEN,AANBOD,"
                        + "ZOEKEN,AANBOD,ZOEKEN,AANBOD,VERHUIZING,AFGESLOTEN");
        JsonNode tijdlijn = json(get(CM, A + "/casussen/" + id + "/tijdlijn"), 200).path("gebeurtenissen");
        assertThat(tijdlijn.toString()).contains("VHB_MELDING", "VHB_TOETS", "VHB_KLUIS_ONTHULD",
                "VERHUIZING → AFGESLOTEN");
        assertThatThrownBy(() -> jdbc.sql("delete from vhb_statuswijziging where casus_id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    long onthullingen(long id) {
        return jdbc.sql("select count(*) from audit_log where actie = 'VHB_KLUIS_ONTHULD' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
    }

    JsonNode casus(String wie, long id) {
        return json(get(wie, A + "/casussen/" + id), 200);
    }

    @Test
    void een_harde_uitsluiting_leidt_tot_weigering_met_brief_voor_de_aanmelder() {
        long id = meld(AANMELDER2, "Testcliënt Weigering");
        overgang(ICP, id, "ICP_TOETS", "", 200);
        JsonNode t = json(post(ICP, A + "/casussen/" + id + "/toets", toets("NIET_VOLDAAN")), 200);
        assertThat(t.path("besluit").asString()).isEqualTo("GEWEIGERD");
        assertThat(t.path("status").asString()).isEqualTo("GEWEIGERD");
        JsonNode s = json(get(AANMELDER2, A + "/meldingen/" + id), 200);
        assertThat(s.path("weigerbrief").asString()).contains("Niet voldaan: Cliënt is niet gedetineerd",
                "Re-integratiecentrum", "recht op andere hulp");
        probleem(post(COORD, A + "/casussen/" + id + "/overgangen", "{\"naar\":\"WACHTLIJST\",\"reden\":\"toch\"}"),
                403);
    }

    @Test
    void onbekende_harde_criteria_geven_nog_geen_besluit() {
        long id = meld(AANMELDER, "Testcliënt Onbekend");
        overgang(ICP, id, "ICP_TOETS", "", 200);
        JsonNode t = json(post(ICP, A + "/casussen/" + id + "/toets",
                "{\"criteria\":[{\"code\":\"MOTIVATIE\",\"uitkomst\":\"VOLDAAN\"}]}"), 200);
        assertThat(t.path("besluit").asString()).isEqualTo("ONVOLLEDIG");
        assertThat(t.path("onbekend").toString()).contains("TAAL", "GEEN_DETENTIE");
        assertThat(t.path("status").asString()).isEqualTo("ICP_TOETS");
        // stopping from any active state, with a reason from the fixed list
        p(probleem(post(COORD, A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"weg\","
                + "\"uitkomst\":\"GESTOPT\",\"stopreden\":\"VERVEELD\"}"), 400), "stopreden");
        overgang(COORD, id, "AFGESLOTEN", ",\"uitkomst\":\"GESTOPT\",\"stopreden\":\"NIET_GEMOTIVEERD\"", 200);
        assertThat(json(get(AANMELDER, A + "/meldingen/" + id), 200).path("status").asString())
                .isEqualTo("AFGESLOTEN");
    }

    static void p(JsonNode probleem, String veld) {
        assertThat(ongeldig(probleem)).contains(veld);
    }

    @Test
    void een_ongeldige_melding_noemt_elk_ongeldig_veld() {
        JsonNode p = probleem(post(AANMELDER, A + "/meldingen", """
                {"organisatie":"","naam":"X","geboortedatum":"2020-01-01","bsn":"123456789","volwassenen":0,
                 "kinderen":-1,"inkomen":"PW","slaapplek":"straat","reden":"r","voorkeursregios":[],
                 "email":"geen-adres"}"""), 400);
        assertThat(ongeldig(p)).containsExactlyInAnyOrder("organisatie", "geboortedatum", "bsn", "email",
                "volwassenen", "kinderen", "voorkeursregios", "toestemmingOp");
    }

    @Test
    void elke_inzage_wordt_gelogd_met_wie_en_waarom_en_het_log_is_onveranderbaar() {
        long id = meld(AANMELDER, "Testcliënt Inzage");
        long voor = inzages(id);
        casus(COORD, id);
        json(get(COORD, A + "/casussen/" + id + "/tijdlijn"), 200);
        json(get(AANMELDER, A + "/meldingen/" + id), 200);
        assertThat(inzages(id)).isEqualTo(voor + 3);
        assertThat(jdbc.sql("select actor || '|' || doel || '|' || handeling from vhb_verwerking where casus_id = ? "
                + "order by id").param(id).query(String.class).list()).contains(
                COORD + "|wachtlijst, capaciteit en toewijzing|casus",
                AANMELDER + "|status van eigen aanmelding volgen|status");
        // refused reads are not reads
        probleem(get(COORD_ANDER, A + "/casussen/" + id), 403);
        probleem(get(CONSULENT, A + "/casussen/" + id), 403);
        assertThat(inzages(id)).isEqualTo(voor + 3);
        assertThatThrownBy(() -> jdbc.sql("update vhb_verwerking set doel = 'x' where casus_id = ?").param(id)
                .update()).hasMessageContaining("append-only");
    }

    long inzages(long id) {
        return jdbc.sql("select count(*) from vhb_verwerking where casus_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void andere_rollen_en_teams_zien_geen_casussen() {
        long id = meld(AANMELDER, "Testcliënt Afgeschermd");
        probleem(get("beheerder", A + "/casussen/" + id), 403);
        probleem(get("beheerder", A + "/meldingen/" + id), 403);
        probleem(get(COORD_ANDER, A + "/meldingen/" + id), 403);
        assertThat(json(get(COORD_ANDER, A + "/casussen"), 200).path("casussen").toString())
                .doesNotContain("Afgeschermd");
        assertThat(json(get(COORD, A + "/casussen"), 200).path("casussen").toString()).contains("Afgeschermd");
        assertThat(json(get(ICP, A + "/casussen"), 200).path("casussen").toString()).contains("Afgeschermd");
        assertThat(json(get(CM, A + "/casussen"), 200).path("casussen").toString()).doesNotContain("Afgeschermd");
        probleem(get(AANMELDER, A + "/casussen"), 403);
    }

    @Test
    void een_beheerder_maakt_accounts_met_een_verhuisboxrol_alleen_met_een_team() {
        JsonNode p = probleem(post("beheerder", "/api/v1/gebruikers", "{\"gebruikersnaam\":\"vhbt-zonder-team\","
                + "\"wachtwoord\":\"" + WW + "\",\"rol\":\"CASEMANAGER\",\"gemeente\":\"GM0518\"}"), 400);
        assertThat(ongeldig(p)).containsExactlyInAnyOrder("team", "gemeente");
        p = probleem(post("beheerder", "/api/v1/gebruikers", "{\"gebruikersnaam\":\"vhbt-team-coa\","
                + "\"wachtwoord\":\"" + WW + "\",\"rol\":\"COA\",\"team\":1}"), 400);
        assertThat(ongeldig(p)).containsExactly("team");
    }

    // ---------------------------------------------------------------- http

    MockHttpServletResponse get(String wie, String uri) {
        return new Http(mvc, WW).get(wie, uri);
    }

    MockHttpServletResponse post(String wie, String uri, String body) {
        return new Http(mvc, WW).post(wie, uri, body);
    }

    MockHttpServletResponse put(String wie, String uri, String body) {
        return new Http(mvc, WW).put(wie, uri, body);
    }

    public static void status(MockHttpServletResponse r, int status) {
        assertThat(r.getStatus()).as(tekst(r)).isEqualTo(status);
    }

    public static JsonNode json(MockHttpServletResponse r, int status) {
        status(r, status);
        return JSON.readTree(r.getContentAsByteArray());
    }

    public static JsonNode probleem(MockHttpServletResponse r, int status) {
        status(r, status);
        assertThat(MediaType.parseMediaType(r.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(r.getContentType()).isTrue();
        return JSON.readTree(r.getContentAsByteArray());
    }

    public static List<String> ongeldig(JsonNode probleem) {
        List<String> namen = new ArrayList<>();
        probleem.path("invalidParams").forEach(p -> namen.add(p.path("name").asString()));
        return namen;
    }

    public static String tekst(MockHttpServletResponse r) {
        return new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
