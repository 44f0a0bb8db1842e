package nl.woonregie.verdeling;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
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
 * Agreements that move taakstelling between gemeenten (art. 29 lid 2): the sum stays the same or nothing is stored
 * (naming both sums), the judgment of a round uses the changed taakstelling, the letter mentions the agreement, every
 * invalid field is named, and who may record and read it. The gemeenten and periods are {@link RondeFixture}'s own.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HerverdelingTest {

    static final String PAD = "/api/v1/taakstellingen/herverdelingen";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    static String verzoek(String periode, String a, long ta, String b, long tb) {
        return "{\"periode\": \"" + periode + "\", \"kenmerk\": \"HV-2024-7\", \"besluitdatum\": \"2024-01-15\", "
                + "\"toelichting\": \"afspraak in de regio\", \"gemeenten\": [{\"gemeente\": \"" + a
                + "\", \"taakstelling\": " + ta + "}, {\"gemeente\": \"" + b + "\", \"taakstelling\": " + tb + "}]}";
    }

    static Stream<Arguments> sommen() {
        return Stream.of(
                Arguments.of(120, 81, "(201)", "(200)"),
                Arguments.of(120, 79, "(199)", "(200)"),
                Arguments.of(0, 0, "(0)", "(200)"),
                Arguments.of(1200, 800, "(2.000)", "(200)"));
    }

    @ParameterizedTest(name = "{0} + {1}: {2} tegen {3}")
    @MethodSource("sommen")
    void een_herverdeling_die_de_som_verandert_wordt_geweigerd_met_beide_sommen(long ta, long tb, String na,
            String voor) {
        RondeFixture.Toezicht t = rondes.nieuw();
        String a = t.gemeente();
        String b = t.gemeente();
        JsonNode p = api.als(t.toezichthouder()).post(PAD, verzoek(t.periode().code(), a, ta, b, tb)).probleem(400);
        JsonNode veld = p.path("invalidParams").get(0);
        assertThat(p.path("invalidParams")).hasSize(1);
        assertThat(veld.path("name").asString()).isEqualTo("gemeenten");
        assertThat(veld.path("reason").asString()).contains("som van de nieuwe taakstellingen " + na,
                "som van de huidige " + voor, "artikel 29");
        // nothing stored: the taakstellingen are as they were, no agreement
        assertThat(jdbc.sql("select count(*) from taakstelling where gemeente_code in (?, ?) and periode = ?")
                .params(a, b, t.periode().code()).query(Long.class).single()).isEqualTo(2);
        assertThat(api.als(t.toezichthouder()).get("/api/v1/gemeenten/" + a + "/herverdelingen").json()
                .path("herverdelingen")).isEmpty();
    }

    @Test
    void de_beoordeling_en_de_brief_gaan_uit_van_de_herverdeelde_taakstelling_en_noemen_de_afspraak() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String a = t.gemeente();
        String b = t.gemeente();
        String c = t.gemeente();
        Api.Antwoord antwoord = api.als(t.toezichthouder()).post(PAD, verzoek(t.periode().code(), a, 130, b, 70));
        long id = antwoord.idUitLocation();
        JsonNode h = antwoord.json(201);
        assertThat(h.path("som").asLong()).isEqualTo(200);
        assertThat(h.path("importId").isNull()).isFalse();
        JsonNode deelA = h.path("gemeenten").findValues("code").get(0).asString().equals(a)
                ? h.path("gemeenten").get(0) : h.path("gemeenten").get(1);
        assertThat(deelA.path("taakstellingVoor").asLong()).isEqualTo(100);
        assertThat(deelA.path("taakstellingNa").asLong()).isEqualTo(130);
        assertThat(deelA.path("verschil").asLong()).isEqualTo(30);

        // the taakstelling is a new version whose reason names the agreement; the old one stays in the history
        JsonNode versies = api.als(t.toezichthouder()).get("/api/v1/gemeenten/" + a + "/cijfers").json()
                .path("taakstellingen").get(0).path("versies");
        assertThat(versies.get(0).path("taakstelling").asLong()).isEqualTo(130);
        assertThat(versies.get(0).path("reden").asString()).contains("Herverdeling " + t.periode().code(),
                "HV-2024-7", "herverdeling " + id);
        assertThat(versies.get(1).path("taakstelling").asLong()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'HERVERDELING_VASTGELEGD' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);

        // the round judges on 130 and 70; the letters say why; a gemeente outside the agreement is not mentioned
        long ronde = t.ronde(t.tussentijds());
        JsonNode r = t.lees(ronde);
        assertThat(uitkomst(r, a).path("taakstelling").asLong()).isEqualTo(130);
        assertThat(uitkomst(r, b).path("taakstelling").asLong()).isEqualTo(70);
        assertThat(uitkomst(r, c).path("taakstelling").asLong()).isEqualTo(100);
        String brief = brief(t, ronde, a);
        assertThat(brief).contains("artikel 29, tweede lid", "HV-2024-7", gebied.naam(b),
                "is daardoor 130 in plaats van 100");
        assertThat(brief(t, ronde, b)).contains("HV-2024-7", gebied.naam(a), "is daardoor 70 in plaats van 100");
        assertThat(brief(t, ronde, c)).doesNotContain("HV-2024-7", "artikel 29, tweede lid");

        // the letter of the vastgestelde round (frozen as PDF/A) mentions it too
        t.vaststellen(ronde);
        assertThat(api.als(t.toezichthouder()).get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + a
                + "/brief.html").status(200).tekst()).contains("HV-2024-7", "130 in plaats van 100");

        // read by the gemeenten of the agreement, not by another
        String gemeenteA = accounts.gemeente(a);
        assertThat(api.als(gemeenteA).get(PAD + "/" + id).json().path("kenmerk").asString()).isEqualTo("HV-2024-7");
        assertThat(api.als(gemeenteA).get("/api/v1/gemeenten/" + a + "/herverdelingen").json().path("herverdelingen"))
                .hasSize(1);
        api.als(accounts.gemeente(c)).get(PAD + "/" + id).probleem(403);
        assertThat(api.als(t.toezichthouder()).get(PAD).json().path("herverdelingen").findValues("id").stream()
                .map(JsonNode::asLong)).contains(id);
    }

    @Test
    void een_herverdeling_van_een_ronde_die_al_berekend_is_staat_niet_in_haar_brief() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String a = t.gemeente();
        String b = t.gemeente();
        long ronde = t.ronde(t.tussentijds());
        api.als(t.toezichthouder()).post(PAD, verzoek(t.periode().code(), a, 90, b, 110)).status(201);
        // the round read its figures before the agreement: its judgment and its letter are as they were
        assertThat(uitkomst(t.lees(ronde), a).path("taakstelling").asLong()).isEqualTo(100);
        assertThat(brief(t, ronde, a)).doesNotContain("HV-2024-7");
    }

    static Stream<Arguments> ongeldig() {
        return Stream.of(
                Arguments.of("{\"kenmerk\": \"k\", \"besluitdatum\": \"2024-01-15\", \"gemeenten\": []}",
                        new String[] {"periode", "gemeenten"}),
                Arguments.of("{\"periode\": \"2024-III\", \"besluitdatum\": \"15-01-2024\", \"kenmerk\": \"" + "k".repeat(201)
                        + "\", \"toelichting\": \"" + "t".repeat(1501) + "\", \"gemeenten\": [{\"gemeente\": \"GM0518\", "
                        + "\"taakstelling\": 1}]}", new String[] {"periode", "kenmerk", "besluitdatum", "toelichting",
                            "gemeenten"}),
                Arguments.of("{\"periode\": \"2024-I\", \"kenmerk\": \"k\", \"besluitdatum\": \"2999-01-01\", "
                        + "\"gemeenten\": [{\"gemeente\": \"GM9999\", \"taakstelling\": -1}, {\"gemeente\": \"\", "
                        + "\"taakstelling\": 1.5}, {\"gemeente\": \"GM0518\", \"taakstelling\": \"tien\"}]}",
                        new String[] {"besluitdatum", "gemeenten[0].gemeente", "gemeenten[0].taakstelling",
                            "gemeenten[1].gemeente", "gemeenten[1].taakstelling", "gemeenten[2].taakstelling"}),
                Arguments.of("{\"periode\": \"2024-I\", \"kenmerk\": \"k\", \"besluitdatum\": \"2024-01-01\", "
                        + "\"gemeenten\": [{\"gemeente\": \"GM0518\", \"taakstelling\": 5}, {\"gemeente\": \"gm0518\", "
                        + "\"taakstelling\": 5}, {\"gemeente\": \"GM0501\", \"taakstelling\": 5}]}",
                        new String[] {"gemeenten[1].gemeente", "gemeenten[2].gemeente"}));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("ongeldig")
    void elk_ongeldig_veld_wordt_genoemd_en_er_wordt_niets_opgeslagen(String json, String[] velden) {
        long voor = jdbc.sql("select count(*) from herverdeling").query(Long.class).single();
        assertThat(api.als(BEHEERDER).post(PAD, json).ongeldigeVelden()).containsExactlyInAnyOrder(velden);
        assertThat(jdbc.sql("select count(*) from herverdeling").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void een_gemeente_zonder_taakstelling_in_het_halfjaar_wordt_genoemd() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String a = t.gemeente();
        String b = t.gemeente();
        String later = t.periode().volgende().code();
        assertThat(api.als(BEHEERDER).post(PAD, verzoek(later, a, 100, b, 100)).ongeldigeVelden())
                .containsExactlyInAnyOrder("gemeenten[0].gemeente", "gemeenten[1].gemeente");
    }

    @Test
    void alleen_de_toezichthouder_van_de_provincie_en_de_beheerder_leggen_vast() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String a = t.gemeente();
        String b = t.gemeente();
        String json = verzoek(t.periode().code(), a, 101, b, 99);
        api.als(accounts.toezichthouder("PV27")).post(PAD, json).probleem(403);
        api.als(accounts.gemeente(a)).post(PAD, json).probleem(403);
        api.anoniem().post(PAD, json).status(401);
        // across provinces: a supervisor of one of them may not (Amsterdam is in Noord-Holland)
        api.als(t.toezichthouder()).post(PAD, verzoek(t.periode().code(), a, 101, "GM0363", 99)).probleem(403);
        api.als(BEHEERDER).post(PAD, json).status(201);
    }

    @Test
    void het_besluit_van_een_herverdeling_is_een_document_dat_haar_gemeenten_lezen_en_de_toezichthouder_toevoegt() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String a = t.gemeente();
        String b = t.gemeente();
        String ander = t.gemeente();
        long id = api.als(t.toezichthouder()).post(PAD, verzoek(t.periode().code(), a, 101, b, 99)).json(201)
                .path("id").asLong();
        String gemeenteA = accounts.gemeente(a);
        upload(gemeenteA, "herverdeling", id).probleem(403);
        upload(t.toezichthouder(), "herverdeling", 999_999_999L).probleem(404);
        long document = upload(t.toezichthouder(), "herverdeling", id).json(201).path("id").asLong();
        String lijst = "/api/v1/documenten?objectsoort=herverdeling&objectId=" + id;
        assertThat(Api.ids(api.als(gemeenteA).get(lijst).json().path("documenten"))).containsExactly(document);
        api.als(accounts.gemeente(ander)).get(lijst).probleem(403);
        // the documents' page: headed by the agreement, back to the province's list or the gemeente's own
        assertThat(api.als(gemeenteA).get("/documenten?objectsoort=herverdeling&objectId=" + id).tekst())
                .contains("de herverdeling van 15 januari 2024 (besluit HV-2024-7)",
                        "/gemeenten/" + a + "/afspraken#herverdeling-" + id);
        assertThat(api.als(t.toezichthouder()).get("/documenten?objectsoort=herverdeling&objectId=" + id).tekst())
                .contains("/verdeling/afspraken#herverdeling-" + id);
    }

    private Api.Antwoord upload(String wie, String soort, long object) {
        return api.als(wie).doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/documenten").file(new org.springframework.mock.web.MockMultipartFile("bestand",
                        "besluit.pdf", "application/pdf", nl.woonregie.document.Testbestanden.pdf("besluit")))
                .param("objectsoort", soort).param("objectId", Long.toString(object)));
    }

    private static JsonNode uitkomst(JsonNode ronde, String gemeente) {
        for (JsonNode g : ronde.path("gemeenten")) {
            if (g.path("gemeente").asString().equals(gemeente)) {
                return g.path("uitkomst");
            }
        }
        throw new AssertionError(gemeente + " niet in de ronde");
    }

    /** The letter's text as a reader sees it (HTML entities such as {@code &#39;} in "'s-Gravenhage" resolved). */
    private String brief(RondeFixture.Toezicht t, long ronde, String gemeente) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(api.als(t.toezichthouder()).get(
                "/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + gemeente + "/brief.html").status(200).tekst());
    }
}
