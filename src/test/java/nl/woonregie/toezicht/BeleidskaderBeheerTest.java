package nl.woonregie.toezicht;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A province's policy staff author their beleidskader in the product: every save is a validated version (every error
 * with its line), its test cases run with every difference named per peildatum, two versions compared, and only a
 * valid kader whose test cases all pass is published — after which rounds use it and its predecessor ends; a concept
 * is never used in a round. The provinces and dates are this test's own (the test classpath's kaders of PV20–PV31
 * hold from 2040 until the end of 2045; these start in 2050 or later).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeleidskaderBeheerTest {

    static final AtomicInteger TELLER = new AtomicInteger();
    static final String RUN = Long.toString(System.nanoTime() % 100_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BeleidskaderRegister register;

    Api api;
    Accounts accounts;
    String zhYaml;
    String zhTestgevallen;

    @BeforeAll
    void opzet() throws IOException {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        zhYaml = lees("beleidskaders/zuid-holland-2020.yaml");
        zhTestgevallen = lees("beleidskaders/testgevallen/zuid-holland-2020.yaml");
    }

    static String lees(String pad) throws IOException {
        try (InputStream in = BeleidskaderBeheerTest.class.getClassLoader().getResourceAsStream(pad)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String pad(String provincie) {
        return "/api/v1/provincies/" + provincie + "/beleidskaders";
    }

    String nieuwId() {
        return "test-beheer-" + RUN + "-" + TELLER.incrementAndGet();
    }

    /** Zuid-Holland's rules as a kader of another province, id and start. */
    String kader(String id, String provincie, String vanaf) {
        return zhYaml.replace("id: zuid-holland-2020", "id: " + id).replace("provincie: PV28", "provincie: " + provincie)
                .replace("geldigVanaf: \"2020-06-26\"", "geldigVanaf: \"" + vanaf + "\"");
    }

    String testgevallen(String id) {
        return zhTestgevallen.replace("beleidskader: zuid-holland-2020", "beleidskader: " + id);
    }

    static String verzoek(String yaml, String testgevallen, String reden) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("yaml", yaml);
        m.put("testgevallen", testgevallen);
        m.put("reden", reden);
        return Api.JSON.writeValueAsString(m);
    }

    long opslaan(String account, String provincie, String yaml, String testgevallen) {
        return api.als(account).post(pad(provincie), verzoek(yaml, testgevallen, "nieuwe drempels")).idUitLocation();
    }

    @Test
    void elke_opslag_is_een_nieuwe_conceptversie_van_het_kader_uit_de_tekst_met_wie_wanneer_en_waarom() {
        String beleid = accounts.beleidsmedewerker("PV24");
        String id = nieuwId();
        long een = opslaan(beleid, "PV24", kader(id, "PV24", "2050-01-01"), testgevallen(id));
        long twee = opslaan(beleid, "PV24", kader(id, "PV24", "2050-01-01").replace("naam: Aanvullend", "naam: Nieuw"),
                null);
        JsonNode v = api.als(beleid).get(pad("PV24") + "/" + twee).json();
        assertThat(v.path("kaderId").asString()).isEqualTo(id);
        assertThat(v.path("versie").asInt()).isEqualTo(2);
        assertThat(v.path("status").asString()).isEqualTo("CONCEPT");
        assertThat(v.path("naam").asString()).startsWith("Nieuw");
        assertThat(v.path("geldigVanaf").asString()).isEqualTo("2050-01-01");
        assertThat(v.path("opgeslagenDoor").asString()).isEqualTo(beleid);
        assertThat(v.path("reden").asString()).isEqualTo("nieuwe drempels");
        assertThat(api.als(beleid).get(pad("PV24") + "/" + een).json().path("versie").asInt()).isEqualTo(1);
        assertThat(Api.ids(api.als(beleid).get(pad("PV24")).json().path("versies"))).contains(een, twee);
        // audited with a typed event
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BELEIDSKADER_OPGESLAGEN' and object_id in (?, ?)")
                .params(Long.toString(een), Long.toString(twee)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void elke_fout_van_het_beleidskader_wordt_genoemd_met_haar_regel_en_er_wordt_niets_opgeslagen() {
        String beleid = accounts.beleidsmedewerker("PV24");
        String id = nieuwId();
        String fout = kader(id, "PV24", "2050-01-01").replace("  peildag: 1\n", "  peildag: 31\n")
                .replace("  indientermijnDagen: 4\n", "");
        JsonNode p = api.als(beleid).post(pad("PV24"), verzoek(fout, null, "")).probleem(400);
        assertThat(Api.namen(p)).containsOnly("yaml", "reden");
        assertThat(Api.fouten(p)).anySatisfy(f -> assertThat(f).startsWith("yaml: regel 16: kalender.peildag"))
                .anySatisfy(f -> assertThat(f).startsWith("yaml: regel 94: huurcontracten.indientermijnDagen"));
        assertThat(jdbc.sql("select count(*) from beleidskader_versie where kader_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void testgevallen_die_niet_te_lezen_zijn_worden_genoemd() {
        String beleid = accounts.beleidsmedewerker("PV24");
        String id = nieuwId();
        JsonNode p = api.als(beleid).post(pad("PV24"), verzoek(kader(id, "PV24", "2050-01-01"),
                testgevallen(id).replaceFirst("taakstelling: 418", "taakstelling: veel"), "x")).probleem(400);
        assertThat(Api.namen(p)).containsExactly("testgevallen");
        assertThat(Api.reden(p, "testgevallen")).contains("testgevallen[0]", "taakstelling");
    }

    @Test
    void een_kader_van_een_andere_provincie_of_met_het_id_van_een_meegeleverd_kader_wordt_geweigerd() {
        String beleid = accounts.beleidsmedewerker("PV24");
        assertThat(Api.reden(api.als(beleid).post(pad("PV24"), verzoek(kader(nieuwId(), "PV25", "2050-01-01"), null,
                "x")).probleem(400), "yaml")).contains("PV25");
        assertThat(Api.reden(api.als(BEHEERDER).post(pad("PV28"), verzoek(zhYaml, null, "x")).probleem(400), "yaml"))
                .contains("zuid-holland-2020", "eigen id");
    }

    @Test
    void het_uitvoeren_van_de_testgevallen_noemt_elk_verschil_per_peildatum_en_veld() {
        String beleid = accounts.beleidsmedewerker("PV24");
        String id = nieuwId();
        String fout = testgevallen(id).replaceFirst("minimaal: 209", "minimaal: 210");
        long versie = opslaan(beleid, "PV24", kader(id, "PV24", "2050-01-01"), fout);
        JsonNode u = api.als(beleid).post(pad("PV24") + "/" + versie + "/testuitvoeringen", "").json();
        assertThat(u.path("aantal").asInt()).isGreaterThan(1);
        assertThat(u.path("geslaagd").asInt()).isEqualTo(u.path("aantal").asInt() - 1);
        JsonNode mislukt = null;
        for (JsonNode t : u.path("testgevallen")) {
            if (!t.path("geslaagd").asBoolean()) {
                mislukt = t;
            }
        }
        assertThat(mislukt).isNotNull();
        JsonNode verschil = mislukt.path("verschillen").get(0);
        assertThat(verschil.path("veld").asString()).isEqualTo("minimaal");
        assertThat(verschil.path("verwacht").asString()).isEqualTo("210");
        assertThat(verschil.path("berekend").asString()).isEqualTo("209");
        assertThat(verschil.path("peildatum").asString()).isEqualTo("2020-10-01");
        // and the shipped cases, unchanged, all pass
        long goed = opslaan(beleid, "PV24", kader(id, "PV24", "2050-01-01"), testgevallen(id));
        JsonNode g = api.als(beleid).post(pad("PV24") + "/" + goed + "/testuitvoeringen", "").json();
        assertThat(g.path("geslaagd").asInt()).isEqualTo(g.path("aantal").asInt());
    }

    @Test
    void alleen_een_kader_waarvan_alle_testgevallen_slagen_wordt_gepubliceerd() {
        String beleid = accounts.beleidsmedewerker("PV25");
        String id = nieuwId();
        long zonder = opslaan(beleid, "PV25", kader(id, "PV25", "2050-01-01"), null);
        assertThat(api.als(beleid).post(pad("PV25") + "/" + zonder + "/publiceren", "").probleem(409)
                .path("detail").asString()).contains("geen testgevallen");
        long mislukt = opslaan(beleid, "PV25", kader(id, "PV25", "2050-01-01"),
                testgevallen(id).replaceFirst("minimaal: 209", "minimaal: 210"));
        assertThat(api.als(beleid).post(pad("PV25") + "/" + mislukt + "/publiceren", "").probleem(409)
                .path("detail").asString()).contains("1 testgeval", "slaagt niet");
        assertThat(register.vind(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from beleidskader_versie where kader_id = ? and status = 'GEPUBLICEERD'")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void een_concept_wordt_nooit_in_een_ronde_gebruikt_een_gepubliceerd_kader_wel_en_het_beeindigt_zijn_voorganger() {
        String beleid = accounts.beleidsmedewerker("PV23");
        String eerste = nieuwId();
        String tweede = nieuwId();
        long a = opslaan(beleid, "PV23", kader(eerste, "PV23", "2050-01-01"), testgevallen(eerste));
        String ronde = "/api/v1/provincies/PV23/beoordelingsrondes";
        // a concept: no kader holds in 2050, the round is refused naming peildatum
        assertThat(api.als(BEHEERDER).post(ronde, "{\"peildatum\": \"2050-07-01\"}").ongeldigeVelden())
                .containsExactly("peildatum");
        JsonNode gepubliceerd = api.als(beleid).post(pad("PV23") + "/" + a + "/publiceren", "").json();
        assertThat(gepubliceerd.path("status").asString()).isEqualTo("GEPUBLICEERD");
        assertThat(gepubliceerd.path("gepubliceerdDoor").asString()).isEqualTo(beleid);
        assertThat(register.voorProvincie("PV23", LocalDate.of(2050, 7, 1))).map(k -> k.id()).contains(eerste);
        assertThat(register.geldigTot(register.vind(eerste).orElseThrow())).isEmpty();

        long b = opslaan(beleid, "PV23", kader(tweede, "PV23", "2055-01-01"), testgevallen(tweede));
        assertThat(register.voorProvincie("PV23", LocalDate.of(2055, 1, 1))).map(k -> k.id()).contains(eerste);
        JsonNode tweedeGepubliceerd = api.als(BEHEERDER).post(pad("PV23") + "/" + b + "/publiceren", "").json();
        assertThat(tweedeGepubliceerd.path("status").asString()).isEqualTo("GEPUBLICEERD");
        // the predecessor ends the day before its successor starts (ADR 0022)
        assertThat(register.geldigTot(register.vind(eerste).orElseThrow())).contains(LocalDate.of(2054, 12, 31));
        assertThat(register.voorProvincie("PV23", LocalDate.of(2055, 1, 1))).map(k -> k.id()).contains(tweede);
        assertThat(jdbc.sql("select nieuwe_waarde::text from audit_log where actie = 'BELEIDSKADER_GEPUBLICEERD' "
                + "and object_id = ?").param(Long.toString(b)).query(String.class).single())
                .contains(eerste, "2054-12-31");
        // a round uses the published kader valid on its peildatum
        JsonNode r = api.als(BEHEERDER).post(ronde, "{\"peildatum\": \"2050-07-01\"}").json(201);
        assertThat(r.path("beleidskader").asString()).isEqualTo(eerste);
    }

    @Test
    void een_gepubliceerd_kader_verandert_niet_meer() {
        String beleid = accounts.beleidsmedewerker("PV26");
        String id = nieuwId();
        long v = opslaan(beleid, "PV26", kader(id, "PV26", "2050-01-01"), testgevallen(id));
        api.als(beleid).post(pad("PV26") + "/" + v + "/publiceren", "").json();
        assertThat(api.als(beleid).post(pad("PV26") + "/" + v + "/publiceren", "").probleem(409).path("detail")
                .asString()).contains("al gepubliceerd");
        assertThat(Api.reden(api.als(beleid).post(pad("PV26"), verzoek(kader(id, "PV26", "2050-01-01"),
                testgevallen(id), "nog een keer")).probleem(400), "yaml")).contains("al gepubliceerd", "opvolger");
    }

    @Test
    void een_kader_dat_de_geldigheid_van_een_ander_overlapt_wordt_niet_gepubliceerd() {
        String beleid = accounts.beleidsmedewerker("PV20");
        String id = nieuwId();
        // test-pv20 holds from 2040 up to and including 31 December 2045
        long v = opslaan(beleid, "PV20", kader(id, "PV20", "2044-01-01"), testgevallen(id));
        assertThat(api.als(beleid).post(pad("PV20") + "/" + v + "/publiceren", "").probleem(409).path("detail")
                .asString()).contains("test-pv20", id);
        assertThat(register.vind(id)).isEmpty();
    }

    @Test
    void twee_versies_worden_regel_voor_regel_en_per_gedateerde_waarde_vergeleken() {
        String beleid = accounts.beleidsmedewerker("PV24");
        String id = nieuwId();
        String oud = kader(id, "PV24", "2050-01-01");
        String nieuw = oud.replace("\"2020-10-01\": {waarde: 0.70", "\"2020-10-01\": {waarde: 0.80");
        assertThat(nieuw).isNotEqualTo(oud);
        long a = opslaan(beleid, "PV24", oud, null);
        long b = opslaan(beleid, "PV24", nieuw, null);
        JsonNode v = api.als(beleid).get(pad("PV24") + "/vergelijking?eerste=" + a + "&tweede=" + b).json();
        assertThat(Api.velden(v.path("regels"), "soort")).containsOnlyOnce("WEG").containsOnlyOnce("ERBIJ");
        JsonNode waarde = v.path("waarden").get(0);
        assertThat(v.path("waarden")).hasSize(1);
        assertThat(waarde.path("parameter").asString()).isEqualTo("tussentijdseToets.factor.waarde");
        assertThat(waarde.path("vanaf").asString()).isEqualTo("2020-10-01");
        assertThat(waarde.path("eerste").asString()).isEqualTo("0.7");
        assertThat(waarde.path("tweede").asString()).isEqualTo("0.8");
    }

    @Test
    void alleen_de_beleidsmedewerker_van_de_provincie_en_de_beheerder_beheren_haar_kaders() {
        String id = nieuwId();
        long v = opslaan(BEHEERDER, "PV24", kader(id, "PV24", "2050-01-01"), null);
        api.als(accounts.beleidsmedewerker("PV24")).get(pad("PV24") + "/" + v).json();
        api.als(accounts.beleidsmedewerker("PV25")).get(pad("PV24") + "/" + v).probleem(403);
        api.als(accounts.toezichthouder("PV24")).get(pad("PV24")).probleem(403);
        api.als(accounts.beleidsmedewerker("PV25")).post(pad("PV24"), verzoek(kader(nieuwId(), "PV24", "2050-01-01"),
                null, "x")).probleem(403);
        // a version of another province is not found under this one
        api.als(BEHEERDER).get(pad("PV25") + "/" + v).probleem(404);
        api.als(BEHEERDER).get(pad("PV99")).probleem(404);
    }

    String intrekking(String reden) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reden", reden);
        return Api.JSON.writeValueAsString(m);
    }

    @Test
    void een_gepubliceerd_kader_zonder_ronde_wordt_ingetrokken_en_zijn_voorganger_geldt_weer() {
        String beleid = accounts.beleidsmedewerker("PV22");
        String a = nieuwId();
        String b = nieuwId();
        String c = nieuwId();
        long va = opslaan(beleid, "PV22", kader(a, "PV22", "2050-01-01"), testgevallen(a));
        long vb = opslaan(beleid, "PV22", kader(b, "PV22", "2055-01-01"), testgevallen(b));
        long vc = opslaan(beleid, "PV22", kader(c, "PV22", "2060-01-01"), testgevallen(c));
        for (long v : new long[] {va, vb, vc}) {
            api.als(beleid).post(pad("PV22") + "/" + v + "/publiceren", "").json();
        }
        assertThat(register.geldigTot(register.vind(a).orElseThrow())).contains(LocalDate.of(2054, 12, 31));

        // a reason is required; a concept, another province's account and a supervisor are refused
        assertThat(api.als(beleid).post(pad("PV22") + "/" + vb + "/intrekken", intrekking(" ")).ongeldigeVelden())
                .containsExactly("reden");
        long concept = opslaan(beleid, "PV22", kader(nieuwId(), "PV22", "2070-01-01"), null);
        assertThat(api.als(beleid).post(pad("PV22") + "/" + concept + "/intrekken", intrekking("x")).probleem(409)
                .path("detail").asString()).contains("niet gepubliceerd");
        api.als(accounts.beleidsmedewerker("PV25")).post(pad("PV22") + "/" + vb + "/intrekken", intrekking("x"))
                .probleem(403);
        api.als(accounts.toezichthouder("PV22")).post(pad("PV22") + "/" + vb + "/intrekken", intrekking("x"))
                .probleem(403);
        api.als(BEHEERDER).post(pad("PV21") + "/" + vb + "/intrekken", intrekking("x")).probleem(404);

        // withdrawn by BEHEERDER: no longer in the register; the predecessor holds up to the day before the next one
        JsonNode ingetrokken = api.als(BEHEERDER).post(pad("PV22") + "/" + vb + "/intrekken",
                intrekking("Verkeerde begindatum")).json();
        assertThat(ingetrokken.path("status").asString()).isEqualTo("INGETROKKEN");
        assertThat(ingetrokken.path("ingetrokkenDoor").asString()).isEqualTo(BEHEERDER);
        assertThat(ingetrokken.path("intrekkingsreden").asString()).isEqualTo("Verkeerde begindatum");
        assertThat(register.vind(b)).isEmpty();
        assertThat(register.geldigTot(register.vind(a).orElseThrow())).contains(LocalDate.of(2059, 12, 31));
        assertThat(register.voorProvincie("PV22", LocalDate.of(2056, 7, 1))).map(k -> k.id()).contains(a);
        assertThat(jdbc.sql("select nieuwe_waarde::text from audit_log where actie = 'BELEIDSKADER_INGETROKKEN' "
                + "and object_id = ?").param(Long.toString(vb)).query(String.class).single())
                .contains(b, a, "2059-12-31", "Verkeerde begindatum");
        // twice: refused; publishing it again too (a new version of the text may be published)
        assertThat(api.als(BEHEERDER).post(pad("PV22") + "/" + vb + "/intrekken", intrekking("x")).probleem(409)
                .path("detail").asString()).contains("al ingetrokken");
        assertThat(api.als(BEHEERDER).post(pad("PV22") + "/" + vb + "/publiceren", "").probleem(409)
                .path("detail").asString()).contains("ingetrokken");

        // the last one withdrawn: its predecessor holds without end again
        api.als(beleid).post(pad("PV22") + "/" + vc + "/intrekken", intrekking("Toch niet")).json();
        assertThat(register.vind(c)).isEmpty();
        assertThat(register.geldigTot(register.vind(a).orElseThrow())).isEmpty();
        assertThat(jdbc.sql("select nieuwe_waarde::text from audit_log where actie = 'BELEIDSKADER_INGETROKKEN' "
                + "and object_id = ?").param(Long.toString(vc)).query(String.class).single())
                .contains(a, "geen einde");

        // a kader a round was judged with is not withdrawn: the reason names the round's peildatum
        api.als(BEHEERDER).post("/api/v1/provincies/PV22/beoordelingsrondes", "{\"peildatum\": \"2050-07-01\"}")
                .json(201);
        assertThat(api.als(beleid).post(pad("PV22") + "/" + va + "/intrekken", intrekking("x")).probleem(409)
                .path("detail").asString()).contains(a, "1 ronde is ermee beoordeeld", "1 juli 2050");
        assertThat(register.vind(a)).isPresent();
    }
}
