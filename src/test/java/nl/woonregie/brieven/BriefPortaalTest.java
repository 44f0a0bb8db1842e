package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The municipality's portal (issue 19 §2, ADR 0050): a municipality sees its frozen letter the moment it is sent, not
 * before (403, and not on its page, while the province sees it there); opening or downloading it is a row in the read
 * log (who, role, when, from which address, as what) and never a change of the letter; the province's own reads are
 * not logged as the municipality's; the province sees "geopend op" per municipality in the sending.
 */
@IntegratieTest
public class BriefPortaalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeEach
    void fixtures() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    /**
     * Sends the round's letter to the municipality by post (a college with only a postal address is added to its
     * contacts, so nothing waits for a mail server): from then on the municipality sees it.
     */
    public static void verzendPerPost(Api api, String toezicht, long ronde, String gemeente) {
        api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten", "{\"soort\": \"BESTUURLIJK\", "
                + "\"rol\": \"COLLEGE\", \"naam\": \"College van burgemeester en wethouders\", \"postadres\": "
                + "\"Postbus 1 (fictief)\\n1000 AA Ergens\", \"elektronischBereikbaar\": false, \"reden\": "
                + "\"Voor de brieven\"}").status(201);
        api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").status(202);
    }

    static String brief(long ronde, String gemeente, String soort) {
        return "/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + gemeente + "/brief." + soort;
    }

    record Lezing(String actor, String rol, String soort, String kenmerk, String adres) {
    }

    List<Lezing> lezingen(long ronde) {
        return jdbc.sql("select actor, rol, soort, kenmerk, adres from brief_lezing where ronde_id = ? order by id")
                .param(ronde).query((rs, n) -> new Lezing(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    @Test
    void de_gemeente_ziet_haar_brief_pas_na_het_verzenden_en_het_openen_is_een_lezing_in_het_log() {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String toezicht = t.toezichthouder();
        String g = t.gemeente();
        long ronde = t.vastgesteld(t.tussentijds());
        String gemeente = accounts.gemeente(g);
        String link = "/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + g + "/brief.pdf";

        // before sending: the province has the letter, the municipality does not (403, not on its page)
        Api.Antwoord provincie = api.als(toezicht).get(brief(ronde, g, "pdf")).status(200);
        String sha = provincie.header("X-Sha256");
        String kenmerk = provincie.header("X-Kenmerk");
        api.als(gemeente).get(brief(ronde, g, "pdf")).probleem(403);
        api.als(gemeente).get(brief(ronde, g, "html")).probleem(403);
        assertThat(api.als(gemeente).get("/gemeenten/" + g).status(200).tekst()).doesNotContain(link)
                .contains("Er zijn nog geen verzonden brieven.");
        assertThat(api.als(toezicht).get("/gemeenten/" + g).status(200).tekst()).contains(link);
        assertThat(lezingen(ronde)).as("de provincie leest niet als de gemeente").isEmpty();

        verzendPerPost(api, toezicht, ronde, g);
        assertThat(api.als(gemeente).get("/gemeenten/" + g).tekst()).contains(link, "verzonden op");
        JsonNode voor = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
        assertThat(BriefVerzendingTest.van(voor, g).has("geopendOp")).as("nog niet geopend").isFalse();

        // opened and downloaded: the same frozen letter, and two reads in the log
        Api.Antwoord pdf = api.als(gemeente).get(brief(ronde, g, "pdf")).status(200);
        assertThat(pdf.header("X-Sha256")).isEqualTo(sha);
        assertThat(BriefService.sha256(pdf.bytes())).isEqualTo(sha);
        assertThat(api.als(gemeente).get(brief(ronde, g, "html")).status(200).tekst()).contains(kenmerk);
        List<Lezing> log = lezingen(ronde);
        assertThat(log).extracting(Lezing::soort).containsExactly("PDF", "HTML");
        assertThat(log).allSatisfy(l -> {
            assertThat(l.actor()).isEqualTo(gemeente);
            assertThat(l.rol()).isEqualTo("GEMEENTE");
            assertThat(l.kenmerk()).isEqualTo(kenmerk);
            assertThat(l.adres()).isNotBlank();
        });
        // never a change of the letter
        assertThat(jdbc.sql("select sha256 from brief where ronde_id = ? and gemeente_code = ?").params(ronde, g)
                .query(String.class).list()).containsExactly(sha);

        // the province sees when the municipality opened it; its own reads are not the municipality's
        api.als(toezicht).get(brief(ronde, g, "pdf")).status(200);
        assertThat(lezingen(ronde)).hasSize(2);
        JsonNode na = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
        assertThat(BriefVerzendingTest.van(na, g).get("geopendOp").asString()).isNotBlank();
        assertThat(api.als(toezicht).get("/rondes/" + ronde + "/verzending").tekst())
                .contains("Geopend door de gemeente");
    }
}
