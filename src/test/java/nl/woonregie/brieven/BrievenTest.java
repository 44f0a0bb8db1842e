package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.Testgegevens;
import nl.woonregie.toezicht.ronde.RondeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import nl.woonregie.pdf.PdfAControle;

/**
 * The toezichtbrieven of 's-Gravenhage on the worked example (rounds of Zuid-Holland from 1 October 2020 to
 * 1 October 2021) plus Delft in 2021-II: content, PDF/A (veraPDF), text (pdftotext), kenmerk, freezing, ZIP with
 * progress and a failing letter, scope. Own application context (and so its own database): the rounds of Zuid-Holland
 * made here would collide with those of other tests.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=brieven")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrievenTest {

    static final String WW = "wachtwoord-van-test-123";
    static final String DEN_HAAG = "GM0518";
    static final String DELFT = "GM0503";
    static final String ROTTERDAM = "GM0599";
    /** Only a few municipalities have figures here: the beheerder overrides the consistency check's errors. */
    static final String ONVOLLEDIG = "test: alleen enkele gemeenten hebben cijfers";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RondeService rondes;

    @Autowired
    BriefService brieven;

    final JsonMapper json = JsonMapper.builder().build();
    final Gebruiker beheerder = new Gebruiker(0, "brieventest", null, Rol.BEHEERDER, null, null, true, null);

    @BeforeAll
    void rondes() throws Exception {
        gebruiker("th-zh-brief", "TOEZICHTHOUDER", "\"provincie\":\"PV28\"");
        gebruiker("th-nh-brief", "TOEZICHTHOUDER", "\"provincie\":\"PV27\"");
        gebruiker("gm-denhaag-brief", "GEMEENTE", "\"gemeente\":\"GM0518\"");
        gebruiker("gm-rotterdam-brief", "GEMEENTE", "\"gemeente\":\"GM0599\"");
        gebruiker("coa-brief", "COA", null);
        String g = DEN_HAAG;
        insert("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) values (?, '2020-II', 2, '0', 'test')", g);
        taak(g, "2020-II", 197);
        taak(g, "2021-I", 418);
        taak(g, "2021-II", 340);
        coa(g, "2020-II", "2020-09-30", 64, 188, 0);
        coa(g, "2020-II", "2020-12-31", 199, 10, 1);
        coa(g, "2021-I", "2021-03-31", 106, 100, 0);
        coa(g, "2021-I", "2021-06-30", 223, 90, 0);
        coa(g, "2021-II", "2021-09-30", 172, 407, 0);
        // Delft from 2021-II on: behind, with too few koppelingen
        insert("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) values (?, '2021-II', 5, '0', 'test')", DELFT);
        taak(DELFT, "2021-II", 60);
        coa(DELFT, "2021-II", "2021-09-30", 20, 10, 0);

        long r1 = rondes.maak("PV28", LocalDate.of(2020, 10, 1), null, beheerder, "test");
        rondes.vaststellen(r1, null, beheerder, "test", ONVOLLEDIG);
        long r2 = rondes.maak("PV28", LocalDate.of(2021, 1, 1), null, beheerder, "test");
        rondes.vaststellen(r2, null, beheerder, "test", ONVOLLEDIG);
        long r3 = rondes.maak("PV28", LocalDate.of(2021, 4, 1), null, beheerder, "test");
        rondes.beslis(r3, DEN_HAAG, RondeService.Soort.KOPPELINGEN_OORDEEL, "false",
                "Volgens de brief van COA waren de koppelingen onvoldoende.", null, beheerder, "test");
        rondes.vaststellen(r3, null, beheerder, "test", ONVOLLEDIG);
        long r4 = rondes.maak("PV28", LocalDate.of(2021, 7, 1), null, beheerder, "test");
        rondes.vaststellen(r4, null, beheerder, "test", ONVOLLEDIG);
        rondes.maak("PV28", LocalDate.of(2021, 10, 1), null, beheerder, "test"); // stays CONCEPT until test 2
    }

    @AfterEach
    void geenFoutenMeer() {
        brieven.voorElkeBrief = gemeente -> { };
    }

    @Test
    @Order(1)
    void conceptronde_geeft_een_voorbeeld_met_concept_zonder_kenmerk_en_slaat_niets_op() throws Exception {
        long id = rondeId("2021-10-01");
        MvcResult r = mvc.perform(get("/api/v1/beoordelingsrondes/" + id + "/brieven/GM0518.pdf")
                .with(httpBasic("th-zh-brief", WW))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(r.getResponse().getHeader("X-Kenmerk")).isNull();
        byte[] pdf = r.getResponse().getContentAsByteArray();
        assertThat(PdfAControle.overtredingen(pdf)).isEmpty();
        String html = html(id, DEN_HAAG, "th-zh-brief");
        assertThat(html).contains("CONCEPT").contains("nog geen kenmerk").doesNotContain("PZH-");
        assertThat(jdbc.sql("select count(*) from brief").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from brief_kenmerk").query(Long.class).single()).isZero();
        if (PdfAControle.pdftotextAanwezig()) {
            assertThat(PdfAControle.tekst(pdf)).contains("CONCEPT");
        }
    }

    @Test
    @Order(2)
    void tussentijdse_brief_1_oktober_2021_trede_voor_1_en_volgende_fase_naar_2() throws Exception {
        long id = rondeId("2021-10-01");
        rondes.vaststellen(id, null, beheerder, "test", ONVOLLEDIG);
        String html = html(id, DEN_HAAG, "th-zh-brief");
        assertThat(html)
                .contains("Burgemeester en wethouders van <span>&#39;s-Gravenhage</span>")
                .contains("Gedeputeerde Staten van Zuid-Holland")
                .contains("Huisvestingswet: huisvesting vergunninghouders — stand van zaken per 1 oktober 2021")
                .doesNotContain("CONCEPT");
        assertThat(rij(html, "Taakstelling tweede helft 2021")).isEqualTo("340");
        assertThat(rij(html, "Saldo per 1 juli 2021")).isEqualTo("195 (achterstand)");
        assertThat(rij(html, "Trede per 1 juli 2021")).isEqualTo("1 (signaleren)");
        assertThat(rij(html, "Te huisvesten (opgave) in de tweede helft 2021")).isEqualTo("535");
        assertThat(rij(html, "Minimaal te huisvesten per 1 oktober 2021")).isEqualTo("268");
        assertThat(rij(html, "Feitelijk gehuisvest per 1 oktober 2021")).isEqualTo("172");
        assertThat(rij(html, "Op schema")).isEqualTo("nee");
        assertThat(rij(html, "Percentage van de opgave")).isEqualTo("32%");
        assertThat(rij(html, "Conclusie")).isEqualTo("volgende fase");
        assertThat(rij(html, "Trede per 1 oktober 2021")).isEqualTo("2 (informatie opvragen en valideren)");
        assertThat(rij(html, "Nog te huisvesten")).isEqualTo("363");
        assertThat(rij(html, "Koppelingen per 1 oktober 2021")).isEqualTo("407");
        assertThat(html).contains("Met deze koppelingen is het haalbaar de opgave vóór 1 januari 2022 te realiseren")
                .contains("Is de opgave dan niet gerealiseerd, dan gaat uw gemeente naar trede 3a")
                .contains("de taakstelling plus 25% van de achterstand uit de eerste helft van 2021")
                .doesNotContain("van het minimaal"); // no percentage on another basis than the opgave
        // province annex: the half (268) and what is still to house (363 + Delft 45) are different figures
        assertThat(html).contains("Stand van zaken in de provincie Zuid-Holland per 1 oktober 2021");
        assertThat(rij(html, "Te huisvesten (opgave)")).isEqualTo("600");
        assertThat(rij(html, "Helft van de opgave")).isEqualTo("300");
        assertThat(rij(html, "Nog te huisvesten", 1)).isEqualTo("408");
        assertThat(rij(html, "Gemeenten met te weinig koppelingen")).isEqualTo("1");
        assertThat(html).contains("Gemeenten met te weinig koppelingen voor wat zij nog moeten huisvesten: Delft.");
        assertThat(rij(html, "Trede 2 (informatie opvragen en valideren)")).isEqualTo("1");

        Brief b = brieven.pdf(id, DEN_HAAG, beheerder, "test");
        assertThat(b.kenmerk()).matches("PZH-\\d{4}-\\d{6}");
        assertThat(PdfAControle.overtredingen(b.pdf())).isEmpty();
        assumeTrue(PdfAControle.pdftotextAanwezig(), "pdftotext (poppler-utils) ontbreekt");
        String tekst = PdfAControle.tekst(b.pdf());
        assertThat(tekst).contains("535").contains("268").contains("363").contains("407").contains("32%")
                .contains("Percentage van de opgave").contains(b.kenmerk()).contains("1 oktober 2021")
                .contains("tweede helft 2021");
    }

    @Test
    @Order(3)
    void eindoordeel_1_juli_2021_saldo_195_en_opgave_volgende_periode_535_minimaal_268() throws Exception {
        long id = rondeId("2021-07-01");
        String html = html(id, DEN_HAAG, "th-zh-brief");
        assertThat(html).contains("Huisvestingswet: huisvesting vergunninghouders — beoordeling per 1 juli 2021");
        assertThat(rij(html, "Taakstelling eerste helft 2021")).isEqualTo("418");
        assertThat(rij(html, "Te huisvesten (opgave) in de eerste helft 2021")).isEqualTo("418");
        assertThat(rij(html, "Gehuisvest volgens COA per 30 juni 2021")).isEqualTo("223");
        assertThat(rij(html, "Percentage van de opgave")).isEqualTo("53%");
        assertThat(rij(html, "Saldo per 1 juli 2021")).isEqualTo("195 (achterstand)");
        assertThat(rij(html, "Conclusie")).isEqualTo("zelfde fase");
        // the four questions
        assertThat(html).contains("Heeft uw gemeente de opgave gerealiseerd?")
                .contains("Waren er per 1 april 2021 voldoende koppelingen")
                .contains("omgekoppeld").contains("stapelgemeente");
        // motivering and the supervisor's judgment with its motivation
        assertThat(html).contains("De koppelingen waren op 1 april 2021");
        assertThat(html(rondeId("2021-04-01"), DEN_HAAG, "th-zh-brief"))
                .contains("Volgens de brief van COA waren de koppelingen onvoldoende.")
                .contains("Oordeel over de koppelingen: niet voldoende");
        // the next period
        assertThat(html).contains("Opgave tweede helft 2021");
        assertThat(rij(html, "Taakstelling tweede helft 2021")).isEqualTo("340");
        assertThat(rij(html, "Te huisvesten (opgave) in de tweede helft 2021")).isEqualTo("535");
        assertThat(rij(html, "Minimaal te huisvesten per 1 oktober 2021")).isEqualTo("268");

        Brief b = brieven.pdf(id, DEN_HAAG, beheerder, "test");
        assertThat(PdfAControle.overtredingen(b.pdf())).isEmpty();
        assumeTrue(PdfAControle.pdftotextAanwezig(), "pdftotext (poppler-utils) ontbreekt");
        String tekst = PdfAControle.tekst(b.pdf());
        assertThat(tekst).contains("195").contains("535").contains("268").contains("53%")
                .contains("Percentage van de opgave").contains("eerste helft 2021");
    }

    @Test
    @Order(4)
    void vastgelegde_brief_blijft_dezelfde_en_is_onveranderlijk() throws Exception {
        long id = rondeId("2021-07-01");
        MvcResult eerste = mvc.perform(get("/api/v1/beoordelingsrondes/" + id + "/brieven/GM0518.pdf")
                .with(httpBasic("th-zh-brief", WW))).andReturn();
        MvcResult tweede = mvc.perform(get("/api/v1/beoordelingsrondes/" + id + "/brieven/GM0518.pdf")
                .with(httpBasic("gm-denhaag-brief", WW))).andReturn();
        assertThat(tweede.getResponse().getStatus()).isEqualTo(200);
        String sha = eerste.getResponse().getHeader("X-Sha256");
        assertThat(sha).hasSize(64).isEqualTo(tweede.getResponse().getHeader("X-Sha256"));
        assertThat(BriefService.sha256(eerste.getResponse().getContentAsByteArray())).isEqualTo(sha);
        assertThat(tweede.getResponse().getContentAsByteArray()).isEqualTo(eerste.getResponse().getContentAsByteArray());
        assertThat(jdbc.sql("select sha256 from brief where ronde_id = ? and gemeente_code = 'GM0518'").param(id)
                .query(String.class).single()).isEqualTo(sha);
        assertThat(jdbc.sql("select count(*) from brief where ronde_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update brief set html = 'x' where ronde_id = ?").param(id).update())
                .hasMessageContaining("kan niet worden gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("delete from brief_kenmerk").update())
                .hasMessageContaining("kan niet worden gewijzigd");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BRIEF_VASTGELEGD' and object_id = ?")
                .param(id + "/GM0518").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void kenmerk_uniek_en_nooit_hergebruikt_ook_niet_na_heropenen() throws Exception {
        long juli = rondeId("2021-07-01");
        long oktober = rondeId("2021-10-01");
        String k1 = brieven.pdf(juli, DEN_HAAG, beheerder, "test").kenmerk();
        String k2 = brieven.pdf(oktober, DEN_HAAG, beheerder, "test").kenmerk();
        String k3 = brieven.pdf(oktober, DELFT, beheerder, "test").kenmerk();
        assertThat(List.of(k1, k2, k3)).doesNotHaveDuplicates().allMatch(k -> k.startsWith("PZH-"));
        // reopen and make final again: a new letter with a new kenmerk; the old one stays on record
        int versie = jdbc.sql("select versie from beoordelingsronde where id = ?").param(juli).query(Integer.class)
                .single();
        rondes.heropenen(juli, "COA heeft de cijfers gecorrigeerd.", versie, beheerder, "test");
        rondes.vaststellen(juli, null, beheerder, "test", ONVOLLEDIG);
        Brief nieuw = brieven.pdf(juli, DEN_HAAG, beheerder, "test");
        assertThat(nieuw.kenmerk()).isNotEqualTo(k1).isNotIn(k2, k3);
        assertThat(jdbc.sql("select count(*) from brief where ronde_id = ? and gemeente_code = 'GM0518'").param(juli)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) - count(distinct kenmerk) from brief").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) - count(distinct volgnummer) from brief_kenmerk").query(Long.class)
                .single()).isZero();
        // the database refuses a second use of a kenmerk
        assertThatThrownBy(() -> jdbc.sql("""
                insert into brief_kenmerk (kenmerk, provincie_code, volgnummer, ronde_id, ronde_versie, gemeente_code,
                    gereserveerd_door) values (?, 'PV28', 999999, ?, 999, 'GM0518', 'test')""")
                .params(k1, juli).update()).hasMessageContaining("duplicate key");
    }

    @Test
    @Order(6)
    void zip_van_alle_brieven_met_voortgang() throws Exception {
        long id = rondeId("2021-10-01");
        MvcResult start = mvc.perform(post("/api/v1/beoordelingsrondes/" + id + "/brieven/zip")
                .with(httpBasic("th-zh-brief", WW))).andReturn();
        assertThat(start.getResponse().getStatus()).as(start.getResponse().getContentAsString()).isEqualTo(202);
        assertThat(start.getResponse().getHeader("Location")).endsWith("/brieven/status");
        JsonNode status = wachtOpZip(id);
        assertThat(status.get("status").asString()).isEqualTo("KLAAR");
        assertThat(status.get("totaal").asInt()).isEqualTo(2);
        assertThat(status.get("klaar").asInt()).isEqualTo(2);
        assertThat(status.get("mislukt").size()).isZero();
        List<String> namen = zipInhoud(id);
        assertThat(namen).containsExactlyInAnyOrder("GM0503-Delft.pdf", "GM0518-s-Gravenhage.pdf");
        assertThat(jdbc.sql("select count(*) from audit_log where actie in ('BRIEVEN_ZIP_GESTART', "
                + "'BRIEVEN_ZIP_GEMAAKT') and object_id = ?").param(Long.toString(id)).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    @Order(7)
    void een_mislukte_brief_wordt_gemeld_en_de_andere_zitten_in_de_zip() throws Exception {
        long id = rondeId("2021-10-01");
        brieven.voorElkeBrief = gemeente -> {
            if (gemeente.equals(DEN_HAAG)) {
                throw new IllegalStateException("kapot voor de test");
            }
        };
        // a fresh letter must be made for the failure to show: the CONCEPT previews of a new round
        coa(DEN_HAAG, "2021-II", "2021-12-31", 300, 200, 0);
        coa(DELFT, "2021-II", "2021-12-31", 50, 20, 0);
        // Rotterdam joins in 2021-II with a taakstelling above a thousand (test 10)
        insert("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) values (?, '2021-II', 0, '1', 'test')", ROTTERDAM);
        taak(ROTTERDAM, "2021-II", 1592);
        coa(ROTTERDAM, "2021-II", "2021-09-30", 700, 900, 0);
        coa(ROTTERDAM, "2021-II", "2021-12-31", 1248, 100, 0);
        long nieuw = rondes.maak("PV28", LocalDate.of(2022, 1, 1), null, beheerder, "test");
        assertThat(status(post("/api/v1/beoordelingsrondes/" + nieuw + "/brieven/zip"), "th-zh-brief")).isEqualTo(202);
        JsonNode status = wachtOpZip(nieuw);
        assertThat(status.get("status").asString()).isEqualTo("KLAAR");
        assertThat(status.get("mislukt").size()).isEqualTo(1);
        assertThat(status.get("mislukt").get(0).get("gemeente").asString()).isEqualTo(DEN_HAAG);
        assertThat(status.get("mislukt").get(0).get("reden").asString()).contains("kapot voor de test");
        assertThat(status.get("klaar").asInt()).isEqualTo(status.get("totaal").asInt() - 1);
        List<String> namen = zipInhoud(nieuw);
        assertThat(namen).contains("MISLUKT.txt").noneMatch(n -> n.startsWith("GM0518"))
                .anyMatch(n -> n.startsWith("GM0503"));
        assertThat(id).isPositive();
    }

    @Test
    @Order(8)
    void zip_die_niet_bestaat_of_niet_klaar_is() throws Exception {
        long ronde = rondeId("2021-01-01");
        assertThat(status(get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/zip"), "th-zh-brief")).isEqualTo(404);
        assertThat(status(get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/status"), "th-zh-brief")).isEqualTo(404);
        assertThat(status(get("/api/v1/beoordelingsrondes/999999/brieven/status"), "th-zh-brief")).isEqualTo(404);
    }

    @Test
    @Order(9)
    void scope_andere_provincie_403_gemeente_alleen_eigen_brief_van_vastgestelde_ronde() throws Exception {
        long oktober = rondeId("2021-10-01");
        long concept = rondeId("2022-01-01");
        String basis = "/api/v1/beoordelingsrondes/" + oktober + "/brieven/";
        assertThat(status(get(basis + "GM0518.pdf"), "th-nh-brief")).isEqualTo(403);
        assertThat(status(get(basis + "GM0518.html"), "th-nh-brief")).isEqualTo(403);
        assertThat(status(post(basis + "zip"), "th-nh-brief")).isEqualTo(403);
        assertThat(status(get(basis + "status"), "th-nh-brief")).isEqualTo(403);
        assertThat(status(get(basis + "zip"), "th-nh-brief")).isEqualTo(403);
        assertThat(status(get(basis + "GM0518.pdf"), "coa-brief")).isEqualTo(403);
        assertThat(status(get(basis + "GM0518.pdf"), "gm-denhaag-brief")).isEqualTo(200);
        assertThat(status(get(basis + "GM0518.html"), "gm-denhaag-brief")).isEqualTo(200);
        assertThat(status(get(basis + "GM0503.pdf"), "gm-denhaag-brief")).isEqualTo(403);
        assertThat(status(get(basis + "GM0518.pdf"), "gm-rotterdam-brief")).isEqualTo(403);
        assertThat(status(post(basis + "zip"), "gm-denhaag-brief")).isEqualTo(403);
        assertThat(status(get("/api/v1/beoordelingsrondes/" + concept + "/brieven/GM0518.pdf"), "gm-denhaag-brief"))
                .isEqualTo(403);
        MvcResult r = mvc.perform(get(basis + "GM0518.pdf").with(httpBasic("th-nh-brief", WW))).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        // a municipality without figures has no letter; one outside the round is unknown
        assertThat(status(get(basis + "GM0599.pdf"), "th-zh-brief")).isEqualTo(409);
        assertThat(status(get(basis + "GM0344.pdf"), "th-zh-brief")).isEqualTo(404);
    }

    @Test
    @Order(10)
    void duizendtallen_met_punt_in_html_en_pdf() throws Exception {
        long id = rondeId("2022-01-01");
        String html = html(id, ROTTERDAM, "th-zh-brief");
        assertThat(rij(html, "Taakstelling tweede helft 2021")).isEqualTo("1.592");
        assertThat(rij(html, "Gehuisvest volgens COA per 31 december 2021")).isEqualTo("1.248");
        assertThat(rij(html, "Saldo per 1 januari 2022")).isEqualTo("344 (achterstand)");
        Brief b = brieven.pdf(id, ROTTERDAM, beheerder, "test");
        assertThat(b.concept()).isTrue();
        assertThat(PdfAControle.overtredingen(b.pdf())).isEmpty();
        assumeTrue(PdfAControle.pdftotextAanwezig(), "pdftotext (poppler-utils) ontbreekt");
        assertThat(PdfAControle.tekst(b.pdf())).contains("1.592").contains("1.248").contains("344 (achterstand)")
                .contains("CONCEPT");
    }

    // ---------------------------------------------------------------------------------------------------------

    JsonNode wachtOpZip(long id) throws Exception {
        long tot = System.currentTimeMillis() + 120_000;
        JsonNode status;
        do {
            Thread.sleep(100);
            status = json.readTree(ok(get("/api/v1/beoordelingsrondes/" + id + "/brieven/status"), "th-zh-brief"));
        } while (status.get("status").asString().equals("BEZIG") && System.currentTimeMillis() < tot);
        return status;
    }

    List<String> zipInhoud(long id) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/beoordelingsrondes/" + id + "/brieven/zip")
                .with(httpBasic("th-zh-brief", WW))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("application/zip");
        List<String> namen = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                byte[] inhoud = zip.readAllBytes();
                if (e.getName().endsWith(".pdf")) {
                    assertThat(new String(inhoud, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                }
                namen.add(e.getName());
            }
        }
        return namen;
    }

    /** The value cell of the n-th table row with this label. */
    static String rij(String html, String label) {
        return rij(html, label, 0);
    }

    static String rij(String html, String label, int n) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<th scope=\"row\">"
                + java.util.regex.Pattern.quote(label.replace("'", "&#39;")) + "</th><td[^>]*>(.*?)</td>").matcher(html);
        for (int k = 0; k <= n; k++) {
            if (!m.find()) {
                throw new AssertionError("rij '" + label + "' (" + n + ") niet gevonden");
            }
        }
        return m.group(1);
    }

    String html(long ronde, String gemeente, String wie) throws Exception {
        return ok(get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + gemeente + ".html"), wie);
    }

    long rondeId(String peildatum) {
        return jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' and peildatum = ?")
                .param(LocalDate.parse(peildatum)).query(Long.class).single();
    }

    String ok(MockHttpServletRequestBuilder request, String wie) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic(wie, WW))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int status(MockHttpServletRequestBuilder request, String wie) throws Exception {
        return mvc.perform(request.with(httpBasic(wie, WW))).andReturn().getResponse().getStatus();
    }

    void gebruiker(String naam, String rol, String scope) throws Exception {
        Testgegevens.gebruiker(mvc, naam, WW, rol, scope);
    }

    void insert(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    void taak(String g, String periode, int n) {
        Testgegevens.taakstelling(jdbc, g, periode, n);
    }

    void coa(String g, String periode, String datum, int gehuisvest, int koppelingen, int omkoppelingen) {
        Testgegevens.coaStand(jdbc, g, periode, datum, gehuisvest, koppelingen, omkoppelingen);
    }
}
