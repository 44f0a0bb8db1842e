package nl.woonregie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.support.OngerepteDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's supply plans: 's-Gravenhage's 2022-II plan holds the memo's inputs (26 September 2022), and its forecast
 * computed as of that day equals the spec's model worked out here, day by day in whole units of 1/2555 of a person
 * (2555 = 365 × 7: a year's persons per day and a week's pace per day are both whole in it) — not the memo's
 * "oktober / november / voorsprong 198". Leeghwaterplein enters the supply at its designation in the Doorbraakplan
 * ({@code DoorbraakplanDemo}), the memo's facts as its second version; the fictitious locations designated with it start
 * in 2023. The made-up plans of four other municipalities are stored and marked so.
 * Against the demo as it loads ({@link OngerepteDemo}): the browser tests change 's-Gravenhage's supply in theirs (a
 * designated lead becomes a project, a support plan adds one).
 */
@OngerepteDemo
class AanbodDemoTest {

    static final String WACHTWOORD = "demo-woonregie-2026";
    static final long EENHEID = 365 * 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode get200(String account, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(httpBasic(account, WACHTWOORD))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString());
    }

    /** A project of the memo as this test reads it: places, the first day of intake, persons a week (0: all at once). */
    record Project(long plaatsen, LocalDate start, long perWeek) {

        /** Cumulative persons, in units, after {@code dagen} days of intake (day 1 is the start). */
        long totaal(long dagen) {
            if (dagen <= 0) {
                return 0;
            }
            return perWeek == 0 ? plaatsen * EENHEID : Math.min(plaatsen * EENHEID, dagen * perWeek * 365);
        }

        long op(LocalDate d) {
            long k = java.time.temporal.ChronoUnit.DAYS.between(start, d) + 1;
            return totaal(k) - totaal(k - 1);
        }
    }

    /** The memo's sources (the dates and paces it does not give as the demo chose them, see the toelichtingen). */
    static final long CORPORATIES_2022 = 777;
    static final Map<String, Project> PROJECTEN = Map.of(
            "SoZa (Anna van Hannoverstraat)", new Project(40, LocalDate.of(2022, 10, 15), 10),
            "Koolwitjelaan", new Project(45, LocalDate.of(2022, 10, 1), 5),
            "Haga (voormalig Juliana Kinderziekenhuis)", new Project(30, LocalDate.of(2022, 11, 1), 0),
            "Sloopwoningen Vestia: Schaapherderstraat", new Project(30, LocalDate.of(2022, 10, 1), 2),
            "Sloopwoningen Vestia: De Venen", new Project(40, LocalDate.of(2022, 10, 1), 2),
            "Sloopwoningen Vestia: Stuwstraat", new Project(30, LocalDate.of(2022, 10, 1), 2),
            "Leeghwaterplein", new Project(40, LocalDate.of(2023, 2, 1), 10),
            "Neuhuyskade (gebouw van het RVB)", new Project(25, LocalDate.of(2023, 4, 1), 5));

    @Test
    void het_plan_van_s_gravenhage_bevat_de_invoer_van_de_notitie() throws Exception {
        JsonNode bronnen = get200("gemeente-denhaag", "/api/v1/gemeenten/GM0518/aanbodbronnen").path("bronnen");
        Map<String, JsonNode> perNaam = new HashMap<>();
        // the fictitious locations of the Doorbraakplan's second tranche (DoorbraakplanDemoTest) apart
        bronnen.forEach(b -> {
            String naam = b.path("feiten").path("naam").asString();
            if (!naam.endsWith("(fictief)")) {
                assertThat(perNaam.put(naam, b)).as(naam + " staat één keer in het aanbod").isNull();
            }
        });
        assertThat(perNaam).hasSize(PROJECTEN.size() + 1);
        JsonNode c = perNaam.get("Corporaties 2022").path("feiten");
        assertThat(c.path("jaar").asInt()).isEqualTo(2022);
        assertThat(c.path("personen").asLong()).isEqualTo(CORPORATIES_2022);
        assertThat(c.path("verwachteVerhuringen").asLong()).isEqualTo(4440);
        assertThat(c.path("maxAandeel").decimalValue()).isEqualByComparingTo("0.10");
        PROJECTEN.forEach((naam, p) -> {
            JsonNode f = perNaam.get(naam).path("feiten");
            assertThat(f.path("plaatsen").asLong()).as(naam).isEqualTo(p.plaatsen());
            assertThat(f.path("startInhuizing").asString()).as(naam).isEqualTo(p.start().toString());
            assertThat(f.path("perWeek").isNull() || f.path("perWeek").isMissingNode() ? 0
                    : f.path("perWeek").decimalValue().longValueExact()).as(naam).isEqualTo(p.perWeek());
            assertThat(f.path("toelichting").asString()).as(naam).startsWith("Uit de notitie:");
        });
        // where the memo gives no date or pace, the toelichting says the demo chose one
        assertThat(perNaam.get("SoZa (Anna van Hannoverstraat)").path("feiten").path("toelichting").asString())
                .contains("Gekozen door de demo");
    }

    @Test
    void de_prognose_op_26_september_2022_volgt_het_model_uit_de_invoer_van_de_notitie() throws Exception {
        JsonNode p = get200("gemeente-denhaag", "/api/v1/gemeenten/GM0518/prognose?datum=2022-09-26");
        assertThat(p.path("berekendOp").asString()).isEqualTo("2022-09-26");
        assertThat(p.path("periode").asString()).isEqualTo("2022-II");
        assertThat(p.path("ontbrekend")).isEmpty();
        JsonNode u = p.path("uitkomst");
        long opgave = u.path("opgave").asLong();
        long ambitie = u.path("ambitie").asLong();
        LocalDate d0 = LocalDate.parse(u.path("peildatum").asString());
        long h0 = u.path("gehuisvest").asLong();
        // COA's latest standing on or before the day, in the period
        assertThat(d0).isBetween(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 26));
        assertThat(jdbc.sql("select gehuisvest from coa_stand where gemeente_code = 'GM0518' and periode = '2022-II' "
                + "and datum = ?").param(d0).query(Long.class).single()).isEqualTo(h0);
        assertThat(ambitie).isGreaterThan(opgave);

        LocalDate einde = LocalDate.of(2022, 12, 31);
        BigInteger h = BigInteger.valueOf(h0 * EENHEID);
        LocalDate taakstelling = h0 >= opgave ? d0 : null;
        LocalDate ambitieOp = h0 >= ambitie ? d0 : null;
        for (LocalDate d = d0.plusDays(1); !d.isAfter(einde); d = d.plusDays(1)) {
            long dag = CORPORATIES_2022 * 7; // 777 / 365 a day, in units of 1/2555
            for (Project pr : PROJECTEN.values()) {
                dag += pr.op(d);
            }
            h = h.add(BigInteger.valueOf(dag));
            if (taakstelling == null && h.compareTo(BigInteger.valueOf(opgave * EENHEID)) >= 0) {
                taakstelling = d;
            }
            if (ambitieOp == null && h.compareTo(BigInteger.valueOf(ambitie * EENHEID)) >= 0) {
                ambitieOp = d;
            }
        }
        long verwacht = h.divide(BigInteger.valueOf(EENHEID)).longValueExact();
        assertThat(u.path("taakstellingGehaaldOp").isNull() ? null
                : LocalDate.parse(u.path("taakstellingGehaaldOp").asString())).isEqualTo(taakstelling);
        assertThat(u.path("ambitieGehaaldOp").isNull() ? null
                : LocalDate.parse(u.path("ambitieGehaaldOp").asString())).isEqualTo(ambitieOp);
        assertThat(u.path("verwachtGehuisvest").asLong()).isEqualTo(verwacht);
        assertThat(u.path("verwachtSaldoUit").asLong()).isEqualTo(opgave - verwacht);
        // Leeghwaterplein and Neuhuyskade start in 2023: nothing in 2022-II; so do the fictitious locations of the
        // Doorbraakplan's second tranche
        for (JsonNode b : u.path("perBron")) {
            if (b.path("naam").asString().endsWith("(fictief)")) {
                assertThat(b.path("verwacht").decimalValue()).as(b.path("naam").asString()).isZero();
            }
        }
        for (JsonNode b : u.path("perBron")) {
            if (List.of("Leeghwaterplein", "Neuhuyskade (gebouw van het RVB)").contains(b.path("naam").asString())) {
                assertThat(b.path("verwacht").decimalValue()).isZero();
            }
        }
        // the memo's statement does not follow from its inputs: not the taakstelling in October 2022 with the
        // ambition in November and a voorsprong of 198
        assertThat(taakstelling != null && taakstelling.getMonthValue() == 10 && ambitieOp != null
                && ambitieOp.getMonthValue() == 11 && opgave - verwacht == -198).isFalse();
    }

    @Test
    void de_uitspraak_van_de_notitie_is_opgeslagen_naast_de_prognose() throws Exception {
        assertThat(jdbc.sql("select datum::text || ' ' || tekst from aanbod_notitie where gemeente_code = 'GM0518'")
                .query(String.class).list()).containsExactly("2022-09-26 " + AanbodDemo.NOTITIE_TEKST);
        assertThat(AanbodDemo.NOTITIE_TEKST).contains("taakstelling in oktober 2022", "ambitie in november 2022",
                "voorsprong van 198");
    }

    @Test
    void de_andere_plannen_zijn_verzonnen_en_zeggen_dat() throws Exception {
        for (String gemeente : List.of("GM0599", "GM0546", "GM0637", "GM0503")) {
            JsonNode bronnen = get200("toezicht-zh", "/api/v1/gemeenten/" + gemeente + "/aanbodbronnen")
                    .path("bronnen");
            assertThat(bronnen.size()).as(gemeente).isGreaterThanOrEqualTo(2);
            bronnen.forEach(b -> {
                assertThat(b.path("feiten").path("naam").asString()).as(gemeente).endsWith("(verzonnen)");
                assertThat(b.path("feiten").path("toelichting").asString()).as(gemeente)
                        .startsWith("Verzonnen voor de demo");
            });
            JsonNode p = get200("toezicht-zh", "/api/v1/gemeenten/" + gemeente + "/prognose?datum=2023-03-01");
            assertThat(p.path("periode").asString()).isEqualTo("2023-I");
            assertThat(p.path("uitkomst").isObject()).as(gemeente + ": " + p.path("ontbrekend")).isTrue();
        }
    }
}
