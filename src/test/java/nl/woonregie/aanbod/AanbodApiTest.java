package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A gemeente's stored supply sources over the API (versioned, audited, every invalid field named, who may) and its
 * stored forecast from them and toezicht's figures: Plan over the stored sources, Trend at COA's pace of the last
 * three complete months. The gemeenten and periods are {@link RondeFixture}'s own: opgave 100 (taakstelling 100, saldo
 * 0), 40 housed on the day before the tussentijdse peildatum, 70 on the period's last day.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AanbodApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    @Autowired
    Aanbodnotities notities;

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

    static String pad(String gemeente) {
        return "/api/v1/gemeenten/" + gemeente + "/aanbodbronnen";
    }

    static final String CORPORATIE = """
            {"soort": "CORPORATIE", "naam": "Corporaties 2022", "jaar": 2022, "personen": 777,
             "verwachteVerhuringen": 4440, "maxAandeel": 0.10, "reden": "Afspraak met de corporaties"}""";

    @Test
    void een_gemeente_voegt_een_bron_toe_wijzigt_en_verwijdert_haar_met_elke_versie_in_de_historie_en_het_auditlog() {
        String gemeente = rondes.nieuw().gemeente();
        String eigen = accounts.gemeente(gemeente);
        Api.Antwoord a = api.als(eigen).post(pad(gemeente), CORPORATIE);
        long id = a.idUitLocation();
        assertThat(a.header("Location")).isEqualTo(pad(gemeente) + "/" + id);
        JsonNode bron = a.json(201);
        assertThat(bron.path("versie").asInt()).isEqualTo(1);
        assertThat(bron.path("soort").asString()).isEqualTo("CORPORATIE");
        assertThat(bron.path("feiten").path("personen").asLong()).isEqualTo(777);
        assertThat(bron.path("feiten").has("woningen")).isFalse();
        assertThat(bron.path("reden").asString()).isEqualTo("Afspraak met de corporaties");

        String gewijzigd = CORPORATIE.replace("\"personen\": 777", "\"woningen\": 324, \"bezetting\": 2.5")
                .replace("Afspraak met de corporaties", "Nieuwe afspraak in woningen").replace("{", "{\"versie\": 1, ");
        JsonNode v2 = api.als(eigen).put(pad(gemeente) + "/" + id, gewijzigd).json();
        assertThat(v2.path("versie").asInt()).isEqualTo(2);
        assertThat(v2.path("feiten").path("woningen").asLong()).isEqualTo(324);
        assertThat(v2.path("feiten").path("bezetting").decimalValue()).isEqualByComparingTo("2.5");
        // a change from a version that is no longer current is refused: another came first
        api.als(eigen).put(pad(gemeente) + "/" + id, gewijzigd).probleem(409);

        api.als(eigen).delete(pad(gemeente) + "/" + id + "?versie=2&reden=Vervalt").status(204);
        assertThat(api.als(eigen).get(pad(gemeente)).json().path("bronnen")).isEmpty();
        JsonNode gelezen = api.als(eigen).get(pad(gemeente) + "/" + id).json();
        assertThat(gelezen.path("versies")).hasSize(3);
        assertThat(gelezen.path("versies").get(0).path("verwijderd").asBoolean()).isTrue();
        assertThat(gelezen.path("versies").get(0).path("reden").asString()).isEqualTo("Vervalt");
        assertThat(gelezen.path("versies").get(1).path("reden").asString()).isEqualTo("Nieuwe afspraak in woningen");
        assertThat(gelezen.path("versies").get(2).path("feiten").path("personen").asLong()).isEqualTo(777);
        api.als(eigen).delete(pad(gemeente) + "/" + id + "?versie=3&reden=Nogmaals").probleem(409);

        for (String actie : List.of("AANBODBRON_TOEGEVOEGD", "AANBODBRON_GEWIJZIGD", "AANBODBRON_VERWIJDERD")) {
            assertThat(jdbc.sql("select count(*) from audit_log where actie = ? and object_type = 'aanbodbron' "
                    + "and object_id = ?").params(actie, Long.toString(id)).query(Long.class).single())
                    .as(actie).isEqualTo(1);
        }
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd_ook_een_veld_van_een_andere_soort() {
        String gemeente = rondes.nieuw().gemeente();
        List<String> velden = api.als(accounts.gemeente(gemeente)).post(pad(gemeente), """
                {"soort": "PROJECT", "naam": "", "duur": "SOMS", "woonvorm": "ZELFSTANDIG", "plaatsen": -1,
                 "eenheden": "veel", "startInhuizing": "2024-13-01", "perWeek": 1.23456, "eindeGebruik": "morgen",
                 "status": "IN_GEBRUIK", "jaar": 2022, "route": "HOTELREGELING"}""").ongeldigeVelden();
        assertThat(velden).containsExactlyInAnyOrder("naam", "duur", "plaatsen", "eenheden", "startInhuizing",
                "perWeek", "eindeGebruik", "jaar", "route", "reden");

        List<String> corporatie = api.als(accounts.gemeente(gemeente)).post(pad(gemeente), """
                {"soort": "CORPORATIE", "naam": "C", "jaar": 1999, "personen": 10, "woningen": 4,
                 "bezetting": 0, "maxAandeel": 1.5, "reden": "r"}""").ongeldigeVelden();
        assertThat(corporatie).containsExactlyInAnyOrder("jaar", "woningen", "bezetting", "maxAandeel");

        List<String> route = api.als(accounts.gemeente(gemeente)).post(pad(gemeente), """
                {"soort": "ROUTE", "naam": "Uitruil", "route": "UITRUIL", "partnergemeente": "GM9999",
                 "datum": "2024-05-01", "personen": 6, "perWeek": 2, "reden": "r"}""").ongeldigeVelden();
        assertThat(route).containsExactlyInAnyOrder("partnergemeente", "perWeek");

        assertThat(api.als(accounts.gemeente(gemeente)).post(pad(gemeente), """
                {"soort": "WONING", "naam": "x", "reden": "r"}""").ongeldigeVelden()).containsExactly("soort");
        assertThat(api.als(accounts.gemeente(gemeente)).post(pad(gemeente), """
                {"soort": "TEMPO", "naam": "Overig", "perWeek": 2, "vanaf": "2024-05-01", "tot": "2024-04-01",
                 "reden": "r"}""").ongeldigeVelden()).containsExactly("tot");
        assertThat(jdbc.sql("select count(*) from aanbod_bron where gemeente_code = ?").param(gemeente)
                .query(Long.class).single()).isZero();
    }

    @Test
    void de_toezichthouder_leest_het_aanbod_maar_houdt_het_niet_bij_en_een_andere_gemeente_ziet_het_niet() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        long id = api.als(accounts.gemeente(gemeente)).post(pad(gemeente), CORPORATIE).idUitLocation();
        JsonNode lijst = api.als(t.toezichthouder()).get(pad(gemeente)).json();
        assertThat(lijst.path("bronnen")).hasSize(1);
        assertThat(lijst.path("magWijzigen").asBoolean()).isFalse();
        api.als(t.toezichthouder()).get(pad(gemeente) + "/" + id).json();
        api.als(t.toezichthouder()).post(pad(gemeente), CORPORATIE).probleem(403);
        api.als(t.toezichthouder()).delete(pad(gemeente) + "/" + id + "?versie=1&reden=x").probleem(403);

        String ander = accounts.gemeente("GM0363");
        api.als(ander).get(pad(gemeente)).probleem(403);
        api.als(ander).get(pad(gemeente) + "/" + id).probleem(403);
        api.als(ander).get("/api/v1/gemeenten/" + gemeente + "/prognose").probleem(403);
        api.als(accounts.toezichthouder("PV27")).get(pad(gemeente)).probleem(403);
        // a source is read only under its own gemeente
        api.als(ander).get(pad("GM0363") + "/" + id).probleem(404);
    }

    @Test
    void de_prognose_plan_rekent_met_de_opgeslagen_bronnen_de_opgave_en_de_laatste_stand_van_het_coa() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        LocalDate vandaag = t.tussentijds().plusDays(14);
        klok.zet(vandaag);
        LocalDate peildatum = t.tussentijds().minusDays(1);
        String eigen = accounts.gemeente(gemeente);

        // without sources: what was housed stays; the opgave is not reached
        JsonNode leeg = api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose").json();
        assertThat(leeg.path("scenario").asString()).isEqualTo("PLAN");
        assertThat(leeg.path("periode").asString()).isEqualTo(t.periode().code());
        assertThat(leeg.path("opgave").asLong()).isEqualTo(100);
        assertThat(leeg.path("peildatum").asString()).isEqualTo(peildatum.toString());
        assertThat(leeg.path("gehuisvest").asLong()).isEqualTo(40);
        assertThat(leeg.path("uitkomst").path("taakstellingGehaaldOp").isNull()).isTrue();
        assertThat(leeg.path("uitkomst").path("verwachtGehuisvest").asLong()).isEqualTo(40);

        // a tempo of 7 a week is one a day from the day after the peildatum: 100 is reached on the 60th day
        long tempo = api.als(eigen).post(pad(gemeente), """
                {"soort": "TEMPO", "naam": "Overig", "perWeek": 7, "reden": "Wat niet apart staat"}""")
                .idUitLocation();
        long dagen = ChronoUnit.DAYS.between(peildatum, t.periode().laatsteDag());
        JsonNode plan = api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose?scenario=PLAN").json();
        JsonNode u = plan.path("uitkomst");
        assertThat(u.path("taakstellingGehaaldOp").asString()).isEqualTo(peildatum.plusDays(60).toString());
        assertThat(u.path("verwachtGehuisvest").asLong()).isEqualTo(40 + dagen);
        assertThat(u.path("verwachtSaldoUit").asLong()).isEqualTo(100 - 40 - dagen);
        assertThat(plan.path("bronnen").get(0).path("id").asLong()).isEqualTo(tempo);
        assertThat(plan.path("bronnen").get(0).path("versie").asInt()).isEqualTo(1);
        // all of it from a source other than the corporations: above the memo's 30 %
        assertThat(u.path("bevindingen").get(0).path("type").asString()).isEqualTo("NIET_REGULIER_BOVEN_AANDEEL");

        // corporations of the period's year with 10 a day: the tempo is well below 30 % of the supply
        int jaar = t.periode().jaar();
        int perJaar = 10 * LocalDate.of(jaar, 1, 1).lengthOfYear();
        api.als(eigen).post(pad(gemeente), "{\"soort\": \"CORPORATIE\", \"naam\": \"Corporaties\", \"jaar\": " + jaar
                + ", \"personen\": " + perJaar + ", \"reden\": \"Afspraak\"}").status(201);
        JsonNode met = api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose").json().path("uitkomst");
        assertThat(met.path("verwachtGehuisvest").asLong()).isEqualTo(40 + 11 * dagen);
        assertThat(met.path("taakstellingGehaaldOp").asString()).isEqualTo(peildatum.plusDays(6).toString());
        assertThat(met.path("perBron")).hasSize(2);
        assertThat(met.path("bevindingen")).isEmpty();

        // the supervisor reads the same forecast
        assertThat(api.als(t.toezichthouder()).get("/api/v1/gemeenten/" + gemeente + "/prognose").json()
                .path("uitkomst")).isEqualTo(met);
    }

    @Test
    void de_prognose_trend_rekent_met_het_tempo_van_het_coa_over_de_laatste_drie_volle_maanden() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        LocalDate vandaag = t.tussentijds().plusDays(14);
        klok.zet(vandaag);
        // three complete months: the first three of the period (the day before them is the previous period's last)
        LocalDate tot = t.tussentijds().minusDays(1);
        LocalDate van = t.periode().eersteDag();
        long dagen = ChronoUnit.DAYS.between(van.minusDays(1), tot);
        JsonNode trend = api.als(accounts.gemeente(gemeente)).get("/api/v1/gemeenten/" + gemeente
                + "/prognose?scenario=TREND").json();
        assertThat(trend.path("trend").path("van").asString()).isEqualTo(van.toString());
        assertThat(trend.path("trend").path("tot").asString()).isEqualTo(tot.toString());
        assertThat(trend.path("trend").path("gehuisvest").asLong()).isEqualTo(40);
        BigDecimal perWeek = BigDecimal.valueOf(280).divide(BigDecimal.valueOf(dagen), 4, RoundingMode.HALF_UP);
        assertThat(trend.path("trend").path("perWeek").decimalValue()).isEqualByComparingTo(perWeek);
        assertThat(trend.path("uitkomst").path("perBron")).hasSize(1);
        assertThat(trend.path("uitkomst").path("perBron").get(0).path("soort").asString()).isEqualTo("TEMPO");
        assertThat(trend.path("uitkomst").path("bevindingen")).isEmpty();

        api.als(accounts.gemeente(gemeente)).get("/api/v1/gemeenten/" + gemeente + "/prognose?scenario=MOOI")
                .probleem(400);
    }

    @Test
    void de_prognose_op_een_gekozen_dag_rekent_met_het_halfjaar_en_de_stand_van_het_coa_van_die_dag() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        // today is a year later, in another half-year without a taakstelling: only the chosen day has a forecast
        klok.zet(t.tussentijds().plusYears(1));
        String eigen = accounts.gemeente(gemeente);
        api.als(eigen).post(pad(gemeente), """
                {"soort": "TEMPO", "naam": "Overig", "perWeek": 7, "reden": "Wat niet apart staat"}""").status(201);
        assertThat(api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose").json().path("uitkomst")
                .isNull()).isTrue();

        LocalDate dag = t.tussentijds().plusDays(14);
        LocalDate peildatum = t.tussentijds().minusDays(1);
        JsonNode p = api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose?datum=" + dag).json();
        assertThat(p.path("berekendOp").asString()).isEqualTo(dag.toString());
        assertThat(p.path("periode").asString()).isEqualTo(t.periode().code());
        assertThat(p.path("peildatum").asString()).isEqualTo(peildatum.toString());
        assertThat(p.path("uitkomst").path("taakstellingGehaaldOp").asString())
                .isEqualTo(peildatum.plusDays(60).toString());
        // on the day before COA's standing, the standing does not count yet: from the day before the period, 0 housed
        JsonNode eerder = api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose?datum="
                + peildatum.minusDays(1)).json();
        assertThat(eerder.path("peildatum").asString()).isEqualTo(t.periode().eersteDag().minusDays(1).toString());
        assertThat(eerder.path("gehuisvest").asLong()).isZero();
        // the Trend of the chosen day and the page of that day
        assertThat(api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose?scenario=TREND&datum=" + dag)
                .json().path("trend").path("tot").asString()).isEqualTo(dag.withDayOfMonth(1).minusDays(1).toString());
    }

    @Test
    void een_ongeldige_dag_wordt_genoemd_met_elk_ander_ongeldig_veld() {
        String gemeente = "GM0363";
        String eigen = accounts.gemeente(gemeente);
        String pad = "/api/v1/gemeenten/" + gemeente + "/prognose";
        assertThat(api.als(eigen).get(pad + "?datum=26-09-2022").ongeldigeVelden()).containsExactly("datum");
        assertThat(api.als(eigen).get(pad + "?datum=2014-12-31").ongeldigeVelden()).containsExactly("datum");
        assertThat(api.als(eigen).get(pad + "?datum=" + gebied.vandaag().plusDays(1)).ongeldigeVelden())
                .containsExactly("datum");
        assertThat(api.als(eigen).get(pad + "?datum=+99999-01-01").ongeldigeVelden()).containsExactly("datum");
        assertThat(api.als(eigen).get(pad + "?scenario=MOOI&variant=3&datum=morgen").ongeldigeVelden())
                .containsExactlyInAnyOrder("scenario", "variant", "datum");
        assertThat(api.als(eigen).get(pad + "?datum=2015-01-01").json().path("berekendOp").asString())
                .isEqualTo("2015-01-01");
        assertThat(api.als(eigen).get(pad + "?datum=" + gebied.vandaag()).json().path("berekendOp").asString())
                .isEqualTo(gebied.vandaag().toString());
    }

    @Test
    void een_notitie_naast_de_prognose_wordt_door_de_gemeente_toegevoegd_met_elk_ongeldig_veld_genoemd() {
        String gemeente = "GM0363";
        nl.woonregie.platform.security.Gebruiker eigen = nl.woonregie.platform.security.Gebruiker.met(0, "notitie-test",
                nl.woonregie.platform.security.Toewijzing.gemeente(nl.woonregie.platform.security.Rol.GEMEENTE,
                        gemeente));
        nl.woonregie.platform.security.Gebruiker ander = nl.woonregie.platform.security.Gebruiker.met(0, "ander",
                nl.woonregie.platform.security.Toewijzing.gemeente(nl.woonregie.platform.security.Rol.GEMEENTE,
                        "GM0599"));
        var fout = org.assertj.core.api.Assertions.catchThrowableOfType(nl.woonregie.platform.web.ApiException.class,
                () -> notities.toevoegen(eigen, gemeente, new Aanbodnotities.Verzoek("2014-12-31", " ", "x".repeat(2001), " "),
                        "test"));
        assertThat(fout.invalidParams()).extracting(nl.woonregie.platform.web.InvalidParam::name)
                .containsExactlyInAnyOrder("datum", "bron", "tekst", "reden");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(nl.woonregie.platform.web.ApiException.class,
                () -> notities.toevoegen(ander, gemeente, new Aanbodnotities.Verzoek("2022-09-26", "Notitie", "Tekst",
                        "r"), "test")).status().value())
                .isEqualTo(403);

        var n = notities.toevoegen(eigen, gemeente, new Aanbodnotities.Verzoek("2022-09-26", "Notitie aan het college",
                "We halen het in oktober.", "uit de notitie"), "test");
        assertThat(notities.vanGemeente(eigen, gemeente)).extracting(x -> x.tekst()).contains("We halen het in oktober.");
        assertThat(n.datum()).isEqualTo(LocalDate.of(2022, 9, 26));
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'AANBODNOTITIE_TOEGEVOEGD' and object_id = ?")
                .param(Long.toString(n.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void zonder_taakstelling_zegt_de_prognose_wat_er_ontbreekt() {
        String gemeente = "GM0363";
        klok.zet(LocalDate.of(2090, 3, 1));
        JsonNode p = api.als(Api.BEHEERDER).get("/api/v1/gemeenten/" + gemeente + "/prognose").json();
        assertThat(p.path("uitkomst").isNull()).isTrue();
        assertThat(p.path("ontbrekend").get(0).asString()).contains("taakstelling");
    }

    @Test
    void een_variant_past_het_plan_aan_en_noemt_elke_ongeldige_aanpassing() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente();
        klok.zet(t.tussentijds().plusDays(14));
        LocalDate peildatum = t.tussentijds().minusDays(1);
        String eigen = accounts.gemeente(gemeente);
        long soza = api.als(eigen).post(pad(gemeente), "{\"soort\": \"PROJECT\", \"naam\": \"SoZa\", "
                + "\"duur\": \"TIJDELIJK\", \"woonvorm\": \"ONZELFSTANDIG\", \"plaatsen\": 40, \"eenheden\": 175, "
                + "\"startInhuizing\": \"" + peildatum.plusDays(1) + "\", \"status\": \"BESLOTEN\", "
                + "\"reden\": \"r\"}").idUitLocation();
        long tempo = api.als(eigen).post(pad(gemeente), """
                {"soort": "TEMPO", "naam": "Overig", "perWeek": 7, "reden": "r"}""").idUitLocation();
        String varianten = "/api/v1/gemeenten/" + gemeente + "/aanbodvarianten";

        List<String> velden = api.als(eigen).post(varianten, "{\"naam\": \"\", \"aanpassingen\": ["
                + "{\"bron\": " + soza + ", \"personen\": 3}, {\"bron\": 999999, \"plaatsen\": 1}, "
                + "{\"bron\": " + tempo + ", \"weglaten\": true, \"perWeek\": 2}, {\"bron\": " + soza + "}]}")
                .ongeldigeVelden();
        assertThat(velden).containsExactlyInAnyOrder("naam", "reden", "aanpassingen[0].personen",
                "aanpassingen[1].bron", "aanpassingen[2].weglaten", "aanpassingen[3].bron");

        long id = api.als(eigen).post(varianten, "{\"naam\": \"SoZa 90 i.p.v. 40\", \"reden\": \"Studie\", "
                + "\"aanpassingen\": [{\"bron\": " + soza + ", \"plaatsen\": 90}, {\"bron\": " + tempo
                + ", \"weglaten\": true}]}").idUitLocation();
        assertThat(api.als(eigen).post(varianten, "{\"naam\": \"soza 90 I.P.V. 40\", \"reden\": \"x\", "
                + "\"aanpassingen\": [{\"bron\": " + soza + ", \"plaatsen\": 80}]}").ongeldigeVelden())
                .containsExactly("naam");

        JsonNode plan = api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose").json().path("uitkomst");
        JsonNode variant = api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose?scenario=VARIANT&variant="
                + id).json();
        long dagen = ChronoUnit.DAYS.between(peildatum, t.periode().laatsteDag());
        assertThat(plan.path("verwachtGehuisvest").asLong()).isEqualTo(40 + 40 + dagen);
        // 90 places on the day after the peildatum, the tempo left out: 130 from that day on
        assertThat(variant.path("variant").path("naam").asString()).isEqualTo("SoZa 90 i.p.v. 40");
        assertThat(variant.path("uitkomst").path("verwachtGehuisvest").asLong()).isEqualTo(130);
        assertThat(variant.path("uitkomst").path("taakstellingGehaaldOp").asString())
                .isEqualTo(peildatum.plusDays(1).toString());
        assertThat(variant.path("uitkomst").path("perBron")).hasSize(1);
        assertThat(variant.path("variant").path("nietToegepast")).isEmpty();

        // the tempo removed since: its change has nothing to apply to, and says so
        api.als(eigen).delete(pad(gemeente) + "/" + tempo + "?versie=1&reden=weg").status(204);
        assertThat(api.als(t.toezichthouder()).get("/api/v1/gemeenten/" + gemeente
                + "/prognose?scenario=VARIANT&variant=" + id).json().path("variant").path("nietToegepast").get(0)
                .asLong()).isEqualTo(tempo);
        api.als(eigen).get("/api/v1/gemeenten/" + gemeente + "/prognose?scenario=VARIANT").probleem(400);
        api.als(t.toezichthouder()).delete(varianten + "/" + id + "?reden=x").probleem(403);
        api.als(eigen).delete(varianten + "/" + id + "?reden=Niet meer nodig").status(204);
        api.als(eigen).get(varianten + "/" + id).probleem(404);
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'aanbodvariant' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
    }
}
