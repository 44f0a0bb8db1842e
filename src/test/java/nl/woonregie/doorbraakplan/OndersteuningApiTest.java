package nl.woonregie.doorbraakplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/ondersteuning/berekeningen} as issue 17 specifies it: the Leeghwaterplein example exactly (to the
 * cent), who may compute (BEHEERDER and the municipality's programme roles; anonymous 401, another municipality 403),
 * nothing stored, and every invalid field named in a 400 problem.
 */
@IntegratieTest
class OndersteuningApiTest {

    /** The issue's request, verbatim. */
    static final String VOORBEELD = """
            {"gemeente": "GM0518",
             "regels": [
               {"project": "Leeghwaterplein", "soort": "WOONBEGELEIDING", "wonen": "ONZELFSTANDIG", "dienst": "OCW",
                "personen": 40, "vanKwartaal": "2022-Q4", "totKwartaal": "2027-Q4"},
               {"project": "Leeghwaterplein", "soort": "DOORSTROOMBEGELEIDING", "dienst": "DSO", "personen": 40, "kwartaal": "2027-Q3"},
               {"project": "Alle locaties", "soort": "LOCATIEMANAGEMENT", "dienst": "DPZ", "bedragPerJaar": 60000,
                "vanKwartaal": "2023-Q1", "totKwartaal": "2027-Q4"}],
             "tarieven": [{"soort": "WOONBEGELEIDING_ONZELFSTANDIG", "bedrag": 370, "geldigVanaf": "2022-01-01"}],
             "dekking": [{"jaar": 2022, "bron": "Retraiteclaim 2022", "bedrag": 44400}]}
            """;

    /** The audit entries of changes (a sign-in is recorded too, and is not a change). */
    static final String AUDIT = "select count(*) from audit_log where actie not like 'AANGEMELD%' and actie not like 'AANMELDEN%'";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    MvcResult stuur(String body, String gebruiker, String wachtwoord) throws Exception {
        MockHttpServletRequestBuilder b = post("/api/v1/ondersteuning/berekeningen")
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (gebruiker != null) {
            b = b.with(httpBasic(gebruiker, wachtwoord));
        }
        return mvc.perform(b).andReturn();
    }

    MvcResult alsBeheerder(String body) throws Exception {
        return stuur(body, "beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
    }

    JsonNode probleem(String body) throws Exception {
        MvcResult r = alsBeheerder(body);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        return json.readTree(r.getResponse().getContentAsString());
    }

    static List<String> namen(JsonNode probleem) {
        List<String> namen = new ArrayList<>();
        probleem.get("invalidParams").forEach(p -> {
            assertThat(p.get("reason").asString()).isNotBlank();
            namen.add(p.get("name").asString());
        });
        return namen;
    }

    @Test
    void het_voorbeeld_leeghwaterplein_geeft_precies_de_bedragen_van_het_issue() throws Exception {
        MvcResult r = alsBeheerder(VOORBEELD);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode a = json.readTree(r.getResponse().getContentAsString());
        assertThat(a.get("totaal").decimalValue()).isEqualByComparingTo("1312400");
        assertThat(r.getResponse().getContentAsString()).contains("\"totaal\":1312400.00");
        List<String> jaren = new ArrayList<>();
        a.get("perJaar").forEach(j -> jaren.add(j.get("jaar").asInt() + " " + j.get("kosten").decimalValue()
                .toPlainString() + " " + j.get("gedekt").decimalValue().toPlainString() + " "
                + j.get("ongedekt").decimalValue().toPlainString()));
        assertThat(jaren).containsExactly("2022 44400.00 44400.00 0.00", "2023 237600.00 0.00 237600.00",
                "2024 237600.00 0.00 237600.00", "2025 237600.00 0.00 237600.00", "2026 237600.00 0.00 237600.00",
                "2027 317600.00 0.00 317600.00");
        JsonNode eerste = a.get("perRegel").get(0);
        assertThat(eerste.get("perMaand").decimalValue()).isEqualByComparingTo("14800");
        assertThat(eerste.get("soort").asString()).isEqualTo("WOONBEGELEIDING");
        assertThat(a.get("perRegel").get(1).has("perMaand")).isFalse();
        assertThat(a.get("perRegel").get(2).has("perMaand")).isFalse();
        assertThat(a.get("perRegel")).hasSize(3);
        List<String> projecten = new ArrayList<>();
        a.get("perProject").forEach(p -> projecten.add(p.get("project").asString() + " "
                + p.get("kosten").decimalValue().toPlainString()));
        assertThat(projecten).containsExactly("Leeghwaterplein 1012400.00", "Alle locaties 300000.00");
        List<String> diensten = new ArrayList<>();
        a.get("perDienst").forEach(d -> diensten.add(d.get("dienst").asString() + " " + d.get("jaar").asInt() + " "
                + d.get("kosten").decimalValue().toPlainString()));
        assertThat(diensten).containsExactly("OCW 2022 44400.00", "OCW 2023 177600.00", "OCW 2024 177600.00",
                "OCW 2025 177600.00", "OCW 2026 177600.00", "OCW 2027 177600.00", "DSO 2027 80000.00",
                "DPZ 2023 60000.00", "DPZ 2024 60000.00", "DPZ 2025 60000.00", "DPZ 2026 60000.00",
                "DPZ 2027 60000.00");
    }

    @Test
    void zonder_tarieven_gelden_de_tarieven_van_de_memo() throws Exception {
        String zonder = VOORBEELD.replaceAll("\"tarieven\": \\[[^\\]]*\\],", "");
        assertThat(zonder).doesNotContain("tarieven");
        MvcResult r = alsBeheerder(zonder);
        assertThat(json.readTree(r.getResponse().getContentAsString()).get("totaal").decimalValue())
                .isEqualByComparingTo("1312400");
        // an own tariff replaces its kind only: 400 a month from 2022 on, doorstroombegeleiding stays 2.000
        MvcResult eigen = alsBeheerder(VOORBEELD.replace("\"bedrag\": 370", "\"bedrag\": 400"));
        JsonNode a = json.readTree(eigen.getResponse().getContentAsString());
        assertThat(a.get("perRegel").get(0).get("perMaand").decimalValue()).isEqualByComparingTo("16000");
        assertThat(a.get("perRegel").get(1).get("kosten").decimalValue()).isEqualByComparingTo("80000");
    }

    @Test
    void anoniem_401_andere_gemeente_403_programmarollen_van_de_gemeente_200_en_niets_wordt_opgeslagen()
            throws Exception {
        Accounts accounts = new Accounts(mvc);
        long auditVoor = jdbc.sql(AUDIT).query(Long.class).single();
        assertThat(stuur(VOORBEELD, null, null).getResponse().getStatus()).isEqualTo(401);
        String programma = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"GM0518\"");
        String bestuur = accounts.maak("BESTUUR", "\"gemeente\":\"GM0518\"");
        String rotterdam = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"GM0599\"");
        String gemeente = accounts.gemeente("GM0518");
        String toezicht = accounts.toezichthouder("PV28");
        long auditNaAccounts = jdbc.sql(AUDIT).query(Long.class).single();
        assertThat(stuur(VOORBEELD, programma, Accounts.WACHTWOORD).getResponse().getStatus()).isEqualTo(200);
        assertThat(stuur(VOORBEELD, bestuur, Accounts.WACHTWOORD).getResponse().getStatus()).isEqualTo(200);
        MvcResult andere = stuur(VOORBEELD, rotterdam, Accounts.WACHTWOORD);
        assertThat(andere.getResponse().getStatus()).isEqualTo(403);
        assertThat(andere.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(stuur(VOORBEELD.replace("GM0518", "GM0599"), rotterdam, Accounts.WACHTWOORD).getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(stuur(VOORBEELD, gemeente, Accounts.WACHTWOORD).getResponse().getStatus()).isEqualTo(403);
        assertThat(stuur(VOORBEELD, toezicht, Accounts.WACHTWOORD).getResponse().getStatus()).isEqualTo(403);
        // another municipality's role is refused before its request is judged: no field of it is named
        assertThat(stuur("{\"gemeente\": \"GM0518\", \"regels\": 5}", rotterdam, Accounts.WACHTWOORD).getResponse()
                .getStatus()).isEqualTo(403);
        // computing changes nothing: no audit entry besides the accounts' own (and no table of its own)
        assertThat(jdbc.sql(AUDIT).query(Long.class).single()).isEqualTo(auditNaAccounts)
                .isGreaterThan(auditVoor);
    }

    @Test
    void een_dienst_van_de_gemeente_mag_rekenen_een_projectleider_nog_niet() {
        Toewijzing ocw = new Toewijzing(Rol.DIENST, null, "GM0518", null, null, "OCW", null);
        assertThat(Ondersteuningsberekeningen.magRekenen(Gebruiker.met(1, "ocw", ocw), "GM0518")).isTrue();
        assertThat(Ondersteuningsberekeningen.magRekenen(Gebruiker.met(1, "ocw", ocw), "GM0599")).isFalse();
        Toewijzing project = new Toewijzing(Rol.PROJECTLEIDER, null, null, null, null, null, 7L);
        assertThat(Ondersteuningsberekeningen.magRekenen(Gebruiker.met(2, "pl", project), "GM0518")).isFalse();
        assertThat(Ondersteuningsberekeningen.magRekenen(Gebruiker.met(3, "b",
                Toewijzing.zonderScope(Rol.BEHEERDER)), "GM0518")).isTrue();
        assertThat(Ondersteuningsberekeningen.magRekenen(Gebruiker.met(4, "g",
                Toewijzing.gemeente(Rol.GEMEENTE, "GM0518")), "GM0518")).isFalse();
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd() throws Exception {
        JsonNode p = probleem("""
                {"gemeente": "GM0518", "extra": 1,
                 "regels": [
                   {"project": "A", "soort": "ONBEKEND", "dienst": "OCW", "personen": -1},
                   {"project": "B", "soort": "WOONBEGELEIDING", "wonen": "HALF", "dienst": "OCW", "personen": 4,
                    "vanKwartaal": "2022-4", "totKwartaal": "2022-Q5"},
                   {"project": "C", "soort": "WOONBEGELEIDING", "wonen": "ZELFSTANDIG", "dienst": "OCW",
                    "personen": 4, "vanKwartaal": "2023-Q2", "totKwartaal": "2023-Q1", "kwartaal": "2023-Q1"},
                   {"project": "D", "soort": "DOORSTROOMBEGELEIDING", "dienst": "DSO"},
                   {"project": "E", "soort": "LOCATIEMANAGEMENT", "dienst": "DPZ", "bedragPerJaar": -5,
                    "vanKwartaal": "2023-Q1", "totKwartaal": "2023-Q4", "kleur": "rood"},
                   {"soort": "TRAJECTBEGELEIDING", "personen": 1.5, "vanKwartaal": "2023-Q1", "totKwartaal": "2023-Q1"}],
                 "tarieven": [{"soort": "WOONBEGELEIDING_HALF", "bedrag": 1.005, "geldigVanaf": "2022-02-30"}],
                 "dekking": [{"jaar": 2022, "bron": "Retraite", "bedrag": -1, "dienst": "OCW"}, {"jaar": "2023"}]}
                """);
        assertThat(namen(p)).containsExactlyInAnyOrder("extra",
                "regels[0].soort", "regels[0].personen",
                "regels[1].wonen", "regels[1].vanKwartaal", "regels[1].totKwartaal",
                "regels[2].kwartaal", "regels[2].totKwartaal",
                "regels[3].personen", "regels[3].kwartaal",
                "regels[4].bedragPerJaar", "regels[4].kleur",
                "regels[5].project", "regels[5].dienst", "regels[5].personen",
                "tarieven[0].soort", "tarieven[0].bedrag", "tarieven[0].geldigVanaf",
                "dekking[0].bedrag", "dekking[1].jaar", "dekking[1].bron", "dekking[1].bedrag");
        assertThat(p.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void een_regel_zonder_geldend_tarief_en_een_onbekende_of_ontbrekende_gemeente_worden_genoemd() throws Exception {
        String laat = VOORBEELD.replace("\"geldigVanaf\": \"2022-01-01\"", "\"geldigVanaf\": \"2023-01-01\"");
        assertThat(namen(probleem(laat))).containsExactly("regels[0].vanKwartaal");
        assertThat(namen(probleem(VOORBEELD.replace("GM0518", "GM9999")))).containsExactly("gemeente");
        assertThat(namen(probleem("{\"regels\": []}"))).containsExactlyInAnyOrder("gemeente", "regels");
        assertThat(namen(probleem("[1]"))).containsExactly("body");
        assertThat(namen(probleem("{\"gemeente\": \"GM0518\", \"regels\": [], \"regels\": []}"))).containsExactly("body");
    }
}
