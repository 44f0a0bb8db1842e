package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The spend of a year as the team stated it (issue 20 §4, ADR 0064), through the API on a team of its own: the
 * coordinator records the 2021 report's spend — € 196.413,45 stated, its five categories summing to € 196.413,55 —
 * and the figures of 2021 show the ten cents as a finding; versioned, audited, every invalid field named, scoped.
 */
@IntegratieTest
class UitgavenopgaveApiTest {

    static final String OPGAVE_2021 = """
            {"bron": "Resultaten Verhuisbox Plus 2021 (uitputting van budget exclusief fte)", "totaal": 196413.45,
             "posten": [
               {"omschrijving": "Reiskosten", "soort": "REISKOSTEN", "bedrag": 1589.66},
               {"omschrijving": "Overbrugging huur", "soort": "EERSTE_HUUR", "bedrag": 59295.65},
               {"omschrijving": "Huisraad", "soort": "INRICHTING", "bedrag": 126000.54},
               {"omschrijving": "Overbrugging uitkering", "soort": "OVERBRUGGING_UITKERING", "bedrag": 4537.15},
               {"omschrijving": "Verhuiskosten", "soort": "VERHUISKOSTEN", "bedrag": 4990.55}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long audit(String actie) {
        return jdbc.sql("select count(*) from audit_log where actie = ? and object_type = 'vhb_uitgavenopgave' "
                + "and object_id in (select id::text from vhb_uitgavenopgave where team_id = ?)")
                .params(actie, t.team).query(Long.class).single();
    }

    Testteam t;

    @Test
    void de_opgave_van_2021_wijkt_tien_cent_af_van_de_som_van_haar_posten() {
        t = new Testteam(mvc, jdbc);
        t.geldjaar(2021, "220000.00");
        String pad = Testteam.A + "/uitgavenopgaven/2021";
        t.api.als(t.coordinator).get(pad).probleem(404);

        var antwoord = t.api.als(t.coordinator).put(pad, OPGAVE_2021);
        JsonNode o = antwoord.json(201);
        assertThat(antwoord.header("ETag")).isEqualTo("\"1\"");
        assertThat(o.path("somPosten").decimalValue()).isEqualByComparingTo("196413.55");
        assertThat(o.path("verschil").decimalValue()).isEqualByComparingTo("-0.10");
        assertThat(o.path("sluit").asBoolean()).isFalse();
        // no grants in Woonregie for 2021: each tied category is compared with € 0,00
        assertThat(o.path("posten").get(1).path("berekend").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(o.path("posten").get(1).path("soortLabel").asString()).isNotBlank().isNotEqualTo("EERSTE_HUUR");
        assertThat(audit("VHB_UITGAVENOPGAVE_VASTGELEGD")).isEqualTo(1);

        // the figures of 2021 carry the finding; without payments that year no category is compared
        JsonNode rapport = t.api.als(t.coordinator).get(Testteam.A + "/rapportage?van=2021-01-01&tot=2021-12-31")
                .json();
        JsonNode bevinding = null;
        int opgaveControles = 0;
        for (JsonNode c : rapport.path("controles")) {
            if (c.path("code").asString().startsWith("OPGAVE_2021")) {
                opgaveControles++;
                bevinding = c;
            }
        }
        assertThat(opgaveControles).isEqualTo(1);
        assertThat(bevinding.path("klopt").asBoolean()).isFalse();
        assertThat(bevinding.path("toelichting").asString()).contains("€ 196.413,45 opgegeven",
                "som van de posten € 196.413,55", "verschil € 0,10", "lager");
        // not for a period that is not the whole year
        assertThat(t.api.als(t.coordinator).get(Testteam.A + "/rapportage?van=2021-01-01&tot=2021-06-30").tekst())
                .doesNotContain("OPGAVE_2021");

        // a replacement names its version: none is a 400 with every other invalid field, a stale one a 409
        assertThat(namen(t.api.als(t.coordinator).put(pad, """
                {"bron": " ", "totaal": -1, "posten": [{"omschrijving": "", "bedrag": 1.005},
                  {"omschrijving": "Borg", "soort": "GEEN_SOORT", "bedrag": 10},
                  {"omschrijving": "Reizen", "soort": "REISKOSTEN", "bedrag": 1},
                  {"omschrijving": "Treinkaartjes", "soort": "reiskosten", "bedrag": 2}]}""").probleem(400)))
                .containsExactlyInAnyOrder("If-Match", "bron", "totaal", "posten[0].omschrijving", "posten[0].bedrag",
                        "posten[1].soort", "posten[3].soort");
        assertThat(namen(t.api.als(t.coordinator).put(pad, "{\"bron\":\"x\",\"totaal\":1,\"posten\":[]}", "\"1\"")
                .probleem(400))).containsExactly("posten");
        t.api.als(t.coordinator).put(pad, OPGAVE_2021.replace("196413.45", "196413.55"), "\"7\"").probleem(409);
        JsonNode na = t.api.als(t.coordinator).put(pad, OPGAVE_2021.replace("196413.45", "196413.55"), "\"1\"")
                .json(200);
        assertThat(na.path("versie").asInt()).isEqualTo(2);
        assertThat(na.path("sluit").asBoolean()).isTrue();
        assertThat(audit("VHB_UITGAVENOPGAVE_GEWIJZIGD")).isEqualTo(1);
        assertThat(jdbc.sql("select oude_waarde::text || nieuwe_waarde::text from audit_log where actie = "
                + "'VHB_UITGAVENOPGAVE_GEWIJZIGD' and object_type = 'vhb_uitgavenopgave' and object_id in (select "
                + "id::text from vhb_uitgavenopgave where team_id = ?)").param(t.team).query(String.class).single())
                .contains("196413.45", "196413.55");

        // a year before the Verhuisbox or in the future is refused; an unknown field too
        int volgend = LocalDate.now().getYear() + 1;
        assertThat(namen(t.api.als(t.coordinator).put(Testteam.A + "/uitgavenopgaven/2018", OPGAVE_2021)
                .probleem(400))).containsExactly("jaar");
        assertThat(namen(t.api.als(t.coordinator).put(Testteam.A + "/uitgavenopgaven/" + volgend, OPGAVE_2021)
                .probleem(400))).containsExactly("jaar");
        t.api.als(t.coordinator).put(Testteam.A + "/uitgavenopgaven/2022", "{\"bron\":\"x\",\"totaal\":1,"
                + "\"posten\":[{\"omschrijving\":\"x\",\"bedrag\":1}],\"extra\":1}").probleem(400);

        // read like the report: the consulent reads, only the coordinator records; another team has its own
        assertThat(t.api.als(t.consulent).get(pad).json().path("versie").asInt()).isEqualTo(2);
        t.api.als(t.consulent).put(pad, OPGAVE_2021, "\"2\"").probleem(403);
        t.api.als(t.casemanager).get(pad).probleem(403);
        t.api.als(t.anderAccount("COORDINATOR")).get(pad).probleem(404);
    }
}
