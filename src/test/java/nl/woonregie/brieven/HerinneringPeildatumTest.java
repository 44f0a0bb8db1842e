package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.cijfers.Maandoverzicht;
import nl.woonregie.toezicht.regels.NlFormaat;
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
 * Issue 19 §7's reminder of an upcoming peildatum: the daily run reminds the municipality's active ambtelijke
 * contacts — through a real SMTP server (GreenMail) — of each peildatum of Zuid-Holland's beleidskader the province's
 * number of days before it (14 unless its supervisor set another, to the version read), once; never the bestuurlijke
 * contacts, never a contact who switched the kind off.
 */
@IntegratieTest
class HerinneringPeildatumTest extends MetMailserver {

    static final String DOMEIN = "peildatum.herinnering.example.org";

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
    BeleidskaderRegister kaders;

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

    /** The peildata reminded of to the contact on the day. */
    List<String> verzonden(long contact, LocalDate op) {
        return jdbc.sql("select onderwerp from herinnering where contact_id = ? and verzonden_op = ? "
                + "and soort = 'PEILDATUM' order by onderwerp").params(contact, op).query(String.class).list();
    }

    @Test
    void een_peildatum_wordt_het_ingestelde_aantal_dagen_ervoor_eenmaal_herinnerd() throws Exception {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = t.gemeente();
        String toezicht = t.toezichthouder();
        String provincie = t.provincie();
        long anna = contact(toezicht, gemeente, "AMBTELIJK", "Anna de Vries", "anna@" + DOMEIN, "");
        long wethouder = contact(toezicht, gemeente, "BESTUURLIJK", "Carla Smit", "wethouder@" + DOMEIN, "");
        long fleur = contact(toezicht, gemeente, "AMBTELIJK", "Fleur Uit", "fleur@" + DOMEIN,
                ", \"herinneringenUit\": [\"PEILDATUM\"]");
        LocalDate tussentijds = t.tussentijds();
        LocalDate eind = t.eindoordeel();

        // day → the peildatum Anna is reminded of (the province's setting is 14 days, then 10 from the 'eind' rows)
        record Geval(LocalDate dag, String verwacht) {
        }
        List<Geval> standaard = List.of(
                new Geval(tussentijds.minusDays(15), null),
                new Geval(tussentijds.minusDays(14), tussentijds.toString()),
                new Geval(tussentijds.minusDays(13), null),
                new Geval(tussentijds.minusDays(1), null),
                new Geval(tussentijds, null));
        List<Geval> ingesteld = List.of(
                new Geval(eind.minusDays(14), null),
                new Geval(eind.minusDays(11), null),
                new Geval(eind.minusDays(10), eind.toString()),
                new Geval(eind.minusDays(2), null));
        int versie = api.als(toezicht).get("/api/v1/provincies/" + provincie + "/herinneringen").json()
                .path("instelling").path("versie").asInt();
        try {
            for (Geval g : standaard) {
                loop(g.dag(), g.verwacht(), anna, wethouder, fleur, provincie);
            }
            JsonNode gezet = api.als(toezicht).put("/api/v1/provincies/" + provincie + "/herinneringsinstelling",
                    "{\"dagenVoorPeildata\": 10, \"versie\": " + versie + "}").json();
            assertThat(gezet.path("dagenVoorPeildata").asInt()).isEqualTo(10);
            versie = gezet.path("versie").asInt();
            for (Geval g : ingesteld) {
                loop(g.dag(), g.verwacht(), anna, wethouder, fleur, provincie);
            }
        } finally {
            api.als(toezicht).put("/api/v1/provincies/" + provincie + "/herinneringsinstelling",
                    "{\"dagenVoorPeildata\": 14, \"versie\": " + versie + "}").json();
        }

        List<MimeMessage> berichten = wachtOp(2);
        Thread.sleep(1500);
        assertThat(ontvangen()).hasSize(2);
        String naam = gebied.gemeente(gemeente).orElseThrow().naam();
        assertThat(berichten).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Herinnering: peildatum " + NlFormaat.datum(tussentijds) + " (" + naam + ")",
                "Herinnering: peildatum " + NlFormaat.datum(eind) + " (" + naam + ")");
        for (MimeMessage m : berichten) {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("anna@" + DOMEIN);
            String tekst = GreenMailUtil.getBody(m).replaceAll("=\\r?\\n", "").replaceAll("\\s+", " ");
            assertThat(tekst).contains("/gemeenten/" + gemeente + "/huurcontracten", t.periode().omschrijving());
        }
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'HERINNERING_VERZONDEN' and object_id in "
                + "(select cast(id as varchar) from herinnering where contact_id = ? and soort = 'PEILDATUM')")
                .param(anna).query(Long.class).single()).isEqualTo(2);
    }

    void loop(LocalDate dag, String verwacht, long anna, long wethouder, long fleur, String provincie) {
        klok.zet(dag);
        herinneringen.verstuur(provincie, Actor.SYSTEEM);
        herinneringen.verstuur(provincie, Actor.SYSTEEM);
        assertThat(verzonden(anna, dag)).as("herinnering op " + dag)
                .isEqualTo(verwacht == null ? List.of() : List.of(verwacht));
        assertThat(verzonden(wethouder, dag)).as("bestuurlijk op " + dag).isEmpty();
        assertThat(verzonden(fleur, dag)).as("uitgezet op " + dag).isEmpty();
    }

    /**
     * The golden copy of the peildatum reminder's text (templates/post/herinnering-peildatum) for a fixed case: Delft,
     * the eindoordeel of 1 July 2022 reminded on 17 June, with and without COA's figures. The HTML says the same.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"true, herinnering-peildatum.txt", "false, herinnering-peildatum-zonder-cijfers.txt"})
    void de_tekst_van_de_herinnering_voor_een_vast_geval(boolean metCijfers, String bestand) throws Exception {
        var delft = gebied.gemeente("GM0503").orElseThrow();
        LocalDate peildatum = LocalDate.of(2022, 7, 1);
        var kader = kaders.voorProvincie("PV28", LocalDate.of(2022, 6, 17)).orElseThrow();
        var regel = metCijfers ? new Maandoverzicht.Regel("GM0503", "Delft", 100L, 0L, LocalDate.of(2022, 5, 31),
                40L, 12L, 0L, false) : null;
        var contact = new ContactOpslag.Rij(1, "PV28", "GM0503", Organisatiesoort.GEMEENTE, null, Bijhouder.PROVINCIE,
                1, new Contactgegevens(Contactsoort.AMBTELIJK, Contactrol.BELEIDSMEDEWERKER, "Anna de Vries", null,
                        "anna@" + DOMEIN, null, null, false, null, null, true, null), null, "test");
        var gegevens = herinneringen.gegevens(delft, peildatum, kader, regel, LocalDate.of(2022, 6, 17), contact);
        gegevens.put("link", "https://woonregie.example/gemeenten/GM0503/huurcontracten");
        Sjablonen.Inhoud inhoud = sjablonen.maak(Herinneringen.SJABLOON_PEILDATUM, gegevens);
        Path gouden = Path.of("src", "test", "resources", "post", bestand);
        if (Boolean.getBoolean("gouden.bijwerken")) {
            Files.writeString(gouden, inhoud.tekst(), StandardCharsets.UTF_8);
        }
        assertThat(inhoud.tekst()).isEqualTo(Files.readString(gouden, StandardCharsets.UTF_8));
        assertThat(Herinneringen.onderwerpregel(delft, peildatum))
                .isEqualTo("Herinnering: peildatum 1 juli 2022 (Delft)");
        String html = inhoud.html().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(html).contains("Geachte Anna de Vries", "1 juli 2022", "het eindoordeel over de eerste helft 2022",
                "Zuid-Holland");
        if (metCijfers) {
            assertThat(html).contains("31 mei 2022", "40 vergunninghouders", "taakstelling van 100", "(40%)",
                    "Nog te huisvesten: 60");
        }
    }

    List<MimeMessage> ontvangen() {
        List<MimeMessage> lijst = new ArrayList<>();
        for (MimeMessage m : SERVER.getReceivedMessages()) {
            try {
                // the lease window's reminders go to the same contacts on some of these days
                if (m.getAllRecipients()[0].toString().endsWith("@" + DOMEIN)
                        && m.getSubject().startsWith("Herinnering: peildatum")) {
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
