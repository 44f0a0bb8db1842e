package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.brieven.internal.ContactOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.post.internal.Sjablonen;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.toezicht.cijfers.Maandoverzicht;
import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 19 §8, the monthly overview as a mail: the province's supervisor presses "Maandoverzicht versturen" on COA's
 * monthly overview page and each municipality's active ambtelijke contacts get its own row of the month — through a
 * real SMTP server (GreenMail) — once per month and contact: a second press sends only to a contact added since; never
 * to the bestuurlijke contacts or to a contact who switched it off. The municipality itself cannot send it.
 */
@IntegratieTest
class MaandoverzichtVerzendenTest extends MetMailserver {

    static final String DOMEIN = "maandoverzicht.example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

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

    long contact(String toezicht, String gemeente, String soort, String naam, String email, String extra) {
        return api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten",
                HerinneringTermijnHuurcontractenTest.json(soort, "BELEIDSMEDEWERKER", naam, email, true, extra))
                .status(201).idUitLocation();
    }

    /** Presses the page's button as this account; answers the flash message. */
    String versturen(String account, String maand) throws Exception {
        MvcResult r = mvc.perform(post("/provincies/PV28/maandoverzicht/versturen").param("maand", maand)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(account, nl.woonregie.support.Accounts.WACHTWOORD))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .csrf())).andReturn();
        if (r.getResponse().getStatus() != 302) {
            return "status " + r.getResponse().getStatus();
        }
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/provincies/PV28/maandoverzicht?maand=" + maand);
        return String.valueOf(r.getFlashMap().get("melding"));
    }

    List<Long> ontvangers(String maand) {
        return jdbc.sql("select contact_id from herinnering where soort = 'MAANDOVERZICHT' and onderwerp = ? "
                + "order by contact_id").param(maand).query(Long.class).list();
    }

    @Test
    void elke_gemeente_krijgt_haar_eigen_regel_eenmaal_per_maand_en_contact() throws Exception {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = t.gemeente();
        String toezicht = t.toezichthouder();
        long anna = contact(toezicht, gemeente, "AMBTELIJK", "Anna de Vries", "anna@" + DOMEIN, "");
        long wethouder = contact(toezicht, gemeente, "BESTUURLIJK", "Carla Smit", "wethouder@" + DOMEIN, "");
        long fleur = contact(toezicht, gemeente, "AMBTELIJK", "Fleur Uit", "fleur@" + DOMEIN,
                ", \"herinneringenUit\": [\"MAANDOVERZICHT\"]");
        // the month of COA's mid standing (40 housed of 100)
        String maand = YearMonth.from(t.tussentijds().minusDays(1)).toString();

        assertThat(versturen(new nl.woonregie.support.Accounts(mvc).gemeente(gemeente), maand))
                .isEqualTo("status 403");
        String eerste = versturen(toezicht, maand);
        assertThat(eerste).contains("in de uitgaande post");
        assertThat(ontvangers(maand)).contains(anna).doesNotContain(wethouder, fleur);
        assertThat(versturen(toezicht, maand)).contains("er was niets nieuws te versturen");
        long bob = contact(toezicht, gemeente, "AMBTELIJK", "Bob Nieuw", "bob@" + DOMEIN, "");
        assertThat(versturen(toezicht, maand)).contains("1 bericht staat in de uitgaande post");
        assertThat(ontvangers(maand)).contains(anna, bob).doesNotContain(wethouder, fleur);

        List<MimeMessage> berichten = wachtOp(2);
        Thread.sleep(1500);
        assertThat(ontvangen()).hasSize(2);
        String naam = gebied.gemeente(gemeente).orElseThrow().naam();
        for (MimeMessage m : berichten) {
            assertThat(m.getSubject()).startsWith("Maandoverzicht huisvesting vergunninghouders ").endsWith(" ("
                    + naam + ")");
            String tekst = GreenMailUtil.getBody(m).replaceAll("=\\r?\\n", "").replaceAll("\\s+", " ");
            assertThat(tekst).contains("Taakstelling " + t.periode().omschrijving() + ": 100",
                    "Gehuisvest volgens het COA: 40", "Nog te huisvesten: 60", "Realisatie: 40%");
        }
        assertThat(berichten).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("anna@" + DOMEIN, "bob@" + DOMEIN);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'HERINNERING_VERZONDEN' and object_id in "
                + "(select cast(id as varchar) from herinnering where soort = 'MAANDOVERZICHT' and contact_id in (?, ?))")
                .params(anna, bob).query(Long.class).single()).isEqualTo(2);
    }

    /** The golden copy of the mail's text (templates/post/maandoverzicht) for Delft in May 2022. */
    @Test
    void de_tekst_van_het_maandoverzicht_voor_een_vast_geval() throws Exception {
        var delft = gebied.gemeente("GM0503").orElseThrow();
        var regel = new Maandoverzicht.Regel("GM0503", "Delft", 100L, 10L, LocalDate.of(2022, 5, 31), 40L, 12L, 0L,
                false);
        var o = new Maandoverzicht.Overzicht("PV28", "Zuid-Holland", YearMonth.of(2022, 5), Periode.of("2022-I"),
                List.of(regel));
        var contact = new ContactOpslag.Rij(1, "PV28", "GM0503", Organisatiesoort.GEMEENTE, null, Bijhouder.PROVINCIE,
                1, new Contactgegevens(Contactsoort.AMBTELIJK, Contactrol.BELEIDSMEDEWERKER, "Anna de Vries", null,
                        "anna@" + DOMEIN, null, null, false, null, null, true, null), null, "test");
        var gegevens = herinneringen.gegevens(delft, o, regel, contact);
        gegevens.put("link", "https://woonregie.example/gemeenten/GM0503/huurcontracten");
        Sjablonen.Inhoud inhoud = sjablonen.maak(Herinneringen.SJABLOON_MAANDOVERZICHT, gegevens);
        Path gouden = Path.of("src", "test", "resources", "post", "maandoverzicht.txt");
        if (Boolean.getBoolean("gouden.bijwerken")) {
            Files.writeString(gouden, inhoud.tekst(), StandardCharsets.UTF_8);
        }
        assertThat(inhoud.tekst()).isEqualTo(Files.readString(gouden, StandardCharsets.UTF_8));
        assertThat(Herinneringen.onderwerpregel(delft, YearMonth.of(2022, 5)))
                .isEqualTo("Maandoverzicht huisvesting vergunninghouders mei 2022 (Delft)");
        String html = inhoud.html().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(html).contains("Geachte Anna de Vries", "mei 2022", "Taakstelling eerste helft 2022 100",
                "(waarvan additionele opgave 10)", "40 (stand van 31 mei 2022)", "Nog te huisvesten 60",
                "Realisatie 40%");
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
