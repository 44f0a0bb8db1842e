package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
 * Issue 16 §4–6 over the API: a gemeente's own count against COA's standing (versioned, audited, reconciled, the
 * forecast from either start and always naming it), households by size against the dwellings expected (the shortage
 * per class), and the outflow of temporary projects per year. The gemeenten and periods are {@link RondeFixture}'s:
 * COA's standing is 40 on the day before the tussentijdse peildatum and 70 on the period's last day, opgave 100.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AanbodTellingApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    static String tellingen(String gemeente) {
        return "/api/v1/gemeenten/" + gemeente + "/eigentellingen";
    }

    static String telling(LocalDate datum, long gehuisvest) {
        return "{\"datum\": \"" + datum + "\", \"gehuisvest\": " + gehuisvest + ", \"oorzaken\": ["
                + "{\"oorzaak\": \"COA_VERWERKING\", \"aantal\": 10}, {\"oorzaak\": \"ELDERS_GEREGISTREERD\", "
                + "\"aantal\": 2}, {\"oorzaak\": \"ZELF_GEVONDEN_NIET_GEREGISTREERD\"}], "
                + "\"toelichting\": \"Eigen registratie\", \"reden\": \"Telling van de afdeling\"}";
    }

    @Test
    void een_eigen_telling_staat_naast_de_stand_van_het_coa_op_of_voor_haar_datum_met_het_verklaarde_deel() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        klok.zet(t.periode().laatsteDag());
        String eigen = accounts.gemeente(gemeente);
        LocalDate coaMidden = t.tussentijds().minusDays(1);

        // before COA's first standing of the period: nothing to compare with
        api.als(eigen).post(tellingen(gemeente), telling(t.periode().eersteDag(), 3)).status(201);
        // 54 own against COA's 40 of a few days earlier: 14 more, 12 of them explained, 2 not
        long id = api.als(eigen).post(tellingen(gemeente), telling(coaMidden.plusDays(10), 54)).idUitLocation();
        // on the day of COA's last standing: 75 against 70
        api.als(eigen).post(tellingen(gemeente), telling(t.periode().laatsteDag(), 75)).status(201);

        JsonNode lijst = api.als(eigen).get(tellingen(gemeente)).json();
        assertThat(lijst.path("magWijzigen").asBoolean()).isTrue();
        JsonNode rijen = lijst.path("tellingen");
        assertThat(rijen).hasSize(3);
        assertThat(rijen.get(0).path("coaDatum").isNull()).isTrue();
        assertThat(rijen.get(0).path("verschil").isNull()).isTrue();
        JsonNode midden = rijen.get(1);
        assertThat(midden.path("telling").path("id").asLong()).isEqualTo(id);
        assertThat(midden.path("periode").asString()).isEqualTo(t.periode().code());
        assertThat(midden.path("coaDatum").asString()).isEqualTo(coaMidden.toString());
        assertThat(midden.path("coaGehuisvest").asLong()).isEqualTo(40);
        assertThat(midden.path("verschil").asLong()).isEqualTo(14);
        assertThat(midden.path("verklaard").asLong()).isEqualTo(12);
        assertThat(midden.path("onverklaard").asLong()).isEqualTo(2);
        assertThat(midden.path("telling").path("feiten").path("oorzaken").get(2).path("aantal").isNull()).isTrue();
        assertThat(rijen.get(2).path("coaGehuisvest").asLong()).isEqualTo(70);
        assertThat(rijen.get(2).path("verschil").asLong()).isEqualTo(5);
        assertThat(rijen.get(2).path("onverklaard").asLong()).isEqualTo(-7);

        // the supervisor of the province reads the same; another gemeente and another province do not
        assertThat(api.als(t.toezichthouder()).get(tellingen(gemeente)).json().path("tellingen")).isEqualTo(rijen);
        assertThat(api.als(t.toezichthouder()).get(tellingen(gemeente)).json().path("magWijzigen").asBoolean())
                .isFalse();
        api.als(t.toezichthouder()).post(tellingen(gemeente), telling(coaMidden, 1)).probleem(403);
        api.als(accounts.gemeente("GM0363")).get(tellingen(gemeente)).probleem(403);
        api.als(accounts.gemeente("GM0363")).post(tellingen(gemeente), telling(coaMidden, 1)).probleem(403);
        api.als(accounts.toezichthouder("PV27")).get(tellingen(gemeente)).probleem(403);
        // one count per date
        api.als(eigen).post(tellingen(gemeente), telling(coaMidden.plusDays(10), 55)).probleem(409);
    }

    @Test
    void een_eigen_telling_krijgt_versies_met_wie_wanneer_waarom_en_elke_wijziging_staat_in_het_auditlog() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        klok.zet(t.periode().laatsteDag());
        String eigen = accounts.gemeente(gemeente);
        LocalDate datum = t.tussentijds().plusDays(3);
        long id = api.als(eigen).post(tellingen(gemeente), telling(datum, 54)).idUitLocation();
        String pad = tellingen(gemeente) + "/" + id;

        JsonNode v2 = api.als(eigen).put(pad, "{\"versie\": 1, \"gehuisvest\": 56, \"reden\": \"Nageteld\"}").json();
        assertThat(v2.path("versie").asInt()).isEqualTo(2);
        assertThat(v2.path("datum").asString()).isEqualTo(datum.toString());
        assertThat(v2.path("feiten").path("gehuisvest").asLong()).isEqualTo(56);
        assertThat(v2.path("feiten").path("oorzaken")).isEmpty();
        api.als(eigen).put(pad, "{\"versie\": 1, \"gehuisvest\": 57, \"reden\": \"Oud\"}").probleem(409);
        assertThat(api.als(eigen).put(pad, "{\"versie\": 2, \"datum\": \"" + datum.plusDays(1)
                + "\", \"gehuisvest\": 57, \"reden\": \"Andere dag\"}").ongeldigeVelden()).containsExactly("datum");

        api.als(eigen).delete(pad + "?versie=2&reden=Dubbel").status(204);
        assertThat(api.als(eigen).get(tellingen(gemeente)).json().path("tellingen")).isEmpty();
        JsonNode gelezen = api.als(eigen).get(pad).json();
        assertThat(gelezen.path("versies")).hasSize(3);
        assertThat(gelezen.path("versies").get(0).path("verwijderd").asBoolean()).isTrue();
        assertThat(gelezen.path("versies").get(1).path("reden").asString()).isEqualTo("Nageteld");
        assertThat(gelezen.path("versies").get(2).path("feiten").path("gehuisvest").asLong()).isEqualTo(54);
        api.als(eigen).delete(pad + "?versie=3&reden=Nogmaals").probleem(409);
        // after the removal the date is free again
        api.als(eigen).post(tellingen(gemeente), telling(datum, 58)).status(201);

        for (String actie : List.of("EIGEN_TELLING_TOEGEVOEGD", "EIGEN_TELLING_GEWIJZIGD",
                "EIGEN_TELLING_VERWIJDERD")) {
            assertThat(jdbc.sql("select count(*) from audit_log where actie = ? and object_type = 'eigentelling' "
                    + "and object_id = ?").params(actie, Long.toString(id)).query(Long.class).single())
                    .as(actie).isEqualTo(1);
        }
    }

    static Stream<Arguments> ongeldigeTellingen() {
        String lang = "x".repeat(2001);
        return Stream.of(
                Arguments.of("{\"gehuisvest\": 5, \"reden\": \"r\"}", List.of("datum")),
                Arguments.of("{\"datum\": \"2099-01-01\", \"gehuisvest\": 5, \"reden\": \"r\"}", List.of("datum")),
                Arguments.of("{\"datum\": \"26-09-2022\", \"gehuisvest\": 5, \"reden\": \"r\"}", List.of("datum")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": -1, \"reden\": \"r\"}",
                        List.of("gehuisvest")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": \"veel\", \"reden\": \"r\"}",
                        List.of("gehuisvest")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": 5}", List.of("reden")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": 5, \"reden\": \"r\", \"oorzaken\": "
                        + "[{\"oorzaak\": \"REGEN\"}]}", List.of("oorzaken[0].oorzaak")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": 5, \"reden\": \"r\", \"oorzaken\": "
                        + "[{\"aantal\": 3}]}", List.of("oorzaken[0].oorzaak")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": 5, \"reden\": \"r\", \"oorzaken\": "
                        + "[{\"oorzaak\": \"COA_VERWERKING\"}, {\"oorzaak\": \"COA_VERWERKING\"}]}",
                        List.of("oorzaken[1].oorzaak")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": 5, \"reden\": \"r\", \"oorzaken\": "
                        + "[{\"oorzaak\": \"COA_VERWERKING\", \"aantal\": -2}]}", List.of("oorzaken[0].aantal")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": 5, \"reden\": \"r\", \"oorzaken\": "
                        + "[null]}", List.of("oorzaken[0]")),
                Arguments.of("{\"datum\": \"2022-09-26\", \"gehuisvest\": 5, \"reden\": \"r\", \"toelichting\": \""
                        + lang + "\"}", List.of("toelichting")),
                // all at once: every invalid field named
                Arguments.of("{\"datum\": \"morgen\", \"gehuisvest\": 1.5, \"oorzaken\": [{\"oorzaak\": \"X\", "
                        + "\"aantal\": \"y\"}], \"toelichting\": \"" + lang + "\"}", List.of("datum", "gehuisvest",
                        "oorzaken[0].oorzaak", "oorzaken[0].aantal", "toelichting", "reden")));
    }

    @ParameterizedTest
    @MethodSource("ongeldigeTellingen")
    void een_ongeldige_telling_noemt_elk_ongeldig_veld(String json, List<String> velden) {
        String gemeente = "GM0518";
        klok.zet(LocalDate.of(2022, 10, 1));
        assertThat(api.als(accounts.gemeente(gemeente)).post(tellingen(gemeente), json).ongeldigeVelden())
                .containsExactlyInAnyOrderElementsOf(velden);
    }

    @Test
    void de_prognose_begint_bij_de_eigen_telling_alleen_als_daarom_gevraagd_en_zegt_altijd_waar_ze_begint() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        LocalDate vandaag = t.tussentijds().plusDays(14);
        klok.zet(vandaag);
        String eigen = accounts.gemeente(gemeente);
        String prognose = "/api/v1/gemeenten/" + gemeente + "/prognose";
        api.als(eigen).post("/api/v1/gemeenten/" + gemeente + "/aanbodbronnen", """
                {"soort": "TEMPO", "naam": "Overig", "perWeek": 7, "reden": "Wat niet apart staat"}""").status(201);

        // no own count yet: from the own count there is no outcome, and it says what is missing
        JsonNode zonder = api.als(eigen).get(prognose + "?start=EIGEN_TELLING").json();
        assertThat(zonder.path("start").asString()).isEqualTo("EIGEN_TELLING");
        assertThat(zonder.path("uitkomst").isNull()).isTrue();
        assertThat(zonder.path("ontbrekend").get(0).asString()).contains("eigen telling");

        LocalDate datum = t.tussentijds().plusDays(7);
        long id = api.als(eigen).post(tellingen(gemeente), telling(datum, 60)).idUitLocation();

        // the default stays COA's standing: 40 on the day before the tussentijdse peildatum, one a day → 100 after 60
        JsonNode coa = api.als(eigen).get(prognose).json();
        assertThat(coa.path("start").asString()).isEqualTo("COA");
        assertThat(coa.path("eigenTelling").isNull() || coa.path("eigenTelling").isMissingNode()).isTrue();
        assertThat(coa.path("gehuisvest").asLong()).isEqualTo(40);
        assertThat(coa.path("uitkomst").path("taakstellingGehaaldOp").asString())
                .isEqualTo(t.tussentijds().minusDays(1).plusDays(60).toString());

        // from the own count: 60 on its date, one a day → 100 forty days later
        JsonNode vanEigen = api.als(eigen).get(prognose + "?start=EIGEN_TELLING").json();
        assertThat(vanEigen.path("start").asString()).isEqualTo("EIGEN_TELLING");
        assertThat(vanEigen.path("eigenTelling").path("id").asLong()).isEqualTo(id);
        assertThat(vanEigen.path("eigenTelling").path("versie").asInt()).isEqualTo(1);
        assertThat(vanEigen.path("peildatum").asString()).isEqualTo(datum.toString());
        assertThat(vanEigen.path("gehuisvest").asLong()).isEqualTo(60);
        assertThat(vanEigen.path("uitkomst").path("gehuisvest").asLong()).isEqualTo(60);
        assertThat(vanEigen.path("uitkomst").path("taakstellingGehaaldOp").asString())
                .isEqualTo(datum.plusDays(40).toString());
        // the supervisor sees the same, and the judgment's figure (COA) is untouched
        assertThat(api.als(t.toezichthouder()).get(prognose + "?start=EIGEN_TELLING").json().path("uitkomst"))
                .isEqualTo(vanEigen.path("uitkomst"));

        assertThat(api.als(eigen).get(prognose + "?start=GEVOEL").ongeldigeVelden()).containsExactly("start");
    }

    static String huishoudens(String gemeente) {
        return "/api/v1/gemeenten/" + gemeente + "/huishoudens";
    }

    @Test
    void huishoudens_per_grootte_tegen_de_verwachte_woningen_maken_het_tekort_voor_grote_gezinnen_zichtbaar() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        klok.zet(t.tussentijds());
        String eigen = accounts.gemeente(gemeente);
        String periode = t.periode().code();

        JsonNode leeg = api.als(eigen).get(huishoudens(gemeente)).json();
        assertThat(leeg.path("periode").asString()).isEqualTo(periode);
        assertThat(leeg.path("versie").asInt()).isZero();
        assertThat(leeg.path("regels")).hasSize(7);
        assertThat(leeg.path("totaal").path("huishoudens").asLong()).isZero();

        // Den Haag 2022: 225 persons in 31 families waiting; five large dwellings expected
        JsonNode h = api.als(eigen).put(huishoudens(gemeente) + "/" + periode, """
                {"versie": 0, "reden": "Koppelingen van het COA",
                 "regels": [{"grootte": 7, "huishoudens": 31, "personen": 225, "woningen": 5},
                            {"grootte": 1, "huishoudens": 10, "woningen": 12},
                            {"grootte": 4, "huishoudens": 6, "personen": 24, "woningen": 2}]}""").json();
        assertThat(h.path("versie").asInt()).isEqualTo(1);
        JsonNode groot = h.path("regels").get(6);
        assertThat(groot.path("grootte").asInt()).isEqualTo(7);
        assertThat(groot.path("huishoudens").asLong()).isEqualTo(31);
        assertThat(groot.path("personen").asLong()).isEqualTo(225);
        assertThat(groot.path("woningen").asLong()).isEqualTo(5);
        assertThat(groot.path("tekort").asLong()).isEqualTo(26);
        // a surplus of small dwellings does not cover the large families
        assertThat(h.path("regels").get(0).path("personen").asLong()).isEqualTo(10);
        assertThat(h.path("regels").get(0).path("tekort").asLong()).isZero();
        assertThat(h.path("regels").get(3).path("tekort").asLong()).isEqualTo(4);
        assertThat(h.path("regels").get(1).path("huishoudens").asLong()).isZero();
        JsonNode totaal = h.path("totaal");
        assertThat(List.of(totaal.path("huishoudens").asLong(), totaal.path("personen").asLong(),
                totaal.path("woningen").asLong(), totaal.path("tekort").asLong())).containsExactly(47L, 259L, 19L,
                30L);

        // from an old version: refused; the supervisor reads, does not write; another gemeente nothing
        api.als(eigen).put(huishoudens(gemeente) + "/" + periode, "{\"versie\": 0, \"reden\": \"r\", \"regels\": []}")
                .probleem(409);
        assertThat(api.als(t.toezichthouder()).get(huishoudens(gemeente) + "?periode=" + periode).json()
                .path("totaal")).isEqualTo(totaal);
        api.als(t.toezichthouder()).put(huishoudens(gemeente) + "/" + periode,
                "{\"versie\": 1, \"reden\": \"r\", \"regels\": []}").probleem(403);
        api.als(accounts.gemeente("GM0363")).get(huishoudens(gemeente)).probleem(403);

        JsonNode v2 = api.als(eigen).put(huishoudens(gemeente) + "/" + periode,
                "{\"versie\": 1, \"reden\": \"Twee gezinnen gehuisvest\", \"regels\": [{\"grootte\": 7, "
                        + "\"huishoudens\": 29, \"personen\": 210, \"woningen\": 5}]}").json();
        assertThat(v2.path("versie").asInt()).isEqualTo(2);
        assertThat(v2.path("totaal").path("tekort").asLong()).isEqualTo(24);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'AANBOD_HUISHOUDENS_VASTGELEGD' and "
                + "object_id = ?").param(gemeente + "/" + periode).query(Long.class).single()).isEqualTo(2);
    }

    static Stream<Arguments> ongeldigeHuishoudens() {
        return Stream.of(
                Arguments.of("{\"reden\": \"r\", \"regels\": []}", List.of("versie")),
                Arguments.of("{\"versie\": 0, \"regels\": []}", List.of("reden")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 8, \"huishoudens\": 1}]}",
                        List.of("regels[0].grootte")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 0, \"huishoudens\": 1}]}",
                        List.of("regels[0].grootte")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 2, \"huishoudens\": 1}, "
                        + "{\"grootte\": 2, \"huishoudens\": 1}]}", List.of("regels[1].grootte")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 2}]}",
                        List.of("regels[0].huishoudens")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 3, \"huishoudens\": 2, "
                        + "\"personen\": 5}]}", List.of("regels[0].personen")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 7, \"huishoudens\": 2}]}",
                        List.of("regels[0].personen")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 7, \"huishoudens\": 2, "
                        + "\"personen\": 13}]}", List.of("regels[0].personen")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 7, \"huishoudens\": 0, "
                        + "\"personen\": 7}]}", List.of("regels[0].personen")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [{\"grootte\": 1, \"huishoudens\": 1, "
                        + "\"woningen\": -1}]}", List.of("regels[0].woningen")),
                Arguments.of("{\"versie\": 0, \"reden\": \"r\", \"regels\": [null]}", List.of("regels[0]")),
                Arguments.of("{\"versie\": \"x\", \"regels\": [{\"grootte\": \"groot\", \"huishoudens\": -3, "
                        + "\"personen\": \"p\", \"woningen\": 1.5}]}", List.of("versie", "reden", "regels[0].grootte",
                        "regels[0].huishoudens", "regels[0].personen", "regels[0].woningen")));
    }

    @ParameterizedTest
    @MethodSource("ongeldigeHuishoudens")
    void ongeldige_huishoudens_noemen_elk_ongeldig_veld(String json, List<String> velden) {
        assertThat(api.als(accounts.gemeente("GM0518")).put(huishoudens("GM0518") + "/2022-II", json)
                .ongeldigeVelden()).containsExactlyInAnyOrderElementsOf(velden);
    }

    @Test
    void een_onbekende_periode_wordt_genoemd() {
        String eigen = accounts.gemeente("GM0518");
        assertThat(api.als(eigen).get(huishoudens("GM0518") + "?periode=2022-III").ongeldigeVelden())
                .containsExactly("periode");
        assertThat(api.als(eigen).put(huishoudens("GM0518") + "/2022", "{\"versie\": 0, \"reden\": \"r\"}")
                .ongeldigeVelden()).containsExactly("periode");
    }

    static String project(String naam, String duur, String start, String einde, long plaatsen, String status) {
        return "{\"soort\": \"PROJECT\", \"naam\": \"" + naam + "\", \"duur\": \"" + duur + "\", \"woonvorm\": "
                + "\"ZELFSTANDIG\", \"plaatsen\": " + plaatsen + ", \"startInhuizing\": \"" + start + "\""
                + (einde == null ? "" : ", \"eindeGebruik\": \"" + einde + "\"") + ", \"status\": \"" + status
                + "\", \"reden\": \"Plan\"}";
    }

    @Test
    void de_doorstroombehoefte_telt_per_jaar_de_plaatsen_van_de_tijdelijke_projecten_die_dan_eindigen() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        LocalDate vandaag = t.tussentijds();
        klok.zet(vandaag);
        int jaar = vandaag.getYear();
        String eigen = accounts.gemeente(gemeente);
        String bronnen = "/api/v1/gemeenten/" + gemeente + "/aanbodbronnen";
        api.als(eigen).post(bronnen, project("Leeghwaterplein", "TIJDELIJK", (jaar - 1) + "-03-01", (jaar + 1)
                + "-02-28", 40, "IN_GEBRUIK")).status(201);
        api.als(eigen).post(bronnen, project("Haga", "TIJDELIJK", jaar + "-01-01", (jaar + 1) + "-12-31", 30,
                "IN_GEBRUIK")).status(201);
        api.als(eigen).post(bronnen, project("Neuhuyskade", "TIJDELIJK", jaar + "-01-01", (jaar + 7) + "-06-30", 25,
                "BESLOTEN")).status(201);
        api.als(eigen).post(bronnen, project("SoZa", "TIJDELIJK", (jaar - 3) + "-01-01", (jaar - 1) + "-06-30", 40,
                "IN_GEBRUIK")).status(201);
        api.als(eigen).post(bronnen, project("Vestia", "TIJDELIJK", (jaar - 3) + "-01-01", (jaar + 1) + "-06-30",
                100, "BEEINDIGD")).status(201);
        api.als(eigen).post(bronnen, project("Koolwitjelaan", "PERMANENT", jaar + "-01-01", null, 45,
                "IN_GEBRUIK")).status(201);
        api.als(eigen).post(bronnen, project("Schaapherderstraat", "TIJDELIJK", jaar + "-01-01", null, 30,
                "IN_GEBRUIK")).status(201);

        JsonNode d = api.als(t.toezichthouder()).get("/api/v1/gemeenten/" + gemeente + "/doorstroom").json();
        assertThat(d.path("berekendOp").asString()).isEqualTo(vandaag.toString());
        JsonNode jaren = d.path("jaren");
        // this year up to the last end: eight years
        assertThat(jaren).hasSize(8);
        assertThat(jaren.get(0).path("jaar").asInt()).isEqualTo(jaar);
        assertThat(jaren.get(0).path("personen").asLong()).isZero();
        assertThat(jaren.get(1).path("personen").asLong()).isEqualTo(70);
        assertThat(jaren.get(1).path("projecten").get(0).path("naam").asString()).isEqualTo("Leeghwaterplein");
        assertThat(jaren.get(1).path("projecten").get(1).path("naam").asString()).isEqualTo("Haga");
        assertThat(jaren.get(7).path("personen").asLong()).isEqualTo(25);
        assertThat(d.path("verstreken")).hasSize(1);
        assertThat(d.path("verstreken").get(0).path("naam").asString()).isEqualTo("SoZa");
        assertThat(d.path("zonderEinde")).hasSize(1);
        assertThat(d.path("zonderEinde").get(0).path("naam").asString()).isEqualTo("Schaapherderstraat");

        // without temporary projects: five years of zero
        RondeFixture.Toezicht ander = rondes.nieuw();
        klok.zet(ander.tussentijds());
        JsonNode leeg = api.als(Api.BEHEERDER).get("/api/v1/gemeenten/" + ander.gemeente()
                + "/doorstroom").json();
        assertThat(leeg.path("jaren")).hasSize(Doorstroom.JAREN);
        assertThat(leeg.path("jaren").findValues("personen").stream().mapToLong(JsonNode::asLong).sum()).isZero();
        api.als(accounts.gemeente("GM0363")).get("/api/v1/gemeenten/" + gemeente + "/doorstroom").probleem(403);
    }
}
