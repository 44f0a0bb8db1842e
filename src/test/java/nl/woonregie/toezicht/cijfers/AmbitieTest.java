package nl.woonregie.toezicht.cijfers;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.Testgegevens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The extra ambition above the taakstelling (issue 15, §3) over the API: computed from a national number exactly as
 * the taakstelling is distributed (art. 29 lid 1, with the population of 1 January of the year before and, after a
 * herindeling, the sum of the parts), or imported; all or nothing, stored as versions of the taakstelling and audited;
 * every invalid field named. Its own database: the tests store taakstellingen of real periods for whole provinces.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-ambitie")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmbitieTest {

    static final String BEREKENINGEN = "/api/v1/ambities/berekeningen";
    static final String IMPORT = "/api/v1/ambities/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    String thUtrecht;
    String thZh;
    String gemeente;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        thUtrecht = accounts.toezichthouder("PV26");
        thZh = accounts.toezichthouder("PV28");
        gemeente = accounts.gemeente("GM0344");
    }

    /** Every municipality of the province on 1 January of the period's year gets this taakstelling. */
    List<String> taakstellingen(String provincie, String periode, int taakstelling) {
        LocalDate indeling = LocalDate.of(Integer.parseInt(periode.substring(0, 4)), 1, 1);
        List<String> codes = gebied.gemeentenVanProvincie(provincie, indeling).stream().map(Gemeente::code).toList();
        codes.forEach(g -> Testgegevens.taakstelling(jdbc, g, periode, taakstelling));
        return codes;
    }

    static String verzoek(String provincie, String periode, Object landelijk) {
        return "{\"provincie\":\"" + provincie + "\",\"periode\":\"" + periode + "\",\"landelijk\":" + landelijk + "}";
    }

    @Test
    void de_ambitie_is_het_landelijke_aantal_naar_rato_van_de_bevolking_van_1_januari_van_het_jaar_ervoor() {
        List<String> utrecht = taakstellingen("PV26", "2024-I", 1);
        JsonNode b = api.als(thUtrecht).post(BEREKENINGEN + "?controleer=true", verzoek("PV26", "2024-I", 18750))
                .json(200);
        assertThat(b.get("peildatumBevolking").asString()).isEqualTo("2023-01-01");
        assertThat(b.get("afronding").asString()).isEqualTo("OMHOOG");
        assertThat(b.get("aantalGemeentenNederland").asInt()).isEqualTo(342);
        // with rounding up the municipal numbers exceed the national one: 18.928 for 18.750 in 2024-I (issue 15)
        assertThat(b.get("somNederland").asLong()).isEqualTo(18_928);
        long nederland = b.get("inwonersNederland").asLong();
        assertThat(nederland).isEqualTo(jdbc.sql("select sum(inwoners) from bevolking where peildatum = '2023-01-01'")
                .query(Long.class).single());
        assertThat(b.get("gemeenten")).hasSize(utrecht.size());
        for (JsonNode g : b.get("gemeenten")) {
            long inwoners = gebied.bevolkingOp(g.get("code").asString(), LocalDate.of(2023, 1, 1)).orElseThrow()
                    .inwoners();
            assertThat(g.get("inwoners").asLong()).isEqualTo(inwoners);
            assertThat(g.get("ambitie").asLong()).as(g.toString())
                    .isEqualTo(-Math.floorDiv(-18750L * inwoners, nederland));
            assertThat(g.get("additioneleOpgave").asLong()).isEqualTo(g.get("ambitie").asLong() - 1);
        }
        // only checked: nothing stored
        assertThat(b.get("opgeslagen").asBoolean()).isFalse();
        assertThat(b.get("resultaat").get("nieuw").asInt()).isZero();
        assertThat(b.get("resultaat").get("gewijzigd").asInt()).isEqualTo(utrecht.size());
        assertThat(jdbc.sql("select count(*) from taakstelling where periode = '2024-I' and additionele_opgave is not null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void na_een_herindeling_telt_de_bevolking_van_de_delen_samen_tot_gedeputeerde_staten_haar_vaststellen() {
        taakstellingen("PV28", "2023-I", 1);
        JsonNode b = api.als(thZh).post(BEREKENINGEN + "?controleer=true", verzoek("PV28", "2023-I", 19000))
                .json(200);
        LocalDate peildatum = LocalDate.of(2022, 1, 1);
        long delen = 0;
        for (String deel : List.of("GM0501", "GM0530", "GM0614")) { // Brielle, Hellevoetsluis, Westvoorne
            delen += gebied.bevolkingOp(deel, peildatum).orElseThrow().inwoners();
        }
        JsonNode voorne = null;
        for (JsonNode g : b.get("gemeenten")) {
            if (g.get("code").asString().equals("GM1992")) {
                voorne = g;
            }
        }
        assertThat(voorne).as("Voorne aan Zee, sinds 1 januari 2023").isNotNull();
        assertThat(voorne.get("inwoners").asLong()).isEqualTo(delen);
        // nobody is lost: Weesp (into Amsterdam on 24 March 2022) counts with Amsterdam, the three with Voorne aan Zee
        assertThat(b.get("aantalGemeentenNederland").asInt()).isEqualTo(342);
        assertThat(b.get("inwonersNederland").asLong()).isEqualTo(jdbc.sql(
                "select sum(inwoners) from bevolking where peildatum = '2022-01-01'").query(Long.class).single());

        // art. 30: once Gedeputeerde Staten fixed Voorne aan Zee's population, the ambition counts with it, as the
        // taakstelling's distribution does (one formula: the module verdeling's)
        api.als(thZh).post("/api/v1/provincies/PV28/herindelingsbevolking", """
                {"periode": "2023-I", "gemeente": "GM1992", "inwoners": 71234, "kenmerk": "PZH-2022-AMB"}""")
                .json(200);
        JsonNode daarna = api.als(thZh).post(BEREKENINGEN + "?controleer=true", verzoek("PV28", "2023-I", 19000))
                .json(200);
        for (JsonNode g : daarna.get("gemeenten")) {
            if (g.get("code").asString().equals("GM1992")) {
                assertThat(g.get("inwoners").asLong()).isEqualTo(71_234L);
                assertThat(g.get("ambitie").asLong()).isEqualTo((19_000L * 71_234L + daarna.get("inwonersNederland")
                        .asLong() - 1) / daarna.get("inwonersNederland").asLong());
            }
        }
    }

    @Test
    void opgeslagen_als_nieuwe_versie_van_de_taakstelling_met_invoer_en_audit_en_opnieuw_verandert_niets() {
        List<String> codes = taakstellingen("PV26", "2025-I", 5);
        JsonNode b = api.als(thUtrecht).post(BEREKENINGEN, verzoek("PV26", "2025-I", 20000)).json(201);
        assertThat(b.get("opgeslagen").asBoolean()).isTrue();
        assertThat(b.get("peildatumBevolking").asString()).isEqualTo("2024-01-01");
        long importId = b.get("resultaat").get("import").asLong();
        Map<String, Long> ambitie = new HashMap<>();
        b.get("gemeenten").forEach(g -> ambitie.put(g.get("code").asString(), g.get("ambitie").asLong()));

        JsonNode overzicht = api.als(thUtrecht).get("/api/v1/provincies/PV26/ambities?periode=2025-I").json(200);
        assertThat(overzicht.get("gemeenten")).hasSize(codes.size());
        long som = 0;
        for (JsonNode g : overzicht.get("gemeenten")) {
            String code = g.get("code").asString();
            assertThat(g.get("taakstelling").asLong()).isEqualTo(5);
            assertThat(g.get("ambitie").asLong()).isEqualTo(ambitie.get(code));
            assertThat(g.get("additioneleOpgave").asLong()).isEqualTo(ambitie.get(code) - 5);
            assertThat(g.get("import").asLong()).isEqualTo(importId);
            assertThat(g.get("reden").asString()).contains("landelijke ambitie 20.000").contains("1 januari 2024");
            som += ambitie.get(code);
        }
        assertThat(overzicht.get("ambitie").asLong()).isEqualTo(som);
        assertThat(overzicht.get("berekening").get("landelijk").asLong()).isEqualTo(20000);
        assertThat(overzicht.get("berekening").get("import").asLong()).isEqualTo(importId);
        // versions: the taakstelling row of before stays, replaced
        assertThat(jdbc.sql("select count(*) from taakstelling where periode = '2025-I' and vervangen_op is not null")
                .query(Long.class).single()).isEqualTo(codes.size());
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'CIJFERS_GEIMPORTEERD' and object_id = ? "
                + "and nieuwe_waarde ->> 'soort' = 'AMBITIE'").param(Long.toString(importId)).query(Long.class)
                .single()).isEqualTo(1);
        // the same again changes nothing; another national number makes new versions
        JsonNode opnieuw = api.als(thUtrecht).post(BEREKENINGEN, verzoek("PV26", "2025-I", 20000)).json(200);
        assertThat(opnieuw.get("opgeslagen").asBoolean()).isFalse();
        assertThat(opnieuw.get("resultaat").get("ongewijzigd").asInt()).isEqualTo(codes.size());
        JsonNode hoger = api.als(thUtrecht).post(BEREKENINGEN, verzoek("PV26", "2025-I", 30000)).json(201);
        assertThat(hoger.get("resultaat").get("gewijzigd").asInt()).isPositive();
        assertThat(api.als(thUtrecht).get("/api/v1/provincies/PV26/ambities?periode=2025-I").json(200)
                .get("berekening").get("landelijk").asLong()).isEqualTo(30000);
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd_en_er_wordt_niets_opgeslagen() {
        String lang = "r".repeat(2001);
        assertThat(api.als(thUtrecht).post(BEREKENINGEN, "{\"provincie\":\"PV99\",\"periode\":\"2024-III\","
                + "\"landelijk\":2.5,\"reden\":\"" + lang + "\"}").ongeldigeVelden())
                .containsExactlyInAnyOrder("provincie", "periode", "landelijk", "reden");
        assertThat(api.als(thUtrecht).post(BEREKENINGEN, verzoek("PV26", "2024-I", 0)).ongeldigeVelden())
                .containsExactly("landelijk");
        assertThat(api.als(thUtrecht).post(BEREKENINGEN, verzoek("PV26", "2024-I", -5)).ongeldigeVelden())
                .containsExactly("landelijk");
        assertThat(api.als(thUtrecht).post(BEREKENINGEN, "{\"provincie\":\"PV26\",\"periode\":\"2024-I\"}")
                .ongeldigeVelden()).containsExactly("landelijk");
        // another province's supervisor
        assertThat(api.als(thZh).post(BEREKENINGEN, verzoek("PV26", "2024-I", 20000)).ongeldigeVelden())
                .containsExactly("provincie");
        // the population of 1 January 2021 is not in the product: the missing year is named
        JsonNode p = api.als(thUtrecht).post(BEREKENINGEN, verzoek("PV26", "2022-II", 20000)).probleem(400);
        assertThat(p.get("invalidParams").get(0).get("name").asString()).isEqualTo("periode");
        assertThat(p.get("invalidParams").get(0).get("reason").asString()).contains("1 januari 2021");
        // municipalities without a taakstelling for the period are named
        JsonNode zonder = api.als(thUtrecht).post(BEREKENINGEN, verzoek("PV26", "2024-II", 20000)).probleem(400);
        assertThat(zonder.get("invalidParams").get(0).get("name").asString()).isEqualTo("periode");
        assertThat(zonder.get("invalidParams").get(0).get("reason").asString()).contains("geen taakstelling")
                .contains("Utrecht (GM0344)");
        assertThat(jdbc.sql("select count(*) from ambitie_berekening where periode in ('2022-II', '2024-II')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void alleen_beheerder_en_toezichthouder_anoniem_401() {
        api.als(gemeente).post(BEREKENINGEN, verzoek("PV26", "2024-I", 20000)).probleem(403);
        api.anoniem().post(BEREKENINGEN, verzoek("PV26", "2024-I", 20000)).probleem(401);
        api.als(gemeente).postCsv(IMPORT, "gemeente;periode;ambitie\nGM0344;2024-I;10\n").probleem(403);
        api.als(thZh).get("/api/v1/provincies/PV26/ambities?periode=2024-I").probleem(403);
        api.als(BEHEERDER).get("/api/v1/provincies/PV26/ambities?periode=2024-I").json(200);
        assertThat(api.als(BEHEERDER).get("/api/v1/provincies/PV26/ambities").ongeldigeVelden())
                .containsExactly("periode");
    }

    @Test
    void import_alles_of_niets_met_elke_foute_regel_genoemd() {
        taakstellingen("PV26", "2025-II", 20);
        // line 2: below the taakstelling; line 3: no taakstelling in 2026-I; line 4 is fine but is not stored either
        JsonNode fout = api.als(thUtrecht).postCsv(IMPORT, """
                gemeente;periode;ambitie
                GM0344;2025-II;19
                GM0344;2026-I;30
                GM0307;2025-II;30
                """).probleem(400);
        assertThat(Api.namen(fout)).containsExactly("regel 2, kolom ambitie", "regel 3, kolom ambitie");
        assertThat(fout.toString()).contains("ligt onder de taakstelling").contains("geen taakstelling");
        assertThat(jdbc.sql("select count(*) from taakstelling where periode = '2025-II' and additionele_opgave "
                + "is not null").query(Long.class).single()).isZero();

        JsonNode goed = api.als(thUtrecht).postCsv(IMPORT, """
                gemeente;periode;ambitie
                GM0344;2025-II;35
                GM0307;2025-II;20
                """).json(201);
        assertThat(goed.get("soort").asString()).isEqualTo("AMBITIE");
        assertThat(goed.get("gewijzigd").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select taakstelling || '/' || additionele_opgave from taakstelling where periode = "
                + "'2025-II' and gemeente_code = 'GM0344' and vervangen_op is null").query(String.class).single())
                .isEqualTo("20/15");
        // an ambition equal to the taakstelling: no extra above it, the ambition is recorded as such
        assertThat(jdbc.sql("select additionele_opgave from taakstelling where periode = '2025-II' and gemeente_code "
                + "= 'GM0307' and vervangen_op is null").query(Integer.class).single()).isZero();
        // another province's municipality: named at its line
        assertThat(Api.namen(api.als(thZh).postCsv(IMPORT, "gemeente;periode;ambitie\nGM0344;2025-II;40\n")
                .probleem(400))).containsExactly("regel 2, kolom gemeente");
    }
}
