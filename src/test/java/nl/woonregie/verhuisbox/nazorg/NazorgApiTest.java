package nl.woonregie.verhuisbox.nazorg;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.verhuisbox.Testteam.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.regex.Pattern;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Aftercare after a move (planned on closing as VERHUISD, recorded, reminders on time and overdue after) and the
 * client survey (one per case, filled in by the casemanager or by the client through a one-time link, yearly
 * results), through the API and the pages, each test on a new team of its own ({@link Testteam}); with the access
 * refusals.
 */
@IntegratieTest
class NazorgApiTest {

    static final String CONTACT = "{\"woontErNog\":true,\"inkomen\":\"Participatiewet gemeente Heerlen\","
            + "\"maatschappelijkWerk\":false,\"problemen\":\"Schulden nog niet geregeld\","
            + "\"vervolg\":\"Aanmelden bij schuldhulp Heerlen\"}";

    @Value("${woonregie.basis-url}")
    String basisUrl;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    Testteam testteam;
    Api api;
    String aanmelder;
    String cm;
    String cm2;
    String adm;
    String coord;
    String coordAnder;

    @BeforeEach
    void team() {
        testteam = new Testteam(mvc, jdbc);
        api = testteam.api;
        aanmelder = testteam.aanmelder;
        cm = testteam.casemanager;
        cm2 = testteam.account("CASEMANAGER");
        adm = testteam.administratief;
        coord = testteam.coordinator;
        coordAnder = testteam.anderAccount("COORDINATOR");
        testteam.capaciteit(LocalDate.now().getYear(), 500);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    /** A case in Verhuizing with an accepted offer in Heerlen and the moving checklist done (assigned to cm). */
    long teVerhuizen(String naam) {
        long id = testteam.metAanvaardAanbod(naam, "Heerlen");
        testteam.vinkAlles(cm, id, "VERHUIZING");
        return id;
    }

    void overgang(String wie, long id, String naar, String extra, int verwacht) {
        testteam.overgang(wie, id, naar, extra, verwacht);
    }

    @Test
    void afsluiten_als_verhuisd_plant_nazorg_op_1_3_6_en_12_maanden_als_taken_van_de_casemanager() {
        long id = teVerhuizen("Testcliënt Nazorgplan");
        LocalDate verhuisd = LocalDate.now().minusDays(3);
        p(api.als(cm).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"verhuisd\","
                + "\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\",\"verhuisdatum\":\""
                + LocalDate.now().plusDays(1) + "\"}").probleem(400), "verhuisdatum");
        overgang(cm, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\",\"verhuisdatum\":\""
                + verhuisd + "\"", 200);
        JsonNode c = api.als(cm).get(A + "/casussen/" + id + "/nazorg").json().path("contacten");
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
        overgang(cm, dh, "AFGESLOTEN", ",\"uitkomst\":\"GEHUISVEST_DEN_HAAG\"", 200);
        assertThat(api.als(cm).get(A + "/casussen/" + dh + "/nazorg").json().path("contacten").size()).isZero();
    }

    @Test
    void herinneringen_verschijnen_op_tijd_en_worden_te_laat_na_de_deadline() {
        long id = teVerhuizen("Testcliënt Herinnering");
        LocalDate verhuisd = LocalDate.now();
        overgang(cm, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Emmen\"", 200);
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
        assertThat(api.als(cm2).get(A + "/werklijst").json().path("taken").toString()).doesNotContain("Herinnering");

        // recording it takes it off the worklist
        api.als(cm).post(A + "/casussen/" + id + "/nazorg/1", CONTACT).status(200);
        assertThat(taak(id, omschrijving)).isNull();
        assertThat(contact(id, 1).path("stand").asString()).isEqualTo("VASTGELEGD");
    }

    JsonNode taak(long id, String omschrijving) {
        for (JsonNode t : api.als(cm).get(A + "/werklijst").json().path("taken")) {
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
        p(api.als(cm).post(A + "/casussen/" + id + "/overgangen", basis + "\"bestemmingCode\":\"GM9999\"}")
                .probleem(400), "bestemmingCode");
        p(api.als(cm).post(A + "/casussen/" + id + "/overgangen", basis + "\"bestemmingCode\":\"Heerlen\"}")
                .probleem(400), "bestemmingCode");
        // a gemeente that no longer existed on the move date (merged before it)
        String opgeheven = jdbc.sql("select code from gemeente where geldig_tot is not null and geldig_tot <= ? "
                + "order by code limit 1").param(LocalDate.now()).query(String.class).optional().orElse(null);
        if (opgeheven != null) {
            p(api.als(cm).post(A + "/casussen/" + id + "/overgangen", basis + "\"bestemmingCode\":\"" + opgeheven
                    + "\"}").probleem(400), "bestemmingCode");
        }
        LocalDate verhuisd = LocalDate.now().minusDays(2);
        JsonNode c = api.als(cm).post(A + "/casussen/" + id + "/overgangen", basis + "\"bestemmingCode\":\"gm0917\","
                + "\"verhuisdatum\":\"" + verhuisd + "\"}").json();
        assertThat(c.path("bestemmingCode").asString()).isEqualTo("GM0917");
        assertThat(c.path("bestemming").asString()).isEqualTo("Heerlen");
        assertThat(c.path("gehuisvestOp").asString()).isEqualTo(verhuisd.toString());
        // only the free text: the code when it names exactly one gemeente
        long tekst = teVerhuizen("Testcliënt Bestemmingstekst");
        overgang(cm, tekst, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Emmen\"", 200);
        assertThat(api.als(cm).get(A + "/casussen/" + tekst).json().path("bestemmingCode").asString())
                .isEqualTo("GM0114");
        // housed in Den Haag: housing date, no destination code
        long dh = teVerhuizen("Testcliënt Den Haag code");
        p(api.als(cm).post(A + "/casussen/" + dh + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"x\","
                + "\"uitkomst\":\"GEHUISVEST_DEN_HAAG\",\"bestemmingCode\":\"GM0917\"}").probleem(409),
                "bestemmingCode");
        overgang(cm, dh, "AFGESLOTEN", ",\"uitkomst\":\"GEHUISVEST_DEN_HAAG\"", 200);
        JsonNode d = api.als(cm).get(A + "/casussen/" + dh).json();
        assertThat(d.path("gehuisvestOp").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(d.path("bestemmingCode").isNull()).isTrue();
    }

    @Test
    void einde_uitkering_wordt_vastgelegd_bij_of_na_afsluiten_door_casemanager_of_administratief() {
        long id = teVerhuizen("Testcliënt Uitkering");
        String u = A + "/casussen/" + id + "/uitkering";
        p(api.als(cm).put(u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now() + "\"}").probleem(409), "status");
        overgang(cm, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"GM0917\"", 200);
        p(api.als(cm).put(u, "{}").probleem(400), "beeindigd");
        p(api.als(cm).put(u, "{\"beeindigd\":true}").probleem(400), "op");
        p(api.als(cm).put(u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now().plusDays(1) + "\"}").probleem(400),
                "op");
        p(api.als(cm).put(u, "{\"beeindigd\":false,\"op\":\"" + LocalDate.now() + "\"}").probleem(400), "op");
        api.als(cm2).put(u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now() + "\"}").status(403);
        api.als(coord).put(u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now() + "\"}").status(403);
        JsonNode c = api.als(adm).put(u, "{\"beeindigd\":true,\"op\":\"" + LocalDate.now() + "\"}").json();
        assertThat(c.path("uitkeringBeeindigd").asBoolean()).isTrue();
        assertThat(c.path("uitkeringBeeindigdOp").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_UITKERING' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    JsonNode contact(long id, int maanden) {
        for (JsonNode c : api.als(cm).get(A + "/casussen/" + id + "/nazorg").json().path("contacten")) {
            if (c.path("maanden").asInt() == maanden) {
                return c;
            }
        }
        throw new AssertionError("geen contact " + maanden);
    }

    @Test
    void een_nazorgcontact_vastleggen_gevalideerd_geaudit_en_eenmalig() {
        long id = teVerhuizen("Testcliënt Contact");
        overgang(cm, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\"", 200);
        JsonNode p = api.als(cm).post(A + "/casussen/" + id + "/nazorg/3", "{\"problemen\":\"" + "x".repeat(4001)
                + "\"}").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("woontErNog", "inkomen", "maatschappelijkWerk",
                "problemen");
        api.als(cm).post(A + "/casussen/" + id + "/nazorg/2", CONTACT).probleem(404);
        api.als(cm2).post(A + "/casussen/" + id + "/nazorg/3", CONTACT).probleem(403);
        api.als(adm).post(A + "/casussen/" + id + "/nazorg/3", CONTACT).probleem(403);
        api.als(coordAnder).post(A + "/casussen/" + id + "/nazorg/3", CONTACT).probleem(403);
        JsonNode c = api.als(cm).post(A + "/casussen/" + id + "/nazorg/3", CONTACT).json();
        assertThat(c.path("woontErNog").asBoolean()).isTrue();
        assertThat(c.path("inkomen").asString()).isEqualTo("Participatiewet gemeente Heerlen");
        assertThat(c.path("maatschappelijkWerk").asBoolean()).isFalse();
        assertThat(c.path("vervolg").asString()).contains("schuldhulp");
        assertThat(c.path("vastgelegdDoor").asString()).isEqualTo(cm);
        api.als(cm).post(A + "/casussen/" + id + "/nazorg/3", CONTACT).probleem(409);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_NAZORG' and object_id = ? and actor = ?")
                .params(String.valueOf(id), cm).query(Integer.class).single()).isEqualTo(1);
        // the coordinator may read it too; every read is logged
        long voor = jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and handeling = 'nazorg'")
                .param(id).query(Long.class).single();
        assertThat(api.als(coord).get(A + "/casussen/" + id + "/nazorg").json().toString()).contains("schuldhulp");
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and handeling = 'nazorg'")
                .param(id).query(Long.class).single()).isEqualTo(voor + 1);
        assertThat(api.als(coord).get(A + "/casussen/" + id + "/avg-export").json().path("nazorg").toString())
                .contains("schuldhulp");
        api.als(cm2).get(A + "/casussen/" + id + "/nazorg").probleem(403);
        api.als(adm).get(A + "/casussen/" + id + "/nazorg").probleem(403);
        api.als(coordAnder).get(A + "/casussen/" + id + "/nazorg").probleem(403);
        api.als(aanmelder).get(A + "/casussen/" + id + "/nazorg").probleem(403);
    }

    @Test
    void de_klantenquete_eenmaal_per_casus_met_jaarresultaten_voor_de_coordinator() {
        int jaar = 2031;
        klok.zet(LocalDate.of(jaar, 6, 1));
        testteam.capaciteit(jaar, 500);
        long id1 = teVerhuizen("Testcliënt Enquête 1");
        long id2 = teVerhuizen("Testcliënt Enquête 2");
        JsonNode p = api.als(cm).post(A + "/casussen/" + id1 + "/enquete", "{\"proces\":0,\"steun\":6,"
                + "\"tevredenheid\":3,\"vertrouwen\":3,\"perspectief\":3,\"ingevuldDoor\":\"BUURMAN\"}").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("proces", "steun", "overzicht", "ingevuldDoor");
        api.als(cm2).post(A + "/casussen/" + id1 + "/enquete", enquete(5, "CLIENT")).probleem(403);
        api.als(adm).post(A + "/casussen/" + id1 + "/enquete", enquete(5, "CLIENT")).probleem(403);
        api.als(cm).post(A + "/casussen/" + id1 + "/enquete", enquete(5, "CLIENT")).status(201);
        api.als(cm).post(A + "/casussen/" + id1 + "/enquete", enquete(4, "CLIENT")).probleem(409);
        api.als(coord).post(A + "/casussen/" + id2 + "/enquete", enquete(2, "CASEMANAGER")).status(201);
        // not before the guidance began
        long nieuw = api.als(aanmelder).post(A + "/meldingen", Testteam.melding("Testcliënt Te Vroeg", 0)).json(201)
                .path("id").asLong();
        api.als(coord).post(A + "/casussen/" + nieuw + "/enquete", enquete(3, "CLIENT")).probleem(409);

        JsonNode r = api.als(coord).get(A + "/enquete?jaar=" + jaar).json();
        assertThat(r.path("aantal").asInt()).isEqualTo(2);
        assertThat(r.path("vragen").size()).isEqualTo(6);
        assertThat(r.path("vragen").get(0).path("vraag").asString()).isEqualTo("proces");
        assertThat(r.path("vragen").get(0).path("gemiddelde").asDouble()).isEqualTo(3.5);
        assertThat(r.path("vragen").get(5).path("gemiddelde").asDouble()).isEqualTo(4.0);
        assertThat(r.toString()).doesNotContain("Testcliënt", "toelichting bij");
        JsonNode leeg = api.als(coord).get(A + "/enquete?jaar=" + (jaar + 1)).json();
        assertThat(leeg.path("aantal").asInt()).isZero();
        assertThat(api.als(coordAnder).get(A + "/enquete?jaar=" + jaar).json().path("aantal").asInt()).isZero();
        api.als(cm).get(A + "/enquete?jaar=" + jaar).probleem(403);
        api.als(aanmelder).get(A + "/enquete?jaar=" + jaar).probleem(403);
        p(api.als(coord).get(A + "/enquete?jaar=1900").probleem(400), "jaar");
    }

    // ---------------------------------------------------------------- the client's survey link

    String link(String wie, long id) {
        return api.als(wie).post(A + "/casussen/" + id + "/enquetelink", "").json(201).path("link").asString();
    }

    Api.Antwoord anoniem(MockHttpServletRequestBuilder b) {
        return api.anoniem().doe(b);
    }

    static String pad(String link) {
        return link.substring(link.indexOf("/enquete/"));
    }

    @Test
    void de_link_komt_van_het_ingestelde_adres_en_nooit_van_de_host_van_het_verzoek() {
        long id = teVerhuizen("Testcliënt Linkadres");
        // a request that names another host (a forged Host or X-Forwarded-Host) does not move the link there
        String link = api.als(cm).doe(MockMvcRequestBuilders.post(A + "/casussen/" + id + "/enquetelink")
                .header("Host", "aanvaller.example").header("X-Forwarded-Host", "aanvaller.example")
                .header("X-Forwarded-Proto", "http")).json(201).path("link").asString();
        assertThat(link).startsWith(basisUrl + "/enquete/").doesNotContain("aanvaller");
        String pagina = api.als(cm).doe(MockMvcRequestBuilders.post("/verhuisbox/casussen/" + id + "/enquetelink")
                .with(csrf()).header("Host", "aanvaller.example")).tekst();
        assertThat(pagina).contains(basisUrl + "/enquete/").doesNotContain("aanvaller.example/enquete");
    }

    @Test
    void de_client_vult_de_enquete_zelf_in_via_een_eenmalige_link_zonder_account() throws Exception {
        long id = teVerhuizen("Testcliënt Enquêtelink");
        api.als(cm2).post(A + "/casussen/" + id + "/enquetelink", "").probleem(403);
        api.als(adm).post(A + "/casussen/" + id + "/enquetelink", "").probleem(403);
        String link = link(cm, id);
        assertThat(link).matches(Pattern.quote(basisUrl) + "/enquete/[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("select count(*) from vhb_enquetelink where casus_id = ? and token_sha256 = ?")
                .params(id, EnqueteLinks.sha256(link.substring(link.lastIndexOf('/') + 1))).query(Integer.class)
                .single()).as("only the hash is stored").isEqualTo(1);

        Api.Antwoord formulier = anoniem(MockMvcRequestBuilders.get(pad(link)));
        assertThat(formulier.status()).isEqualTo(200);
        assertThat(formulier.tekst()).contains(Enquete.VRAGEN.get("overzicht"))
                .doesNotContain("Testcliënt", "VHB-" + id);
        assertThat(formulier.header("Referrer-Policy")).isEqualTo("no-referrer");

        // incomplete: the form comes back naming what is missing, and the link stays usable
        Api.Antwoord half = anoniem(MockMvcRequestBuilders.post(pad(link)).with(csrf())
                .param("proces", "4").param("steun", "vijf"));
        assertThat(half.status()).isEqualTo(200);
        assertThat(half.tekst()).contains("Nog niet alles is ingevuld", "#vraag-steun",
                "#vraag-tevredenheid", "#vraag-overzicht").doesNotContain("#vraag-proces");
        assertThat(enquete(id)).isZero();

        Api.Antwoord klaar = anoniem(MockMvcRequestBuilders.post(pad(link)).with(csrf())
                .param("proces", "4").param("steun", "5").param("tevredenheid", "3").param("vertrouwen", "2")
                .param("perspectief", "4").param("overzicht", "5").param("toelichting", "Fijn geholpen"));
        assertThat(klaar.tekst()).contains("Dank u wel");
        assertThat(jdbc.sql("select ingevuld_door || '/' || vastgelegd_door || '/' || steun from vhb_enquete "
                + "where casus_id = ?").param(id).query(String.class).single())
                .isEqualTo("CLIENT/" + EnqueteLinks.ACTOR + "/5");
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and rol = 'CLIENT'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_ENQUETE' and object_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);

        // used once; a new link for a case whose survey is done is refused
        assertThat(anoniem(MockMvcRequestBuilders.get(pad(link))).status()).isEqualTo(404);
        assertThat(anoniem(MockMvcRequestBuilders.post(pad(link)).with(csrf()).param("proces", "1")).status())
                .isEqualTo(404);
        api.als(cm).post(A + "/casussen/" + id + "/enquetelink", "").probleem(409);
        assertThat(anoniem(MockMvcRequestBuilders.get("/enquete/geen-geldige-link")).status()).isEqualTo(404);
    }

    @Test
    void een_enquetelink_verloopt_na_30_dagen_en_een_nieuwe_link_trekt_de_oude_in() {
        long id = teVerhuizen("Testcliënt Linkverloop");
        String oud = link(cm, id);
        String nieuw = link(coord, id);
        assertThat(anoniem(MockMvcRequestBuilders.get(pad(oud))).status()).isEqualTo(404);
        assertThat(anoniem(MockMvcRequestBuilders.get(pad(nieuw))).status()).isEqualTo(200);
        klok.zet(LocalDate.now().plusDays(30));
        assertThat(anoniem(MockMvcRequestBuilders.get(pad(nieuw))).status()).isEqualTo(200);
        klok.zet(LocalDate.now().plusDays(31));
        Api.Antwoord verlopen = anoniem(MockMvcRequestBuilders.get(pad(nieuw)));
        assertThat(verlopen.status()).isEqualTo(404);
        assertThat(verlopen.tekst()).contains("niet (meer) geldig");
    }

    // ---------------------------------------------------------------- pages

    Api.Antwoord formulier(String wie, String uri, String... velden) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(uri).with(csrf());
        for (int i = 0; i < velden.length; i += 2) {
            b = b.param(velden[i], velden[i + 1]);
        }
        return api.als(wie).doe(b);
    }

    @Test
    void nazorg_en_enquete_vastleggen_op_de_casuspagina() throws Exception {
        long id = teVerhuizen("Testcliënt Nazorgpagina");
        overgang(cm, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\",\"verhuisdatum\":\""
                + LocalDate.now().minusMonths(1) + "\"", 200);
        String pagina = api.als(cm).get("/verhuisbox/casussen/" + id).tekst();
        assertThat(pagina).contains("Nazorg en klantenquête", "Nazorgcontact na 1 maand vastleggen", "te doen")
                .doesNotContain("Nazorgcontact na 3 maanden vastleggen");
        assertThat(api.als(adm).get("/verhuisbox/casussen/" + id).tekst()).doesNotContain("Nazorg en klantenquête");

        // refused: the case page again, with the messages at the fields of this contact's form
        Api.Antwoord fout = formulier(cm, "/verhuisbox/casussen/" + id + "/nazorg/1", "inkomen", "",
                "vervolg", "Bellen met de nieuwe gemeente");
        assertThat(fout.status()).isEqualTo(200);
        assertThat(fout.tekst()).contains("id=\"inkomen-1-fout\"", "Bellen met de nieuwe gemeente");
        assertThat(contact(id, 1).path("stand").asString()).isEqualTo("TE_DOEN");
        formulier(cm, "/verhuisbox/casussen/" + id + "/nazorg/1", "woontErNog", "ja", "inkomen",
                "Participatiewet Heerlen", "maatschappelijkWerk", "nee", "vervolg", "Over twee maanden weer");
        JsonNode c = contact(id, 1);
        assertThat(c.path("stand").asString()).isEqualTo("VASTGELEGD");
        assertThat(c.path("woontErNog").asBoolean()).isTrue();
        assertThat(c.path("maatschappelijkWerk").asBoolean()).isFalse();
        assertThat(api.als(cm).get("/verhuisbox/casussen/" + id).tekst()).contains("Participatiewet Heerlen",
                "vastgelegd op");

        formulier(cm, "/verhuisbox/casussen/" + id + "/enquete", "proces", "5", "steun", "4", "tevredenheid", "4",
                "vertrouwen", "3", "perspectief", "5", "overzicht", "4", "ingevuldDoor", "CASEMANAGER");
        assertThat(enquete(id)).isEqualTo(1);
        assertThat(api.als(cm).get("/verhuisbox/casussen/" + id).tekst())
                .contains("Ingevuld door de casemanager met de cliënt");
        assertThat(formulier(cm2, "/verhuisbox/casussen/" + id + "/nazorg/3", "woontErNog", "ja").status())
                .isEqualTo(403);
    }

    @Test
    void het_nazorgoverzicht_toont_te_late_contacten_binnen_de_eigen_scope() {
        long id = teVerhuizen("Testcliënt Overzicht Te Laat");
        overgang(cm, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Emmen\",\"verhuisdatum\":\""
                + LocalDate.now().minusMonths(1).minusDays(2) + "\"", 200);
        String overzicht = api.als(coord).get("/verhuisbox/nazorg").tekst();
        assertThat(overzicht).contains("Alle casussen van het team", "VHB-" + id + " Testcliënt Overzicht Te Laat",
                "(te laat)");
        assertThat(api.als(cm).get("/verhuisbox/nazorg").tekst()).contains("VHB-" + id);
        assertThat(api.als(cm2).get("/verhuisbox/nazorg").tekst()).doesNotContain("VHB-" + id);
        assertThat(api.als(adm).get("/verhuisbox/nazorg").status()).isEqualTo(403);
        assertThat(api.als(coordAnder).get("/verhuisbox/nazorg").bytes().length).isPositive();
        assertThat(api.als(coordAnder).get("/verhuisbox/nazorg").tekst()).doesNotContain("VHB-" + id);
    }

    @Test
    void de_jaarresultaten_van_de_enquete_als_pagina_en_als_excel() throws Exception {
        int jaar = 2032;
        klok.zet(LocalDate.of(jaar, 3, 1));
        testteam.capaciteit(jaar, 500);
        long id1 = teVerhuizen("Testcliënt Jaar 1");
        long id2 = teVerhuizen("Testcliënt Jaar 2");
        api.als(cm).post(A + "/casussen/" + id1 + "/enquete", enquete(5, "CLIENT")).status(201);
        api.als(cm).post(A + "/casussen/" + id2 + "/enquete", enquete(2, "CASEMANAGER")).status(201);
        String pagina = api.als(coord).get("/verhuisbox/enquete?jaar=" + jaar).tekst();
        assertThat(pagina).contains("Klantenquête " + jaar, "3,5", "toelichting bij 5")
                .doesNotContain("Testcliënt Jaar");
        assertThat(api.als(cm).get("/verhuisbox/enquete?jaar=" + jaar).status()).isEqualTo(403);
        assertThat(api.als(coord).get("/verhuisbox/enquete?jaar=tweeduizend").status()).isEqualTo(400);

        Api.Antwoord x = api.als(coord).get("/verhuisbox/enquete.xlsx?jaar=" + jaar);
        assertThat(x.contentType()).startsWith(nl.woonregie.platform.export.Spreadsheet.XLSX);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                x.bytes()))) {
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
        assertThat(namen(probleem)).contains(veld);
    }
}
