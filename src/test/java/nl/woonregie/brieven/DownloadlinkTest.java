package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import nl.woonregie.toezicht.regels.NlFormaat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The province's setting to send decisions as a secure download link (issue 19 §2, ADR 0055), end to end through a
 * real SMTP server in the test's process (GreenMail): the setting is changed only by the province's supervisor, with
 * its version and a reason, audited, every invalid field named; with the link set, the e-mail carries a link (until
 * when it works, that the letter is also in the portal) and not the PDF; the link opens without an account and
 * downloads the frozen PDF/A byte for byte; each download is a row in the read log (the link's addressee, the letter,
 * the address) shown in the sending; a forged or malformed token is 404, an expired one 410, neither naming a letter;
 * after expiry the addressee who never downloaded gets a new link with the next sending, the other nothing.
 * The province's setting is Zuid-Holland's, shared by this context: the test sets it back to attached.
 */
@IntegratieTest
class DownloadlinkTest extends MetMailserver {

    static final Pattern LINK = Pattern.compile("/downloads/([A-Za-z0-9_-]{43})");
    /** The address the addressee downloads from (one of the documentation addresses of RFC 5737). */
    static final String ADRES = "198.51.100.23";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

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
    void terug() {
        klok.herstel();
        JsonNode nu = api.als(Api.BEHEERDER).get("/api/v1/provincies/PV28/verzendinstelling").json();
        if (!nu.get("verzendvorm").asString().equals("BIJLAGE")) {
            api.als(Api.BEHEERDER).put("/api/v1/provincies/PV28/verzendinstelling", "{\"verzendvorm\": \"BIJLAGE\", "
                    + "\"reden\": \"Test: terug naar de bijlage\", \"versie\": " + nu.get("versie").asInt() + "}")
                    .status(200);
        }
    }

    Api.Antwoord anoniem(String pad) {
        return anoniem(pad, ADRES);
    }

    /** Without an account, from this address (the rate limit counts per address). */
    Api.Antwoord anoniem(String pad, String adres) {
        MockHttpServletRequestBuilder b = get(pad).with(r -> {
            r.setRemoteAddr(adres);
            return r;
        });
        return api.anoniem().doe(b);
    }

    static String tekst(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }

    @Test
    void de_verzendwijze_stelt_alleen_de_toezichthouder_van_de_provincie_in_met_versie_reden_en_audit() {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String toezicht = t.toezichthouder();
        String pad = "/api/v1/provincies/PV28/verzendinstelling";
        JsonNode voor = api.als(toezicht).get(pad).json();
        int versie = voor.get("versie").asInt();

        // every invalid field named at once; an unknown field refused
        assertThat(api.als(toezicht).put(pad, "{\"verzendvorm\": \"FAX\", \"geldigheidDagen\": 0, \"reden\": \" \", "
                + "\"versie\": " + versie + "}").ongeldigeVelden())
                .containsExactlyInAnyOrder("verzendvorm", "geldigheidDagen", "reden");
        assertThat(api.als(toezicht).put(pad, "{\"reden\": \"x\"}").ongeldigeVelden())
                .containsExactlyInAnyOrder("verzendvorm", "versie");
        api.als(toezicht).put(pad, "{\"verzendvorm\": \"BIJLAGE\", \"reden\": \"x\", \"versie\": " + versie
                + ", \"kleur\": \"rood\"}").probleem(400);
        // a stale version
        api.als(toezicht).put(pad, "{\"verzendvorm\": \"DOWNLOADLINK\", \"reden\": \"x\", \"versie\": "
                + (versie + 5) + "}").probleem(409);
        // only the province's supervisor and the administrator
        api.als(accounts.toezichthouder(RondeFixture.ELDERS)).get(pad).probleem(403);
        api.als(accounts.toezichthouder(RondeFixture.ELDERS)).put(pad, "{\"verzendvorm\": \"DOWNLOADLINK\", "
                + "\"reden\": \"x\", \"versie\": " + versie + "}").probleem(403);
        api.als(accounts.gemeente(t.gemeente())).get(pad).probleem(403);
        api.als(toezicht).get("/api/v1/provincies/PV99/verzendinstelling").probleem(404);

        Api.Antwoord gezet = api.als(toezicht).doe(put(pad).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + versie + "\"").content("{\"verzendvorm\": \"DOWNLOADLINK\", "
                        + "\"geldigheidDagen\": 14, \"reden\": \"Bijlagen worden door gemeenten geweigerd\"}"));
        JsonNode na = gezet.json();
        assertThat(gezet.header("ETag")).isEqualTo("\"" + (versie + 1) + "\"");
        assertThat(na.get("verzendvorm").asString()).isEqualTo("DOWNLOADLINK");
        assertThat(na.get("geldigheidDagen").asInt()).isEqualTo(14);
        assertThat(na.get("versies").get(0).get("reden").asString()).isEqualTo("Bijlagen worden door gemeenten "
                + "geweigerd");
        assertThat(na.get("versies")).hasSize(versie + 1);
        String audit = jdbc.sql("select nieuwe_waarde::text from audit_log where actie = 'VERZENDINSTELLING_GEWIJZIGD' "
                + "and object_id = 'PV28' order by id desc limit 1").query(String.class).single();
        assertThat(audit).contains("DOWNLOADLINK", "14", "Bijlagen worden door gemeenten geweigerd");

        // the page shows it in Dutch words, with its history
        String pagina = api.als(toezicht).get("/provincies/PV28/verzendinstelling").tekst();
        assertThat(pagina).contains("als beveiligde downloadlink die 14 dagen werkt", "Als beveiligde downloadlink",
                "Bijlagen worden door gemeenten geweigerd").doesNotContain(">DOWNLOADLINK<");
    }

    @Test
    void de_email_draagt_een_link_die_de_brief_downloadt_elke_download_gelogd_verlopen_410_vervalst_404()
            throws Exception {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String toezicht = t.toezichthouder();
        String g = t.gemeente();
        long college = api.als(toezicht).post("/api/v1/gemeenten/" + g + "/contacten",
                BriefVerzendingTest.contact("COLLEGE", "College van burgemeester en wethouders",
                        "college@gemeente-link.example.org", true, null)).status(201).idUitLocation();
        long wethouder = api.als(toezicht).post("/api/v1/gemeenten/" + g + "/contacten",
                BriefVerzendingTest.contact("WETHOUDER", "L. Link (fictief)", "l.link@gemeente-link.example.org",
                        true, null)).status(201).idUitLocation();
        JsonNode instelling = api.als(toezicht).get("/api/v1/provincies/PV28/verzendinstelling").json();
        api.als(toezicht).put("/api/v1/provincies/PV28/verzendinstelling", "{\"verzendvorm\": \"DOWNLOADLINK\", "
                + "\"geldigheidDagen\": 30, \"reden\": \"Test: als link\", \"versie\": "
                + instelling.get("versie").asInt() + "}").status(200);
        long ronde = t.vastgesteld(t.tussentijds());
        JsonNode stand = api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").json(202);
        assertThat(stand.get("verzendvorm").asString()).isEqualTo("DOWNLOADLINK");
        BriefVerzendingTest.wacht("twee e-mails",
                () -> BriefVerzendingTest.ontvangen("gemeente-link.example.org").size() == 2);

        // the mail carries a link (until when it works, the portal), not the PDF
        LocalDate totEnMet = gebied.vandaag().plusDays(30);
        String kenmerk = BriefVerzendingTest.van(stand, g).get("kenmerk").asString();
        String tokenCollege = null;
        for (MimeMessage m : BriefVerzendingTest.ontvangen("gemeente-link.example.org")) {
            assertThat(BriefVerzendingTest.pdfBijlagen(m)).isEmpty();
            String tekst = tekst(m);
            assertThat(tekst).contains("beveiligde link", "tot en met " + NlFormaat.datum(totEnMet),
                    "portaal van de gemeente", kenmerk).doesNotContain("als PDF bijgevoegd");
            Matcher x = LINK.matcher(tekst);
            assertThat(x.find()).as(tekst).isTrue();
            if (m.getAllRecipients()[0].toString().startsWith("college@")) {
                tokenCollege = x.group(1);
            }
        }
        assertThat(tokenCollege).isNotNull();
        BriefVerzendingTest.wacht("verzonden", () -> {
            JsonNode s = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
            return BriefVerzendingTest.status(s, g, college).equals("VERZONDEN")
                    && BriefVerzendingTest.status(s, g, wethouder).equals("VERZONDEN");
        });
        // only the token's hash is stored
        assertThat(jdbc.sql("select count(*) from brief_downloadlink where token_hash = ?")
                .param(Sha256.van(tokenCollege.getBytes(StandardCharsets.US_ASCII))).query(Long.class).single())
                .isEqualTo(1);

        // the sending records which way it went
        JsonNode verzonden = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
        JsonNode ad = BriefVerzendingTest.geadresseerde(verzonden, g, college);
        assertThat(ad.get("verzendvorm").asString()).isEqualTo("DOWNLOADLINK");
        assertThat(ad.get("linkGeldigTot").asString()).isEqualTo(totEnMet.toString());
        assertThat(ad.has("gedownloadOp")).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BRIEF_VERZONDEN' and object_id = ? "
                + "and nieuwe_waarde::text like '%DOWNLOADLINK%'").param(ronde + "/" + g).query(Long.class).single())
                .isEqualTo(2);

        // the link opens without an account: the page, then the frozen PDF/A byte for byte, read-logged
        assertThat(anoniem("/downloads/" + tokenCollege).status(200).tekst()).contains(kenmerk,
                NlFormaat.datum(totEnMet), "Download de brief (PDF)");
        assertThat(jdbc.sql("select count(*) from brief_download where kenmerk = ?").param(kenmerk)
                .query(Long.class).single()).as("de pagina openen is geen download").isZero();
        Api.Antwoord pdf = anoniem("/downloads/" + tokenCollege + "/brief.pdf").status(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String sha = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + g + "/brief.pdf")
                .status(200).header("X-Sha256");
        assertThat(Sha256.hex(pdf.bytes())).isEqualTo(sha);
        List<String> log = jdbc.sql("select contact_id || ' ' || naam || ' ' || kenmerk || ' ' || adres "
                + "from brief_download where kenmerk = ? order by id").param(kenmerk).query(String.class).list();
        assertThat(log).containsExactly(college + " College van burgemeester en wethouders " + kenmerk + " " + ADRES);
        JsonNode gedownload = BriefVerzendingTest.geadresseerde(api.als(toezicht).get("/api/v1/beoordelingsrondes/"
                + ronde + "/verzendingen").json(), g, college);
        assertThat(gedownload.get("gedownloadOp").asString()).isNotBlank();
        assertThat(gedownload.get("downloads").asInt()).isEqualTo(1);
        assertThat(api.als(toezicht).get("/rondes/" + ronde + "/verzending").tekst()).contains("Gedownload op",
                "Nog niet gedownload", "Als beveiligde downloadlink");

        // a forged token and a malformed one: 404, naming no letter
        String vervalst = tokenCollege.substring(0, 42) + (tokenCollege.endsWith("A") ? "B" : "A");
        for (String fout : List.of("/downloads/" + vervalst, "/downloads/" + vervalst + "/brief.pdf",
                "/downloads/kort", "/downloads/kort/brief.pdf")) {
            Api.Antwoord a = anoniem(fout, "198.51.100.24").status(404);
            assertThat(a.tekst()).contains("Deze downloadlink bestaat niet").doesNotContain(kenmerk);
        }

        // after the last day: 410 with a clear message; the addressee who never downloaded gets a new link with the
        // next sending, the one who downloaded nothing
        klok.zet(totEnMet.plusDays(1));
        Api.Antwoord verlopen = anoniem("/downloads/" + tokenCollege + "/brief.pdf", "198.51.100.25").status(410);
        assertThat(verlopen.tekst()).contains("verlopen").doesNotContain(kenmerk);
        anoniem("/downloads/" + tokenCollege, "198.51.100.25").status(410);
        JsonNode laat = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
        assertThat(BriefVerzendingTest.status(laat, g, wethouder)).isEqualTo("LINK_VERLOPEN");
        assertThat(BriefVerzendingTest.status(laat, g, college)).isEqualTo("VERZONDEN");
        SERVER.purgeEmailFromAllMailboxes();
        api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").status(202);
        BriefVerzendingTest.wacht("een nieuwe link",
                () -> BriefVerzendingTest.ontvangen("gemeente-link.example.org").size() == 1);
        MimeMessage opnieuw = BriefVerzendingTest.ontvangen("gemeente-link.example.org").get(0);
        assertThat(opnieuw.getAllRecipients()[0].toString()).isEqualTo("l.link@gemeente-link.example.org");
        Matcher nieuw = LINK.matcher(tekst(opnieuw));
        assertThat(nieuw.find()).isTrue();
        anoniem("/downloads/" + nieuw.group(1), "198.51.100.25").status(200);
        assertThat(jdbc.sql("select count(*) from brief_downloadlink l join brief_verzending v on v.id = l.verzending_id "
                + "where v.ronde_id = ? and v.contact_id = ?").params(ronde, wethouder).query(Long.class).single())
                .isEqualTo(2);
        JsonNode eind = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
        assertThat(BriefVerzendingTest.plaatsingen(BriefVerzendingTest.van(eind, g).get("geadresseerden"),
                college)).isEqualTo(1);
        assertThat(BriefVerzendingTest.plaatsingen(BriefVerzendingTest.van(eind, g).get("geadresseerden"),
                wethouder)).isEqualTo(2);
    }

    /**
     * Withdrawing a link before its last day (the e-mail went to a wrong address): only the province's supervisor,
     * with a reason (every invalid field named), audited; the link answers 410 "ingetrokken" and names no letter, the
     * other addressee's link keeps working, a second withdrawal is 409, as is one of a sending without a link; the next
     * sending gives the withdrawn addressee a new link and nobody else anything.
     */
    @Test
    void een_ingetrokken_link_werkt_niet_meer_en_de_volgende_verzending_maakt_een_nieuwe() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String toezicht = t.toezichthouder();
        String g = t.gemeente();
        long college = api.als(toezicht).post("/api/v1/gemeenten/" + g + "/contacten",
                BriefVerzendingTest.contact("COLLEGE", "College van burgemeester en wethouders",
                        "college@gemeente-intrek.example.org", true, null)).status(201).idUitLocation();
        long wethouder = api.als(toezicht).post("/api/v1/gemeenten/" + g + "/contacten",
                BriefVerzendingTest.contact("WETHOUDER", "I. Intrek (fictief)", "i.intrek@gemeente-intrek.example.org",
                        true, null)).status(201).idUitLocation();
        JsonNode instelling = api.als(toezicht).get("/api/v1/provincies/PV28/verzendinstelling").json();
        api.als(toezicht).put("/api/v1/provincies/PV28/verzendinstelling", "{\"verzendvorm\": \"DOWNLOADLINK\", "
                + "\"geldigheidDagen\": 30, \"reden\": \"Test: als link\", \"versie\": "
                + instelling.get("versie").asInt() + "}").status(200);
        long ronde = t.vastgesteld(t.tussentijds());
        api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").status(202);
        BriefVerzendingTest.wacht("twee e-mails",
                () -> BriefVerzendingTest.ontvangen("gemeente-intrek.example.org").size() == 2);
        String tokenWethouder = null;
        String tokenCollege = null;
        for (MimeMessage m : BriefVerzendingTest.ontvangen("gemeente-intrek.example.org")) {
            Matcher x = LINK.matcher(tekst(m));
            assertThat(x.find()).isTrue();
            if (m.getAllRecipients()[0].toString().startsWith("college@")) {
                tokenCollege = x.group(1);
            } else {
                tokenWethouder = x.group(1);
            }
        }
        BriefVerzendingTest.wacht("verzonden", () -> BriefVerzendingTest.status(api.als(toezicht)
                .get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json(), g, wethouder)
                .equals("VERZONDEN"));
        JsonNode stand = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
        String kenmerk = BriefVerzendingTest.van(stand, g).get("kenmerk").asString();
        long verzending = BriefVerzendingTest.geadresseerde(stand, g, wethouder).get("verzending").asLong();
        String pad = "/api/v1/brief-verzendingen/" + verzending + "/downloadlink-intrekking";
        String reden = "{\"reden\": \"De e-mail ging naar een oud adres van de wethouder.\"}";

        // only the province's supervisor (and the administrator); an unknown sending is 404
        api.als(accounts.toezichthouder(RondeFixture.ELDERS)).post(pad, reden).probleem(403);
        api.als(accounts.gemeente(g)).post(pad, reden).probleem(403);
        api.als(toezicht).post("/api/v1/brief-verzendingen/999999999/downloadlink-intrekking", reden).probleem(404);
        // a reason is required and not too long; an unknown field is refused; nothing is withdrawn
        assertThat(api.als(toezicht).post(pad, "{\"reden\": \"  \"}").ongeldigeVelden()).containsExactly("reden");
        assertThat(api.als(toezicht).post(pad, "{\"reden\": \"" + "x".repeat(501) + "\"}").ongeldigeVelden())
                .containsExactly("reden");
        api.als(toezicht).post(pad, "{\"reden\": \"x\", \"kleur\": \"rood\"}").probleem(400);
        anoniem("/downloads/" + tokenWethouder, "198.51.100.31").status(200);

        JsonNode ingetrokken = api.als(toezicht).post(pad, reden).json();
        assertThat(ingetrokken.get("ingetrokken").asInt()).isEqualTo(1);
        assertThat(ingetrokken.get("reden").asString()).isEqualTo("De e-mail ging naar een oud adres van de wethouder.");
        String audit = jdbc.sql("select nieuwe_waarde::text from audit_log where actie = 'DOWNLOADLINK_INGETROKKEN' "
                + "and object_id = ?").param(Long.toString(verzending)).query(String.class).single();
        assertThat(audit).contains(kenmerk, "oud adres van de wethouder");
        api.als(toezicht).post(pad, reden).probleem(409);

        // the withdrawn link is 410 (page and PDF), naming no letter; the college's still works
        for (String p : List.of("/downloads/" + tokenWethouder, "/downloads/" + tokenWethouder + "/brief.pdf")) {
            assertThat(anoniem(p, "198.51.100.32").status(410).tekst()).contains("ingetrokken")
                    .doesNotContain(kenmerk);
        }
        anoniem("/downloads/" + tokenCollege + "/brief.pdf", "198.51.100.32").status(200);
        JsonNode na = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/verzendingen").json();
        assertThat(BriefVerzendingTest.status(na, g, wethouder)).isEqualTo("LINK_INGETROKKEN");
        assertThat(BriefVerzendingTest.geadresseerde(na, g, wethouder).get("linkIngetrokkenOp").asString())
                .isNotBlank();
        assertThat(BriefVerzendingTest.status(na, g, college)).isEqualTo("VERZONDEN");
        assertThat(api.als(toezicht).get("/rondes/" + ronde + "/verzending").tekst()).contains("Link ingetrokken op",
                "Link intrekken voor College van burgemeester en wethouders")
                .doesNotContain("Link intrekken voor I. Intrek (fictief)");

        // the next sending: a new link to the withdrawn addressee only, and it works
        SERVER.purgeEmailFromAllMailboxes();
        api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").status(202);
        BriefVerzendingTest.wacht("een nieuwe link",
                () -> BriefVerzendingTest.ontvangen("gemeente-intrek.example.org").size() == 1);
        MimeMessage opnieuw = BriefVerzendingTest.ontvangen("gemeente-intrek.example.org").get(0);
        assertThat(opnieuw.getAllRecipients()[0].toString()).isEqualTo("i.intrek@gemeente-intrek.example.org");
        Matcher nieuw = LINK.matcher(tekst(opnieuw));
        assertThat(nieuw.find()).isTrue();
        anoniem("/downloads/" + nieuw.group(1), "198.51.100.33").status(200);
        anoniem("/downloads/" + tokenWethouder, "198.51.100.33").status(410);

        // a sending with the PDF attached has no link to withdraw
        JsonNode nu = api.als(toezicht).get("/api/v1/provincies/PV28/verzendinstelling").json();
        api.als(toezicht).put("/api/v1/provincies/PV28/verzendinstelling", "{\"verzendvorm\": \"BIJLAGE\", "
                + "\"reden\": \"Test: bijlage\", \"versie\": " + nu.get("versie").asInt() + "}").status(200);
        long burgemeester = api.als(toezicht).post("/api/v1/gemeenten/" + g + "/contacten",
                BriefVerzendingTest.contact("BURGEMEESTER", "B. Bijlage (fictief)", "b.bijlage@gemeente-intrek.example.org",
                        true, null)).status(201).idUitLocation();
        api.als(toezicht).post("/api/v1/beoordelingsrondes/" + ronde + "/verzenden", "").status(202);
        long bijlage = BriefVerzendingTest.geadresseerde(api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde
                + "/verzendingen").json(), g, burgemeester).get("verzending").asLong();
        assertThat(api.als(toezicht).post("/api/v1/brief-verzendingen/" + bijlage + "/downloadlink-intrekking", reden)
                .probleem(409).get("detail").asString()).contains("geen downloadlink");
    }
}
