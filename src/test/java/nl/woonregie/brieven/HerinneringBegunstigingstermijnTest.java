package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.brieven.begunstiging.Begunstigingstermijnen;
import nl.woonregie.brieven.internal.ContactOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.internal.Sjablonen;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import nl.woonregie.support.Testgegevens;
import nl.woonregie.toezicht.regels.NlFormaat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19 §7's reminders of a begunstigingstermijn: for a decided besluit tot indeplaatsstelling the daily run
 * reminds the municipality's active bestuurlijke contacts (the college) — through a real SMTP server (GreenMail) — of
 * a term 14 days before it ends while its number is not reached, and the day after it passed unmet, each once; never
 * of a term that is met, never the ambtelijke contacts, never a contact who switched the kind off.
 */
@IntegratieTest
class HerinneringBegunstigingstermijnTest extends MetMailserver {

    static final String DOMEIN = "begunstiging.herinnering.example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    @Autowired
    Herinneringen herinneringen;

    @Autowired
    Sjablonen sjablonen;

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

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    long contact(String toezicht, String gemeente, String soort, String rol, String naam, String email, String extra) {
        return api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten",
                HerinneringTermijnHuurcontractenTest.json(soort, rol, naam, email, true, extra))
                .status(201).idUitLocation();
    }

    /** The term reminders recorded for the contact on the day: "bijna 2", "verstreken 2". */
    List<String> verzonden(long contact, LocalDate op) {
        return jdbc.sql("select split_part(onderwerp, '/', 3) || ' ' || split_part(onderwerp, '/', 2) from herinnering "
                + "where contact_id = ? and verzonden_op = ? and soort = 'BEGUNSTIGINGSTERMIJN' order by 1")
                .params(contact, op).query(String.class).list();
    }

    @Test
    void een_termijn_die_niet_gehaald_wordt_eindigt_en_verstrijkt_met_een_herinnering_aan_het_college()
            throws Exception {
        // A municipality of Noord-Brabant (taakstelling 100; COA 40 housed by the day before the mid date, before
        // the decision); a lease of 4 persons ten days after the decision. Term 1 (4 persons, 30 days after the
        // decision) is met by the lease; term 2 (10 persons, 60 days after) is not.
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = t.gemeenteElders();
        String toezicht = accounts.toezichthouder(RondeFixture.ELDERS);
        LocalDate besluitdatum = t.tussentijds();
        LocalDate eerste = besluitdatum.plusDays(30);
        LocalDate tweede = besluitdatum.plusDays(60);
        Testgegevens.huurcontract(jdbc, gemeente, t.periode().code(), besluitdatum.plusDays(10), 4, "HBT-1");
        long college = contact(toezicht, gemeente, "BESTUURLIJK", "COLLEGE", "College van burgemeester en wethouders",
                "college@" + DOMEIN, ", \"elektronischBereikbaar\": true");
        long ambtenaar = contact(toezicht, gemeente, "AMBTELIJK", "BELEIDSMEDEWERKER", "Anna de Vries",
                "anna@" + DOMEIN, "");
        long wethouder = contact(toezicht, gemeente, "BESTUURLIJK", "WETHOUDER", "Wim Uit", "wim@" + DOMEIN,
                ", \"elektronischBereikbaar\": true, \"herinneringenUit\": [\"BEGUNSTIGINGSTERMIJN\"]");
        klok.zet(besluitdatum);
        long id = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/indeplaatsstellingen",
                Api.JSON.writeValueAsString(Map.of("overwegingen", "De gemeente heeft de opgave niet gerealiseerd.",
                        "termijnen", List.of(Map.of("datum", eerste.toString(), "aantal", 4),
                                Map.of("datum", tweede.toString(), "aantal", 10))))).idUitLocation();
        api.als(toezicht).post("/api/v1/indeplaatsstellingen/" + id + "/besluit", Api.JSON.writeValueAsString(
                Map.of("besluitdatum", besluitdatum.toString(), "besluitnummer", "GS-HBT-1", "versie", 1))).json(200);

        // day → the reminders the college gets
        record Geval(LocalDate dag, String verwacht) {
        }
        List<Geval> gevallen = List.of(
                new Geval(eerste.minusDays(14), null),
                new Geval(eerste.plusDays(1), null),
                new Geval(tweede.minusDays(15), null),
                new Geval(tweede.minusDays(14), "bijna 2"),
                new Geval(tweede.minusDays(13), null),
                new Geval(tweede, null),
                new Geval(tweede.plusDays(1), "verstreken 2"),
                new Geval(tweede.plusDays(2), null),
                new Geval(tweede.plusDays(9), null));
        for (Geval g : gevallen) {
            klok.zet(g.dag());
            herinneringen.verstuur(RondeFixture.ELDERS, Actor.SYSTEEM);
            herinneringen.verstuur(RondeFixture.ELDERS, Actor.SYSTEEM);
            assertThat(verzonden(college, g.dag())).as("college op " + g.dag())
                    .isEqualTo(g.verwacht() == null ? List.of() : List.of(g.verwacht()));
            assertThat(verzonden(ambtenaar, g.dag())).as("ambtelijk op " + g.dag()).isEmpty();
            assertThat(verzonden(wethouder, g.dag())).as("uitgezet op " + g.dag()).isEmpty();
        }

        List<MimeMessage> berichten = wachtOp(2);
        Thread.sleep(1500);
        assertThat(ontvangen()).hasSize(2);
        String naam = gebied.gemeente(gemeente).orElseThrow().naam();
        assertThat(berichten).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Herinnering: begunstigingstermijn eindigt op " + NlFormaat.datum(tweede)
                        + ", besluit tot indeplaatsstelling GS-HBT-1 (" + naam + ")",
                "Begunstigingstermijn verstreken: besluit tot indeplaatsstelling GS-HBT-1 (" + naam + ")");
        for (MimeMessage m : berichten) {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("college@" + DOMEIN);
            String tekst = GreenMailUtil.getBody(m).replaceAll("=\\r?\\n", "").replaceAll("\\s+", " ");
            assertThat(tekst).contains("GS-HBT-1", "Nog te huisvesten voor deze termijn: 6");
        }
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'HERINNERING_VERZONDEN' and object_id in "
                + "(select cast(id as varchar) from herinnering where contact_id = ?)")
                .param(college).query(Long.class).single()).isEqualTo(2);
    }

    /**
     * The golden copy of the term reminder's text (templates/post/herinnering-begunstigingstermijn) for a fixed case:
     * Delft, besluit GS-2022-77 of 1 August 2022, term 1 (20 persons by 1 October 2022), 12 housed. The HTML says
     * the same.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"false, herinnering-begunstigingstermijn-bijna.txt",
            "true, herinnering-begunstigingstermijn-verstreken.txt"})
    void de_tekst_van_de_herinnering_voor_een_vast_geval(boolean verstreken, String bestand) throws Exception {
        var delft = gebied.gemeente("GM0503").orElseThrow();
        var termijn = new Begunstigingstermijnen.Termijn(1, LocalDate.of(2022, 10, 1), 20);
        var volging = new Indeplaatsstellingen.Termijnvolging(7, "PV28", "GM0503", "GS-2022-77",
                LocalDate.of(2022, 8, 1), new Begunstigingstermijnen.Uitkomst(termijn, verstreken
                        ? Begunstigingstermijnen.Stand.NIET_GEHAALD : Begunstigingstermijnen.Stand.LOOPT, 12, 8, 4,
                        LocalDate.of(2022, 8, 31)));
        var contact = new ContactOpslag.Rij(1, "PV28", "GM0503", Organisatiesoort.GEMEENTE, null, Bijhouder.PROVINCIE,
                1, new Contactgegevens(Contactsoort.BESTUURLIJK, Contactrol.COLLEGE,
                        "college van burgemeester en wethouders", null, "college@" + DOMEIN, null, null, false, null,
                        null, true, null), null, "test");
        var gegevens = herinneringen.gegevens(verstreken, delft, volging, contact);
        gegevens.put("link", "https://woonregie.example/gemeenten/GM0503/huurcontracten");
        Sjablonen.Inhoud inhoud = sjablonen.maak(Herinneringen.SJABLOON_BEGUNSTIGINGSTERMIJN, gegevens);
        Path gouden = Path.of("src", "test", "resources", "post", bestand);
        if (Boolean.getBoolean("gouden.bijwerken")) {
            Files.writeString(gouden, inhoud.tekst(), StandardCharsets.UTF_8);
        }
        assertThat(inhoud.tekst()).isEqualTo(Files.readString(gouden, StandardCharsets.UTF_8));
        assertThat(Herinneringen.onderwerpregel(verstreken, delft, volging)).isEqualTo(verstreken
                ? "Begunstigingstermijn verstreken: besluit tot indeplaatsstelling GS-2022-77 (Delft)"
                : "Herinnering: begunstigingstermijn eindigt op 1 oktober 2022, besluit tot indeplaatsstelling "
                        + "GS-2022-77 (Delft)");
        String html = inhoud.html().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(html).contains("Geachte college van burgemeester en wethouders", "GS-2022-77", "1 augustus 2022",
                "1 oktober 2022", "Zuid-Holland", "31 augustus 2022",
                verstreken ? "verstreken zonder dat" : "eindigt begunstigingstermijn");
    }

    List<MimeMessage> ontvangen() {
        List<MimeMessage> lijst = new ArrayList<>();
        for (MimeMessage m : SERVER.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().endsWith("@" + DOMEIN)
                        && m.getSubject().contains("egunstigingstermijn")) {
                    lijst.add(m);
                }
            } catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return lijst;
    }

    List<MimeMessage> wachtOp(int aantal) throws InterruptedException {
        Instant tot = Instant.now().plusSeconds(120);
        while (ontvangen().size() < aantal) {
            assertThat(Instant.now()).as("wachten op " + aantal + " berichten").isBefore(tot);
            Thread.sleep(100);
        }
        return ontvangen();
    }
}
