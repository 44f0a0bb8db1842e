package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The warm hand-over to the receiving municipality (issue 20 §1): recorded on the case (to whom, when, what) while it
 * is moving, sent through the outbox as an e-mail from its template to a real SMTP server in the test's process
 * ({@link MetMailserver}), its sending state shown with the hand-over; the task "Warme overdracht …" closes itself;
 * every invalid field named; only the assigned casemanager and the coordinator send it.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdrachtApiTest extends MetMailserver {

    static final String A = Testteam.A;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void leeg() throws Exception {
        SERVER.purgeEmailFromAllMailboxes();
    }

    static String overdracht(String email, String datum, String wat) {
        return "{\"organisatie\":\"Gemeente Heerlen, Sociaal Domein\",\"contactpersoon\":\"J. Peters (fictief)\","
                + "\"email\":\"" + email + "\",\"datum\":\"" + datum + "\",\"wat\":\"" + wat + "\"}";
    }

    static void wacht(String wat, Supplier<Boolean> klaar) throws InterruptedException {
        Instant tot = Instant.now().plusSeconds(120);
        while (!klaar.get()) {
            assertThat(Instant.now()).as("wachten op " + wat).isBefore(tot);
            Thread.sleep(100);
        }
    }

    List<MimeMessage> ontvangen(String adres) {
        List<MimeMessage> l = new ArrayList<>();
        for (MimeMessage m : SERVER.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().equals(adres)) {
                    l.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return l;
    }

    /** The plain-text part of a message, decoded. */
    static String tekst(jakarta.mail.Part p) throws Exception {
        if (p.isMimeType("text/plain")) {
            return (String) p.getContent();
        }
        if (p.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = tekst(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    List<String> openTaken(long id) {
        return jdbc.sql("select soort from vhb_taak where casus_id = ? and afgerond_op is null order by soort")
                .param(id).query(String.class).list();
    }

    @Test
    void de_overdracht_gaat_als_e_mail_via_de_uitgaande_post_en_toont_haar_verzendstatus() throws Exception {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long id = t.metAanvaardAanbod("Overdracht Cliënt", "Heerlen");
        assertThat(openTaken(id)).contains("OVERDRACHT");
        String adres = "j.peters." + id + "@heerlen.example.org";

        JsonNode r = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/overdrachten", overdracht(adres,
                LocalDate.now().toString(), "Uitkering aangevraagd in Heerlen; inschrijving BRP gedaan.")).json(201);
        assertThat(r.path("overdrachten")).hasSize(1);
        JsonNode o = r.path("overdrachten").get(0);
        assertThat(o.path("organisatie").asString()).isEqualTo("Gemeente Heerlen, Sociaal Domein");
        assertThat(o.path("verzendstatus").asString()).isIn("NIET_VERZONDEN", "VERZONDEN");
        // the hand-over was the task's work
        assertThat(openTaken(id)).doesNotContain("OVERDRACHT");
        assertThat(jdbc.sql("select omschrijving from audit_log where actie = 'VHB_OVERDRACHT' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).startsWith("Warme overdracht aan Gemeente "
                        + "Heerlen, Sociaal Domein (J. Peters (fictief)) op ");

        // the e-mail from its template reaches the server, and the hand-over shows it was sent
        wacht("de e-mail van de overdracht", () -> !ontvangen(adres).isEmpty());
        MimeMessage m = ontvangen(adres).get(0);
        assertThat(m.getSubject()).isEqualTo("Warme overdracht Verhuisbox Plus (VHB-" + id + ")");
        assertThat(tekst(m)).contains("Beste J. Peters (fictief),", "Overdracht Cliënt",
                "Uitkering aangevraagd in Heerlen; inschrijving BRP gedaan.", "Verhuisbox Plus, gemeente " + t.naam);
        wacht("de verzendstatus", () -> t.api.als(t.casemanager).get(A + "/casussen/" + id + "/overdrachten").json()
                .path("overdrachten").get(0).path("verzendstatus").asString().equals("VERZONDEN"));
        JsonNode lijst = t.api.als(t.administratief).get(A + "/casussen/" + id + "/overdrachten").json();
        assertThat(lijst.path("overdrachten").get(0).path("verzendstatusLabel").asString()).isEqualTo("Verzonden");

        // only the assigned casemanager and the coordinator send a hand-over; after the move it is still possible
        t.api.als(t.administratief).post(A + "/casussen/" + id + "/overdrachten", overdracht(adres,
                LocalDate.now().toString(), "x")).probleem(403);
        t.api.als(t.consulent).post(A + "/casussen/" + id + "/overdrachten", overdracht(adres,
                LocalDate.now().toString(), "x")).probleem(403);
        t.vinkAlles(t.casemanager, id, "VERHUIZING");
        t.overgang(t.casemanager, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"GM0917\"", 200);
        t.api.als(t.coordinator).post(A + "/casussen/" + id + "/overdrachten", overdracht("wijkteam." + id
                + "@heerlen.example.org", LocalDate.now().toString(), "Wmo: lichte begeleiding")).json(201);
    }

    @Test
    void voor_de_verhuizing_is_er_geen_overdracht() {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long id = t.inZoeken("Overdracht Te Vroeg");
        assertThat(namen(t.api.als(t.casemanager).post(A + "/casussen/" + id + "/overdrachten", overdracht(
                "a@b.example.org", LocalDate.now().toString(), "x")).probleem(409))).containsExactly("status");
        assertThat(jdbc.sql("select count(*) from vhb_overdracht where casus_id = ?").param(id).query(Integer.class)
                .single()).isZero();
    }

    Testteam ongeldigTeam;
    long ongeldig;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leeg                 | {}                                                                                                  | organisatie contactpersoon email datum wat
            geen e-mailadres     | {"organisatie":"Heerlen","contactpersoon":"J","email":"geen adres","datum":"0","wat":"x"}            | email
            datum in de toekomst | {"organisatie":"Heerlen","contactpersoon":"J","email":"j@h.example.org","datum":"+1","wat":"x"}      | datum
            te lang              | {"organisatie":"LANG","contactpersoon":"J","email":"j@h.example.org","datum":"0","wat":"LANGER"}    | organisatie wat
            leeg wat             | {"organisatie":"Heerlen","contactpersoon":" ","email":"j@h.example.org","datum":"0","wat":" "}     | contactpersoon wat
            """)
    void een_ongeldige_overdracht_noemt_elk_ongeldig_veld_en_verstuurt_niets(String geval, String json, String velden) {
        if (ongeldigTeam == null) {
            ongeldigTeam = new Testteam(mvc, jdbc);
            ongeldigTeam.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
            ongeldig = ongeldigTeam.metAanvaardAanbod("Overdracht Ongeldig", "Heerlen");
        }
        String body = json.replace("\"LANG\"", "\"" + "x".repeat(201) + "\"")
                .replace("\"LANGER\"", "\"" + "x".repeat(2001) + "\"")
                .replace("\"+1\"", "\"" + LocalDate.now().plusDays(1) + "\"")
                .replace("\"0\"", "\"" + LocalDate.now() + "\"");
        assertThat(namen(ongeldigTeam.api.als(ongeldigTeam.casemanager).post(A + "/casussen/" + ongeldig
                + "/overdrachten", body).probleem(400))).as(geval).containsExactlyInAnyOrder(velden.split(" "));
        assertThat(jdbc.sql("select count(*) from vhb_overdracht where casus_id = ?").param(ongeldig)
                .query(Integer.class).single()).isZero();
    }
}
