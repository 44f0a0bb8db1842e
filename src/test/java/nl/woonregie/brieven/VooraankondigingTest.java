package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * Step 4 of the interventieladder as a legal document (issue 19 §3, ADR 0054): a vooraankondiging drafted from the
 * stored figures of a vastgestelde round in which the municipality's outcome is step 4, decided by Gedeputeerde Staten
 * (frozen as PDF/A with its copy line to the council), sent to the college and — as the copy to the council — to the
 * griffie of the contacts register through a real SMTP server (GreenMail), and published; until then it is on the
 * supervisor's worklist.
 */
@IntegratieTest
class VooraankondigingTest extends MetMailserver {

    static final String DOMEIN = "vooraankondiging.example.org";

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
    void opgesteld_uit_een_ronde_met_trede_4_besloten_verzonden_aan_college_en_raad_en_gepubliceerd()
            throws Exception {
        // A municipality of Zuid-Holland that enters the period on step 4 and is not on schedule at the mid date
        // (40 of the 50 needed): the vastgestelde round keeps it on step 4. Another one (plain figures) is on step 1.
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = t.gemeente(new RondeFixture.Cijfers(0, "4", 100, 40, 100, 70, 10));
        String anderen = t.gemeente();
        String toezicht = t.toezichthouder();
        long ronde = t.vastgesteld(t.tussentijds());
        assertThat(uitkomst(t.lees(ronde), gemeente).get("tredeNa").asString()).isEqualTo("4");
        long college = contact(toezicht, gemeente, "BESTUURLIJK", "COLLEGE", "College van burgemeester en wethouders",
                "college@" + DOMEIN);
        long griffie = contact(toezicht, gemeente, "AMBTELIJK", "GRIFFIE", "De griffier", "griffie@" + DOMEIN);
        LocalDate besluitdatum = t.tussentijds().plusDays(14);
        LocalDate termijnTot = besluitdatum.plusMonths(3);
        String pad = "/api/v1/gemeenten/" + gemeente + "/vooraankondigingen";

        // 1. Drafted from the round: a round in which the municipality is not on step 4 is refused at its field
        assertThat(api.als(toezicht).post("/api/v1/gemeenten/" + anderen + "/vooraankondigingen",
                verzoek(ronde, null, termijnTot)).ongeldigeVelden()).containsExactly("ronde");
        Api.Antwoord opgesteld = api.als(toezicht).post(pad, verzoek(ronde, null, termijnTot));
        long id = opgesteld.idUitLocation();
        JsonNode concept = opgesteld.json(201);
        assertThat(concept.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(concept.get("ronde").asLong()).isEqualTo(ronde);
        assertThat(concept.get("cijfers").get("periode").asString()).isEqualTo(t.periode().code());
        assertThat(concept.get("cijfers").get("taakstelling").asInt()).isEqualTo(100);
        assertThat(concept.get("cijfers").get("gehuisvestCoa").asInt()).isEqualTo(40);
        byte[] voorbeeld = api.als(toezicht).get("/api/v1/vooraankondigingen/" + id + "/brief.pdf").status(200)
                .bytes();
        if (PdfAControle.pdftotextAanwezig()) {
            assertThat(PdfAControle.tekst(voorbeeld).replaceAll("\\s+", " ")).contains("CONCEPT",
                    "Afschrift aan: de gemeenteraad van " + gebied.naam(gemeente));
        }

        // a draft is not sent, its publication not recorded; the municipality does not see it
        api.als(toezicht).post("/api/v1/vooraankondigingen/" + id + "/verzenden", "").probleem(409);
        String gemeenteAccount = accounts.gemeente(gemeente);
        api.als(gemeenteAccount).get("/api/v1/vooraankondigingen/" + id).probleem(404);
        // the administrator reads but does not write
        api.als(Api.BEHEERDER).get("/api/v1/vooraankondigingen/" + id).status(200);
        api.als(Api.BEHEERDER).post("/api/v1/vooraankondigingen/" + id + "/besluit", besluit(besluitdatum, 1))
                .probleem(403);

        // 2. Decided by GS to the version: a stale version is 409; the letter is frozen as PDF/A with the copy line
        api.als(toezicht).post("/api/v1/vooraankondigingen/" + id + "/besluit", besluit(besluitdatum, 5))
                .probleem(409);
        JsonNode besloten = api.als(toezicht).post("/api/v1/vooraankondigingen/" + id + "/besluit",
                besluit(besluitdatum, 1)).json(200);
        assertThat(besloten.get("status").asString()).isEqualTo("BESLOTEN");
        assertThat(besloten.get("versie").asInt()).isEqualTo(2);
        assertThat(besloten.get("afschrift").asString()).isEqualTo("Afschrift aan: de gemeenteraad van "
                + gebied.naam(gemeente) + " (via de griffie)");
        assertThat(besloten.has("publicatie")).isFalse();
        byte[] pdf = api.als(toezicht).get("/api/v1/vooraankondigingen/" + id + "/brief.pdf").status(200).bytes();
        assertThat(Sha256.hex(pdf)).isEqualTo(besloten.get("sha256").asString());
        assertThat(PdfAControle.overtredingen(pdf)).isEmpty();
        if (PdfAControle.pdftotextAanwezig()) {
            assertThat(PdfAControle.tekst(pdf).replaceAll("\\s+", " ")).contains("Vooraankondiging", "GS-V-4",
                    NlFormaat.datum(besluitdatum), NlFormaat.datum(termijnTot), "Voorgenomen interventie",
                    "Afschrift aan: de gemeenteraad van " + gebied.naam(gemeente)).doesNotContain("CONCEPT");
        }

        // on the worklist: decided, not yet published
        assertThat(ongepubliceerd(toezicht, t.provincie())).contains(id);

        // 3. Sent to the college and, as the copy to the council, to the griffie; each once
        JsonNode verzonden = api.als(toezicht).post("/api/v1/vooraankondigingen/" + id + "/verzenden", "")
                .json(202);
        assertThat(Stream.of(college, griffie).map(c -> geadresseerde(verzonden, c).get("status").asString()))
                .containsOnly("IN_WACHTRIJ");
        BriefVerzendingTest.wacht("de vooraankondiging per e-mail aan college en griffie",
                () -> BriefVerzendingTest.ontvangen(DOMEIN).size() == 2);
        for (MimeMessage mail : BriefVerzendingTest.ontvangen(DOMEIN)) {
            assertThat(mail.getSubject()).contains("Vooraankondiging", "GS-V-4");
            assertThat(BriefVerzendingTest.pdfBijlagen(mail)).singleElement()
                    .satisfies(b -> assertThat(Sha256.hex(b)).isEqualTo(besloten.get("sha256").asString()));
        }
        assertThat(BriefVerzendingTest.ontvangen(DOMEIN).stream().map(VooraankondigingTest::aan))
                .containsExactlyInAnyOrder("college@" + DOMEIN, "griffie@" + DOMEIN);
        api.als(toezicht).post("/api/v1/vooraankondigingen/" + id + "/verzenden", "").status(202);
        Thread.sleep(1500);
        assertThat(BriefVerzendingTest.ontvangen(DOMEIN)).hasSize(2);
        // the municipality reads it in its portal now it was sent, but does not publish it
        assertThat(api.als(gemeenteAccount).get("/api/v1/vooraankondigingen/" + id).json().get("besluitnummer")
                .asString()).isEqualTo("GS-V-4");
        api.als(gemeenteAccount).post("/api/v1/vooraankondigingen/" + id + "/publicatie",
                publicatie(besluitdatum.plusDays(2), 2)).probleem(403);

        // 4. Published: off the worklist; a second publication is 409
        klok.zet(besluitdatum.plusDays(3));
        JsonNode gepubliceerd = api.als(toezicht).post("/api/v1/vooraankondigingen/" + id + "/publicatie",
                publicatie(besluitdatum.plusDays(2), 2)).json(200);
        assertThat(gepubliceerd.get("publicatie").get("gepubliceerdOp").asString())
                .isEqualTo(besluitdatum.plusDays(2).toString());
        assertThat(gepubliceerd.get("publicatie").get("plaats").asString()).isEqualTo("Provinciaal Blad 2022, 4711");
        assertThat(gepubliceerd.get("versie").asInt()).isEqualTo(3);
        api.als(toezicht).post("/api/v1/vooraankondigingen/" + id + "/publicatie",
                publicatie(besluitdatum.plusDays(2), 3)).probleem(409);
        assertThat(ongepubliceerd(toezicht, t.provincie())).doesNotContain(id);
        assertThat(jdbc.sql("select string_agg(actie, ',' order by id) from audit_log where object_type = "
                + "'vooraankondiging' and object_id = ?").param(Long.toString(id)).query(String.class).single())
                .isEqualTo("VOORAANKONDIGING_ONTWORPEN,VOORAANKONDIGING_BESLOTEN,VOORAANKONDIGING_VERZONDEN,"
                        + "VOORAANKONDIGING_VERZONDEN,VOORAANKONDIGING_GEPUBLICEERD");
        // not a besluit tot indeplaatsstelling: the step-5 routes do not know it
        api.als(toezicht).get("/api/v1/indeplaatsstellingen/" + id).probleem(404);
    }

    @Test
    void zonder_ronde_met_een_reden_uit_de_cijfers_van_vandaag() throws Exception {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = t.gemeente();
        klok.zet(t.tussentijds().plusDays(1));
        JsonNode v = api.als(t.toezichthouder()).post("/api/v1/gemeenten/" + gemeente + "/vooraankondigingen",
                verzoek(null, "Geen enkele voortgang sinds het bestuurlijk overleg.",
                        t.tussentijds().plusMonths(2))).json(201);
        assertThat(v.get("reden").asString()).startsWith("Geen enkele voortgang");
        assertThat(v.get("cijfers").get("gehuisvestCoa").asInt()).isEqualTo(40);
        assertThat(v.has("ronde")).isFalse();
        // another province's supervisor neither drafts nor reads it
        String ander = accounts.toezichthouder(RondeFixture.ELDERS);
        api.als(ander).get("/api/v1/vooraankondigingen/" + v.get("id").asLong()).probleem(404);
        api.als(ander).post("/api/v1/gemeenten/" + gemeente + "/vooraankondigingen",
                verzoek(null, "Reden", t.tussentijds().plusMonths(2))).probleem(403);
    }

    /** Invalid drafts and publications: 400 naming every invalid field. */
    static Stream<Arguments> ongeldig() {
        return Stream.of(
                Arguments.of("leeg", "{}", List.of("overwegingen", "voornemen", "termijnTot", "reden")),
                Arguments.of("geen datum, een onbekende ronde", """
                        {"ronde": 999999999, "overwegingen": "O", "voornemen": "V", "termijnTot": "1 maart"}""",
                        List.of("ronde", "termijnTot")),
                Arguments.of("een stuurteken, een datum buiten bereik", """
                        {"reden": "R", "overwegingen": "a\\u0007b", "voornemen": "V", "termijnTot": "1999-03-01"}""",
                        List.of("overwegingen", "termijnTot")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ongeldig")
    void een_ongeldig_concept_noemt_elk_ongeldig_veld(String geval, String body, List<String> velden) {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = eenGemeente(t);
        assertThat(api.als(t.toezichthouder()).post("/api/v1/gemeenten/" + gemeente + "/vooraankondigingen", body)
                .ongeldigeVelden()).as(geval).containsExactlyInAnyOrderElementsOf(velden);
    }

    @Test
    void een_ongeldige_publicatie_noemt_elk_ongeldig_veld() throws Exception {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gemeente = eenGemeente(t);
        LocalDate besluitdatum = t.tussentijds().plusDays(1);
        klok.zet(besluitdatum);
        long id = api.als(t.toezichthouder()).post("/api/v1/gemeenten/" + gemeente + "/vooraankondigingen",
                verzoek(null, "Reden", besluitdatum.plusMonths(1))).idUitLocation();
        api.als(t.toezichthouder()).post("/api/v1/vooraankondigingen/" + id + "/publicatie",
                publicatie(besluitdatum, 1)).probleem(409);
        assertThat(api.als(t.toezichthouder()).post("/api/v1/vooraankondigingen/" + id + "/besluit",
                besluit(besluitdatum.plusMonths(1), 1)).ongeldigeVelden()).containsExactly("besluitdatum");
        api.als(t.toezichthouder()).post("/api/v1/vooraankondigingen/" + id + "/besluit", besluit(besluitdatum, 1))
                .status(200);
        assertThat(api.als(t.toezichthouder()).post("/api/v1/vooraankondigingen/" + id + "/publicatie",
                Api.JSON.writeValueAsString(Map.of("gepubliceerdOp", besluitdatum.minusDays(1).toString(),
                        "link", "ftp://x", "plaats", " "))).ongeldigeVelden())
                .containsExactlyInAnyOrder("gepubliceerdOp", "plaats", "link", "versie");
        assertThat(api.als(t.toezichthouder()).post("/api/v1/vooraankondigingen/" + id + "/publicatie",
                publicatie(besluitdatum.plusDays(1), 2)).ongeldigeVelden()).as("na vandaag")
                .containsExactly("gepubliceerdOp");
        api.als(t.toezichthouder()).post("/api/v1/vooraankondigingen/" + id + "/publicatie",
                "{\"onbekend\": 1}").probleem(400);
    }

    /** A municipality of the class's period (only read for its province). */
    private static String eenGemeente(RondeFixture.Toezicht t) {
        return t.gemeenten().isEmpty() ? t.gemeente() : t.gemeenten().get(0);
    }

    private static String verzoek(Long ronde, String reden, LocalDate termijnTot) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        if (ronde != null) {
            m.put("ronde", ronde);
        }
        if (reden != null) {
            m.put("reden", reden);
        }
        m.put("overwegingen", "De gemeente loopt achter op haar taakstelling.\n\nHet plan van aanpak is niet "
                + "uitgevoerd.");
        m.put("voornemen", "Wij zijn voornemens een besluit tot indeplaatsstelling te nemen.");
        m.put("termijnTot", termijnTot.toString());
        return Api.JSON.writeValueAsString(m);
    }

    private static String besluit(LocalDate datum, int versie) {
        return Api.JSON.writeValueAsString(Map.of("besluitdatum", datum.toString(), "besluitnummer", "GS-V-4",
                "versie", versie));
    }

    private static String publicatie(LocalDate op, int versie) {
        return Api.JSON.writeValueAsString(Map.of("gepubliceerdOp", op.toString(), "plaats",
                "Provinciaal Blad 2022, 4711", "link", "https://zoek.officielebekendmakingen.nl/prb-2022-4711.html",
                "versie", versie));
    }

    private long contact(String toezicht, String gemeente, String soort, String rol, String naam, String email) {
        return api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten", Api.JSON.writeValueAsString(
                Map.of("soort", soort, "rol", rol, "naam", naam, "email", email, "postadres",
                        "Postbus 1\n2000 AA Ergens", "elektronischBereikbaar", true, "reden", "Voor de brief")))
                .idUitLocation();
    }

    private List<Long> ongepubliceerd(String toezicht, String provincie) {
        List<Long> ids = new java.util.ArrayList<>();
        api.als(toezicht).get("/api/v1/provincies/" + provincie + "/vooraankondigingen/ongepubliceerd").json()
                .get("ongepubliceerd").forEach(w -> ids.add(w.get("vooraankondiging").asLong()));
        return ids;
    }

    private static JsonNode uitkomst(JsonNode ronde, String gemeente) {
        for (JsonNode g : ronde.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(gemeente)) {
                return g;
            }
        }
        throw new AssertionError(gemeente + " niet in de ronde");
    }

    private static JsonNode geadresseerde(JsonNode v, long contact) {
        for (JsonNode a : v.get("verzending")) {
            if (a.get("contact").asLong() == contact) {
                return a;
            }
        }
        throw new AssertionError("contact " + contact + " niet in " + v);
    }

    private static String aan(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
