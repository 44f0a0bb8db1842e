package nl.woonregie.verdeling;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/taakstellingen/verdelingen} on the shipped CBS population: the known 2024-I figure, the formula for
 * every gemeente, the herindelingen of 2023 (art. 30: the sum of the parts, or the figure the province fixed), every
 * invalid field named, and who may compute. Nothing is stored.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerdelingApiTest {

    static final String PAD = "/api/v1/taakstellingen/verdelingen";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String thZh;
    String thNh;
    String rijk;
    String gemeente;
    String coa;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        thZh = accounts.toezichthouder("PV28");
        thNh = accounts.toezichthouder("PV27");
        rijk = accounts.maak("RIJK", null);
        gemeente = accounts.gemeente("GM0518");
        coa = accounts.coa();
    }

    @AfterEach
    void ruimOp() {
        jdbc.sql("delete from herindelingsbevolking").update();
    }

    @Test
    void de_verdeling_van_2024_I_met_18750_naar_boven_afgerond_telt_op_tot_18928() {
        JsonNode v = api.als(thZh).post(PAD, """
                {"periode": "2024-I", "landelijk": 18750, "afronding": "OMHOOG"}""").json(200);
        assertThat(v.path("periode").asString()).isEqualTo("2024-I");
        assertThat(v.path("peildatumBevolking").asString()).isEqualTo("2023-01-01");
        assertThat(v.path("landelijk").asLong()).isEqualTo(18_750L);
        assertThat(v.path("afronding").asString()).isEqualTo("OMHOOG");
        assertThat(v.path("som").asLong()).isEqualTo(18_928L);
        assertThat(v.path("inwonersNederland").asLong()).isEqualTo(17_811_291L);
        JsonNode gemeenten = v.path("gemeenten");
        assertThat(gemeenten).hasSize(342);
        List<String> codes = new ArrayList<>();
        gemeenten.forEach(g -> codes.add(g.path("code").asString()));
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        JsonNode denHaag = gemeente(v, "GM0518");
        assertThat(denHaag.path("naam").asString()).isEqualTo("'s-Gravenhage");
        assertThat(denHaag.path("provincie").path("code").asString()).isEqualTo("PV28");
        assertThat(denHaag.path("provincie").path("naam").asString()).isEqualTo("Zuid-Holland");
        assertThat(denHaag.path("inwoners").asLong()).isEqualTo(562_839L);
        assertThat(denHaag.path("taakstelling").asLong()).isEqualTo(593L);
        assertThat(denHaag.path("inwonersBron").asString()).isEqualTo("CBS");
        assertThat(denHaag.has("kenmerk")).isFalse();
        formuleEnSom(v);
    }

    @Test
    void zonder_afronding_is_het_naar_boven_en_gewoon_afronden_geeft_18749() {
        JsonNode standaard = api.als(rijk).post(PAD, "{\"periode\": \"2024-I\", \"landelijk\": 18750}").json(200);
        assertThat(standaard.path("afronding").asString()).isEqualTo("OMHOOG");
        assertThat(standaard.path("som").asLong()).isEqualTo(18_928L);
        JsonNode half = api.als(BEHEERDER).post(PAD, """
                {"periode": "2024-I", "landelijk": 18750, "afronding": "HALF_OMHOOG"}""").json(200);
        assertThat(half.path("afronding").asString()).isEqualTo("HALF_OMHOOG");
        assertThat(half.path("som").asLong()).isEqualTo(18_749L);
        assertThat(gemeente(half, "GM0088").path("taakstelling").asLong()).isEqualTo(1L);
        assertThat(gemeente(standaard, "GM0088").path("taakstelling").asLong()).isEqualTo(2L);
    }

    @Test
    void in_2023_rekenen_voorne_aan_zee_en_amsterdam_met_de_som_van_hun_delen() {
        JsonNode v = api.als(thZh).post(PAD, "{\"periode\": \"2023-II\", \"landelijk\": 10000}").json(200);
        assertThat(v.path("peildatumBevolking").asString()).isEqualTo("2022-01-01");
        assertThat(v.path("inwonersNederland").asLong()).isEqualTo(17_590_672L);
        assertThat(v.path("gemeenten")).hasSize(342);
        Map<String, Long> cbs2022 = cbs("2022-01-01");
        JsonNode voorne = gemeente(v, "GM1992");
        assertThat(voorne.path("inwonersBron").asString()).isEqualTo("SOM_VAN_DELEN");
        assertThat(voorne.path("inwoners").asLong())
                .isEqualTo(cbs2022.get("GM0501") + cbs2022.get("GM0530") + cbs2022.get("GM0614"));
        JsonNode amsterdam = gemeente(v, "GM0363");
        assertThat(amsterdam.path("inwonersBron").asString()).isEqualTo("SOM_VAN_DELEN");
        assertThat(amsterdam.path("inwoners").asLong()).isEqualTo(cbs2022.get("GM0363") + cbs2022.get("GM0457"));
        assertThat(gemeente(v, "GM0457")).isNull();
        assertThat(gemeente(v, "GM0501")).isNull();
        // nobody lost: the parts are all counted, so the bounds of art. 29 hold
        formuleEnSom(v);
    }

    @Test
    void een_inwonertal_van_gedeputeerde_staten_gaat_voor_de_som_van_de_delen() {
        String herindelingen = "/api/v1/provincies/PV28/herindelingsbevolking";
        JsonNode overzicht = api.als(thZh).get(herindelingen + "?periode=2023-I").json(200);
        assertThat(overzicht.path("peildatumBevolking").asString()).isEqualTo("2022-01-01");
        assertThat(overzicht.path("indelingsdatum").asString()).isEqualTo("2023-01-01");
        assertThat(overzicht.path("gemeenten")).hasSize(1);
        JsonNode voorne = overzicht.path("gemeenten").path(0);
        assertThat(voorne.path("code").asString()).isEqualTo("GM1992");
        assertThat(voorne.path("delen")).hasSize(3);
        assertThat(voorne.path("delen").path(0).path("code").asString()).isEqualTo("GM0501");
        assertThat(voorne.path("delen").path(0).path("opgeheven").asString()).isEqualTo("2023-01-01");
        assertThat(voorne.path("bron").asString()).isEqualTo("SOM_VAN_DELEN");
        long som = voorne.path("somVanDelen").asLong();
        assertThat(voorne.path("gebruikt").asLong()).isEqualTo(som);

        JsonNode vastgelegd = api.als(thZh).post(herindelingen, """
                {"periode": "2023-I", "gemeente": "GM1992", "inwoners": 71234, "kenmerk": "PZH-2022-1",
                 "besluitdatum": "2022-09-20"}""").json(200);
        assertThat(vastgelegd.path("gebruikt").asLong()).isEqualTo(71_234L);
        assertThat(vastgelegd.path("bron").asString()).isEqualTo("PROVINCIE");
        assertThat(vastgelegd.path("vastgesteld").path("kenmerk").asString()).isEqualTo("PZH-2022-1");
        assertThat(vastgelegd.path("somVanDelen").asLong()).isEqualTo(som);

        // both half-years of 2023 use it; 2024 does not (its population is of 2023, after the herindeling)
        for (String periode : List.of("2023-I", "2023-II")) {
            JsonNode v = api.als(rijk).post(PAD, "{\"periode\": \"" + periode + "\", \"landelijk\": 10000}").json(200);
            JsonNode g = gemeente(v, "GM1992");
            assertThat(g.path("inwoners").asLong()).isEqualTo(71_234L);
            assertThat(g.path("inwonersBron").asString()).isEqualTo("PROVINCIE");
            assertThat(g.path("kenmerk").asString()).isEqualTo("PZH-2022-1");
            assertThat(g.path("taakstelling").asLong()).isEqualTo(ceil(10_000, 71_234, 17_590_672));
        }
        assertThat(gemeente(api.als(rijk).post(PAD, "{\"periode\": \"2024-I\", \"landelijk\": 10000}").json(200),
                "GM1992").path("inwonersBron").asString()).isEqualTo("CBS");

        // a new figure replaces it; the audit trail has both
        api.als(BEHEERDER).post(herindelingen, """
                {"periode": "2023-II", "gemeente": "GM1992", "inwoners": 71300, "kenmerk": "PZH-2022-2"}""").json(200);
        assertThat(gemeente(api.als(thZh).post(PAD, "{\"periode\": \"2023-I\", \"landelijk\": 10000}").json(200),
                "GM1992").path("inwoners").asLong()).isEqualTo(71_300L);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'HERINDELINGSBEVOLKING_VASTGESTELD' "
                + "and object_id = 'GM1992/2022-01-01'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void een_inwonertal_vastleggen_noemt_elk_ongeldig_veld_en_kijkt_naar_de_provincie() {
        String herindelingen = "/api/v1/provincies/PV28/herindelingsbevolking";
        JsonNode p = api.als(thZh).post(herindelingen, """
                {"periode": "2023-I", "gemeente": "GM0518", "inwoners": 12.5, "kenmerk": "", "besluitdatum": "morgen"}""")
                .probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("gemeente", "inwoners", "kenmerk", "besluitdatum");
        assertThat(Api.reden(p, "gemeente")).contains("niet door een herindeling");
        assertThat(Api.namen(api.als(thZh).post(herindelingen, "{\"periode\": \"2023-I\", \"gemeente\": \"GM0363\", "
                + "\"inwoners\": 1, \"kenmerk\": \"x\"}").probleem(400))).containsExactly("gemeente");
        assertThat(Api.namen(api.als(thZh).post(herindelingen, "{\"periode\": \"2022-I\", \"gemeente\": \"GM1992\", "
                + "\"inwoners\": 1, \"kenmerk\": \"x\"}").probleem(400))).containsExactly("periode");
        // another province's supervisor, the State (reads only), a municipality
        api.als(thNh).post(herindelingen, "{\"periode\": \"2023-I\", \"gemeente\": \"GM1992\", \"inwoners\": 1, "
                + "\"kenmerk\": \"x\"}").status(403);
        api.als(rijk).post(herindelingen, "{}").status(403);
        api.als(rijk).get(herindelingen + "?periode=2023-I").status(200);
        api.als(thNh).get(herindelingen + "?periode=2023-I").status(403);
        api.als(gemeente).get(herindelingen + "?periode=2023-I").status(403);
        api.als(thNh).get("/api/v1/provincies/PV27/herindelingsbevolking?periode=2023-I").status(200);
        api.als(BEHEERDER).get("/api/v1/provincies/PV99/herindelingsbevolking?periode=2023-I").status(404);
        assertThat(jdbc.sql("select count(*) from herindelingsbevolking").query(Long.class).single()).isZero();
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd() {
        JsonNode p = api.als(thZh).post(PAD, """
                {"periode": "2024-3", "landelijk": -5, "afronding": "AFKAPPEN"}""").probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("periode", "landelijk", "afronding");
        assertThat(Api.namen(api.als(thZh).post(PAD, "{}").probleem(400))).containsExactlyInAnyOrder("periode",
                "landelijk");
        for (String landelijk : List.of("18750.5", "\"18750\"", "true", "1000001", "99999999999999999999999")) {
            assertThat(Api.namen(api.als(thZh).post(PAD, "{\"periode\": \"2024-I\", \"landelijk\": " + landelijk
                    + "}").probleem(400))).as(landelijk).containsExactly("landelijk");
        }
        // nothing to distribute is a distribution of zeros; the period is read in lower case too
        assertThat(api.als(thZh).post(PAD, "{\"periode\": \"2024-i\", \"landelijk\": 0}").json(200).path("som")
                .asLong()).isZero();
    }

    @Test
    void een_periode_waarvan_de_bevolking_ontbreekt_noemt_periode_en_het_jaar() {
        // 2022-I and 2022-II need the population of 1 January 2021, which is not shipped
        JsonNode p = api.als(thZh).post(PAD, "{\"periode\": \"2022-II\", \"landelijk\": 13500}").probleem(400);
        assertThat(Api.namen(p)).containsExactly("periode");
        assertThat(Api.reden(p, "periode")).contains("2021", "ontbreekt", "importeren");
        assertThat(Api.reden(api.als(thZh).post(PAD, "{\"periode\": \"2021-I\", \"landelijk\": 1}").probleem(400),
                "periode")).contains("2020");
        // before the register of gemeenten
        assertThat(Api.reden(api.als(thZh).post(PAD, "{\"periode\": \"2019-II\", \"landelijk\": 1}").probleem(400),
                "periode")).contains("niet bekend");
        // 2020-I: indeling of 1 January 2020 and population of 2019, both known
        JsonNode v2020 = api.als(thZh).post(PAD, "{\"periode\": \"2020-I\", \"landelijk\": 10000}").json(200);
        assertThat(v2020.path("gemeenten")).hasSize(355);
        assertThat(v2020.path("inwonersNederland").asLong()).isEqualTo(17_282_163L);
        formuleEnSom(v2020);
    }

    @Test
    void alleen_toezichthouders_het_rijk_en_de_beheerder_berekenen() {
        String body = "{\"periode\": \"2024-I\", \"landelijk\": 18750}";
        api.anoniem().post(PAD, body).status(401);
        api.als(gemeente).post(PAD, body).status(403);
        api.als(coa).post(PAD, body).status(403);
        api.als(thNh).post(PAD, body).status(200);
        api.als(rijk).post(PAD, body).status(200);
    }

    /** Every gemeente's number is ceil(vg·iG/iN); the sum is at least vg and less than vg + the number of gemeenten. */
    static void formuleEnSom(JsonNode v) {
        long vg = v.path("landelijk").asLong();
        long iN = v.path("inwonersNederland").asLong();
        long som = 0;
        for (JsonNode g : v.path("gemeenten")) {
            assertThat(g.path("taakstelling").asLong()).as(g.path("code").asString())
                    .isEqualTo(ceil(vg, g.path("inwoners").asLong(), iN));
            som += g.path("taakstelling").asLong();
        }
        assertThat(v.path("som").asLong()).isEqualTo(som);
        assertThat(som).isGreaterThanOrEqualTo(vg).isLessThan(vg + v.path("gemeenten").size());
    }

    static long ceil(long vg, long iG, long iN) {
        BigInteger[] d = BigInteger.valueOf(vg).multiply(BigInteger.valueOf(iG)).divideAndRemainder(BigInteger.valueOf(iN));
        return d[0].longValueExact() + (d[1].signum() == 0 ? 0 : 1);
    }

    static JsonNode gemeente(JsonNode verdeling, String code) {
        for (JsonNode g : verdeling.path("gemeenten")) {
            if (g.path("code").asString().equals(code)) {
                return g;
            }
        }
        return null;
    }

    Map<String, Long> cbs(String peildatum) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql("select gemeente_code, inwoners from bevolking where peildatum = ?::date").param(peildatum)
                .query(rs -> {
                    m.put(rs.getString(1), rs.getLong(2));
                });
        return m;
    }
}
