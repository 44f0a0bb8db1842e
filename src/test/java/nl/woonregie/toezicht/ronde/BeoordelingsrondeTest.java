package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.toezicht.DossierRecord;
import nl.woonregie.toezicht.simulatie.SimulatieVerzoek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * What an assessment round guarantees beyond its outcomes: the input snapshot replays, the consistency check blocks
 * vaststellen unless a BEHEERDER overrides it with a reason, a final round is immutable (also in the database),
 * reopening, optimistic locking, validation, and scope — for the round, the history and the province overview.
 * The outcomes of real round sequences (the worked example of 's-Gravenhage, a decision of GS, missing figures)
 * are scenario tables in {@code src/test/resources/scenarios/rondes/}, played by
 * {@code nl.woonregie.toezicht.scenario.RondeScenarioTest}.
 *
 * <p>Every test makes its own period, municipalities, accounts and rounds ({@link RondeFixture}, {@link Accounts}),
 * so the tests pass alone and in any order. Own application context and database, shared with {@code BrievenTest},
 * whose tests do the same.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class BeoordelingsrondeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeEach
    void fixtures() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    @Test
    void de_vastgelegde_invoer_van_een_gemeente_speelt_na_via_de_wat_als_api() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        JsonNode uitkomst = gemeente(t.lees(id), g).get("uitkomst");
        assertThat(uitkomst.get("tredeNa").asString()).isEqualTo("1");

        String invoer = jdbc.sql("select invoer::text from ronde_gemeente where ronde_id = ? and gemeente_code = ?")
                .params(id, g).query(String.class).single();
        DossierRecord dossier = RondeOpslag.JSON.readValue(invoer, DossierRecord.class);
        JsonNode replay = api.anoniem().post("/api/v1/toezicht/simulaties", Api.JSON.writeValueAsString(
                SimulatieVerzoek.van(dossier.beleidskader(), dossier.dossier()))).json();
        assertThat(replay.get("beoordelingen")).anySatisfy(b -> assertThat(b).isEqualTo(uitkomst));
    }

    @Test
    void ontbrekende_cijfers_blokkeren_vaststellen_en_alleen_een_beheerder_overschrijft_met_reden_en_audit() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        JsonNode ronde = t.lees(id);
        List<String> zonderCijfers = new ArrayList<>();
        for (JsonNode x : ronde.get("gemeenten")) {
            if (x.get("uitkomst").isNull()) {
                assertThat(x.get("ontbrekend").size()).as(x.toString()).isPositive();
                zonderCijfers.add(x.get("gemeente").asString());
            }
        }
        assertThat(zonderCijfers).isNotEmpty().doesNotContain(g);
        assertThat(ronde.get("controle").get("fouten").asInt()).isEqualTo(zonderCijfers.size());
        String pad = "/api/v1/beoordelingsrondes/" + id + "/vaststellen";
        int versie = ronde.get("versie").asInt();

        // the supervisor cannot make it final: every municipality without figures is named
        JsonNode probleem = api.als(t.toezichthouder()).post(pad, "{\"versie\":" + versie + "}").probleem(409);
        assertThat(Api.velden(probleem.get("bevindingen"), "code")).containsOnly("ONTBREKENDE_CIJFERS");
        assertThat(Api.velden(probleem.get("bevindingen"), "gemeente"))
                .containsExactlyInAnyOrderElementsOf(zonderCijfers);
        // only a BEHEERDER may override, only with a reason, and it is audited
        String overschrijf = "{\"versie\":" + versie + ",\"overschrijfControle\":true,\"reden\":\"Levert later aan.\"}";
        api.als(t.toezichthouder()).post(pad, overschrijf).probleem(403);
        assertThat(api.als(Api.BEHEERDER).post(pad, "{\"versie\":" + versie + ",\"overschrijfControle\":true}")
                .ongeldigeVelden()).containsExactly("reden");
        assertThat(t.lees(id).get("status").asString()).isEqualTo("CONCEPT");
        JsonNode vast = api.als(Api.BEHEERDER).post(pad, overschrijf).json();
        assertThat(vast.get("status").asString()).isEqualTo("VASTGESTELD");
        assertThat(audit("RONDE_CONTROLE_OVERSCHREVEN", id)).isEqualTo(1);
    }

    @Test
    void vastgestelde_ronde_is_onveranderlijk_ook_in_de_database() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.vastgesteld(t.tussentijds());
        api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + id + "/gemeenten/" + g + "/beslissingen",
                "{\"soort\":\"VERSCHOONBARE_REDEN\",\"waarde\":\"x\",\"motivering\":\"y\",\"versie\":" + t.versie(id)
                        + "}").probleem(409);
        assertThatThrownBy(() -> jdbc.sql("update ronde_gemeente set trede_na = '6' where ronde_id = ?").param(id)
                .update()).hasMessageContaining("vastgesteld");
        assertThatThrownBy(() -> jdbc.sql("delete from ronde_gemeente where ronde_id = ?").param(id).update())
                .hasMessageContaining("vastgesteld");
        assertThat(gemeente(t.lees(id), g).get("tredeNa").asString()).isEqualTo("1");
    }

    @Test
    void alleen_een_beheerder_heropent_met_reden_en_het_staat_in_de_audittrail() {
        RondeFixture.Toezicht t = rondes.nieuw();
        t.gemeente();
        long id = t.vastgesteld(t.eindoordeel());
        String pad = "/api/v1/beoordelingsrondes/" + id + "/heropenen";
        String body = "{\"reden\":\"COA heeft de cijfers gecorrigeerd.\",\"versie\":" + t.versie(id) + "}";
        api.als(t.toezichthouder()).post(pad, body).probleem(403);
        assertThat(api.als(Api.BEHEERDER).post(pad, "{\"reden\":\" \",\"versie\":" + t.versie(id) + "}")
                .ongeldigeVelden()).containsExactly("reden");
        JsonNode heropend = api.als(Api.BEHEERDER).post(pad, body).json();
        assertThat(heropend.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(audit("RONDE_HEROPEND", id)).isEqualTo(1);
        assertThat(jdbc.sql("select reden from ronde_heropening where ronde_id = ?").param(id).query(String.class)
                .single()).isEqualTo("COA heeft de cijfers gecorrigeerd.");
        // made final again, the version given as If-Match
        JsonNode weer = api.als(Api.BEHEERDER).doe(MockMvcRequestBuilders.post("/api/v1/beoordelingsrondes/" + id
                + "/vaststellen").header("If-Match", "\"" + heropend.get("versie").asInt() + "\"")
                .contentType("application/json").content("{\"overschrijfControle\":true,\"reden\":\""
                        + RondeFixture.OVERSCHRIJFREDEN + "\"}")).json();
        assertThat(weer.get("status").asString()).isEqualTo("VASTGESTELD");
    }

    @Test
    void een_beslissing_verhoogt_de_versie_en_wie_een_oude_versie_had_krijgt_409() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        int versie = t.versie(id);
        Api.Antwoord a = api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + id + "/gemeenten/" + g
                + "/beslissingen", "{\"soort\":\"KOPPELINGEN_OORDEEL\",\"waarde\":\"false\",\"motivering\":\"Volgens "
                        + "de brief van COA waren de koppelingen onvoldoende.\",\"versie\":" + versie + "}");
        JsonNode na = a.json();
        assertThat(na.get("versie").asInt()).isEqualTo(versie + 1);
        assertThat(a.header("ETag")).isEqualTo("\"" + (versie + 1) + "\"");
        assertThat(gemeente(na, g).get("beslissingen").get(0).get("soort").asString())
                .isEqualTo("KOPPELINGEN_OORDEEL");
        // someone else changed the round meanwhile: the old version is refused
        String pad = "/api/v1/beoordelingsrondes/" + id + "/vaststellen";
        assertThat(api.als(t.toezichthouder()).post(pad, "{\"versie\":" + versie + "}").probleem(409)
                .get("title").asString()).isEqualTo("Gelijktijdige wijziging");
        assertThat(api.als(t.toezichthouder()).doe(MockMvcRequestBuilders.post(pad).header("If-Match",
                "\"" + versie + "\"")).probleem(409).get("title").asString()).isEqualTo("Gelijktijdige wijziging");
        // without a version the request is incomplete
        assertThat(api.als(t.toezichthouder()).doe(MockMvcRequestBuilders.post(pad)).ongeldigeVelden())
                .containsExactly("versie");
        assertThat(t.versie(id)).isEqualTo(versie + 1);
    }

    @Test
    void een_beslissing_vraagt_een_motivering_en_een_besluit_vraagt_een_voorstel() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        String pad = "/api/v1/beoordelingsrondes/" + id + "/gemeenten/" + g + "/beslissingen";
        assertThat(api.als(t.toezichthouder()).post(pad, "{\"soort\":\"BESLUIT\",\"waarde\":\"4\",\"motivering\":"
                + "\" \",\"versie\":" + t.versie(id) + "}").ongeldigeVelden()).contains("motivering", "soort");
        assertThat(api.als(t.toezichthouder()).post(pad, "{\"soort\":\"KOPPELINGEN_OORDEEL\",\"waarde\":\"misschien\","
                + "\"motivering\":\"m\",\"versie\":" + t.versie(id) + "}").ongeldigeVelden()).containsExactly("waarde");
        assertThat(t.versie(id)).isZero();
    }

    @Test
    void scope_andere_provincie_en_coa_niet_en_een_gemeente_ziet_alleen_zichzelf() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        String ander = accounts.toezichthouder("PV27");
        api.als(ander).get("/api/v1/beoordelingsrondes/" + id).probleem(403);
        api.als(ander).post("/api/v1/provincies/PV28/beoordelingsrondes", "{\"peildatum\":\"" + t.eindoordeel() + "\"}")
                .probleem(403);
        api.als(accounts.coa()).get("/api/v1/beoordelingsrondes/" + id).probleem(403);
        String gemeente = accounts.gemeente(g);
        api.als(gemeente).get("/api/v1/beoordelingsrondes/" + id).probleem(404);      // a draft: not yet
        t.vaststellen(id);
        JsonNode eigen = api.als(gemeente).get("/api/v1/beoordelingsrondes/" + id).json();
        assertThat(Api.velden(eigen.get("gemeenten"), "gemeente")).containsExactly(g);
        api.als(t.toezichthouder()).get("/api/v1/beoordelingsrondes/" + Long.MAX_VALUE).probleem(404);
    }

    @Test
    void ongeldige_peildatum_dubbele_ronde_en_onbekend_veld_worden_geweigerd() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String pad = "/api/v1/provincies/PV28/beoordelingsrondes";
        assertThat(api.als(t.toezichthouder()).post(pad, "{\"peildatum\":\"" + t.tussentijds().plusMonths(1) + "\"}")
                .ongeldigeVelden()).containsExactly("peildatum");
        t.ronde(t.tussentijds());
        assertThat(api.als(t.toezichthouder()).post(pad, "{\"peildatum\":\"" + t.tussentijds() + "\"}").probleem(409)
                .get("title").asString()).isEqualTo("Ronde bestaat al");
        api.als(t.toezichthouder()).post(pad, "{\"peildatum\":\"" + t.eindoordeel() + "\",\"extra\":1}").probleem(400);
        assertThat(jdbc.sql("select count(*) from beoordelingsronde where provincie_code = 'PV28' and peildatum = ?")
                .param(t.eindoordeel()).query(Long.class).single()).isZero();
    }

    @Test
    void een_peildatum_waarop_geen_kader_van_de_provincie_geldt_wordt_met_een_duidelijke_melding_geweigerd() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String pad = "/api/v1/provincies/PV28/beoordelingsrondes";
        // zuid-holland-2020 holds from 26 June 2020: 1 April 2020 has no kader
        JsonNode zonder = api.als(t.toezichthouder()).post(pad, "{\"peildatum\":\"2020-04-01\"}").probleem(400);
        assertThat(zonder.get("invalidParams").get(0).get("name").asString()).isEqualTo("peildatum");
        assertThat(zonder.get("invalidParams").get(0).get("reason").asString()).isEqualTo("voor provincie PV28 geldt "
                + "op 1 april 2020 geen beleidskader (zuid-holland-2020 geldt vanaf 26 juni 2020)");
        // a kader named in the request must hold on the peildatum too
        JsonNode genoemd = api.als(t.toezichthouder()).post(pad,
                "{\"peildatum\":\"2020-04-01\",\"beleidskader\":\"zuid-holland-2020\"}").probleem(400);
        assertThat(genoemd.get("invalidParams").get(0).get("name").asString()).isEqualTo("beleidskader");
        assertThat(genoemd.get("invalidParams").get(0).get("reason").asString())
                .isEqualTo("'zuid-holland-2020' geldt vanaf 26 juni 2020, niet op 1 april 2020");
        assertThat(jdbc.sql("select count(*) from beoordelingsronde where provincie_code = 'PV28' and peildatum = ?")
                .param(java.time.LocalDate.parse("2020-04-01")).query(Long.class).single()).isZero();
    }

    @Test
    void historie_alleen_voor_de_eigen_gemeente_en_de_eigen_provincie() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        String buur = t.gemeente();
        t.vastgesteld(t.tussentijds());
        String pad = "/api/v1/gemeenten/" + g + "/toezicht";
        String gemeente = accounts.gemeente(g);
        JsonNode h = api.als(gemeente).get(pad).json();
        assertThat(h.get("naam").asString()).isEqualTo(gebied.naam(g));
        assertThat(api.als(t.toezichthouder()).get(pad).json().get("gemeente").asString()).isEqualTo(g);
        api.als(gemeente).get("/api/v1/gemeenten/" + buur + "/toezicht").probleem(403);
        api.als(accounts.coa()).get(pad).probleem(403);
        api.als(accounts.toezichthouder("PV27")).get(pad).probleem(403);
    }

    @Test
    void provincieoverzicht_per_regio_alleen_voor_de_eigen_provincie_en_op_een_peildatum_met_ronde() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        String pad = "/api/v1/provincies/PV28/overzicht?peildatum=";
        JsonNode o = api.als(t.toezichthouder()).get(pad + t.tussentijds()).json();
        assertThat(o.get("ronde").asLong()).isEqualTo(id);
        // only this test's municipality has figures in its period: the totals are its own
        assertThat(o.get("totalen").get("aantalZonderCijfers").asInt())
                .isEqualTo(o.get("totalen").get("aantalGemeenten").asInt() - 1);
        assertThat(o.get("totalen").get("opgave").asLong())
                .isEqualTo(gemeente(t.lees(id), g).get("uitkomst").get("opgave").asLong());
        JsonNode regio = api.als(t.toezichthouder()).get(pad + t.tussentijds() + "&regio=VR15").json();
        assertThat(regio.get("regio").get("naam").asString()).isEqualTo("Haaglanden");
        assertThat(regio.get("gemeenten").size()).isEqualTo(9);
        api.als(accounts.toezichthouder("PV27")).get(pad + t.tussentijds()).probleem(403);
        assertThat(api.als(t.toezichthouder()).get(pad + t.tussentijds().plusDays(1)).ongeldigeVelden())
                .containsExactly("peildatum");
        api.als(t.toezichthouder()).get(pad + t.eindoordeel()).probleem(404);
    }

    // ---------------------------------------------------------------------------------------------------------

    static JsonNode gemeente(JsonNode ronde, String code) {
        for (JsonNode g : ronde.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError(code + " niet in de ronde");
    }

    long audit(String actie, long ronde) {
        return jdbc.sql("select count(*) from audit_log where actie = ? and object_id = ?")
                .params(actie, Long.toString(ronde)).query(Long.class).single();
    }
}
