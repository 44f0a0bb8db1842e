package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19 §3's "done when": a step-5 decision — a besluit tot indeplaatsstelling with two begunstigingstermijnen — is
 * drafted from the stored figures, decided by Gedeputeerde Staten (frozen as PDF/A), sent to the municipality's
 * contacts through a real SMTP server (GreenMail, through the one sender of the round's letters) and followed to a
 * finding on the supervisor's worklist when a term passes without the required number housed (COA's figures plus the
 * leases, as R7, counted from the decision's date to the term's date).
 */
@IntegratieTest
class BesluitTotIndeplaatsstellingTest extends MetMailserver {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    @Autowired
    Indeplaatsstellingen indeplaatsstellingen;

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

    @Test
    void een_besluit_met_twee_begunstigingstermijnen_opgesteld_besloten_verzonden_en_gevolgd_tot_een_bevinding()
            throws Exception {
        // A municipality of Noord-Brabant with plain figures for a period P: taakstelling 100, COA 40 housed by the
        // day before the mid date and 70 by the period's last day; a lease of 4 persons ten days after the decision.
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = t.gemeenteElders();
        String toezicht = accounts.toezichthouder(RondeFixture.ELDERS);
        LocalDate besluitdatum = t.tussentijds();
        LocalDate eersteTermijn = besluitdatum.plusDays(30);
        LocalDate tweedeTermijn = t.periode().laatsteDag();
        Testgegevens.huurcontract(jdbc, gemeente, t.periode().code(), besluitdatum.plusDays(10), 4, "IDP-1");
        long college = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten", """
                {"soort": "BESTUURLIJK", "rol": "COLLEGE", "naam": "College van burgemeester en wethouders",
                 "email": "college@indeplaatsstelling.example.org", "postadres": "Postbus 5\\n5000 AA Ergens",
                 "elektronischBereikbaar": true, "reden": "Voor het besluit"}""").idUitLocation();

        // 1. Drafted on the decision's day from the stored figures; the request names every invalid field
        klok.zet(besluitdatum);
        assertThat(api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/indeplaatsstellingen", """
                {"termijnen": [{"datum": "1 mei", "aantal": 0}, {"aantal": 5}]}""").ongeldigeVelden())
                .containsExactlyInAnyOrder("overwegingen", "termijnen[0].datum", "termijnen[0].aantal",
                        "termijnen[1].datum");
        Api.Antwoord opgesteld = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/indeplaatsstellingen",
                Api.JSON.writeValueAsString(Map.of("overwegingen", "De gemeente heeft de opgave niet gerealiseerd.",
                        "termijnen", List.of(Map.of("datum", eersteTermijn.toString(), "aantal", 10),
                                Map.of("datum", tweedeTermijn.toString(), "aantal", 50)))));
        long id = opgesteld.idUitLocation();
        klok.herstel();
        JsonNode concept = opgesteld.json(201);
        assertThat(concept.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(concept.get("cijfers").get("periode").asString()).isEqualTo(t.periode().code());
        assertThat(concept.get("cijfers").get("taakstelling").asInt()).isEqualTo(100);
        assertThat(concept.get("cijfers").get("gehuisvestCoa").asInt()).isEqualTo(40);
        assertThat(concept.get("cijfers").get("personenHuur").asInt()).isEqualTo(4);
        assertThat(concept.get("termijnen")).hasSize(2);

        // a draft is not sent; the municipality does not see it
        api.als(toezicht).post("/api/v1/indeplaatsstellingen/" + id + "/verzenden", "").probleem(409);
        String gemeenteAccount = accounts.gemeente(gemeente);
        api.als(gemeenteAccount).get("/api/v1/indeplaatsstellingen/" + id).probleem(404);

        // 2. Decided by GS (date and number, to the version): a term not after the decision's date is refused
        assertThat(api.als(toezicht).post("/api/v1/indeplaatsstellingen/" + id + "/besluit",
                Api.JSON.writeValueAsString(Map.of("besluitdatum", eersteTermijn.toString(), "besluitnummer", "",
                        "versie", 1))).ongeldigeVelden()).containsExactlyInAnyOrder("besluitdatum", "besluitnummer");
        api.als(toezicht).post("/api/v1/indeplaatsstellingen/" + id + "/besluit", Api.JSON.writeValueAsString(
                Map.of("besluitdatum", besluitdatum.toString(), "besluitnummer", "GS-2022-77", "versie", 7)))
                .probleem(409);
        JsonNode besloten = api.als(toezicht).post("/api/v1/indeplaatsstellingen/" + id + "/besluit",
                Api.JSON.writeValueAsString(Map.of("besluitdatum", besluitdatum.toString(),
                        "besluitnummer", "GS-2022-77", "versie", 1))).json(200);
        assertThat(besloten.get("status").asString()).isEqualTo("BESLOTEN");
        assertThat(besloten.get("versie").asInt()).isEqualTo(2);
        byte[] pdf = api.als(toezicht).get("/api/v1/indeplaatsstellingen/" + id + "/besluit.pdf").status(200).bytes();
        assertThat(Sha256.hex(pdf)).isEqualTo(besloten.get("sha256").asString());
        assertThat(PdfAControle.overtredingen(pdf)).isEmpty();
        if (PdfAControle.pdftotextAanwezig()) {
            assertThat(PdfAControle.tekst(pdf).replaceAll("\\s+", " ")).contains("Besluit tot indeplaatsstelling",
                    "GS-2022-77", NlFormaat.datum(eersteTermijn), NlFormaat.datum(tweedeTermijn),
                    "Begunstigingstermijnen");
        }

        // 3. Sent through the outbox to the college, which accepted electronic decisions (Awb 2:14); never twice
        JsonNode verzonden = api.als(toezicht).post("/api/v1/indeplaatsstellingen/" + id + "/verzenden", "")
                .json(202);
        assertThat(addressee(verzonden, college).get("status").asString()).isEqualTo("IN_WACHTRIJ");
        BriefVerzendingTest.wacht("het besluit per e-mail",
                () -> BriefVerzendingTest.ontvangen("indeplaatsstelling.example.org").size() == 1);
        MimeMessage mail = BriefVerzendingTest.ontvangen("indeplaatsstelling.example.org").get(0);
        assertThat(mail.getSubject()).contains("indeplaatsstelling", "GS-2022-77");
        assertThat(GreenMailUtil.getBody(mail)).contains("besluit tot indeplaatsstelling", "artikel 2:14");
        assertThat(BriefVerzendingTest.pdfBijlagen(mail)).singleElement()
                .satisfies(b -> assertThat(Sha256.hex(b)).isEqualTo(besloten.get("sha256").asString()));
        BriefVerzendingTest.wacht("verzonden", () -> addressee(api.als(toezicht)
                .get("/api/v1/indeplaatsstellingen/" + id).json(), college).get("status").asString()
                .equals("VERZONDEN"));
        api.als(toezicht).post("/api/v1/indeplaatsstellingen/" + id + "/verzenden", "").status(202);
        Thread.sleep(1500);
        assertThat(BriefVerzendingTest.ontvangen("indeplaatsstelling.example.org")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from brief_verzending where besluit_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);

        // the municipality reads its decided besluit but neither decides nor sends
        assertThat(api.als(gemeenteAccount).get("/api/v1/indeplaatsstellingen/" + id).json().get("besluitnummer")
                .asString()).isEqualTo("GS-2022-77");
        api.als(gemeenteAccount).post("/api/v1/indeplaatsstellingen/" + id + "/verzenden", "").probleem(403);
        api.als(t.toezichthouder()).get("/api/v1/indeplaatsstellingen/" + id).probleem(404);

        // 4. Followed: housed since the decision, COA plus leases as R7
        //    by the first term (30 days): COA still 40 (+0) and the lease of 4: 4 of 10 → a finding the day after
        //    by the second term (the period's end): COA 70 (+30) and the lease: 34 of 50 → a finding the day after
        assertThat(indeplaatsstellingen.volg(eersteTermijn, Actor.SYSTEEM)).as("op de dag zelf loopt hij nog")
                .isZero();
        assertThat(indeplaatsstellingen.volg(eersteTermijn.plusDays(1), Actor.SYSTEEM)).isEqualTo(1);
        assertThat(indeplaatsstellingen.volg(eersteTermijn.plusDays(2), Actor.SYSTEEM)).as("eenmaal").isZero();
        assertThat(indeplaatsstellingen.volg(tweedeTermijn.plusDays(1), Actor.SYSTEEM)).isEqualTo(1);

        JsonNode werklijst = api.als(toezicht).get("/api/v1/provincies/" + RondeFixture.ELDERS
                + "/begunstigingstermijnen/bevindingen").json();
        List<JsonNode> vanDit = new java.util.ArrayList<>();
        for (JsonNode b : werklijst.get("bevindingen")) {
            if (b.get("besluit").asLong() == id) {
                vanDit.add(b);
            }
        }
        assertThat(vanDit).extracting(b -> b.get("termijn").asInt() + ": " + b.get("gehuisvest").asInt() + " van "
                + b.get("vereist").asInt() + " (COA " + b.get("gehuisvestCoa").asInt() + ", huur "
                + b.get("personenHuur").asInt() + ")")
                .containsExactly("1: 4 van 10 (COA 0, huur 4)", "2: 34 van 50 (COA 30, huur 4)");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BEGUNSTIGINGSTERMIJN_NIET_GEHAALD' "
                + "and object_id = ?").param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select string_agg(actie, ',' order by id) from audit_log where object_type = "
                + "'indeplaatsstelling' and object_id = ?").param(Long.toString(id)).query(String.class).single())
                .startsWith("INDEPLAATSSTELLING_ONTWORPEN,INDEPLAATSSTELLING_BESLOTEN,INDEPLAATSSTELLING_VERZONDEN");
        api.als(gemeenteAccount).get("/api/v1/provincies/" + RondeFixture.ELDERS
                + "/begunstigingstermijnen/bevindingen").probleem(403);
    }

    private static JsonNode addressee(JsonNode besluit, long contact) {
        for (JsonNode a : besluit.get("verzending")) {
            if (a.get("contact").asLong() == contact) {
                return a;
            }
        }
        throw new AssertionError("contact " + contact + " niet in " + besluit);
    }
}
