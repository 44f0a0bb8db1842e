package nl.woonregie.verdeling;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Exchanges of vergunninghouders between gemeenten: recorded as a correction of COA's final figure of both (the
 * judgment rests on the corrected COA figures), in both gemeenten's history, every invalid field named, who may.
 * The gemeenten and periods are {@link RondeFixture}'s own (70 housed at the end of each); the clock stands on the day
 * of the period's eindoordeel, so the period has ended.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UitruilTest {

    static final String PAD = "/api/v1/uitruilen";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    Uitruilen uitruilen;

    @Autowired
    TestKlok klok;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    /** A new period of the fixture, and today the day of its eindoordeel: the period has just ended. */
    RondeFixture.Toezicht afgelopen() {
        RondeFixture.Toezicht t = rondes.nieuw();
        klok.zet(t.eindoordeel());
        return t;
    }

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    static String verzoek(String periode, String van, String naar, Object aantal) {
        return verzoek(periode, van, naar, aantal, "2024-01-15");
    }

    /** An exchange agreed on the last day of the fixture's period (not after the clock's today). */
    static String verzoek(RondeFixture.Toezicht t, String van, String naar, Object aantal) {
        return verzoek(t.periode().code(), van, naar, aantal, t.periode().laatsteDag().toString());
    }

    static String verzoek(String periode, String van, String naar, Object aantal, String besluitdatum) {
        return "{\"periode\": \"" + periode + "\", \"vanGemeente\": \"" + van + "\", \"naarGemeente\": \"" + naar + "\", \"aantal\": "
                + aantal + ", \"kenmerk\": \"UR-2024-3\", \"besluitdatum\": \"" + besluitdatum + "\"}";
    }

    @Test
    void de_vergunninghouders_tellen_voor_de_ontvangende_gemeente_en_het_eindoordeel_rust_op_de_gecorrigeerde_cijfers() {
        RondeFixture.Toezicht t = afgelopen();
        String van = t.gemeente();
        String naar = t.gemeente();
        Api.Antwoord a = api.als(t.toezichthouder()).post(PAD, verzoek(t, van, naar, 5));
        long id = a.idUitLocation();
        JsonNode u = a.json(201);
        assertThat(u.path("vanVoor").asLong()).isEqualTo(70);
        assertThat(u.path("vanNa").asLong()).isEqualTo(65);
        assertThat(u.path("naarVoor").asLong()).isEqualTo(70);
        assertThat(u.path("naarNa").asLong()).isEqualTo(75);

        // COA's final figure of both, with the agreement as reason: in both gemeenten's history
        for (String[] g : new String[][] {{van, "65"}, {naar, "75"}}) {
            JsonNode definitief = api.als(t.toezichthouder()).get("/api/v1/gemeenten/" + g[0] + "/cijfers").json()
                    .path("definitief").get(0).path("versies").get(0);
            assertThat(definitief.path("gehuisvestCoaDefinitief").asString()).isEqualTo(g[1]);
            assertThat(definitief.path("reden").asString()).contains("Uitruil " + t.periode().code(), "UR-2024-3",
                    gebied.naam(van), gebied.naam(naar));
            assertThat(api.als(accounts.gemeente(g[0])).get("/api/v1/gemeenten/" + g[0] + "/uitruilen").json()
                    .path("uitruilen").get(0).path("id").asLong()).isEqualTo(id);
        }
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'UITRUIL_VASTGELEGD' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'COA_DEFINITIEF_INGEVOERD' "
                + "and object_id in (?, ?)").params(van + "/" + t.periode().code(), naar + "/" + t.periode().code())
                .query(Long.class).single()).isEqualTo(2);

        // the eindoordeel judges on the corrected figures
        JsonNode ronde = t.lees(t.ronde(t.eindoordeel()));
        assertThat(uitkomst(ronde, van).path("gehuisvestCoaDefinitief").asLong()).isEqualTo(65);
        assertThat(uitkomst(ronde, naar).path("gehuisvestCoaDefinitief").asLong()).isEqualTo(75);

        // a second exchange starts from the corrected figure; the read side for aanbod lists both
        api.als(BEHEERDER).post(PAD, verzoek(t, naar, van, 2)).status(201);
        assertThat(api.als(t.toezichthouder()).get("/api/v1/gemeenten/" + naar + "/uitruilen").json()
                .path("uitruilen").get(0).path("naarNa").asLong()).isEqualTo(67);
        assertThat(uitruilen.vastgelegd(t.periode())).extracting(Uitruil::aantal).containsExactly(5, 2);
    }

    static Stream<Arguments> ongeldig() {
        return Stream.of(
                Arguments.of("{}", new String[] {"periode", "vanGemeente", "naarGemeente", "aantal", "kenmerk", "besluitdatum"}),
                Arguments.of("{\"periode\": \"2022\", \"vanGemeente\": \"GM9999\", \"naarGemeente\": \"x\", \"aantal\": 0, \"kenmerk\": \""
                        + "k".repeat(201) + "\", \"besluitdatum\": \"morgen\", \"toelichting\": \"" + "t".repeat(1501)
                        + "\"}", new String[] {"periode", "vanGemeente", "naarGemeente", "aantal", "kenmerk",
                            "besluitdatum", "toelichting"}),
                Arguments.of(verzoek("2024-I", "GM0518", "GM0518", "1.5"), new String[] {"naarGemeente", "aantal"}),
                Arguments.of(verzoek("2099-I", "GM0518", "GM0599", 1), new String[] {"vanGemeente", "naarGemeente"}));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("ongeldig")
    void elk_ongeldig_veld_wordt_genoemd_en_er_wordt_niets_opgeslagen(String json, String[] velden) {
        long voor = jdbc.sql("select count(*) from uitruil").query(Long.class).single();
        assertThat(api.als(BEHEERDER).post(PAD, json).ongeldigeVelden()).containsExactlyInAnyOrder(velden);
        assertThat(jdbc.sql("select count(*) from uitruil").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void een_uitruil_die_de_realisatie_onder_nul_brengt_wordt_geweigerd() {
        RondeFixture.Toezicht t = afgelopen();
        String van = t.gemeente();
        String naar = t.gemeente();
        JsonNode p = api.als(BEHEERDER).post(PAD, verzoek(t, van, naar, 71)).probleem(400);
        assertThat(p.path("invalidParams")).hasSize(1);
        assertThat(p.path("invalidParams").get(0).path("name").asString()).isEqualTo("vanGemeente");
        assertThat(p.path("invalidParams").get(0).path("reason").asString()).contains("70", "minder dan nul");
        assertThat(jdbc.sql("select count(*) from coa_definitief where gemeente_code in (?, ?)").params(van, naar)
                .query(Long.class).single()).isZero();
    }

    @Test
    void alleen_de_toezichthouder_van_beide_provincies_en_de_beheerder_leggen_vast() {
        RondeFixture.Toezicht t = afgelopen();
        String van = t.gemeente();
        String naar = t.gemeente();
        String json = verzoek(t, van, naar, 1);
        api.als(accounts.toezichthouder("PV27")).post(PAD, json).probleem(403);
        api.als(accounts.gemeente(naar)).post(PAD, json).probleem(403);
        api.anoniem().post(PAD, json).status(401);
        api.als(t.toezichthouder()).post(PAD, verzoek(t, van, "GM0363", 1)).probleem(403);
        long id = api.als(t.toezichthouder()).post(PAD, json).idUitLocation();
        api.als(accounts.gemeente("GM0363")).get(PAD + "/" + id).probleem(403);
        api.als(accounts.gemeente(van)).get(PAD + "/" + id).status(200);
    }

    private static JsonNode uitkomst(JsonNode ronde, String gemeente) {
        for (JsonNode g : ronde.path("gemeenten")) {
            if (g.path("gemeente").asString().equals(gemeente)) {
                return g.path("uitkomst");
            }
        }
        throw new AssertionError(gemeente + " niet in de ronde");
    }
}
