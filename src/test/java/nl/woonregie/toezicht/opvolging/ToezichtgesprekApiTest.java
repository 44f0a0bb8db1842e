package nl.woonregie.toezicht.opvolging;

import static nl.woonregie.support.Api.ids;
import static nl.woonregie.support.Api.namen;
import static nl.woonregie.support.Api.reden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Recording, reading and correcting toezichtgesprekken; Rijswijk (GM0603) is this class's municipality. */
@IntegratieTest
class ToezichtgesprekApiTest {

    static final String GEMEENTE = "GM0603";
    static final String PAD = "/api/v1/gemeenten/" + GEMEENTE + "/toezichtgesprekken";

    static final String GESPREK = """
            {"periode":"2022-II","datum":"2022-11-15","soort":"AMBTELIJK",
             "deelnemers":[{"organisatie":"Provincie Zuid-Holland","functie":"toezichthouder"},
                           {"organisatie":"Gemeente Rijswijk","functie":"beleidsmedewerker wonen"}],
             "verslag":"De gemeente licht de achterstand toe; zij verwacht in december 12 woningen.",
             "trede":"3"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Api api;
    /** TOEZICHTHOUDER of Zuid-Holland (PV28). */
    String th;

    @BeforeEach
    void accounts() {
        api = new Api(mvc);
        th = new Accounts(mvc).toezichthouder("PV28");
    }

    @Test
    void een_gesprek_vastleggen_en_lezen() {
        Api.Antwoord r = api.als(th).post(PAD, GESPREK);
        JsonNode gesprek = r.json(201);
        long id = r.idUitLocation();
        assertThat(r.header("Location")).isEqualTo("/api/v1/toezichtgesprekken/" + id);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(gesprek.path("id").asLong()).isEqualTo(id);
        assertThat(gesprek.path("gemeente").asString()).isEqualTo(GEMEENTE);
        assertThat(gesprek.path("gemeenteNaam").asString()).isEqualTo("Rijswijk (ZH.)");
        assertThat(gesprek.path("periode").asString()).isEqualTo("2022-II");
        assertThat(gesprek.path("datum").asString()).isEqualTo("2022-11-15");
        assertThat(gesprek.path("soort").asString()).isEqualTo("AMBTELIJK");
        assertThat(gesprek.path("deelnemers").path(1).path("organisatie").asString()).isEqualTo("Gemeente Rijswijk");
        assertThat(gesprek.path("deelnemers").path(1).path("functie").asString())
                .isEqualTo("beleidsmedewerker wonen");
        assertThat(gesprek.path("trede").asString()).as("3 is read as 3a on the Zuid-Holland ladder").isEqualTo("3a");
        assertThat(gesprek.path("versie").asInt()).isEqualTo(1);
        assertThat(gesprek.path("aangemaaktDoor").asString()).isEqualTo(th);
        assertThat(gesprek.path("versies").size()).isEqualTo(1);

        JsonNode gelezen = api.als(th).get("/api/v1/toezichtgesprekken/" + id).json();
        assertThat(gelezen).isEqualTo(gesprek);

        assertThat(ids(api.als(th).get(PAD).json().path("toezichtgesprekken"))).contains(id);
        assertThat(ids(api.als(th).get(PAD + "?periode=2022-II").json().path("toezichtgesprekken")))
                .contains(id);
        assertThat(ids(api.als(th).get(PAD + "?periode=2023-I").json().path("toezichtgesprekken")))
                .doesNotContain(id);
        assertThat(api.als(th).get(PAD + "?periode=2023-3").ongeldigeVelden()).containsExactly("periode");

        String audit = jdbc.sql("""
                select nieuwe_waarde ->> 'verslag' from audit_log
                where actie = 'TOEZICHTGESPREK_VASTGELEGD' and object_id = ? and actor = ?""")
                .params(Long.toString(id), th).query(String.class).single();
        assertThat(audit).startsWith("De gemeente licht de achterstand toe");
    }

    @Test
    void een_leeg_verzoek_noemt_elk_verplicht_veld() {
        JsonNode p = api.als(th).post(PAD, "{}").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("periode", "datum", "soort", "deelnemers", "verslag");
    }

    @Test
    void ongeldige_waarden_worden_allemaal_genoemd() {
        String body = """
                {"periode":"2022-III","datum":"15-11-2022","soort":"TELEFONISCH",
                 "deelnemers":[{"organisatie":" ","functie":"toezichthouder"},null],
                 "verslag":"%s"}""".formatted("x".repeat(20_001));
        JsonNode p = api.als(th).post(PAD, body).probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("periode", "datum", "soort", "deelnemers[0].organisatie",
                "deelnemers[1]", "verslag");
        assertThat(reden(p, "datum")).contains("JJJJ-MM-DD");
        assertThat(reden(p, "soort")).contains("AMBTELIJK").contains("BESTUURLIJK");
        assertThat(reden(p, "verslag")).contains("20000");
    }

    @Test
    void een_datum_in_de_toekomst_en_een_onbekende_trede_worden_geweigerd() {
        String morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(2).toString();
        String body = GESPREK.replace("2022-11-15", morgen).replace("\"trede\":\"3\"", "\"trede\":\"7\"");
        JsonNode p = api.als(th).post(PAD, body).probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("datum");

        p = api.als(th).post(PAD, GESPREK.replace("\"trede\":\"3\"", "\"trede\":\"7\"")).probleem(400);
        assertThat(namen(p)).containsExactly("trede");
        assertThat(reden(p, "trede")).contains("3a").contains("3b");
    }

    @Test
    void een_onbekend_veld_wordt_geweigerd_en_genoemd() {
        String metNaam = GESPREK.replace("\"functie\":\"toezichthouder\"",
                "\"functie\":\"toezichthouder\",\"naam\":\"J. Jansen\"");
        JsonNode p = api.als(th).post(PAD, metNaam).probleem(400);
        assertThat(namen(p)).containsExactly("deelnemers[0].naam");
        assertThat(reden(p, "deelnemers[0].naam")).isEqualTo("onbekend veld");

        p = api.als(th).post(PAD, GESPREK.replace("{\"periode\"", "{\"notulist\":\"x\",\"periode\"")).probleem(400);
        assertThat(namen(p)).containsExactly("notulist");
    }

    @Test
    void een_correctie_maakt_een_nieuwe_versie_en_de_oude_blijft_leesbaar() {
        long id = api.als(th).post(PAD, GESPREK).idUitLocation();
        String correctie = GESPREK.replace("12 woningen", "14 woningen").replace("\"AMBTELIJK\"", "\"BESTUURLIJK\"")
                .replace("\"trede\":\"3\"", "\"trede\":\"3b\",\"reden\":\"Aantal woningen verkeerd genoteerd\"");

        JsonNode zonderReden = api.als(th).put("/api/v1/toezichtgesprekken/" + id,
                GESPREK.replace("\"trede\":\"3\"", "\"trede\":\"3b\",\"reden\":\"  \"")).probleem(400);
        assertThat(namen(zonderReden)).containsExactly("reden");

        Api.Antwoord r = api.als(th).put("/api/v1/toezichtgesprekken/" + id, correctie, "\"1\"");
        JsonNode gesprek = r.json();
        assertThat(r.header("ETag")).isEqualTo("\"2\"");
        assertThat(gesprek.path("versie").asInt()).isEqualTo(2);
        assertThat(gesprek.path("soort").asString()).isEqualTo("BESTUURLIJK");
        assertThat(gesprek.path("trede").asString()).isEqualTo("3b");
        assertThat(gesprek.path("verslag").asString()).contains("14 woningen");
        assertThat(gesprek.path("versies").size()).isEqualTo(2);
        assertThat(gesprek.path("versies").path(0).path("reden").isNull()).isTrue();
        assertThat(gesprek.path("versies").path(1).path("reden").asString())
                .isEqualTo("Aantal woningen verkeerd genoteerd");
        assertThat(gesprek.path("versies").path(1).path("door").asString()).isEqualTo(th);

        JsonNode versies = api.als(th).get("/api/v1/toezichtgesprekken/" + id + "/versies").json()
                .path("versies");
        assertThat(versies.size()).isEqualTo(2);
        assertThat(versies.path(0).path("versie").asInt()).isEqualTo(1);
        assertThat(versies.path(0).path("verslag").asString()).contains("12 woningen");
        assertThat(versies.path(0).path("soort").asString()).isEqualTo("AMBTELIJK");
        assertThat(versies.path(1).path("verslag").asString()).contains("14 woningen");

        // a correction of an old version is refused: someone else corrected it in between
        JsonNode conflict = api.als(Api.BEHEERDER).put("/api/v1/toezichtgesprekken/" + id,
                correctie.replace("\"reden\"", "\"versie\":1,\"reden\"")).probleem(409);
        assertThat(conflict.path("detail").asString()).contains("versie 2");

        var audit = jdbc.sql("""
                select oude_waarde ->> 'verslag', nieuwe_waarde ->> 'verslag', nieuwe_waarde ->> 'reden',
                       (oude_waarde ->> 'versie')::int, (nieuwe_waarde ->> 'versie')::int
                from audit_log where actie = 'TOEZICHTGESPREK_GECORRIGEERD' and object_id = ?""")
                .param(Long.toString(id))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                    rs.getInt(5)})
                .single();
        assertThat((String) audit[0]).contains("12 woningen");
        assertThat((String) audit[1]).contains("14 woningen");
        assertThat(audit[2]).isEqualTo("Aantal woningen verkeerd genoteerd");
        assertThat(audit[3]).isEqualTo(1);
        assertThat(audit[4]).isEqualTo(2);
    }

    @Test
    void de_database_weigert_het_wijzigen_van_een_versie() {
        long id = api.als(th).post(PAD, GESPREK).idUitLocation();
        assertThatThrownBy(() -> jdbc.sql("update toezichtgesprek_versie set verslag = 'weg' where gesprek_id = ?")
                .param(id).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from toezichtgesprek_versie where gesprek_id = ?")
                .param(id).update()).hasMessageContaining("append-only");
    }

    @Test
    void onbekende_gemeenten_en_gesprekken_geven_404_als_problem_json() {
        api.als(th).post("/api/v1/gemeenten/GM9999/toezichtgesprekken", GESPREK).probleem(404);
        api.als(th).get("/api/v1/gemeenten/GM9999/toezichtgesprekken").probleem(404);
        api.als(th).get("/api/v1/toezichtgesprekken/987654321").probleem(404);
        api.als(th).get("/api/v1/toezichtgesprekken/987654321/versies").probleem(404);
        api.als(th).put("/api/v1/toezichtgesprekken/987654321",
                GESPREK.replace("\"trede\":\"3\"", "\"reden\":\"x\"")).probleem(404);
    }
}
