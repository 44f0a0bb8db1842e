package nl.woonregie.platform.post;

import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Without a mail server (no {@code spring.mail.host}, as the tests' application runs) a message is stored and stays
 * in the outbox, NIET_VERZONDEN, without an attempt; the administrator's page says that no server is configured. An
 * address that is not one is refused, naming the field.
 */
@IntegratieTest
class PostZonderServerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Post post;

    @Autowired
    Achtergrondtaken taken;

    @Test
    void zonder_mailserver_blijft_een_bericht_niet_verzonden_in_de_uitgaande_post() throws Exception {
        Api api = new Api(mvc);
        assertThat(post.serverIngesteld()).isFalse();
        long id = api.als(Api.BEHEERDER).post("/api/v1/post/testbericht", "{\"aan\":\"iemand@gemeente.example\"}")
                .json(201).get("id").asLong();
        // the sending job runs (now, and again) and sends nothing
        long voor = runs();
        taken.nuUitvoeren("post-verzenden");
        long tot = System.currentTimeMillis() + 60_000;
        while (runs() == voor && System.currentTimeMillis() < tot) {
            Thread.sleep(100);
        }
        assertThat(runs()).as("the sending job ran").isGreaterThan(voor);
        JsonNode b = api.als(Api.BEHEERDER).get("/api/v1/post/" + id).json();
        assertThat(b.get("status").asString()).isEqualTo("NIET_VERZONDEN");
        assertThat(b.get("pogingen").asInt()).isZero();
        assertThat(b.get("pogingenLijst")).isEmpty();
        String pagina = api.als(Api.BEHEERDER).get("/beheer/post").tekst();
        assertThat(pagina).contains("Er is geen mailserver ingesteld", "iemand@gemeente.example", "Niet verzonden",
                "wacht op een mailserver");
    }

    long runs() {
        return jdbc.sql("select pogingen from achtergrondtaak where soort = 'post-verzenden'").query(Long.class)
                .single();
    }

    @Test
    void een_ongeldig_adres_wordt_geweigerd_met_het_veld() {
        Api api = new Api(mvc);
        for (String adres : new String[] {"", "geen adres", "a@b@c", "naam <>"}) {
            JsonNode p = api.als(Api.BEHEERDER).post("/api/v1/post/testbericht", "{\"aan\":\"" + adres + "\"}")
                    .probleem(400);
            assertThat(p.get("invalidParams").get(0).get("name").asString()).as(adres).isEqualTo("aan");
        }
    }
}
