package nl.woonregie.platform.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Instant;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The outbox against a real SMTP server in the test's own process (GreenMail, over TLS: SMTPS with GreenMail's own
 * certificate, trusted for this address only): a message reaches the server with its Dutch text and HTML; when the
 * server cannot be reached the attempt is recorded with its error and a later attempt sends it (both shown on the
 * administrator's page); after the last attempt it is MISLUKT, shown, and the administrator offers it again.
 */
@IntegratieTest
class PostTest extends MetMailserver {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JavaMailSenderImpl mailserver;

    Api api;

    @BeforeEach
    void api() throws Exception {
        api = new Api(mvc);
        SERVER.purgeEmailFromAllMailboxes();
    }

    JsonNode bericht(long id) {
        return api.als(Api.BEHEERDER).get("/api/v1/post/" + id).json();
    }

    static void wacht(String wat, Supplier<Boolean> klaar) throws InterruptedException {
        Instant tot = Instant.now().plusSeconds(120);
        while (!klaar.get()) {
            assertThat(Instant.now()).as("wachten op " + wat).isBefore(tot);
            Thread.sleep(100);
        }
    }

    long testbericht(String aan) {
        return api.als(Api.BEHEERDER).post("/api/v1/post/testbericht", "{\"aan\":\"" + aan + "\"}").json(201)
                .get("id").asLong();
    }

    @Test
    void een_testbericht_komt_aan_met_nederlandse_tekst_en_html() throws Exception {
        long id = testbericht("beheer@gemeente.example");
        assertThat(SERVER.waitForIncomingEmail(60_000, 1)).isTrue();
        MimeMessage m = SERVER.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("Testbericht van Woonregie");
        assertThat(m.getFrom()[0].toString()).isEqualTo("Woonregie <woonregie@provincie.example>");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("beheer@gemeente.example");
        assertThat(m.getMessageID()).isEqualTo("<post-" + id + "@woonregie>");
        assertThat(m.getContent()).isInstanceOf(MimeMultipart.class);
        String inhoud = GreenMailUtil.getBody(m);
        assertThat(inhoud).contains("Dit is een testbericht van Woonregie, verstuurd door beheerder",
                "<strong>beheerder</strong>", "Met vriendelijke groet");
        wacht("verzonden", () -> bericht(id).get("status").asString().equals("VERZONDEN"));
        JsonNode b = bericht(id);
        assertThat(b.get("pogingen").asInt()).isEqualTo(1);
        assertThat(b.get("pogingenLijst")).hasSize(1);
        assertThat(b.get("pogingenLijst").get(0).get("gelukt").asBoolean()).isTrue();
        assertThat(b.get("pogingenLijst").get(0).get("server").asString()).isEqualTo("127.0.0.1:"
                + SERVER.getSmtps().getPort());
        assertThat(jdbc.sql("select string_agg(actie, ',' order by id) from audit_log where object_type = "
                + "'post_bericht' and object_id = ?").param(Long.toString(id)).query(String.class).single())
                .isEqualTo("POST_GEPLAATST,POST_VERZONDEN");
    }

    @Test
    void een_mislukte_poging_wordt_herhaald_en_getoond_en_na_de_laatste_opnieuw_aangeboden() throws Exception {
        int echt = mailserver.getPort();
        int dicht;
        try (ServerSocket s = new ServerSocket(0)) {
            dicht = s.getLocalPort();
        }
        mailserver.setPort(dicht);
        long id;
        try {
            id = testbericht("toezicht@provincie.example");
            wacht("de eerste poging", () -> bericht(id).get("pogingen").asInt() == 1);
        } finally {
            // the server is back before the next attempt (5 s after the first)
            mailserver.setPort(echt);
        }
        JsonNode eerste = bericht(id).get("pogingenLijst").get(0);
        assertThat(eerste.get("gelukt").asBoolean()).isFalse();
        assertThat(eerste.get("fout").asString()).containsIgnoringCase("connect");
        // the next attempt sends it; both attempts are recorded and shown
        wacht("de tweede poging", () -> bericht(id).get("status").asString().equals("VERZONDEN"));
        assertThat(bericht(id).get("pogingen").asInt()).isEqualTo(2);
        assertThat(bericht(id).get("pogingenLijst")).extracting(p -> p.get("gelukt").asBoolean())
                .containsExactly(false, true);
        assertThat(SERVER.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(api.als(Api.BEHEERDER).get("/beheer/post/" + id).tekst()).contains("mislukt", "verzonden",
                eerste.get("fout").asString().substring(0, 20));

        mailserver.setPort(dicht);
        long mislukt;
        try {
            mislukt = testbericht("coa@coa.example");
            wacht("twee mislukte pogingen", () -> bericht(mislukt).get("status").asString().equals("MISLUKT"));
            assertThat(bericht(mislukt).get("pogingenLijst")).hasSize(2);
            assertThat(api.als(Api.BEHEERDER).get("/beheer/post").tekst()).contains("coa@coa.example", "Mislukt",
                    "Opnieuw aanbieden");
            assertThat(jdbc.sql("select count(*) from audit_log where actie = 'POST_MISLUKT' and object_id = ?")
                    .param(Long.toString(mislukt)).query(Long.class).single()).isEqualTo(1);
        } finally {
            mailserver.setPort(echt);
        }
        api.als(Api.BEHEERDER).post("/api/v1/post/" + mislukt + "/opnieuw", "").json(200);
        wacht("opnieuw verzonden", () -> bericht(mislukt).get("status").asString().equals("VERZONDEN"));
        assertThat(bericht(mislukt).get("pogingenLijst")).hasSize(3);
        assertThat(SERVER.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .contains("coa@coa.example");
        // a message that was sent is not offered again
        api.als(Api.BEHEERDER).post("/api/v1/post/" + mislukt + "/opnieuw", "").probleem(409);
    }
}
