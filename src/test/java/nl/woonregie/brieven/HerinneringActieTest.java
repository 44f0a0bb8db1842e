package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.brieven.internal.ContactOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.internal.Sjablonen;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import nl.woonregie.toezicht.opvolging.Actie;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19 §7's reminders of the actions of a plan van aanpak: the daily run ({@link Herinneringen#verstuur}) reminds
 * the municipality's active ambtelijke contacts — through a real SMTP server (GreenMail, {@link MetMailserver}) — of an
 * open action 7 days before its deadline and the day after it passed, each once; never of a completed action, never
 * the bestuurlijke contacts, never a contact who switched the kind off.
 */
@IntegratieTest
class HerinneringActieTest extends MetMailserver {

    static final String DOMEIN = "actie.herinnering.example.org";

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
    RondeFixture rondes;

    @BeforeEach
    void fixtures() throws Exception {
        api = new Api(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
        SERVER.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    long contact(String toezicht, String gemeente, String soort, String naam, String email, String extra) {
        return api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten",
                HerinneringTermijnHuurcontractenTest.json(soort, "BELEIDSMEDEWERKER", naam, email, true, extra))
                .status(201).idUitLocation();
    }

    /** The action reminders recorded for the contact on the day: "bijna X" or "verlopen Y" per row. */
    TreeSet<String> verzonden(long contact, LocalDate op, long x, long y) {
        return new TreeSet<>(jdbc.sql("select onderwerp from herinnering where contact_id = ? and verzonden_op = ? "
                + "and soort = 'ACTIE'").params(contact, op).query(String.class).list().stream()
                .map(o -> o.split("/")[1] + " " + (o.startsWith(x + "/") ? "X" : o.startsWith(y + "/") ? "Y" : o))
                .toList());
    }

    @Test
    void een_open_actie_wordt_voor_en_na_haar_deadline_eenmaal_herinnerd() throws Exception {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        Periode p = t.periode();
        String gemeente = t.gemeente();
        String toezicht = t.toezichthouder();
        long anna = contact(toezicht, gemeente, "AMBTELIJK", "Anna de Vries", "anna@" + DOMEIN, "");
        long wethouder = contact(toezicht, gemeente, "BESTUURLIJK", "Carla Smit", "wethouder@" + DOMEIN, "");
        long fleur = contact(toezicht, gemeente, "AMBTELIJK", "Fleur Uit", "fleur@" + DOMEIN,
                ", \"herinneringenUit\": [\"ACTIE\"]");

        LocalDate ontvangen = p.eersteDag().plusDays(5);
        LocalDate deadline = ontvangen.plusDays(30);
        klok.zet(ontvangen);
        JsonNode plan = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/plannen-van-aanpak", """
                {"periode":"%s","titel":"Plan van aanpak herinneringen","ontvangenOp":"%s",
                 "acties":[{"omschrijving":"Locatie voor flexwoningen aanwijzen","verantwoordelijke":"gemeente",
                            "deadline":"%s"},
                           {"omschrijving":"Afspraken met de corporatie vastleggen","verantwoordelijke":"corporatie",
                            "deadline":"%s"}]}""".formatted(p.code(), ontvangen, deadline, deadline.plusDays(3)))
                .json(201);
        long x = plan.path("acties").get(0).path("id").asLong();
        long y = plan.path("acties").get(1).path("id").asLong();

        // day → the reminders Anna gets (Y is completed on the day of its first reminder, after the run)
        record Geval(LocalDate dag, String verwacht) {
        }
        List<Geval> gevallen = List.of(
                new Geval(deadline.minusDays(8), ""),
                new Geval(deadline.minusDays(7), "bijna X"),
                new Geval(deadline.minusDays(6), ""),
                new Geval(deadline.minusDays(4), "bijna Y"),
                new Geval(deadline, ""),
                new Geval(deadline.plusDays(1), "verlopen X"),
                new Geval(deadline.plusDays(4), ""),
                new Geval(deadline.plusDays(8), ""));
        for (Geval g : gevallen) {
            klok.zet(g.dag());
            herinneringen.verstuur(Actor.SYSTEEM);
            herinneringen.verstuur(Actor.SYSTEEM);
            TreeSet<String> verwacht = new TreeSet<>(g.verwacht().isEmpty() ? List.of() : List.of(g.verwacht()));
            assertThat(verzonden(anna, g.dag(), x, y)).as("herinneringen op " + g.dag()).isEqualTo(verwacht);
            assertThat(verzonden(wethouder, g.dag(), x, y)).as("bestuurlijk op " + g.dag()).isEmpty();
            assertThat(verzonden(fleur, g.dag(), x, y)).as("uitgezet op " + g.dag()).isEmpty();
            if (g.dag().equals(deadline.minusDays(4))) {
                api.als(toezicht).post("/api/v1/acties/" + y + "/afronden",
                        "{\"afgerondOp\":\"" + g.dag() + "\",\"toelichting\":\"Afspraken getekend\"}").json();
            }
        }

        List<MimeMessage> berichten = wachtOp(3);
        Thread.sleep(1500);
        assertThat(ontvangen()).hasSize(3);
        for (MimeMessage m : berichten) {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("anna@" + DOMEIN);
            String tekst = GreenMailUtil.getBody(m).replaceAll("=\\r?\\n", "").replaceAll("\\s+", " ");
            assertThat(tekst).contains("Plan van aanpak herinneringen", "/gemeenten/" + gemeente
                    + "/plannen-van-aanpak");
        }
        assertThat(berichten).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Herinnering: deadline nadert van een actie uit het plan van aanpak van "
                        + gebied.gemeente(gemeente).orElseThrow().naam() + " (" + NlFormaat.datum(deadline) + ")",
                "Herinnering: deadline nadert van een actie uit het plan van aanpak van "
                        + gebied.gemeente(gemeente).orElseThrow().naam() + " ("
                        + NlFormaat.datum(deadline.plusDays(3)) + ")",
                "Deadline verstreken: actie uit het plan van aanpak van "
                        + gebied.gemeente(gemeente).orElseThrow().naam() + " (" + NlFormaat.datum(deadline) + ")");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'HERINNERING_VERZONDEN' and object_id in "
                + "(select cast(id as varchar) from herinnering where contact_id = ? and soort = 'ACTIE')")
                .param(anna).query(Long.class).single()).isEqualTo(3);
    }

    /**
     * The golden copy of the action reminder's text (templates/post/herinnering-actie) for a fixed case: Delft, an
     * action with deadline 1 July 2022. The HTML part says the same.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"false, herinnering-actie-bijna.txt", "true, herinnering-actie-verlopen.txt"})
    void de_tekst_van_de_herinnering_voor_een_vast_geval(boolean verlopen, String bestand) throws Exception {
        var delft = gebied.gemeente("GM0503").orElseThrow();
        var actie = new Actie(7, 3, "Plan van aanpak Delft 2022", "2022-I", "GM0503", "Delft",
                "Locatie voor flexwoningen aanwijzen", "gemeente", LocalDate.of(2022, 7, 1), Actie.Status.OPEN,
                verlopen, verlopen ? 1L : null, null, null, null, null, "test", null);
        var contact = new ContactOpslag.Rij(1, "PV28", "GM0503", Organisatiesoort.GEMEENTE, null, Bijhouder.PROVINCIE,
                1, new Contactgegevens(Contactsoort.AMBTELIJK, Contactrol.BELEIDSMEDEWERKER, "Anna de Vries", null,
                        "anna@" + DOMEIN, null, null, false, null, null, true, null), null, "test");
        var gegevens = herinneringen.gegevens(verlopen, delft, actie, contact);
        gegevens.put("link", "https://woonregie.example/gemeenten/GM0503/plannen-van-aanpak");
        Sjablonen.Inhoud inhoud = sjablonen.maak(Herinneringen.SJABLOON_ACTIE, gegevens);
        Path gouden = Path.of("src", "test", "resources", "post", bestand);
        if (Boolean.getBoolean("gouden.bijwerken")) {
            Files.writeString(gouden, inhoud.tekst(), StandardCharsets.UTF_8);
        }
        assertThat(inhoud.tekst()).isEqualTo(Files.readString(gouden, StandardCharsets.UTF_8));
        assertThat(Herinneringen.onderwerpregel(verlopen, delft, actie)).isEqualTo(verlopen
                ? "Deadline verstreken: actie uit het plan van aanpak van Delft (1 juli 2022)"
                : "Herinnering: deadline nadert van een actie uit het plan van aanpak van Delft (1 juli 2022)");
        String html = inhoud.html().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(html).contains("Geachte Anna de Vries", "Delft", "Plan van aanpak Delft 2022",
                "Locatie voor flexwoningen aanwijzen", "1 juli 2022", "Zuid-Holland",
                verlopen ? "is verstreken" : "verstrijkt");
    }

    List<MimeMessage> ontvangen() {
        List<MimeMessage> lijst = new ArrayList<>();
        for (MimeMessage m : SERVER.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().endsWith("@" + DOMEIN)) {
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
