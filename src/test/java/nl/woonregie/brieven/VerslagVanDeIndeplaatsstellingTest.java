package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfAControle;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Step 6 of the interventieladder as a legal document (issue 19 §3, ADR 0054): the verslag of an indeplaatsstelling,
 * linked to a decided besluit tot indeplaatsstelling of the same municipality, with what the province did and its
 * costs (the total computed), decided by Gedeputeerde Staten (frozen as PDF/A), sent to the college through a real
 * SMTP server (GreenMail) once, and its recovery followed: not paid within the term (30 days) after the invoice date, it
 * is on the supervisor's worklist until paid.
 */
@IntegratieTest
class VerslagVanDeIndeplaatsstellingTest extends MetMailserver {

    static final String DOMEIN = "verslag.example.org";

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
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void gekoppeld_aan_een_besluit_kosten_besloten_verzonden_en_een_onbetaalde_terugvordering_op_de_werklijst()
            throws Exception {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = t.gemeenteElders();
        String toezicht = accounts.toezichthouder(RondeFixture.ELDERS);
        long college = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten", """
                {"soort": "BESTUURLIJK", "rol": "COLLEGE", "naam": "College van burgemeester en wethouders",
                 "email": "college@verslag.example.org", "postadres": "Postbus 5\\n5000 AA Ergens",
                 "elektronischBereikbaar": true, "reden": "Voor het verslag"}""").idUitLocation();
        LocalDate besluitdatum = t.tussentijds();
        LocalDate termijn = besluitdatum.plusDays(30);
        LocalDate actie = termijn.plusDays(5);
        LocalDate verslagdatum = termijn.plusDays(40);
        LocalDate factuur = verslagdatum.plusDays(1);
        String pad = "/api/v1/gemeenten/" + gemeente + "/indeplaatsstellingsverslagen";

        // a besluit tot indeplaatsstelling (step 5), still a draft: a verslag needs a decided one
        klok.zet(besluitdatum);
        long besluit = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/indeplaatsstellingen",
                Api.JSON.writeValueAsString(Map.of("overwegingen", "De opgave is niet gerealiseerd.", "termijnen",
                        List.of(Map.of("datum", termijn.toString(), "aantal", 50))))).idUitLocation();
        assertThat(api.als(toezicht).post(pad, verzoek(besluit, actie)).ongeldigeVelden())
                .containsExactly("indeplaatsstelling");
        api.als(toezicht).post("/api/v1/indeplaatsstellingen/" + besluit + "/besluit", Api.JSON.writeValueAsString(
                Map.of("besluitdatum", besluitdatum.toString(), "besluitnummer", "GS-5-77", "versie", 1)))
                .status(200);

        // 1. Drafted after the term: two actions, three cost lines; the total is computed
        klok.zet(verslagdatum);
        Api.Antwoord opgesteld = api.als(toezicht).post(pad, verzoek(besluit, actie));
        long id = opgesteld.idUitLocation();
        JsonNode concept = opgesteld.json(201);
        assertThat(concept.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(concept.get("indeplaatsstelling").asLong()).isEqualTo(besluit);
        assertThat(concept.get("acties")).hasSize(2);
        assertThat(concept.get("totaal").decimalValue()).isEqualByComparingTo("13846.17");
        assertThat(concept.get("terugTeVorderen").decimalValue()).isEqualByComparingTo("13846.17");
        api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id + "/verzenden", "").probleem(409);
        String gemeenteAccount = accounts.gemeente(gemeente);
        api.als(gemeenteAccount).get("/api/v1/indeplaatsstellingsverslagen/" + id).probleem(404);

        // 2. Decided by GS to the version: not before the last action; a stale version is 409; frozen as PDF/A
        assertThat(api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id + "/besluit",
                besluit(actie.minusDays(1), 1)).ongeldigeVelden()).containsExactly("besluitdatum");
        api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id + "/besluit", besluit(verslagdatum, 4))
                .probleem(409);
        JsonNode besloten = api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id + "/besluit",
                besluit(verslagdatum, 1)).json(200);
        assertThat(besloten.get("status").asString()).isEqualTo("BESLOTEN");
        assertThat(besloten.get("terugvordering").asString()).isEqualTo("NIET_GEFACTUREERD");
        byte[] pdf = api.als(toezicht).get("/api/v1/indeplaatsstellingsverslagen/" + id + "/verslag.pdf").status(200)
                .bytes();
        assertThat(Sha256.hex(pdf)).isEqualTo(besloten.get("sha256").asString());
        assertThat(PdfAControle.overtredingen(pdf)).isEmpty();
        if (PdfAControle.pdftotextAanwezig()) {
            assertThat(PdfAControle.tekst(pdf).replaceAll("\\s+", " ")).contains("Verslag van de indeplaatsstelling",
                    "GS-6-12", "GS-5-77", NlFormaat.datum(actie), "€ 12.345,67", "€ 13.846,17",
                    "Wat de provincie deed");
        }

        // 3. Sent to the college once
        JsonNode verzonden = api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id + "/verzenden", "")
                .json(202);
        assertThat(verzonden.get("verzending").get(0).get("contact").asLong()).isEqualTo(college);
        BriefVerzendingTest.wacht("het verslag per e-mail", () -> BriefVerzendingTest.ontvangen(DOMEIN).size() == 1);
        MimeMessage mail = BriefVerzendingTest.ontvangen(DOMEIN).get(0);
        assertThat(mail.getSubject()).contains("Verslag van de indeplaatsstelling", "GS-6-12");
        assertThat(GreenMailUtil.getBody(mail)).contains("13.846,17");
        assertThat(BriefVerzendingTest.pdfBijlagen(mail)).singleElement()
                .satisfies(b -> assertThat(Sha256.hex(b)).isEqualTo(besloten.get("sha256").asString()));
        api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id + "/verzenden", "").status(202);
        Thread.sleep(1500);
        assertThat(BriefVerzendingTest.ontvangen(DOMEIN)).hasSize(1);
        assertThat(api.als(gemeenteAccount).get("/api/v1/indeplaatsstellingsverslagen/" + id).json()
                .get("besluitnummer").asString()).isEqualTo("GS-6-12");

        // 4. The recovery: invoiced; on the worklist the day after the 30 days, off it once paid
        klok.zet(factuur);
        JsonNode gefactureerd = api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id
                + "/terugvordering", terugvordering(factuur, null, 2)).json(200);
        assertThat(gefactureerd.get("uiterlijkBetaald").asString()).isEqualTo(factuur.plusDays(30).toString());
        klok.zet(factuur.plusDays(30));
        assertThat(onbetaald(toezicht)).doesNotContain(id);
        klok.zet(factuur.plusDays(31));
        assertThat(onbetaald(toezicht)).contains(id);
        assertThat(api.als(toezicht).get("/api/v1/indeplaatsstellingsverslagen/" + id).json().get("terugvordering")
                .asString()).isEqualTo("ACHTERSTALLIG");
        api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id + "/terugvordering",
                terugvordering(factuur, factuur.plusDays(31), 2)).probleem(409);
        api.als(toezicht).post("/api/v1/indeplaatsstellingsverslagen/" + id + "/terugvordering",
                terugvordering(factuur, factuur.plusDays(31), 3)).status(200);
        assertThat(onbetaald(toezicht)).doesNotContain(id);
        api.als(gemeenteAccount).get("/api/v1/provincies/" + RondeFixture.ELDERS + "/terugvorderingen/onbetaald")
                .probleem(403);
        assertThat(jdbc.sql("select string_agg(actie, ',' order by id) from audit_log where object_type = "
                + "'indeplaatsstellingsverslag' and object_id = ?").param(Long.toString(id)).query(String.class)
                .single()).isEqualTo("INDEPLAATSSTELLINGSVERSLAG_ONTWORPEN,INDEPLAATSSTELLINGSVERSLAG_BESLOTEN,"
                        + "INDEPLAATSSTELLINGSVERSLAG_VERZONDEN,TERUGVORDERING_VASTGELEGD,TERUGVORDERING_VASTGELEGD");
    }

    /** Invalid drafts: 400 naming every invalid field. */
    static Stream<Arguments> ongeldig() {
        return Stream.of(
                Arguments.of("leeg", "{}", List.of("indeplaatsstelling", "overwegingen", "acties")),
                Arguments.of("een onbekend besluit, een actie zonder datum, kosten zonder bedrag", """
                        {"indeplaatsstelling": 999999999, "overwegingen": "V",
                         "acties": [{"omschrijving": "Woningen gehuurd"}],
                         "kosten": [{"omschrijving": "Huur"}, {"bedrag": 10.005}]}""",
                        List.of("indeplaatsstelling", "acties[0].datum", "kosten[0].bedrag",
                                "kosten[1].omschrijving", "kosten[1].bedrag")),
                Arguments.of("een ander bedrag zonder reden, een negatief bedrag", """
                        {"indeplaatsstelling": 999999999, "overwegingen": "V",
                         "acties": [{"datum": "2023-05-01", "omschrijving": "A"}],
                         "kosten": [{"omschrijving": "Huur", "bedrag": -5}], "terugTeVorderen": 100}""",
                        List.of("indeplaatsstelling", "kosten[0].bedrag", "terugvorderingReden")),
                Arguments.of("een reden zonder bedrag", """
                        {"indeplaatsstelling": 999999999, "overwegingen": "V",
                         "acties": [{"datum": "2023-05-01", "omschrijving": "A"}], "terugvorderingReden": "R"}""",
                        List.of("indeplaatsstelling", "terugTeVorderen")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ongeldig")
    void een_ongeldig_concept_noemt_elk_ongeldig_veld(String geval, String body, List<String> velden) {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = t.gemeenten().isEmpty() ? t.gemeenteElders() : t.gemeenten().get(0);
        String toezicht = accounts.toezichthouder(RondeFixture.ELDERS);
        assertThat(api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/indeplaatsstellingsverslagen", body)
                .ongeldigeVelden()).as(geval).containsExactlyInAnyOrderElementsOf(velden);
    }

    private static String verzoek(long besluit, LocalDate actie) {
        return Api.JSON.writeValueAsString(Map.of("indeplaatsstelling", besluit,
                "overwegingen", "De provincie heeft woningen gehuurd en vergunninghouders gehuisvest.",
                "acties", List.of(Map.of("datum", actie.toString(), "omschrijving", "Tien woningen gehuurd"),
                        Map.of("datum", actie.plusDays(7).toString(), "omschrijving", "Twintig personen gehuisvest")),
                "kosten", List.of(Map.of("omschrijving", "Huur", "bedrag", new java.math.BigDecimal("12345.67")),
                        Map.of("omschrijving", "Inrichting", "bedrag", new java.math.BigDecimal("1000.00")),
                        Map.of("omschrijving", "Begeleiding", "bedrag", new java.math.BigDecimal("500.50")))));
    }

    private static String besluit(LocalDate datum, int versie) {
        return Api.JSON.writeValueAsString(Map.of("besluitdatum", datum.toString(), "besluitnummer", "GS-6-12",
                "versie", versie));
    }

    private static String terugvordering(LocalDate factuur, LocalDate betaald, int versie) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("factuurdatum", factuur.toString());
        if (betaald != null) {
            m.put("betaaldOp", betaald.toString());
        }
        m.put("versie", versie);
        return Api.JSON.writeValueAsString(m);
    }

    private List<Long> onbetaald(String toezicht) {
        List<Long> ids = new java.util.ArrayList<>();
        api.als(toezicht).get("/api/v1/provincies/" + RondeFixture.ELDERS + "/terugvorderingen/onbetaald").json()
                .get("onbetaald").forEach(w -> ids.add(w.get("verslag").asLong()));
        return ids;
    }
}
