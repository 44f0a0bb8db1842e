package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import nl.woonregie.toezicht.regels.Gespreksverloop;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19 §4's "done when" for the toezichtgesprek (ADR 0058): the invitation with the agenda, the concept-verslag and
 * the vastgestelde verslag arrive at the chosen contacts through a real SMTP server in the test's process (GreenMail,
 * {@link MetMailserver}), each once; a changed talk goes again as a gewijzigde uitnodiging; the municipality comments
 * on the concept itself; a step out of order or on a stale version is refused (409); bad input names every field.
 */
@IntegratieTest
class GesprekVerzendingTest extends MetMailserver {

    static final String DOMEIN = "gesprek-gemeente.example.org";

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

    static String contact(String soort, String rol, String naam, String email) {
        return "{\"soort\": \"" + soort + "\", \"rol\": \"" + rol + "\", \"naam\": \"" + naam + "\", \"email\": \""
                + email + "\", \"elektronischBereikbaar\": false, \"reden\": \"Voor de toezichtgesprekken\"}";
    }

    static List<MimeMessage> ontvangen() {
        return BriefVerzendingTest.ontvangen(DOMEIN);
    }

    static List<String> onderwerpen() throws Exception {
        List<String> lijst = new ArrayList<>();
        for (MimeMessage m : ontvangen()) {
            lijst.add(m.getAllRecipients()[0] + ": " + m.getSubject());
        }
        return lijst;
    }

    @Test
    void plannen_uitnodigen_concept_reactie_en_vaststellen_bij_de_gekozen_contacten_elk_een_keer() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String toezicht = t.toezichthouder();
        String gemeente = t.gemeente();
        String gemeenteAccount = accounts.gemeente(gemeente);
        long beleid = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten", contact("AMBTELIJK",
                "BELEIDSMEDEWERKER", "B. Jansen (fictief)", "b.jansen@" + DOMEIN)).status(201).idUitLocation();
        long teamleider = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten", contact("AMBTELIJK",
                "TEAMLEIDER", "C. de Boer (fictief)", "c.deboer@" + DOMEIN)).status(201).idUitLocation();
        long wethouder = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/contacten", contact("BESTUURLIJK",
                "WETHOUDER", "D. Visser (fictief)", "d.visser@" + DOMEIN)).status(201).idUitLocation();

        // bad input: every invalid field named
        JsonNode fout = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/geplande-toezichtgesprekken", """
                {"periode": "2022-III", "datum": "2000-01-01", "aanvang": "25:99", "link": "geen link",
                 "agenda": [" "], "soort": "GEHEIM", "deelnemers": []}""").probleem(400);
        assertThat(Api.namen(fout)).contains("periode", "datum", "aanvang", "link", "agenda[0]", "soort",
                "deelnemers");

        LocalDate dag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7);
        String periode = Periode.van(dag).code();
        JsonNode gepland = api.als(toezicht).post("/api/v1/gemeenten/" + gemeente + "/geplande-toezichtgesprekken",
                """
                {"periode": "%s", "datum": "%s", "aanvang": "10:00", "plaats": "Provinciehuis, Den Haag",
                 "agenda": ["Stand van de taakstelling", "Plan van aanpak"], "soort": "AMBTELIJK",
                 "deelnemers": [{"organisatie": "provincie", "functie": "toezichthouder"},
                                {"organisatie": "gemeente", "functie": "beleidsmedewerker"}]}"""
                        .formatted(periode, dag)).json(201);
        long id = gepland.get("id").asLong();
        String basis = "/api/v1/toezichtgesprekken/" + id;
        assertThat(gepland.get("toestandTekst").asString()).isEqualTo("Gepland");
        assertThat(gepland.get("verslag").isNull()).isTrue();

        // an invitation names the version of the talk, and only contacts of this municipality with an address
        JsonNode zonder = api.als(toezicht).post(basis + "/uitnodiging", "{}").probleem(400);
        assertThat(Api.namen(zonder)).containsExactly("versie");
        JsonNode vreemd = api.als(toezicht).post(basis + "/uitnodiging",
                "{\"versie\": 1, \"contacten\": [" + beleid + ", 999999999]}").probleem(400);
        assertThat(Api.namen(vreemd)).containsExactly("contacten[1]");
        api.als(toezicht).post(basis + "/uitnodiging", "{\"versie\": 7}").probleem(409);
        api.als(gemeenteAccount).post(basis + "/uitnodiging", "{\"versie\": 1}").probleem(403);

        // the invitation goes to the pre-selected ambtelijke contacts, with the date in Dutch and the agenda
        JsonNode uitgenodigd = api.als(toezicht).post(basis + "/uitnodiging", "{\"versie\": 1}").json(200);
        assertThat(uitgenodigd.get("gesprek").get("toestandTekst").asString()).isEqualTo("Uitnodiging verzonden");
        assertThat(uitgenodigd.get("verzendingen")).hasSize(2);
        BriefVerzendingTest.wacht("twee uitnodigingen", () -> ontvangen().size() == 2);
        String wanneer = Gespreksverloop.datumEnTijd(dag, java.time.LocalTime.of(10, 0));
        assertThat(wanneer).endsWith("om 10.00 uur");
        for (MimeMessage m : ontvangen()) {
            assertThat(m.getSubject()).startsWith("Uitnodiging ambtelijk toezichtgesprek").endsWith(wanneer);
            assertThat(GreenMailUtil.getBody(m)).contains("Wanneer: " + wanneer, "Provinciehuis, Den Haag",
                    "1. Stand van de taakstelling", "2. Plan van aanpak", "toezichthouder (provincie)");
        }
        assertThat(ontvangen().stream().map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList()).containsExactlyInAnyOrder("b.jansen@" + DOMEIN, "c.deboer@" + DOMEIN);

        // never twice: the same version again is refused, nothing more is sent
        api.als(toezicht).post(basis + "/uitnodiging", "{\"versie\": 1}").probleem(409);

        // a changed agenda is a new version, sent explicitly as a gewijzigde uitnodiging
        api.als(toezicht).put(basis, """
                {"periode": "%s", "datum": "%s", "aanvang": "10:30", "plaats": "Provinciehuis, Den Haag",
                 "agenda": ["Stand van de taakstelling", "Plan van aanpak", "Rondvraag"], "soort": "AMBTELIJK",
                 "deelnemers": [{"organisatie": "provincie", "functie": "toezichthouder"}],
                 "reden": "Half uur later, rondvraag toegevoegd", "versie": 1}""".formatted(periode, dag))
                .status(200);
        api.als(toezicht).doe(post(basis + "/uitnodiging").contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"").content("{}")).status(200);
        BriefVerzendingTest.wacht("gewijzigde uitnodigingen", () -> ontvangen().size() == 4);
        assertThat(onderwerpen()).filteredOn(o -> o.contains("Gewijzigde uitnodiging")).hasSize(2)
                .allMatch(o -> o.contains("om 10.30 uur"));

        // not before the talk: the concept-verslag waits until the talk was held
        api.als(toezicht).post(basis + "/conceptverslag", "{\"versie\": 2, \"verslag\": \"Te vroeg\"}")
                .probleem(409);
        klok.zet(dag.plusDays(1));
        JsonNode leeg = api.als(toezicht).post(basis + "/conceptverslag",
                "{\"reactieTot\": \"gisteren\", \"contacten\": [" + wethouder + ", 0]}").probleem(400);
        assertThat(Api.namen(leeg)).contains("verslag", "reactieTot", "versie", "contacten[1]");

        JsonNode concept = api.als(toezicht).post(basis + "/conceptverslag",
                "{\"versie\": 2, \"verslag\": \"De gemeente licht de achterstand toe.\"}").json(200);
        LocalDate reactieTot = dag.plusDays(1 + 14);
        assertThat(concept.get("gesprek").get("toestandTekst").asString())
                .isEqualTo("Concept-verslag ter reactie tot " + NlFormaat.datum(reactieTot));
        BriefVerzendingTest.wacht("concept-verslagen", () -> ontvangen().size() == 6);
        assertThat(onderwerpen()).filteredOn(o -> o.contains("Concept-verslag")).hasSize(2)
                .noneMatch(o -> o.contains("d.visser"));

        // while the comments are welcome, no vaststelling without the municipality's agreement
        int versie = concept.get("gesprek").get("versie").asInt();
        api.als(toezicht).post(basis + "/verslag-vaststellen", "{\"versie\": " + versie + "}").probleem(409);

        // the municipality comments itself and agrees; the supervisor may not fix a verslag on another's behalf
        JsonNode reactie = api.als(gemeenteAccount).post(basis + "/reacties",
                "{\"tekst\": \"Akkoord, met dank.\", \"akkoord\": true}").json(201);
        assertThat(reactie.get("reacties")).hasSize(1);
        assertThat(reactie.get("reacties").get(0).get("namens").asString()).startsWith("Gemeente ");
        assertThat(reactie.get("reacties").get(0).get("ontvangenOp").asString()).isEqualTo(dag.plusDays(1).toString());
        JsonNode namens = api.als(toezicht).post(basis + "/reacties", "{\"tekst\": \"Per e-mail\"}").probleem(400);
        assertThat(Api.namen(namens)).containsExactlyInAnyOrder("ontvangenOp", "namens");
        api.als(gemeenteAccount).post(basis + "/verslag-vaststellen", "{\"versie\": " + versie + "}").probleem(403);

        JsonNode vast = api.als(toezicht).post(basis + "/verslag-vaststellen", "{\"versie\": " + versie + "}")
                .json(200);
        assertThat(vast.get("gesprek").get("toestandTekst").asString())
                .isEqualTo("Verslag vastgesteld op " + NlFormaat.datum(dag.plusDays(1)));
        BriefVerzendingTest.wacht("verslagen", () -> ontvangen().size() == 8);
        assertThat(onderwerpen()).filteredOn(o -> o.contains("Vastgesteld verslag")).hasSize(2);

        // read-only from then on, and no second vaststelling
        api.als(toezicht).put(basis, """
                {"periode": "%s", "datum": "%s", "soort": "AMBTELIJK", "verslag": "Anders",
                 "deelnemers": [{"organisatie": "provincie", "functie": "toezichthouder"}],
                 "reden": "Achteraf", "versie": %d}""".formatted(periode, dag, versie)).probleem(409);
        api.als(toezicht).post(basis + "/verslag-vaststellen", "{\"versie\": " + versie + "}").probleem(409);
        api.als(gemeenteAccount).post(basis + "/reacties", "{\"tekst\": \"Nog iets\"}").probleem(409);

        // the sending per addressee: recorded once per step, version and contact, sent, audited; readable by the
        // municipality, not by another province's supervisor
        BriefVerzendingTest.wacht("alles verzonden", () -> api.als(toezicht).get(basis + "/verzendingen").json()
                .get("verzendingen").findValues("status").stream().allMatch(s -> s.asString().equals("VERZONDEN")));
        JsonNode stand = api.als(gemeenteAccount).get(basis + "/verzendingen").json();
        assertThat(stand.get("verzendingen")).hasSize(8);
        assertThat(Api.velden(stand.get("verzendingen"), "stukTekst")).contains("Uitnodiging (versie 1)",
                "Uitnodiging (versie 2)", "Concept-verslag (versie " + versie + ")",
                "Vastgesteld verslag (versie " + versie + ")");
        assertThat(jdbc.sql("select count(*) from gesprek_verzending where gesprek_id = ? and contact_id = ?")
                .params(id, wethouder).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'toezichtgesprek' and object_id = ? "
                + "and actie like 'TOEZICHTGESPREK_VERZENDING_%'").param(Long.toString(id)).query(Long.class).single())
                .isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from audit_log where object_id = ? and actie in "
                + "('TOEZICHTGESPREK_GEPLAND', 'TOEZICHTGESPREK_UITGENODIGD', 'TOEZICHTGESPREK_CONCEPTVERSLAG_TER_REACTIE', "
                + "'TOEZICHTGESPREK_REACTIE_VASTGELEGD', 'TOEZICHTGESPREK_VERSLAG_VASTGESTELD')")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1 + 2 + 1 + 1 + 1);
        api.als(accounts.toezichthouder(RondeFixture.ELDERS)).get(basis + "/verzendingen").probleem(403);
        assertThat(ontvangen()).hasSize(8);
        assertThat(teamleider).isNotEqualTo(beleid);
    }
}
