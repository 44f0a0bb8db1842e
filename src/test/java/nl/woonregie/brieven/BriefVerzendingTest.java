package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import nl.woonregie.support.RondeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's "done when" for the letters (§2): a round goes from figures to letters received by each municipality's
 * contacts through a real SMTP server in the test's process (GreenMail, {@link MetMailserver}; never a mock of the mail
 * client), with the sending recorded per addressee; the second call sends nothing twice; a contact without electronic
 * acceptance (Awb 2:14) gets "per post"; a failed e-mail is shown and placed again by the next call; a round that is not
 * vastgesteld answers 409; only the province's supervisor (and the administrator) sends and reads the sending.
 */
@IntegratieTest
class BriefVerzendingTest extends MetMailserver {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    JavaMailSenderImpl mailserver;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeEach
    void fixtures() throws Exception {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
        SERVER.purgeEmailFromAllMailboxes();
    }

    static String contact(String rol, String naam, String email, boolean elektronisch, String postadres) {
        return "{\"soort\": \"BESTUURLIJK\", \"rol\": \"" + rol + "\", \"naam\": \"" + naam + "\""
                + (email == null ? "" : ", \"email\": \"" + email + "\"")
                + (postadres == null ? "" : ", \"postadres\": \"" + postadres + "\"")
                + ", \"elektronischBereikbaar\": " + elektronisch + ", \"reden\": \"Voor de brieven\"}";
    }

    long voegToe(String toezicht, String gemeente, String json) {
        return api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten", json).status(201)
                .idUitLocation();
    }

    JsonNode verzendingen(String toezicht, long ronde) {
        return api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
    }

    /** The addressees of a municipality in a sending's state. */
    static JsonNode van(JsonNode stand, String gemeente) {
        for (JsonNode g : stand.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(gemeente)) {
                return g;
            }
        }
        throw new AssertionError(gemeente + " niet in " + stand);
    }

    static JsonNode geadresseerde(JsonNode stand, String gemeente, long contact) {
        for (JsonNode a : van(stand, gemeente).get("geadresseerden")) {
            if (a.get("contact").asLong() == contact) {
                return a;
            }
        }
        throw new AssertionError("contact " + contact + " niet bij " + gemeente + " in " + stand);
    }

    static String status(JsonNode stand, String gemeente, long contact) {
        return geadresseerde(stand, gemeente, contact).get("status").asString();
    }

    static void wacht(String wat, Supplier<Boolean> klaar) throws InterruptedException {
        Instant tot = Instant.now().plusSeconds(120);
        while (!klaar.get()) {
            assertThat(Instant.now()).as("wachten op " + wat).isBefore(tot);
            Thread.sleep(100);
        }
    }

    /** The messages the server received for addresses of this domain. */
    static List<MimeMessage> ontvangen(String domein) {
        List<MimeMessage> lijst = new ArrayList<>();
        for (MimeMessage m : SERVER.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().endsWith("@" + domein)) {
                    lijst.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return lijst;
    }

    static int plaatsingen(JsonNode geadresseerden, long contact) {
        for (JsonNode a : geadresseerden) {
            if (a.get("contact").asLong() == contact) {
                return a.get("plaatsingen").asInt();
            }
        }
        throw new AssertionError("contact " + contact);
    }

    static List<byte[]> pdfBijlagen(MimeMessage m) throws Exception {
        List<byte[]> pdfs = new ArrayList<>();
        verzamel(m, pdfs);
        return pdfs;
    }

    private static void verzamel(Part p, List<byte[]> pdfs) throws Exception {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                verzamel(mp.getBodyPart(i), pdfs);
            }
        } else if (p.isMimeType("application/pdf") && p instanceof BodyPart) {
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            p.getInputStream().transferTo(uit);
            pdfs.add(uit.toByteArray());
        }
    }

    @Test
    void van_cijfers_tot_brieven_bij_de_contacten_van_elke_gemeente_per_email_en_per_post_nooit_twee_keer()
            throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String toezicht = t.toezichthouder();
        String eerste = t.gemeente();
        String tweede = t.gemeente();
        // the first municipality accepted electronic decisions (college and wethouder); the second only has a postal
        // address: its letter goes by post
        long college1 = voegToe(toezicht, eerste, contact("COLLEGE", "College van burgemeester en wethouders",
                "college@gemeente-een.example.org", true, "Postbus 1\\n1000 AA Ergens"));
        long wethouder1 = voegToe(toezicht, eerste, contact("WETHOUDER", "A. de Wit (fictief)",
                "a.dewit@gemeente-een.example.org", true, null));
        long college2 = voegToe(toezicht, tweede, contact("COLLEGE", "College van burgemeester en wethouders",
                null, false, "Postbus 2\\n2000 BB Elders"));

        // not vastgesteld: nothing to send
        long concept = t.ronde(t.eindoordeel());
        api.als(toezicht).post("/api/v1/beoordelingsrondes/" + concept + "/verzenden", "").probleem(409);

        long ronde = t.vastgesteld(t.tussentijds());
        JsonNode voor = verzendingen(toezicht, ronde);
        assertThat(status(voor, eerste, college1)).isEqualTo("NIET_VERZONDEN");
        assertThat(jdbc.sql("select count(*) from brief_verzending where ronde_id = ?").param(ronde)
                .query(Long.class).single()).as("een GET verzendt niets").isZero();

        Api.Antwoord a = api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").status(202);
        assertThat(a.header("Location")).isEqualTo("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen");
        JsonNode stand = a.json(202);
        assertThat(status(stand, eerste, college1)).isEqualTo("IN_WACHTRIJ");
        assertThat(status(stand, eerste, wethouder1)).isEqualTo("IN_WACHTRIJ");
        assertThat(status(stand, tweede, college2)).isEqualTo("PER_POST");
        assertThat(geadresseerde(stand, tweede, college2).get("adres").asString())
                .isEqualTo("Postbus 2\n2000 BB Elders");

        // both contacts of the first municipality receive the frozen letter, byte for byte, with a Dutch cover e-mail
        // (other tests may have kept contacts of the same municipality: only this test's addresses are looked at)
        wacht("twee e-mails", () -> ontvangen("gemeente-een.example.org").size() == 2);
        String sha = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + eerste
                + "/brief.pdf").status(200).header("X-Sha256");
        String kenmerk = van(stand, eerste).get("kenmerk").asString();
        List<String> aan = new ArrayList<>();
        List<String> aanhef = new ArrayList<>();
        for (MimeMessage m : ontvangen("gemeente-een.example.org")) {
            aan.add(m.getAllRecipients()[0].toString());
            assertThat(m.getSubject()).contains("Gedeputeerde Staten van Zuid-Holland", kenmerk,
                    "huisvesting vergunninghouders per " + nl.woonregie.toezicht.regels.NlFormaat.datum(
                            t.tussentijds()));
            String tekst = GreenMailUtil.getBody(m);
            assertThat(tekst).contains("Hierbij ontvangt u de brief van Gedeputeerde Staten", "artikel 2:14", kenmerk);
            aanhef.add(tekst.contains("Geacht college,") ? "college" : tekst.contains("Geachte A. de Wit (fictief),")
                    ? "wethouder" : "?");
            List<byte[]> pdfs = pdfBijlagen(m);
            assertThat(pdfs).hasSize(1);
            assertThat(Sha256.hex(pdfs.get(0))).isEqualTo(sha);
        }
        assertThat(aan).containsExactlyInAnyOrder("college@gemeente-een.example.org",
                "a.dewit@gemeente-een.example.org");
        assertThat(aanhef).containsExactlyInAnyOrder("college", "wethouder");

        // the sending is recorded: sent, with its date (Awb 3:41), and audited per addressee
        wacht("verzonden", () -> {
            JsonNode s = verzendingen(toezicht, ronde);
            return status(s, eerste, college1).equals("VERZONDEN") && status(s, eerste, wethouder1).equals("VERZONDEN");
        });
        JsonNode na = verzendingen(toezicht, ronde);
        for (JsonNode ad : List.of(geadresseerde(na, eerste, college1), geadresseerde(na, eerste, wethouder1))) {
            assertThat(ad.get("verzendwijze").asString()).isEqualTo("ELEKTRONISCH");
            assertThat(ad.get("verzondenOp").asString()).isNotBlank();
            assertThat(ad.get("geplaatstOp").asString()).isNotBlank();
        }
        assertThat(status(na, tweede, college2)).isEqualTo("PER_POST");
        long audit = jdbc.sql("select count(*) from audit_log where actie = 'BRIEF_VERZONDEN' and object_id like ?")
                .param(ronde + "/%").query(Long.class).single();
        assertThat(audit).isGreaterThanOrEqualTo(3);
        long plaatsingen = jdbc.sql("select sum(plaatsingen) from brief_verzending where ronde_id = ?").param(ronde)
                .query(Long.class).single();
        assertThat(plaatsingen).isEqualTo(audit);
        wacht("alle e-mails", () -> verzendingen(toezicht, ronde).findValues("status").stream()
                .noneMatch(x -> x.asString().equals("IN_WACHTRIJ")));
        int ontvangen = SERVER.getReceivedMessages().length;

        // the second call sends nothing twice
        JsonNode tweedeKeer = api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "")
                .json(202);
        assertThat(status(tweedeKeer, eerste, college1)).isEqualTo("VERZONDEN");
        assertThat(status(tweedeKeer, tweede, college2)).isEqualTo("PER_POST");
        Thread.sleep(1500);
        assertThat(SERVER.getReceivedMessages()).hasSize(ontvangen);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BRIEF_VERZONDEN' and object_id like ?")
                .param(ronde + "/%").query(Long.class).single()).isEqualTo(audit);
        assertThat(jdbc.sql("select sum(plaatsingen) from brief_verzending where ronde_id = ?").param(ronde)
                .query(Long.class).single()).isEqualTo(plaatsingen);

        // the round page offers the sending; the page shows the status in Dutch and the post list
        assertThat(api.als(toezicht).get("/rondes/" + ronde).tekst()).contains("/rondes/" + ronde + "/verzending");
        String pagina = api.als(toezicht).get("/rondes/" + ronde + "/verzending").tekst();
        assertThat(pagina).contains("Verzonden", "Per e-mail", "Per post", "Postlijst", "Postbus 2")
                .doesNotContain("PER_POST", "ELEKTRONISCH", "IN_WACHTRIJ");

        // scope: the municipality and another province's supervisor neither send nor read the sending
        String gemeente = accounts.gemeente(eerste);
        api.als(gemeente).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").probleem(403);
        api.als(gemeente).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").probleem(403);
        String elders = accounts.toezichthouder(RondeFixture.ELDERS);
        api.als(elders).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").probleem(403);
        api.als(Api.BEHEERDER).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
    }

    @Test
    void een_mislukte_email_wordt_getoond_en_bij_het_volgende_verzoek_opnieuw_geplaatst_en_alleen_die()
            throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String toezicht = t.toezichthouder();
        String g = t.gemeente();
        long college = voegToe(toezicht, g, contact("COLLEGE", "College van burgemeester en wethouders",
                "college@gemeente-drie.example.org", true, null));
        long ronde = t.vastgesteld(t.tussentijds());
        int echt = mailserver.getPort();
        int dicht;
        try (ServerSocket s = new ServerSocket(0)) {
            dicht = s.getLocalPort();
        }
        mailserver.setPort(dicht);
        try {
            api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").status(202);
            // the outbox tries twice (its own retry), then the sending shows it failed, with the error
            wacht("mislukt", () -> status(verzendingen(toezicht, ronde), g, college).equals("MISLUKT"));
        } finally {
            mailserver.setPort(echt);
        }
        JsonNode ad = geadresseerde(verzendingen(toezicht, ronde), g, college);
        assertThat(ad.get("pogingen").asInt()).isEqualTo(2);
        assertThat(ad.get("fout").asString()).containsIgnoringCase("connect");
        assertThat(api.als(toezicht).get("/rondes/" + ronde + "/verzending").tekst()).contains("Mislukt",
                "Laatste fout");

        // a contact added meanwhile, and the failed one: the next call places both, nothing else
        long wethouder = voegToe(toezicht, g, contact("WETHOUDER", "B. Bakker (fictief)",
                "b.bakker@gemeente-drie.example.org", true, null));
        JsonNode stand = api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").json(202);
        assertThat(status(stand, g, college)).isEqualTo("IN_WACHTRIJ");
        assertThat(status(stand, g, wethouder)).isEqualTo("IN_WACHTRIJ");
        wacht("twee e-mails", () -> ontvangen("gemeente-drie.example.org").size() == 2);
        wacht("verzonden", () -> status(verzendingen(toezicht, ronde), g, college).equals("VERZONDEN"));
        JsonNode na = van(verzendingen(toezicht, ronde), g).get("geadresseerden");
        assertThat(plaatsingen(na, college)).isEqualTo(2);
        assertThat(plaatsingen(na, wethouder)).isEqualTo(1);
        Thread.sleep(1000);
        assertThat(ontvangen("gemeente-drie.example.org")).hasSize(2);
    }
}
