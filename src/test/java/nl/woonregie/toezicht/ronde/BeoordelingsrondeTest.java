package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.Testgegevens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision cycle of 's-Gravenhage 2020-II to 1 October 2021 (the worked example) on stored figures: rounds
 * for Zuid-Holland at each peildatum, judgments, vaststellen, the ladder following the final rounds, reopening,
 * optimistic locking and scope.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BeoordelingsrondeTest {

    static final String WW = "wachtwoord-van-test-123";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void cijfers() throws Exception {
        gebruiker("th-zh-ronde", "TOEZICHTHOUDER", "\"provincie\":\"PV28\"");
        gebruiker("th-nh-ronde", "TOEZICHTHOUDER", "\"provincie\":\"PV27\"");
        gebruiker("gm-denhaag-ronde", "GEMEENTE", "\"gemeente\":\"GM0518\"");
        gebruiker("coa-ronde", "COA", null);
        String g = "GM0518";
        insert("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) values (?, '2020-II', 2, '0', 'test')", g);
        taak(g, "2020-II", 197);
        taak(g, "2021-I", 418);
        taak(g, "2021-II", 340);
        coa(g, "2020-II", "2020-08-31", 30, 150, 0);
        coa(g, "2020-II", "2020-09-30", 64, 188, 0);
        coa(g, "2020-II", "2020-12-31", 199, 10, 1);
        coa(g, "2021-I", "2021-03-31", 106, 100, 0);
        coa(g, "2021-I", "2021-06-30", 223, 90, 0);
        coa(g, "2021-II", "2021-09-30", 172, 407, 0);
        insert("insert into huurcontract (gemeente_code, periode, ingangsdatum, aantal_personen, referentie, ingediend_door) "
                + "values (?, '2020-II', '2020-12-22', 1, 'HC-1', 'test')", g);
        // every other municipality of Zuid-Holland gets plain figures, except Zoeterwoude (to show missing figures)
        for (String code : jdbc.sql("select code from gemeente where provincie_code = 'PV28' and geldig_vanaf is null "
                + "and code not in ('GM0518', ?)").param(ZOETERWOUDE).query(String.class).list()) {
            standaardCijfers(code);
        }
    }

    static final String ZOETERWOUDE = "GM0638";

    void standaardCijfers(String code) {
        insert("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) values (?, '2020-II', 0, '0', 'test')", code);
        for (String p : new String[] {"2020-II", "2021-I", "2021-II"}) {
            taak(code, p, 10);
        }
        coa(code, "2020-II", "2020-09-30", 5, 10, 0);
        coa(code, "2020-II", "2020-12-31", 10, 5, 0);
        coa(code, "2021-I", "2021-03-31", 5, 10, 0);
        coa(code, "2021-I", "2021-06-30", 10, 5, 0);
        coa(code, "2021-II", "2021-09-30", 5, 10, 0);
    }

    @Test
    @Order(1)
    void ronde_1_oktober_2020_volgt_het_uitgewerkte_voorbeeld_en_meldt_ontbrekende_cijfers() throws Exception {
        JsonNode ronde = maakRonde("2020-10-01", "th-zh-ronde");
        assertThat(ronde.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(ronde.get("soort").asString()).isEqualTo("TUSSENTIJDS");
        assertThat(ronde.get("aantalGemeenten").asInt()).isEqualTo(52);
        JsonNode denHaag = gemeente(ronde, "GM0518");
        assertThat(denHaag.get("tredeVoor").asString()).isEqualTo("0");
        assertThat(denHaag.get("tredeNa").asString()).isEqualTo("1");
        assertThat(denHaag.get("conclusie").asString()).isEqualTo("VOLGENDE_FASE");
        JsonNode u = denHaag.get("uitkomst");
        assertThat(u.get("opgave").asLong()).isEqualTo(199);
        assertThat(u.get("minimaal").asLong()).isEqualTo(100);
        assertThat(u.get("gehuisvest").asLong()).isEqualTo(64);
        assertThat(u.get("koppelingen").asLong()).isEqualTo(188);
        assertThat(u.get("percentageVanOpgave").asInt()).isEqualTo(32);
        assertThat(u.get("motivering").size()).isPositive();
        // every other municipality misses figures: reported, not guessed
        JsonNode zoeterwoude = gemeente(ronde, ZOETERWOUDE);
        assertThat(zoeterwoude.get("uitkomst").isNull()).isTrue();
        assertThat(zoeterwoude.get("ontbrekend").get(0).asString()).contains("beginstand");
        assertThat(gemeente(ronde, "GM0599").get("tredeNa").asString()).isEqualTo("0");
        // the snapshot of the engine's input replays through the what-if API
        String invoer = jdbc.sql("select invoer::text from ronde_gemeente where ronde_id = ? and gemeente_code = 'GM0518'")
                .param(ronde.get("id").asLong()).query(String.class).single();
        nl.woonregie.toezicht.DossierRecord dossier = RondeOpslag.JSON.readValue(invoer,
                nl.woonregie.toezicht.DossierRecord.class);
        String verzoek = json.writeValueAsString(nl.woonregie.toezicht.simulatie.SimulatieVerzoek.van(
                dossier.beleidskader(), dossier.dossier()));
        JsonNode replay = json.readTree(mvc.perform(post("/api/v1/toezicht/simulaties")
                .contentType(MediaType.APPLICATION_JSON).content(verzoek)).andReturn().getResponse()
                .getContentAsString());
        assertThat(replay.get("beoordelingen").get(0).get("tredeNa").asString()).isEqualTo("1");
        // the missing figures are an error of the consistency check: the supervisor cannot make the round final
        assertThat(ronde.get("controle").get("fouten").asInt()).isEqualTo(1);
        MvcResult geblokkeerd = mvc.perform(post("/api/v1/beoordelingsrondes/" + ronde.get("id").asLong() + "/vaststellen")
                .contentType(MediaType.APPLICATION_JSON).content("{\"versie\":" + ronde.get("versie").asInt() + "}")
                .with(httpBasic("th-zh-ronde", WW))).andReturn();
        assertThat(geblokkeerd.getResponse().getStatus()).isEqualTo(409);
        JsonNode probleem = json.readTree(geblokkeerd.getResponse().getContentAsString());
        assertThat(probleem.get("bevindingen").get(0).get("code").asString()).isEqualTo("ONTBREKENDE_CIJFERS");
        assertThat(probleem.get("bevindingen").get(0).get("gemeente").asString()).isEqualTo(ZOETERWOUDE);
        // only a BEHEERDER may override, with a reason, and it is audited
        assertThat(status(post("/api/v1/beoordelingsrondes/" + ronde.get("id").asLong() + "/vaststellen")
                .contentType(MediaType.APPLICATION_JSON).content("{\"versie\":" + ronde.get("versie").asInt()
                        + ",\"overschrijfControle\":true,\"reden\":\"x\"}"), "th-zh-ronde")).isEqualTo(403);
        JsonNode vast = json.readTree(ok(post("/api/v1/beoordelingsrondes/" + ronde.get("id").asLong() + "/vaststellen")
                .contentType(MediaType.APPLICATION_JSON).content("{\"versie\":" + ronde.get("versie").asInt()
                        + ",\"overschrijfControle\":true,\"reden\":\"Zoeterwoude levert later aan.\"}"), "beheerder"));
        assertThat(vast.get("status").asString()).isEqualTo("VASTGESTELD");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'RONDE_CONTROLE_OVERSCHREVEN' and object_id = ?")
                .param(ronde.get("id").asString()).query(Long.class).single()).isEqualTo(1);
        standaardCijfers(ZOETERWOUDE);
    }

    @Test
    @Order(2)
    void ronde_1_januari_2021_gerealiseerd_terug_naar_0() throws Exception {
        JsonNode ronde = maakRonde("2021-01-01", "th-zh-ronde");
        JsonNode denHaag = gemeente(ronde, "GM0518");
        assertThat(denHaag.get("tredeVoor").asString()).isEqualTo("1");
        assertThat(denHaag.get("tredeNa").asString()).isEqualTo("0");
        assertThat(denHaag.get("conclusie").asString()).isEqualTo("GEREALISEERD");
        assertThat(denHaag.get("uitkomst").get("gehuisvestCoa").asLong()).isEqualTo(199);
        assertThat(denHaag.get("uitkomst").get("omkoppelingen").asBoolean()).isTrue();
        assertThat(denHaag.get("uitkomst").get("saldoUit").asLong()).isZero();
        assertThat(denHaag.get("uitkomst").get("volgendePeriode").get("opgave").asLong()).isEqualTo(418);
        vaststellen(ronde, "th-zh-ronde");
    }

    @Test
    @Order(3)
    void ronde_1_april_2021_met_oordeel_over_koppelingen_en_optimistische_vergrendeling() throws Exception {
        JsonNode ronde = maakRonde("2021-04-01", "th-zh-ronde");
        long id = ronde.get("id").asLong();
        int versie = ronde.get("versie").asInt();
        assertThat(gemeente(ronde, "GM0518").get("uitkomst").get("koppelingenVoldoende").asBoolean()).isFalse();
        // the supervisor records that the koppelingen were insufficient (the real count is unknown)
        JsonNode na = json.readTree(ok(post("/api/v1/beoordelingsrondes/" + id + "/gemeenten/GM0518/beslissingen")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"KOPPELINGEN_OORDEEL\",\"waarde\":\"false\",\"motivering\":\"Volgens de brief "
                        + "van COA waren de koppelingen onvoldoende.\",\"versie\":" + versie + "}"), "th-zh-ronde"));
        assertThat(na.get("versie").asInt()).isEqualTo(versie + 1);
        JsonNode denHaag = gemeente(na, "GM0518");
        assertThat(denHaag.get("beslissingen").get(0).get("soort").asString()).isEqualTo("KOPPELINGEN_OORDEEL");
        assertThat(denHaag.get("tredeNa").asString()).isEqualTo("1");
        // a second edit with the old version is refused: someone else changed the round meanwhile
        MvcResult conflict = mvc.perform(post("/api/v1/beoordelingsrondes/" + id + "/vaststellen")
                .contentType(MediaType.APPLICATION_JSON).content("{\"versie\":" + versie + "}")
                .with(httpBasic("th-zh-ronde", WW))).andReturn();
        assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
        assertThat(conflict.getResponse().getContentType()).startsWith("application/problem+json");
        // without a version the request is incomplete
        assertThat(mvc.perform(post("/api/v1/beoordelingsrondes/" + id + "/vaststellen")
                .with(httpBasic("th-zh-ronde", WW))).andReturn().getResponse().getStatus()).isEqualTo(400);
        vaststellen(na, "th-zh-ronde");
    }

    @Test
    @Order(4)
    void ronde_1_juli_2021_onvoldoende_koppelingen_is_verschoonbaar_en_saldo_195() throws Exception {
        JsonNode ronde = maakRonde("2021-07-01", "th-zh-ronde");
        JsonNode denHaag = gemeente(ronde, "GM0518");
        assertThat(denHaag.get("tredeVoor").asString()).isEqualTo("1");
        assertThat(denHaag.get("tredeNa").asString()).isEqualTo("1");
        assertThat(denHaag.get("conclusie").asString()).isEqualTo("ZELFDE_FASE");
        JsonNode u = denHaag.get("uitkomst");
        assertThat(u.get("koppelingenVoldoende").asBoolean()).isFalse();
        assertThat(u.get("drempelNietStijgen").decimalValue()).isEqualByComparingTo("292.6");
        assertThat(u.get("saldoUit").asLong()).isEqualTo(195);
        assertThat(u.get("volgendePeriode").get("minimaal").asLong()).isEqualTo(268);
        vaststellen(ronde, "th-zh-ronde");
    }

    @Test
    @Order(5)
    void ronde_1_oktober_2021_trede_voor_is_1_en_volgende_fase() throws Exception {
        JsonNode ronde = maakRonde("2021-10-01", "th-zh-ronde");
        JsonNode denHaag = gemeente(ronde, "GM0518");
        assertThat(denHaag.get("tredeVoor").asString()).isEqualTo("1");
        assertThat(denHaag.get("tredeNa").asString()).isEqualTo("2");
        assertThat(denHaag.get("conclusie").asString()).isEqualTo("VOLGENDE_FASE");
        assertThat(denHaag.get("uitkomst").get("opgave").asLong()).isEqualTo(535);
        assertThat(denHaag.get("uitkomst").get("nogTeHuisvesten").asLong()).isEqualTo(363);
    }

    @Test
    @Order(6)
    void vastgestelde_ronde_is_onveranderlijk_ook_in_de_database() throws Exception {
        long id = rondeId("2021-07-01");
        int versie = versie(id);
        MvcResult r = mvc.perform(post("/api/v1/beoordelingsrondes/" + id + "/gemeenten/GM0518/beslissingen")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"VERSCHOONBARE_REDEN\",\"waarde\":\"x\",\"motivering\":\"y\",\"versie\":" + versie + "}")
                .with(httpBasic("th-zh-ronde", WW))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("update ronde_gemeente set trede_na = '6' where ronde_id = ?").param(id).update())
                .hasMessageContaining("vastgesteld");
    }

    @Test
    @Order(7)
    void alleen_een_beheerder_heropent_met_reden_en_het_staat_in_de_audittrail() throws Exception {
        long id = rondeId("2021-07-01");
        int versie = versie(id);
        String body = "{\"reden\":\"COA heeft de cijfers gecorrigeerd.\",\"versie\":" + versie + "}";
        assertThat(status(post("/api/v1/beoordelingsrondes/" + id + "/heropenen").contentType(MediaType.APPLICATION_JSON)
                .content(body), "th-zh-ronde")).isEqualTo(403);
        JsonNode heropend = json.readTree(ok(post("/api/v1/beoordelingsrondes/" + id + "/heropenen")
                .contentType(MediaType.APPLICATION_JSON).content(body), "beheerder"));
        assertThat(heropend.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'RONDE_HEROPEND' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select reden from ronde_heropening where ronde_id = ?").param(id).query(String.class)
                .single()).isEqualTo("COA heeft de cijfers gecorrigeerd.");
        vaststellen(heropend, "beheerder");
    }

    @Test
    @Order(8)
    void een_verschoonbare_reden_vraagt_een_motivering_en_een_besluit_vraagt_een_voorstel() throws Exception {
        long id = rondeId("2021-10-01");
        int versie = versie(id);
        MvcResult r = mvc.perform(post("/api/v1/beoordelingsrondes/" + id + "/gemeenten/GM0518/beslissingen")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"BESLUIT\",\"waarde\":\"4\",\"motivering\":\" \",\"versie\":" + versie + "}")
                .with(httpBasic("th-zh-ronde", WW))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode p = json.readTree(r.getResponse().getContentAsString());
        assertThat(p.get("invalidParams").findValuesAsString("name")).contains("motivering", "soort");
    }

    @Test
    @Order(9)
    void scope_andere_provincie_en_gemeente_ziet_alleen_zichzelf() throws Exception {
        long id = rondeId("2021-10-01");
        assertThat(status(get("/api/v1/beoordelingsrondes/" + id), "th-nh-ronde")).isEqualTo(403);
        assertThat(status(post("/api/v1/provincies/PV28/beoordelingsrondes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"peildatum\":\"2022-01-01\"}"), "th-nh-ronde")).isEqualTo(403);
        assertThat(status(get("/api/v1/beoordelingsrondes/" + id), "coa-ronde")).isEqualTo(403);
        JsonNode eigen = json.readTree(ok(get("/api/v1/beoordelingsrondes/" + id), "gm-denhaag-ronde"));
        assertThat(eigen.get("gemeenten").size()).isEqualTo(1);
        assertThat(eigen.get("gemeenten").get(0).get("gemeente").asString()).isEqualTo("GM0518");
        assertThat(status(get("/api/v1/beoordelingsrondes/999999"), "th-zh-ronde")).isEqualTo(404);
    }

    @Test
    @Order(10)
    void ongeldige_peildatum_en_dubbele_ronde_worden_geweigerd() throws Exception {
        assertThat(status(post("/api/v1/provincies/PV28/beoordelingsrondes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"peildatum\":\"2021-05-01\"}"), "th-zh-ronde")).isEqualTo(400);
        assertThat(status(post("/api/v1/provincies/PV28/beoordelingsrondes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"peildatum\":\"2021-10-01\"}"), "th-zh-ronde")).isEqualTo(409);
        assertThat(status(post("/api/v1/provincies/PV28/beoordelingsrondes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"peildatum\":\"2021-10-01\",\"extra\":1}"), "th-zh-ronde")).isEqualTo(400);
    }

    @Test
    @Order(11)
    void historie_van_de_gemeente_toont_perioden_oordelen_en_huidige_trede() throws Exception {
        JsonNode h = json.readTree(ok(get("/api/v1/gemeenten/GM0518/toezicht"), "gm-denhaag-ronde"));
        assertThat(h.get("naam").asString()).isEqualTo("'s-Gravenhage");
        assertThat(h.get("huidigeTrede").get("trede").asString()).isEqualTo("1");
        assertThat(h.get("huidigeTrede").get("vastgesteldPer").asString()).isEqualTo("2021-07-01");
        assertThat(h.get("berekendTotEnMet").asString()).isEqualTo("2021-10-01");
        JsonNode perioden = h.get("perioden");
        assertThat(perioden.size()).isEqualTo(3);
        assertThat(perioden.get(0).get("periode").asString()).isEqualTo("2020-II");
        assertThat(perioden.get(0).get("opgave").asLong()).isEqualTo(199);
        assertThat(perioden.get(1).get("saldoUit").asLong()).isEqualTo(195);
        assertThat(perioden.get(1).get("percentageVanOpgave").asInt()).isEqualTo(53);
        assertThat(perioden.get(2).get("opgave").asLong()).isEqualTo(535);
        JsonNode oordelen = h.get("oordelen");
        assertThat(oordelen.size()).isEqualTo(5);
        assertThat(oordelen.get(2).get("beslissingen").get(0).get("motivering").asString()).contains("COA");
        assertThat(oordelen.get(4).get("status").asString()).isEqualTo("CONCEPT");
        assertThat(status(get("/api/v1/gemeenten/GM0599/toezicht"), "gm-denhaag-ronde")).isEqualTo(403);
        assertThat(status(get("/api/v1/gemeenten/GM0518/toezicht"), "coa-ronde")).isEqualTo(403);
        assertThat(status(get("/api/v1/gemeenten/GM0518/toezicht"), "th-nh-ronde")).isEqualTo(403);
    }

    @Test
    @Order(12)
    void provincieoverzicht_en_regio_haaglanden_met_totalen() throws Exception {
        JsonNode o = json.readTree(ok(get("/api/v1/provincies/PV28/overzicht?peildatum=2021-10-01"), "th-zh-ronde"));
        assertThat(o.get("gemeenten").size()).isEqualTo(52);
        JsonNode t = o.get("totalen");
        assertThat(t.get("aantalZonderCijfers").asInt()).isZero();
        // 's-Gravenhage (535, 172 housed, 407 koppelingen) + 51 municipalities with opgave 10, 5 housed, 10 koppelingen
        assertThat(t.get("opgave").asLong()).isEqualTo(535 + 51 * 10);
        assertThat(t.get("helft").asLong()).isEqualTo((535 + 510 + 1) / 2);
        assertThat(t.get("gehuisvest").asLong()).isEqualTo(172 + 51 * 5);
        assertThat(t.get("nogTeHuisvesten").asLong()).isEqualTo(363 + 51 * 5);
        assertThat(t.get("koppelingen").asLong()).isEqualTo(407 + 51 * 10);
        assertThat(t.get("haalbaar").asBoolean()).isTrue();
        assertThat(t.get("aantalPerTrede").get("2").asInt()).isEqualTo(1);
        assertThat(t.get("aantalPerTrede").get("0").asInt()).isEqualTo(51);
        JsonNode regio = json.readTree(ok(get("/api/v1/provincies/PV28/overzicht?peildatum=2021-10-01&regio=VR15"),
                "th-zh-ronde"));
        assertThat(regio.get("regio").get("naam").asString()).isEqualTo("Haaglanden");
        assertThat(regio.get("gemeenten").size()).isEqualTo(9);
        assertThat(status(get("/api/v1/provincies/PV28/overzicht?peildatum=2021-10-01"), "th-nh-ronde")).isEqualTo(403);
        assertThat(status(get("/api/v1/provincies/PV28/overzicht?peildatum=2021-10-02"), "th-zh-ronde")).isEqualTo(400);
        assertThat(status(get("/api/v1/provincies/PV28/overzicht?peildatum=2019-10-01"), "th-zh-ronde")).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------------------

    JsonNode maakRonde(String peildatum, String wie) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/provincies/PV28/beoordelingsrondes")
                .contentType(MediaType.APPLICATION_JSON).content("{\"peildatum\":\"" + peildatum + "\"}")
                .with(httpBasic(wie, WW))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(r.getResponse().getHeader("Location")).startsWith("/api/v1/beoordelingsrondes/");
        return json.readTree(r.getResponse().getContentAsString());
    }

    void vaststellen(JsonNode ronde, String wie) throws Exception {
        JsonNode r = json.readTree(ok(post("/api/v1/beoordelingsrondes/" + ronde.get("id").asLong() + "/vaststellen")
                .header("If-Match", "\"" + ronde.get("versie").asInt() + "\""), wie));
        assertThat(r.get("status").asString()).isEqualTo("VASTGESTELD");
    }

    long rondeId(String peildatum) {
        return jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' and peildatum = ?")
                .param(LocalDate.parse(peildatum)).query(Long.class).single();
    }

    int versie(long id) {
        return jdbc.sql("select versie from beoordelingsronde where id = ?").param(id).query(Integer.class).single();
    }

    static JsonNode gemeente(JsonNode ronde, String code) {
        for (JsonNode g : ronde.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError(code + " niet in de ronde");
    }

    String ok(MockHttpServletRequestBuilder request, String wie) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic(wie, wie.equals("beheerder")
                ? IntegratieTest.BEHEERDER_WACHTWOORD : WW))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    int status(MockHttpServletRequestBuilder request, String wie) throws Exception {
        return mvc.perform(request.with(httpBasic(wie, WW))).andReturn().getResponse().getStatus();
    }

    void gebruiker(String naam, String rol, String scope) throws Exception {
        Testgegevens.gebruiker(mvc, naam, WW, rol, scope);
    }

    void insert(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    void taak(String g, String periode, int n) {
        Testgegevens.taakstelling(jdbc, g, periode, n);
    }

    void coa(String g, String periode, String datum, int gehuisvest, int koppelingen, int omkoppelingen) {
        Testgegevens.coaStand(jdbc, g, periode, datum, gehuisvest, koppelingen, omkoppelingen);
    }
}
