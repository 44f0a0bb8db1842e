package nl.woonregie.toezicht.opvolging;

import static nl.woonregie.support.Api.BEHEERDER;
import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.document.Testbestanden;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * What a municipality hands in itself (issue 19 §5) over the API: its plan van aanpak with the plan as a document,
 * its answers to the province's survey; read by the province's supervisor; changed in versions against the version
 * seen (409 on a stale one); every invalid field named; only the municipality itself (and BEHEERDER) hands in. On
 * a fresh municipality of its own ({@link RondeFixture#ELDERS}, Noord-Brabant).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InzendingApiTest {

    static final byte[] PDF = Testbestanden.pdf("Plan van aanpak");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    String gm;
    String gemeente;
    String th;
    String thElders;
    String anderGemeente;
    String coa;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        gm = new RondeFixture(mvc, jdbc, gebied).vanKlasse(getClass()).gemeenteElders();
        gemeente = accounts.gemeente(gm);
        th = accounts.toezichthouder(RondeFixture.ELDERS);
        thElders = accounts.toezichthouder(RondeFixture.PROVINCIE);
        anderGemeente = accounts.gemeente("GM0518");
        coa = accounts.coa();
    }

    String pad() {
        return "/api/v1/gemeenten/" + gm + "/inzendingen";
    }

    @Test
    void de_gemeente_dient_een_plan_van_aanpak_in_met_het_plan_als_document_en_de_provincie_leest_het() {
        Api.Antwoord r = api.als(gemeente).post(pad(), """
                {"soort": "PLAN_VAN_AANPAK", "periode": "2022-II", "titel": "Plan van aanpak huisvesting 2023",
                 "toelichting": "Twintig flexwoningen en afspraken met de corporatie."}""");
        JsonNode plan = r.json(201);
        long id = r.idUitLocation();
        assertThat(r.header("Location")).isEqualTo("/api/v1/inzendingen/" + id);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(plan.path("soort").asString()).isEqualTo("PLAN_VAN_AANPAK");
        assertThat(plan.path("ingediendDoor").asString()).isEqualTo(gemeente);
        assertThat(plan.path("versies")).hasSize(1);

        // the plan itself, uploaded by the municipality into the document store (the kind checked by content)
        Api.Antwoord doc = api.als(gemeente).doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/documenten")
                .file(new org.springframework.mock.web.MockMultipartFile("bestand", "plan.pdf", "application/pdf", PDF))
                .param("objectsoort", "inzending").param("objectId", String.valueOf(id)));
        assertThat(doc.status()).as(doc.tekst()).isEqualTo(201);
        api.als(gemeente).doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/documenten")
                .file(new org.springframework.mock.web.MockMultipartFile("bestand", "plan.pdf", "application/pdf",
                        "<html><body>geen pdf</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .param("objectsoort", "inzending").param("objectId", String.valueOf(id))).probleem(400);

        JsonNode gelezen = api.als(th).get("/api/v1/inzendingen/" + id).json();
        assertThat(gelezen.path("titel").asString()).isEqualTo("Plan van aanpak huisvesting 2023");
        assertThat(api.als(th).get("/api/v1/documenten?objectsoort=inzending&objectId=" + id).json()
                .path("documenten")).hasSize(1);
        assertThat(api.als(th).get(pad()).json().path("inzendingen").size()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'INZENDING_INGEDIEND' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void de_antwoorden_op_de_uitvraag_veranderen_in_versies_tegen_de_gelezen_versie() {
        long id = api.als(gemeente).post(pad(), """
                {"soort": "UITVRAAG", "periode": "2022-II", "titel": "Antwoorden uitvraag 1 september 2022",
                 "maatregelen": "Een tweede locatie voor tijdelijke woningen.",
                 "hulpNodig": "Hulp bij het vinden van een locatie."}""").idUitLocation();
        String wijziging = """
                {"titel": "Antwoorden uitvraag 1 september 2022", "maatregelen": "Twee locaties.",
                 "hulpNodig": "Geen.", "reden": "Tweede locatie gevonden", "versie": %d}""";
        JsonNode v2 = api.als(gemeente).put("/api/v1/inzendingen/" + id, wijziging.formatted(1)).json();
        assertThat(v2.path("versie").asInt()).isEqualTo(2);
        assertThat(v2.path("maatregelen").asString()).isEqualTo("Twee locaties.");
        assertThat(v2.path("versies").path(0).path("maatregelen").asString())
                .isEqualTo("Een tweede locatie voor tijdelijke woningen.");
        assertThat(v2.path("versies").path(1).path("reden").asString()).isEqualTo("Tweede locatie gevonden");
        // a stale version: 409, nothing stored
        api.als(gemeente).put("/api/v1/inzendingen/" + id, wijziging.formatted(1)).probleem(409);
        // the version through If-Match
        api.als(gemeente).put("/api/v1/inzendingen/" + id, """
                {"titel": "Antwoorden", "maatregelen": "Twee locaties.", "hulpNodig": "Geen.",
                 "reden": "Titel korter"}""", "\"2\"").json();
        // without a version: 400 naming it with every other invalid field
        JsonNode p = api.als(gemeente).put("/api/v1/inzendingen/" + id, """
                {"titel": "", "maatregelen": "x"}""").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("titel", "hulpNodig", "reden", "versie");
        assertThat(jdbc.sql("select count(*) from inzending_versie where inzending_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'INZENDING_GEWIJZIGD' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
        api.als(th).put("/api/v1/inzendingen/" + id, wijziging.formatted(3)).probleem(403);
    }

    @Test
    void elk_fout_veld_wordt_genoemd_en_er_wordt_niets_opgeslagen() {
        long voor = jdbc.sql("select count(*) from inzending where gemeente_code = ?").param(gm).query(Long.class)
                .single();
        JsonNode p = api.als(gemeente).post(pad(), """
                {"soort": "BRIEF", "periode": "2022-3", "titel": " "}""").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("soort", "periode", "titel");
        p = api.als(gemeente).post(pad(), """
                {"soort": "UITVRAAG", "periode": "2022-II", "titel": "Antwoorden"}""").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("maatregelen", "hulpNodig");
        p = api.als(gemeente).post(pad(), """
                {"soort": "PLAN_VAN_AANPAK", "periode": "2022-II", "titel": "Plan", "hulpNodig": "x"}""")
                .probleem(400);
        assertThat(namen(p)).containsExactly("hulpNodig");
        p = api.als(gemeente).post(pad(), """
                {"soort": "PLAN_VAN_AANPAK", "periode": "2022-II", "titel": "Plan", "naam": "Jan"}""")
                .probleem(400);
        assertThat(namen(p)).containsExactly("naam");
        assertThat(jdbc.sql("select count(*) from inzending where gemeente_code = ?").param(gm).query(Long.class)
                .single()).isEqualTo(voor);
    }

    @Test
    void alleen_de_gemeente_zelf_en_de_beheerder_dienen_in_wie_het_toezicht_leest_leest() {
        String plan = """
                {"soort": "PLAN_VAN_AANPAK", "periode": "2022-II", "titel": "Plan"}""";
        api.als(anderGemeente).post(pad(), plan).probleem(403);
        api.als(anderGemeente).get(pad()).probleem(403);
        api.als(th).post(pad(), plan).probleem(403);
        api.als(thElders).get(pad()).probleem(403);
        api.als(coa).post(pad(), plan).probleem(403);
        api.als(BEHEERDER).post("/api/v1/gemeenten/GM9999/inzendingen", plan).probleem(404);
        long id = api.als(BEHEERDER).post(pad(), plan).idUitLocation();
        api.als(anderGemeente).get("/api/v1/inzendingen/" + id).probleem(403);
        api.als(th).get("/api/v1/inzendingen/" + id).json();
        api.als(th).get("/api/v1/inzendingen/999999999").probleem(404);
    }
}
