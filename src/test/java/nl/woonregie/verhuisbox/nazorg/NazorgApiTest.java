package nl.woonregie.verhuisbox.nazorg;

import static nl.woonregie.verhuisbox.VerhuisboxApiTest.json;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.ongeldig;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.probleem;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.status;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.tekst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import nl.woonregie.support.Http;
import nl.woonregie.verhuisbox.Testteam;
import nl.woonregie.verhuisbox.VerhuisboxApiTest;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Aftercare after a move (planned on closing as VERHUISD, recorded, reminders on time and overdue after) and the
 * client survey (one per case, filled in by the casemanager or by the client through a one-time link, yearly
 * results), through the API and the pages, on a team of its own; with the access refusals.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NazorgApiTest {

    static final String WW = VerhuisboxApiTest.WW;
    static final String A = "/api/v1/verhuisbox";
    static final String AANMELDER = "vhbn-aanmelder";
    static final String ICP = "vhbn-icp";
    static final String CM = "vhbn-casemanager";
    static final String CM2 = "vhbn-casemanager2";
    static final String ADM = "vhbn-administratief";
    static final String COORD = "vhbn-coordinator";
    static final String COORD_ANDER = "vhbn-coordinator-ander";

    static final String CONTACT = "{\"woontErNog\":true,\"inkomen\":\"Participatiewet gemeente Heerlen\","
            + "\"maatschappelijkWerk\":false,\"problemen\":\"Schulden nog niet geregeld\","
            + "\"vervolg\":\"Aanmelden bij schuldhulp Heerlen\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    Testteam testteam;

    @BeforeAll
    void accounts() {
        testteam = new Testteam(mvc, jdbc, "Nazorg-test");
        long team = testteam.team;
        long ander = testteam.ander;
        account(AANMELDER, "AANMELDER", team);
        account(ICP, "ICP", team);
        account(CM, "CASEMANAGER", team);
        account(CM2, "CASEMANAGER", team);
        account(ADM, "ADMINISTRATIEF", team);
        account(COORD, "COORDINATOR", team);
        account(COORD_ANDER, "COORDINATOR", ander);
        status(put(COORD, A + "/capaciteit", "{\"jaar\":" + LocalDate.now().getYear()
                + ",\"categorie\":\"HUISHOUDEN\",\"aantal\":500}"), 200);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    void account(String naam, String rol, long team) {
        testteam.account(naam, rol, team);
    }

    /** A case in Verhuizing with an accepted offer in Heerlen and the moving checklist done (assigned to CM). */
    long teVerhuizen(String naam) {
        long id = testteam.metAanvaardAanbod(new Testteam.Rollen(AANMELDER, ICP, COORD, CM, ADM), naam, "Heerlen");
        testteam.vinkAlles(CM, id, "VERHUIZING");
        return id;
    }

    void overgang(String wie, long id, String naar, String extra, int verwacht) {
        testteam.overgang(wie, id, naar, extra, verwacht);
    }

    @Test
    void afsluiten_als_verhuisd_plant_nazorg_op_1_3_6_en_12_maanden_als_taken_van_de_casemanager() {
        long id = teVerhuizen("Testcliënt Nazorgplan");
        LocalDate verhuisd = LocalDate.now().minusDays(3);
        p(probleem(post(CM, A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"verhuisd\","
                + "\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\",\"verhuisdatum\":\""
                + LocalDate.now().plusDays(1) + "\"}"), 400), "verhuisdatum");
        overgang(CM, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\",\"verhuisdatum\":\""
                + verhuisd + "\"", 200);
        JsonNode c = json(get(CM, A + "/casussen/" + id + "/nazorg"), 200).path("contacten");
        assertThat(c.size()).isEqualTo(4);
        int[] maanden = {1, 3, 6, 12};
        for (int i = 0; i < 4; i++) {
            assertThat(c.get(i).path("maanden").asInt()).isEqualTo(maanden[i]);
            assertThat(c.get(i).path("deadline").asString()).isEqualTo(verhuisd.plusMonths(maanden[i]).toString());
            assertThat(c.get(i).path("stand").asString()).isEqualTo("GEPLAND");
        }
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'NAZORG' and rol = "
                + "'CASEMANAGER' and afgerond_op is null").param(id).query(Integer.class).single()).isEqualTo(4);
        // a case closed otherwise gets no aftercare
        long dh = teVerhuizen("Testcliënt Den Haag");
        overgang(CM, dh, "AFGESLOTEN", ",\"uitkomst\":\"GEHUISVEST_DEN_HAAG\"", 200);
        assertThat(json(get(CM, A + "/casussen/" + dh + "/nazorg"), 200).path("contacten").size()).isZero();
    }

    @Test
    void herinneringen_verschijnen_op_tijd_en_worden_te_laat_na_de_deadline() {
        long id = teVerhuizen("Testcliënt Herinnering");
        LocalDate verhuisd = LocalDate.now();
        overgang(CM, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Emmen\"", 200);
        LocalDate deadline = verhuisd.plusMonths(1);
        String omschrijving = "Nazorgcontact 1 maand";

        klok.zet(deadline.minusDays(15));
        assertThat(taak(id, omschrijving)).as("niet vóór 14 dagen voor de deadline").isNull();
        assertThat(contact(id, 1).path("stand").asString()).isEqualTo("GEPLAND");

        klok.zet(deadline.minusDays(14));
        JsonNode t = taak(id, omschrijving);
        assertThat(t).isNotNull();
        assertThat(t.path("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(t.path("teLaat").asBoolean()).isFalse();
        assertThat(taak(id, "Nazorgcontact 3 maanden")).isNull();

        klok.zet(deadline);
        assertThat(taak(id, omschrijving).path("teLaat").asBoolean()).isFalse();
        assertThat(contact(id, 1).path("stand").asString()).isEqualTo("TE_DOEN");

        klok.zet(deadline.plusDays(1));
        assertThat(taak(id, omschrijving).path("teLaat").asBoolean()).isTrue();
        assertThat(contact(id, 1).path("stand").asString()).isEqualTo("TE_LAAT");
        assertThat(contact(id, 1).path("teLaat").asBoolean()).isTrue();
        // only the assigned casemanager gets the reminder
        assertThat(json(get(CM2, A + "/werklijst"), 200).path("taken").toString()).doesNotContain("Herinnering");

        // recording it takes it off the worklist
        status(post(CM, A + "/casussen/" + id + "/nazorg/1", CONTACT), 200);
        assertThat(taak(id, omschrijving)).isNull();
        assertThat(contact(id, 1).path("stand").asString()).isEqualTo("VASTGELEGD");
    }

    JsonNode taak(long id, String omschrijving) {
        for (JsonNode t : json(get(CM, A + "/werklijst"), 200).path("taken")) {
            if (t.path("casus").asLong() == id && t.path("omschrijving").asString().startsWith(omschrijving)) {
                return t;
            }
        }
        return null;
    }

    @Test
    void afsluiten_legt_huisvestingsdatum_en_bestemmingscode_vast_en_weigert_een_onbekende_code() {
        long id = teVerhuizen("Testcliënt Bestemming");
        String basis = "{\"naar\":\"AFGESLOTEN\",\"reden\":\"verhuisd\",\"uitkomst\":\"VERHUISD\",";
        p(probleem(post(CM, A + "/casussen/" + id + "/overgangen", basis + "\"bestemmingCode\":\"GM9999\"}"), 400),
                "bestemmingCode");
        p(probleem(post(CM, A + "/casussen/" + id + "/overgangen", basis + "\"bestemmingCode\":\"Heerlen\"}"), 400),
                "bestemmingCode");
        // a gemeente that no longer existed on the move date (merged before it)
        String opgeheven = jdbc.sql("select code from gemeente where geldig_tot is not null and geldig_tot <= ? "
                + "order by code limit 1").param(LocalDate.now()).query(String.class).optional().orElse(null);
        if (opgeheven != null) {
            p(probleem(post(CM, A + "/casussen/" + id + "/overgangen", basis + "\"bestemmingCode\":\"" + opgeheven
                    + "\"}"), 400), "bestemmingCode");
        }
        LocalDate verhuisd = LocalDate.now().minusDays(2);
        JsonNode c = json(post(CM, A + "/casussen/" + id + "/overgangen", basis + "\"bestemmingCode\":\"gm0917\","
                + "\"verhuisdatum\":\"" + verhuisd + "\"}"), 200);
        assertThat(c.path("bestemmingCode").asString()).isEqualTo("GM0917");
        assertThat(c.path("bestemming").asString()).isEqualTo("Heerlen");
        assertThat(c.path("gehuisvestOp").asString()).isEqualTo(verhuisd.toString());
        // only the free text: the code when it names exactly one gemeente
        long tekst = teVerhuizen("Testcliënt Bestemmingstekst");
        overgang(CM, tekst, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Emmen\"", 200);
        assertThat(json(get(CM, A + "/casussen/" + tekst), 200).path("bestemmingCode").asString()).isEqualTo("GM0114");
        // housed in Den Haag: housing date, no destination code
        long dh = teVerhuizen("Testcliënt Den Haag code");
        p(probleem(post(CM, A + "/casussen/" + dh + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"x\","
                + "\"uitkomst\":\"GEHUISVEST_DEN_HAAG\",\"bestemmingCode\":\"GM0917\"}"), 409), "bestemmingCode");
        overgang(CM, dh, "AFGESLOTEN", ",\"uitkomst\":\"GEHUISVEST_DEN_HAAG\"", 200);
        JsonNode d = json(get(CM, A + "/casussen/" + dh), 200);
        assertThat(d.path("gehuisvestOp").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(d.path("bestemmingCode").isNull()).isTrue();
    }

    @Test
    void einde_uitkering_wordt_vastgelegd_bij_of_na_afsluiten_door_casemanager_of_administratief() {
        long id = teVerhuizen("Testcliënt Uitkering");
        String u = A + "/casussen/" + id + "/uitkering";
        p(probleem(put(CM, u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now() + "\"}"), 409), "status");
        overgang(CM, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"GM0917\"", 200);
        p(probleem(put(CM, u, "{}"), 400), "beeindigd");
        p(probleem(put(CM, u, "{\"beeindigd\":true}"), 400), "op");
        p(probleem(put(CM, u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now().plusDays(1) + "\"}"), 400), "op");
        p(probleem(put(CM, u, "{\"beeindigd\":false,\"op\":\"" + LocalDate.now() + "\"}"), 400), "op");
        status(put(CM2, u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now() + "\"}"), 403);
        status(put(COORD, u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now() + "\"}"), 403);
        JsonNode c = json(put(ADM, u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now() + "\"}"), 200);
        assertThat(c.path("uitkeringBeeindigd").asBoolean()).isTrue();
        assertThat(c.path("uitkeringBeeindigdOp").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_UITKERING' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    JsonNode contact(long id, int maanden) {
        for (JsonNode c : json(get(CM, A + "/casussen/" + id + "/nazorg"), 200).path("contacten")) {
            if (c.path("maanden").asInt() == maanden) {
                return c;
            }
        }
        throw new AssertionError("geen contact " + maanden);
    }

    @Test
    void een_nazorgcontact_vastleggen_gevalideerd_geaudit_en_eenmalig() {
        long id = teVerhuizen("Testcliënt Contact");
        overgang(CM, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\"", 200);
        JsonNode p = probleem(post(CM, A + "/casussen/" + id + "/nazorg/3", "{\"problemen\":\"" + "x".repeat(4001)
                + "\"}"), 400);
        assertThat(ongeldig(p)).containsExactlyInAnyOrder("woontErNog", "inkomen", "maatschappelijkWerk",
                "problemen");
        probleem(post(CM, A + "/casussen/" + id + "/nazorg/2", CONTACT), 404);
        probleem(post(CM2, A + "/casussen/" + id + "/nazorg/3", CONTACT), 403);
        probleem(post(ADM, A + "/casussen/" + id + "/nazorg/3", CONTACT), 403);
        probleem(post(COORD_ANDER, A + "/casussen/" + id + "/nazorg/3", CONTACT), 403);
        JsonNode c = json(post(CM, A + "/casussen/" + id + "/nazorg/3", CONTACT), 200);
        assertThat(c.path("woontErNog").asBoolean()).isTrue();
        assertThat(c.path("inkomen").asString()).isEqualTo("Participatiewet gemeente Heerlen");
        assertThat(c.path("maatschappelijkWerk").asBoolean()).isFalse();
        assertThat(c.path("vervolg").asString()).contains("schuldhulp");
        assertThat(c.path("vastgelegdDoor").asString()).isEqualTo(CM);
        probleem(post(CM, A + "/casussen/" + id + "/nazorg/3", CONTACT), 409);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_NAZORG' and object_id = ? and actor = ?")
                .params(String.valueOf(id), CM).query(Integer.class).single()).isEqualTo(1);
        // the coordinator may read it too; every read is logged
        long voor = jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and handeling = 'nazorg'")
                .param(id).query(Long.class).single();
        assertThat(json(get(COORD, A + "/casussen/" + id + "/nazorg"), 200).toString()).contains("schuldhulp");
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and handeling = 'nazorg'")
                .param(id).query(Long.class).single()).isEqualTo(voor + 1);
        assertThat(json(get(COORD, A + "/casussen/" + id + "/avg-export"), 200).path("nazorg").toString())
                .contains("schuldhulp");
        probleem(get(CM2, A + "/casussen/" + id + "/nazorg"), 403);
        probleem(get(ADM, A + "/casussen/" + id + "/nazorg"), 403);
        probleem(get(COORD_ANDER, A + "/casussen/" + id + "/nazorg"), 403);
        probleem(get(AANMELDER, A + "/casussen/" + id + "/nazorg"), 403);
    }

    @Test
    void de_klantenquete_eenmaal_per_casus_met_jaarresultaten_voor_de_coordinator() {
        int jaar = 2031;
        klok.zet(LocalDate.of(jaar, 6, 1));
        status(put(COORD, A + "/capaciteit", "{\"jaar\":" + jaar + ",\"categorie\":\"HUISHOUDEN\",\"aantal\":500}"),
                200);
        long id1 = teVerhuizen("Testcliënt Enquête 1");
        long id2 = teVerhuizen("Testcliënt Enquête 2");
        JsonNode p = probleem(post(CM, A + "/casussen/" + id1 + "/enquete", "{\"proces\":0,\"steun\":6,"
                + "\"tevredenheid\":3,\"vertrouwen\":3,\"perspectief\":3,\"ingevuldDoor\":\"BUURMAN\"}"), 400);
        assertThat(ongeldig(p)).containsExactlyInAnyOrder("proces", "steun", "overzicht", "ingevuldDoor");
        probleem(post(CM2, A + "/casussen/" + id1 + "/enquete", enquete(5, "CLIENT")), 403);
        probleem(post(ADM, A + "/casussen/" + id1 + "/enquete", enquete(5, "CLIENT")), 403);
        status(post(CM, A + "/casussen/" + id1 + "/enquete", enquete(5, "CLIENT")), 201);
        probleem(post(CM, A + "/casussen/" + id1 + "/enquete", enquete(4, "CLIENT")), 409);
        status(post(COORD, A + "/casussen/" + id2 + "/enquete", enquete(2, "CASEMANAGER")), 201);
        // not before the guidance began
        long nieuw = json(post(AANMELDER, A + "/meldingen", VerhuisboxApiTest.melding("Testcliënt Te Vroeg", 0)), 201)
                .path("id").asLong();
        probleem(post(COORD, A + "/casussen/" + nieuw + "/enquete", enquete(3, "CLIENT")), 409);

        JsonNode r = json(get(COORD, A + "/enquete?jaar=" + jaar), 200);
        assertThat(r.path("aantal").asInt()).isEqualTo(2);
        assertThat(r.path("vragen").size()).isEqualTo(6);
        assertThat(r.path("vragen").get(0).path("vraag").asString()).isEqualTo("proces");
        assertThat(r.path("vragen").get(0).path("gemiddelde").asDouble()).isEqualTo(3.5);
        assertThat(r.path("vragen").get(5).path("gemiddelde").asDouble()).isEqualTo(4.0);
        assertThat(r.toString()).doesNotContain("Testcliënt", "toelichting bij");
        JsonNode leeg = json(get(COORD, A + "/enquete?jaar=" + (jaar + 1)), 200);
        assertThat(leeg.path("aantal").asInt()).isZero();
        assertThat(json(get(COORD_ANDER, A + "/enquete?jaar=" + jaar), 200).path("aantal").asInt()).isZero();
        probleem(get(CM, A + "/enquete?jaar=" + jaar), 403);
        probleem(get(AANMELDER, A + "/enquete?jaar=" + jaar), 403);
        p(probleem(get(COORD, A + "/enquete?jaar=1900"), 400), "jaar");
    }

    // ---------------------------------------------------------------- the client's survey link

    String link(String wie, long id) {
        return json(post(wie, A + "/casussen/" + id + "/enquetelink", ""), 201).path("link").asString();
    }

    MockHttpServletResponse anoniem(MockHttpServletRequestBuilder b) {
        try {
            return mvc.perform(b).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pad(String link) {
        return link.substring(link.indexOf("/enquete/"));
    }

    @Test
    void de_client_vult_de_enquete_zelf_in_via_een_eenmalige_link_zonder_account() throws Exception {
        long id = teVerhuizen("Testcliënt Enquêtelink");
        probleem(post(CM2, A + "/casussen/" + id + "/enquetelink", ""), 403);
        probleem(post(ADM, A + "/casussen/" + id + "/enquetelink", ""), 403);
        String link = link(CM, id);
        assertThat(link).matches("http://localhost/enquete/[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("select count(*) from vhb_enquetelink where casus_id = ? and token_sha256 = ?")
                .params(id, EnqueteLinks.sha256(link.substring(link.lastIndexOf('/') + 1))).query(Integer.class)
                .single()).as("only the hash is stored").isEqualTo(1);

        MockHttpServletResponse formulier = anoniem(MockMvcRequestBuilders.get(pad(link)));
        assertThat(formulier.getStatus()).isEqualTo(200);
        assertThat(formulier.getContentAsString()).contains(Enquete.VRAGEN.get("overzicht"))
                .doesNotContain("Testcliënt", "VHB-" + id);
        assertThat(formulier.getHeader("Referrer-Policy")).isEqualTo("no-referrer");

        // incomplete: the form comes back naming what is missing, and the link stays usable
        MockHttpServletResponse half = anoniem(MockMvcRequestBuilders.post(pad(link)).with(csrf())
                .param("proces", "4").param("steun", "vijf"));
        assertThat(half.getStatus()).isEqualTo(200);
        assertThat(half.getContentAsString()).contains("Nog niet alles is ingevuld", "#vraag-steun",
                "#vraag-tevredenheid", "#vraag-overzicht").doesNotContain("#vraag-proces");
        assertThat(enquete(id)).isZero();

        MockHttpServletResponse klaar = anoniem(MockMvcRequestBuilders.post(pad(link)).with(csrf())
                .param("proces", "4").param("steun", "5").param("tevredenheid", "3").param("vertrouwen", "2")
                .param("perspectief", "4").param("overzicht", "5").param("toelichting", "Fijn geholpen"));
        assertThat(klaar.getContentAsString()).contains("Dank u wel");
        assertThat(jdbc.sql("select ingevuld_door || '/' || vastgelegd_door || '/' || steun from vhb_enquete "
                + "where casus_id = ?").param(id).query(String.class).single())
                .isEqualTo("CLIENT/" + EnqueteLinks.ACTOR + "/5");
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and rol = 'CLIENT'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_ENQUETE' and object_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);

        // used once; a new link for a case whose survey is done is refused
        assertThat(anoniem(MockMvcRequestBuilders.get(pad(link))).getStatus()).isEqualTo(404);
        assertThat(anoniem(MockMvcRequestBuilders.post(pad(link)).with(csrf()).param("proces", "1")).getStatus())
                .isEqualTo(404);
        probleem(post(CM, A + "/casussen/" + id + "/enquetelink", ""), 409);
        assertThat(anoniem(MockMvcRequestBuilders.get("/enquete/geen-geldige-link")).getStatus()).isEqualTo(404);
    }

    @Test
    void een_enquetelink_verloopt_na_30_dagen_en_een_nieuwe_link_trekt_de_oude_in() {
        long id = teVerhuizen("Testcliënt Linkverloop");
        String oud = link(CM, id);
        String nieuw = link(COORD, id);
        assertThat(anoniem(MockMvcRequestBuilders.get(pad(oud))).getStatus()).isEqualTo(404);
        assertThat(anoniem(MockMvcRequestBuilders.get(pad(nieuw))).getStatus()).isEqualTo(200);
        klok.zet(LocalDate.now().plusDays(30));
        assertThat(anoniem(MockMvcRequestBuilders.get(pad(nieuw))).getStatus()).isEqualTo(200);
        klok.zet(LocalDate.now().plusDays(31));
        MockHttpServletResponse verlopen = anoniem(MockMvcRequestBuilders.get(pad(nieuw)));
        assertThat(verlopen.getStatus()).isEqualTo(404);
        assertThat(tekst(verlopen)).contains("niet (meer) geldig");
    }

    // ---------------------------------------------------------------- pages

    MockHttpServletResponse formulier(String wie, String uri, String... velden) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(uri).with(csrf());
        for (int i = 0; i < velden.length; i += 2) {
            b = b.param(velden[i], velden[i + 1]);
        }
        return new Http(mvc, WW).doe(wie, b);
    }

    @Test
    void nazorg_en_enquete_vastleggen_op_de_casuspagina() throws Exception {
        long id = teVerhuizen("Testcliënt Nazorgpagina");
        overgang(CM, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\",\"verhuisdatum\":\""
                + LocalDate.now().minusMonths(1) + "\"", 200);
        String pagina = tekst(get(CM, "/verhuisbox/casussen/" + id));
        assertThat(pagina).contains("Nazorg en klantenquête", "Nazorgcontact na 1 maand vastleggen", "te doen")
                .doesNotContain("Nazorgcontact na 3 maanden vastleggen");
        assertThat(tekst(get(ADM, "/verhuisbox/casussen/" + id))).doesNotContain("Nazorg en klantenquête");

        MockHttpServletResponse fout = formulier(CM, "/verhuisbox/casussen/" + id + "/nazorg/1", "inkomen", "");
        assertThat(fout.getRedirectedUrl()).startsWith("/verhuisbox/casussen/" + id);
        assertThat(fout.getStatus()).isEqualTo(302);
        assertThat(contact(id, 1).path("stand").asString()).isEqualTo("TE_DOEN");
        formulier(CM, "/verhuisbox/casussen/" + id + "/nazorg/1", "woontErNog", "ja", "inkomen",
                "Participatiewet Heerlen", "maatschappelijkWerk", "nee", "vervolg", "Over twee maanden weer");
        JsonNode c = contact(id, 1);
        assertThat(c.path("stand").asString()).isEqualTo("VASTGELEGD");
        assertThat(c.path("woontErNog").asBoolean()).isTrue();
        assertThat(c.path("maatschappelijkWerk").asBoolean()).isFalse();
        assertThat(tekst(get(CM, "/verhuisbox/casussen/" + id))).contains("Participatiewet Heerlen",
                "vastgelegd op");

        formulier(CM, "/verhuisbox/casussen/" + id + "/enquete", "proces", "5", "steun", "4", "tevredenheid", "4",
                "vertrouwen", "3", "perspectief", "5", "overzicht", "4", "ingevuldDoor", "CASEMANAGER");
        assertThat(enquete(id)).isEqualTo(1);
        assertThat(tekst(get(CM, "/verhuisbox/casussen/" + id))).contains("Ingevuld door de casemanager met de cliënt");
        assertThat(formulier(CM2, "/verhuisbox/casussen/" + id + "/nazorg/3", "woontErNog", "ja").getStatus())
                .isEqualTo(403);
    }

    @Test
    void het_nazorgoverzicht_toont_te_late_contacten_binnen_de_eigen_scope() {
        long id = teVerhuizen("Testcliënt Overzicht Te Laat");
        overgang(CM, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Emmen\",\"verhuisdatum\":\""
                + LocalDate.now().minusMonths(1).minusDays(2) + "\"", 200);
        String coord = tekst(get(COORD, "/verhuisbox/nazorg"));
        assertThat(coord).contains("Alle casussen van het team", "VHB-" + id + " Testcliënt Overzicht Te Laat",
                "(te laat)");
        assertThat(tekst(get(CM, "/verhuisbox/nazorg"))).contains("VHB-" + id);
        assertThat(tekst(get(CM2, "/verhuisbox/nazorg"))).doesNotContain("VHB-" + id);
        assertThat(get(ADM, "/verhuisbox/nazorg").getStatus()).isEqualTo(403);
        assertThat(get(COORD_ANDER, "/verhuisbox/nazorg").getContentAsByteArray().length).isPositive();
        assertThat(tekst(get(COORD_ANDER, "/verhuisbox/nazorg"))).doesNotContain("VHB-" + id);
    }

    @Test
    void de_jaarresultaten_van_de_enquete_als_pagina_en_als_excel() throws Exception {
        int jaar = 2032;
        klok.zet(LocalDate.of(jaar, 3, 1));
        status(put(COORD, A + "/capaciteit", "{\"jaar\":" + jaar + ",\"categorie\":\"HUISHOUDEN\",\"aantal\":500}"),
                200);
        long id1 = teVerhuizen("Testcliënt Jaar 1");
        long id2 = teVerhuizen("Testcliënt Jaar 2");
        status(post(CM, A + "/casussen/" + id1 + "/enquete", enquete(5, "CLIENT")), 201);
        status(post(CM, A + "/casussen/" + id2 + "/enquete", enquete(2, "CASEMANAGER")), 201);
        String pagina = tekst(get(COORD, "/verhuisbox/enquete?jaar=" + jaar));
        assertThat(pagina).contains("Klantenquête " + jaar, "3,5", "toelichting bij 5")
                .doesNotContain("Testcliënt Jaar");
        assertThat(get(CM, "/verhuisbox/enquete?jaar=" + jaar).getStatus()).isEqualTo(403);
        assertThat(get(COORD, "/verhuisbox/enquete?jaar=tweeduizend").getStatus()).isEqualTo(400);

        MockHttpServletResponse x = get(COORD, "/verhuisbox/enquete.xlsx?jaar=" + jaar);
        assertThat(x.getContentType()).startsWith(nl.woonregie.platform.export.Spreadsheet.XLSX);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                x.getContentAsByteArray()))) {
            var blad = wb.getSheet("Enquête " + jaar);
            assertThat(blad.getRow(1).getCell(0).getStringCellValue()).isEqualTo(Enquete.VRAGEN.get("proces"));
            assertThat(blad.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.5);
            assertThat(blad.getRow(1).getCell(3).getNumericCellValue()).as("aantal 2").isEqualTo(1);
            assertThat(blad.getRow(1).getCell(6).getNumericCellValue()).as("aantal 5").isEqualTo(1);
            assertThat(wb.getSheet("Toelichtingen").getLastRowNum()).isEqualTo(2);
        }
    }

    int enquete(long id) {
        return jdbc.sql("select count(*) from vhb_enquete where casus_id = ?").param(id).query(Integer.class).single();
    }

    static String enquete(int score, String door) {
        return "{\"proces\":" + score + ",\"steun\":" + score + ",\"tevredenheid\":" + score + ",\"vertrouwen\":"
                + score + ",\"perspectief\":" + score + ",\"overzicht\":4,\"toelichting\":\"toelichting bij "
                + score + "\",\"ingevuldDoor\":\"" + door + "\"}";
    }

    static void p(JsonNode probleem, String veld) {
        assertThat(ongeldig(probleem)).contains(veld);
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
}
