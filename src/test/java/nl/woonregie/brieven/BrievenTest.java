package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * What the toezichtbrieven guarantee beyond their wording: a preview of a CONCEPT round stores nothing, the letters
 * are made and stored when the round is vastgesteld (kenmerken in order, dated the day of vaststelling, nothing when
 * one fails), a round made final without its letters answers 409 until they are stored on request, a frozen letter
 * stays byte-identical and immutable, a kenmerk is unique and never reused (also after reopening), the ZIP of all
 * letters reports its progress and a failing letter without stopping the others, and scope. What the letters
 * say — the 1 October 2021 and 1 July 2021 letters of 's-Gravenhage, the province annex, a decision of GS, Dutch
 * number formats, CONCEPT and kenmerk, the PDF's text — is in the scenario tables of
 * {@code src/test/resources/scenarios/rondes/}, played by {@code nl.woonregie.toezicht.scenario.RondeScenarioTest}.
 *
 * <p>Every test makes its own period, municipalities, accounts and rounds ({@link RondeFixture}, {@link Accounts}),
 * so the tests pass alone and in any order. Own application context and database (shared with
 * {@code BeoordelingsrondeTest}, whose tests do the same); the letter hook {@link BriefService#voorElkeBrief} is
 * reset after each test.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class BrievenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    BriefService brieven;

    @Autowired
    nl.woonregie.toezicht.ronde.RondeService rondeService;

    @Autowired
    nl.woonregie.support.TestKlok klok;

    final Gebruiker beheerder = Gebruiker.met(0, "brieventest", Toewijzing.zonderScope(Rol.BEHEERDER));
    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeEach
    void fixtures() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    @AfterEach
    void geenFoutenMeer() {
        brieven.voorElkeBrief = gemeente -> { };
    }

    @Test
    void conceptronde_geeft_een_voorbeeld_met_concept_zonder_kenmerk_en_slaat_niets_op() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        Api.Antwoord r = api.als(t.toezichthouder()).get(brief(id, g, "pdf")).status(200);
        assertThat(r.response().getContentType()).isEqualTo("application/pdf");
        assertThat(r.header("X-Kenmerk")).isNull();
        assertThat(PdfAControle.overtredingen(r.bytes())).isEmpty();
        String html = api.als(t.toezichthouder()).get(brief(id, g, "html")).status(200).tekst();
        assertThat(html).contains("CONCEPT").contains("nog geen kenmerk").doesNotContain("PZH-");
        assertThat(aantal("select count(*) from brief where ronde_id = ?", id)).isZero();
        assertThat(aantal("select count(*) from brief_kenmerk where ronde_id = ?", id)).isZero();
        assumeTrue(PdfAControle.pdftotextAanwezig(), "pdftotext (poppler-utils) ontbreekt");
        assertThat(PdfAControle.tekst(r.bytes())).contains("CONCEPT");
    }

    @Test
    void vastgelegde_brief_blijft_dezelfde_en_is_onveranderlijk() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.vastgesteld(t.eindoordeel());
        Api.Antwoord eerste = api.als(t.toezichthouder()).get(brief(id, g, "pdf")).status(200);
        // the municipality sees its letter once it was sent (by post here: no mail server needed)
        BriefPortaalTest.verzendPerPost(api, t.toezichthouder(), id, g);
        Api.Antwoord tweede = api.als(accounts.gemeente(g)).get(brief(id, g, "pdf")).status(200);
        String sha = eerste.header("X-Sha256");
        assertThat(sha).hasSize(64).isEqualTo(tweede.header("X-Sha256"));
        assertThat(BriefService.sha256(eerste.bytes())).isEqualTo(sha);
        assertThat(tweede.bytes()).isEqualTo(eerste.bytes());
        assertThat(eerste.header("X-Kenmerk")).matches("PZH-\\d{4}-\\d{6}").isEqualTo(tweede.header("X-Kenmerk"));
        assertThat(jdbc.sql("select sha256 from brief where ronde_id = ? and gemeente_code = ?").params(id, g)
                .query(String.class).single()).isEqualTo(sha);
        assertThat(aantal("select count(*) from brief where ronde_id = ?", id)).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update brief set html = 'x' where ronde_id = ?").param(id).update())
                .hasMessageContaining("kan niet worden gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("delete from brief where ronde_id = ?").param(id).update())
                .hasMessageContaining("kan niet worden gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("delete from brief_kenmerk where ronde_id = ?").param(id).update())
                .hasMessageContaining("kan niet worden gewijzigd");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BRIEF_VASTGELEGD' and object_id = ?")
                .param(id + "/" + g).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void vaststellen_legt_elke_brief_vast_met_kenmerken_in_de_volgorde_van_de_ronde_en_de_dag_van_vaststelling() {
        RondeFixture.Toezicht t = rondes.nieuw();
        List<String> gemeenten = List.of(t.gemeente(), t.gemeente(), t.gemeente());
        long id = t.ronde(t.tussentijds());
        assertThat(aantal("select count(*) from brief where ronde_id = ?", id)).isZero();
        long voor = aantal("select laatste from brief_kenmerkreeks where provincie_code = 'PV28'");
        t.vaststellen(id);
        // in the order of the round (by name), numbered one after the other, dated the day of vaststelling
        List<String> opNaam = gemeenten.stream().sorted(java.util.Comparator.comparing(gebied::naam)).toList();
        List<String[]> brieven = jdbc.sql("""
                select b.gemeente_code, k.volgnummer, b.kenmerk, b.datum = (o.vastgesteld_op at time zone
                    'Europe/Amsterdam')::date from brief b join brief_kenmerk k on k.kenmerk = b.kenmerk
                join beoordelingsronde o on o.id = b.ronde_id
                where b.ronde_id = ? and b.ronde_versie = o.versie order by k.volgnummer""").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4)}).list();
        assertThat(brieven.stream().map(b -> b[0]).toList()).isEqualTo(opNaam);
        assertThat(brieven.stream().map(b -> Long.parseLong(b[1])).toList())
                .isEqualTo(List.of(voor + 1, voor + 2, voor + 3));
        assertThat(brieven).allSatisfy(b -> {
            assertThat(b[2]).matches("PZH-\\d{4}-\\d{6}");
            assertThat(b[3]).isEqualTo("t");
        });
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BRIEF_VASTGELEGD' and object_id like ?")
                .param(id + "/%").query(Long.class).single()).isEqualTo(3);
        // opening it returns exactly the stored letter
        Api.Antwoord pdf = api.als(t.toezichthouder()).get(brief(id, opNaam.get(0), "pdf")).status(200);
        assertThat(pdf.header("X-Kenmerk")).isEqualTo(brieven.get(0)[2]);
        assertThat(pdf.header("X-Sha256")).isEqualTo(jdbc.sql("select sha256 from brief where kenmerk = ?")
                .param(brieven.get(0)[2]).query(String.class).single());
    }

    @Test
    void een_brief_die_na_het_vaststellen_niet_kan_worden_gemaakt_wordt_opnieuw_geprobeerd_met_zijn_kenmerk() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String goed = t.gemeente();
        String kapot = t.gemeente();
        long id = t.ronde(t.tussentijds());
        long voor = aantal("select laatste from brief_kenmerkreeks where provincie_code = 'PV28'");
        brieven.voorElkeBrief = gemeente -> {
            if (gemeente.equals(kapot)) {
                throw new IllegalStateException("kapot voor de test");
            }
        };
        JsonNode r = api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + id + "/vaststellen",
                Api.JSON.writeValueAsString(java.util.Map.of("versie", t.versie(id), "overschrijfControle", true,
                        "reden", RondeFixture.OVERSCHRIJFREDEN))).json(200);
        assertThat(r.get("status").asString()).isEqualTo("VASTGESTELD");
        // the kenmerken are reserved in the vaststelling itself, both, one after the other
        assertThat(aantal("select count(*) from brief_kenmerk where ronde_id = ?", id)).isEqualTo(2);
        assertThat(aantal("select laatste from brief_kenmerkreeks where provincie_code = 'PV28'")).isEqualTo(voor + 2);
        String gereserveerd = jdbc.sql("select kenmerk from brief_kenmerk where ronde_id = ? and gemeente_code = ?")
                .params(id, kapot).query(String.class).single();
        // the background job stores the letter it can make and fails on the other, which it tries again later
        long tot = System.currentTimeMillis() + 120_000;
        while (aantal("select count(*) from achtergrondtaak where soort = 'brieven-vastleggen' and sleutel like ? "
                + "and laatste_fout like '%kapot voor de test%'", id + "/%") == 0) {
            assertThat(System.currentTimeMillis()).as("de mislukte poging").isLessThan(tot);
            sleep(50);
        }
        assertThat(jdbc.sql("select gemeente_code from brief where ronde_id = ?").param(id).query(String.class)
                .list()).containsExactly(goed);
        assertThat(api.als(t.toezichthouder()).get(brief(id, kapot, "pdf")).probleem(409).get("detail").asString())
                .contains("niet vastgelegd");
        // once the letter can be made, a next attempt stores it with the kenmerk reserved at the vaststelling
        brieven.voorElkeBrief = gemeente -> { };
        Achtergrondwerk.wacht(jdbc);
        assertThat(jdbc.sql("select gemeente_code from brief where ronde_id = ?").param(id).query(String.class)
                .list()).containsExactlyInAnyOrder(goed, kapot);
        assertThat(api.als(t.toezichthouder()).get(brief(id, kapot, "pdf")).status(200).header("X-Kenmerk"))
                .isEqualTo(gereserveerd);
        assertThat(aantal("select laatste from brief_kenmerkreeks where provincie_code = 'PV28'")).isEqualTo(voor + 2);
        assertThat(aantal("select count(*) from achtergrondtaak where status = 'KLAAR' and pogingen >= 2 and soort = "
                + "'brieven-vastleggen' and sleutel like ?", id + "/%")).isEqualTo(1);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void een_historisch_vastgestelde_ronde_krijgt_brieven_van_de_dag_van_vaststelling_en_alleen_een_beheerder_doet_dat() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.eindoordeel());
        klok.zet(t.eindoordeel().plusMonths(3));
        try {
            java.time.OffsetDateTime op = t.eindoordeel().plusWeeks(6).atTime(10, 0)
                    .atZone(GebiedService.TIJDZONE).toOffsetDateTime();
            Gebruiker toezichthouder = Gebruiker.met(0, t.toezichthouder(),
                    Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV28"));
            assertThatThrownBy(() -> rondeService.stelHistorischVast(id, op, toezichthouder, "test", RondeFixture.OVERSCHRIJFREDEN))
                    .isInstanceOfSatisfying(nl.woonregie.platform.web.ApiException.class, e -> assertThat(e.status())
                            .isEqualTo(org.springframework.http.HttpStatus.FORBIDDEN));
            for (java.time.OffsetDateTime fout : List.of(op.minusMonths(3), op.plusMonths(3))) {
                assertThatThrownBy(() -> rondeService.stelHistorischVast(id, fout, beheerder, "test", RondeFixture.OVERSCHRIJFREDEN))
                        .isInstanceOfSatisfying(nl.woonregie.platform.web.ApiException.class, e -> assertThat(
                                e.invalidParams()).extracting(nl.woonregie.platform.web.InvalidParam::name)
                                .containsExactly("vastgesteldOp"));
            }
            rondeService.stelHistorischVast(id, op, beheerder, "test", RondeFixture.OVERSCHRIJFREDEN);
            Achtergrondwerk.wacht(jdbc);
            Api.Antwoord pdf = api.als(t.toezichthouder()).get(brief(id, g, "pdf")).status(200);
            assertThat(pdf.header("X-Kenmerk")).startsWith("PZH-" + op.getYear() + "-");
            assertThat(jdbc.sql("select datum from brief where ronde_id = ?").param(id)
                    .query(java.time.LocalDate.class).single()).isEqualTo(op.toLocalDate());
            assertThat(api.als(t.toezichthouder()).get(brief(id, g, "html")).tekst())
                    .contains(nl.woonregie.toezicht.regels.NlFormaat.datum(op.toLocalDate()));
            assertThat(jdbc.sql("select nieuwe_waarde::text from audit_log where actie = 'RONDE_VASTGESTELD' and object_id = ?")
                    .param(Long.toString(id)).query(String.class).single()).contains("vastgesteldOp");
        } finally {
            klok.herstel();
        }
    }

    @Test
    void een_ronde_vastgesteld_zonder_brieven_geeft_409_tot_de_toezichthouder_ze_vastlegt() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g1 = t.gemeente();
        String g2 = t.gemeente();
        long id = t.ronde(t.tussentijds());
        // a round made final by an earlier version of Woonregie, which made letters only when they were opened
        jdbc.sql("""
                update beoordelingsronde set status = 'VASTGESTELD', vastgesteld_door = 'vroeger',
                    vastgesteld_op = now() - interval '40 days', versie = versie + 1 where id = ?""").param(id).update();
        JsonNode p = api.als(t.toezichthouder()).get(brief(id, g1, "pdf")).probleem(409);
        assertThat(p.get("detail").asString()).contains("niet vastgelegd", "openen maakt geen brief");
        api.als(accounts.gemeente(g1)).get(brief(id, g1, "html")).probleem(409);
        api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + id + "/brieven/zip", "").status(202);
        JsonNode zip = wachtOpZip(t, id);
        assertThat(zip.get("klaar").asInt()).isZero();
        assertThat(zip.get("mislukt").size()).isEqualTo(2);
        assertThat(aantal("select count(*) from brief where ronde_id = ?", id)).isZero();
        assertThat(aantal("select count(*) from brief_kenmerk where ronde_id = ?", id)).isZero();
        // only the province (and the BEHEERDER) stores them; a CONCEPT round has none to store
        api.als(accounts.gemeente(g1)).post("/api/v1/beoordelingsrondes/" + id + "/brieven", "").probleem(403);
        api.als(accounts.toezichthouder("PV27")).post("/api/v1/beoordelingsrondes/" + id + "/brieven", "")
                .probleem(403);
        long concept = t.ronde(t.eindoordeel());
        api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + concept + "/brieven", "").probleem(409);
        JsonNode vastgelegd = api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + id + "/brieven", "")
                .json(200);
        assertThat(vastgelegd.get("vastgelegd").asInt()).isEqualTo(2);
        assertThat(vastgelegd.get("kenmerken").size()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from brief where ronde_id = ? and datum = current_date - 40").param(id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + id + "/brieven", "").json(200)
                .get("vastgelegd").asInt()).as("a second request has nothing left to store").isZero();
        BriefPortaalTest.verzendPerPost(api, t.toezichthouder(), id, g2);
        assertThat(api.als(accounts.gemeente(g2)).get(brief(id, g2, "pdf")).status(200).header("X-Kenmerk"))
                .isIn(vastgelegd.get("kenmerken").get(0).asString(), vastgelegd.get("kenmerken").get(1).asString());
    }

    @Test
    void kenmerk_uniek_en_nooit_hergebruikt_ook_niet_na_heropenen() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g1 = t.gemeente();
        String g2 = t.gemeente();
        long midden = t.vastgesteld(t.tussentijds());
        long einde = t.vastgesteld(t.eindoordeel());
        String k1 = brieven.pdf(einde, g1).kenmerk();
        String k2 = brieven.pdf(midden, g1).kenmerk();
        String k3 = brieven.pdf(midden, g2).kenmerk();
        assertThat(List.of(k1, k2, k3)).doesNotHaveDuplicates().allMatch(k -> k.matches("PZH-\\d{4}-\\d{6}"));
        // reopened and made final again: a new letter with a new kenmerk; the old one stays on record
        api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + einde + "/heropenen",
                "{\"reden\":\"COA heeft de cijfers gecorrigeerd.\",\"versie\":" + t.versie(einde) + "}").json();
        t.vaststellen(einde);
        Brief nieuw = brieven.pdf(einde, g1);
        assertThat(nieuw.kenmerk()).isNotIn(k1, k2, k3);
        assertThat(brieven.pdf(einde, g1).kenmerk()).isEqualTo(nieuw.kenmerk());
        assertThat(jdbc.sql("select kenmerk from brief where ronde_id = ? and gemeente_code = ?").params(einde, g1)
                .query(String.class).list()).containsExactlyInAnyOrder(k1, nieuw.kenmerk());
        assertThat(aantal("select count(*) - count(distinct kenmerk) from brief")).isZero();
        assertThat(aantal("select count(*) - count(distinct (provincie_code, volgnummer)) from brief_kenmerk")).isZero();
        // the database refuses a second use of a kenmerk
        assertThatThrownBy(() -> jdbc.sql("""
                insert into brief_kenmerk (kenmerk, provincie_code, volgnummer, ronde_id, ronde_versie, gemeente_code,
                    gereserveerd_door) values (?, 'PV28', ?, ?, 999, ?, 'test')""")
                .params(k1, Long.MAX_VALUE, einde, g1).update()).hasMessageContaining("duplicate key");
    }

    @Test
    void zip_van_alle_brieven_met_voortgang() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g1 = t.gemeente();
        String g2 = t.gemeente();
        long id = t.vastgesteld(t.tussentijds());
        Api.Antwoord start = api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + id + "/brieven/zip", "");
        assertThat(start.json(202).get("ronde").asLong()).isEqualTo(id);
        assertThat(start.header("Location")).isEqualTo("/api/v1/beoordelingsrondes/" + id + "/brieven/status");
        JsonNode status = wachtOpZip(t, id);
        assertThat(status.get("status").asString()).isEqualTo("KLAAR");
        assertThat(status.get("totaal").asInt()).isEqualTo(2);
        assertThat(status.get("klaar").asInt()).isEqualTo(2);
        assertThat(status.get("mislukt").size()).isZero();
        assertThat(status.get("sha256").asString()).hasSize(64);
        assertThat(zipInhoud(t, id)).containsExactlyInAnyOrder(bestandsnaam(g1), bestandsnaam(g2));
        // the letters were stored when the round was vastgesteld; the ZIP only read them
        assertThat(aantal("select count(*) from brief where ronde_id = ?", id)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_log where actie in ('BRIEVEN_ZIP_GESTART', "
                + "'BRIEVEN_ZIP_GEMAAKT') and object_id = ?").param(Long.toString(id)).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void bestandsnaam_in_de_zip_is_code_en_naam_zonder_leestekens() {
        assertThat(new Brief(1, "GM0518", "'s-Gravenhage", null, null, true, null, null, null).bestandsnaam())
                .isEqualTo("GM0518-s-Gravenhage.pdf");
        assertThat(new Brief(1, "GM0603", "Rijswijk (ZH.)", null, null, true, null, null, null).bestandsnaam())
                .isEqualTo("GM0603-Rijswijk-ZH.pdf");
    }

    @Test
    void een_mislukte_brief_wordt_gemeld_en_de_andere_zitten_in_de_zip() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String kapot = t.gemeente();
        String goed = t.gemeente();
        long id = t.ronde(t.tussentijds());
        brieven.voorElkeBrief = gemeente -> {
            if (gemeente.equals(kapot)) {
                throw new IllegalStateException("kapot voor de test");
            }
        };
        api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + id + "/brieven/zip", "").status(202);
        JsonNode status = wachtOpZip(t, id);
        assertThat(status.get("status").asString()).isEqualTo("KLAAR");
        assertThat(status.get("totaal").asInt()).isEqualTo(2);
        assertThat(status.get("klaar").asInt()).isEqualTo(1);
        assertThat(status.get("mislukt").size()).isEqualTo(1);
        assertThat(status.get("mislukt").get(0).get("gemeente").asString()).isEqualTo(kapot);
        assertThat(status.get("mislukt").get(0).get("reden").asString()).contains("kapot voor de test");
        assertThat(zipInhoud(t, id)).containsExactlyInAnyOrder("MISLUKT.txt", bestandsnaam(goed));
    }

    @Test
    void zip_die_niet_is_gestart_geeft_404_en_die_nog_bezig_is_409() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        t.gemeente();
        long id = t.ronde(t.tussentijds());
        String pad = "/api/v1/beoordelingsrondes/" + id + "/brieven/";
        api.als(t.toezichthouder()).get(pad + "zip").probleem(404);
        api.als(t.toezichthouder()).get(pad + "status").probleem(404);
        api.als(t.toezichthouder()).get("/api/v1/beoordelingsrondes/" + Long.MAX_VALUE + "/brieven/status")
                .probleem(404);
        // while the letters are being made the ZIP is not ready
        CountDownLatch los = new CountDownLatch(1);
        brieven.voorElkeBrief = gemeente -> {
            try {
                los.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            assertThat(api.als(t.toezichthouder()).post(pad + "zip", "").json(202).get("status").asString())
                    .isEqualTo("BEZIG");
            assertThat(api.als(t.toezichthouder()).get(pad + "zip").probleem(409).get("detail").asString())
                    .contains("nog niet klaar");
            // a second start while it runs returns the running job
            assertThat(api.als(t.toezichthouder()).post(pad + "zip", "").json(202).get("status").asString())
                    .isEqualTo("BEZIG");
        } finally {
            los.countDown();
        }
        assertThat(wachtOpZip(t, id).get("status").asString()).isEqualTo("KLAAR");
        api.als(t.toezichthouder()).get(pad + "zip").status(200);
    }

    @Test
    void scope_andere_provincie_403_gemeente_alleen_eigen_brief_van_vastgestelde_ronde() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        String buur = t.gemeente();
        long vast = t.vastgesteld(t.tussentijds());
        long concept = t.ronde(t.eindoordeel());
        String basis = "/api/v1/beoordelingsrondes/" + vast + "/brieven/";
        String anderProvincie = accounts.toezichthouder("PV27");
        api.als(anderProvincie).get(basis + g + "/brief.pdf").probleem(403);
        api.als(anderProvincie).get(basis + g + "/brief.html").probleem(403);
        api.als(anderProvincie).post(basis + "zip", "").probleem(403);
        api.als(anderProvincie).get(basis + "status").probleem(403);
        api.als(anderProvincie).get(basis + "zip").probleem(403);
        api.als(accounts.coa()).get(basis + g + "/brief.pdf").probleem(403);
        String gemeente = accounts.gemeente(g);
        // the municipality reads its letter once the province sent it (ADR 0050), not before
        api.als(gemeente).get(basis + g + "/brief.pdf").probleem(403);
        BriefPortaalTest.verzendPerPost(api, t.toezichthouder(), vast, g);
        api.als(gemeente).get(basis + g + "/brief.pdf").status(200);
        api.als(gemeente).get(basis + g + "/brief.html").status(200);
        api.als(gemeente).get(basis + buur + "/brief.pdf").probleem(403);
        api.als(gemeente).post(basis + "zip", "").probleem(403);
        api.als(gemeente).get(brief(concept, g, "pdf")).probleem(403);
        api.als(accounts.gemeente(buur)).get(basis + g + "/brief.pdf").probleem(403);
        // a municipality of the round without figures has no letter; one outside the round is unknown
        String zonderCijfers = null;
        for (JsonNode x : t.lees(vast).get("gemeenten")) {
            if (x.get("uitkomst").isNull()) {
                zonderCijfers = x.get("gemeente").asString();
                break;
            }
        }
        assertThat(zonderCijfers).isNotNull();
        api.als(t.toezichthouder()).get(basis + zonderCijfers + "/brief.pdf").probleem(409);
        api.als(t.toezichthouder()).get(basis + "GM0344/brief.pdf").probleem(404); // Utrecht
    }

    // ---------------------------------------------------------------------------------------------------------

    static String brief(long ronde, String gemeente, String soort) {
        return "/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + gemeente + "/brief." + soort;
    }

    String bestandsnaam(String gemeente) {
        return new Brief(0, gemeente, gebied.naam(gemeente), null, null, true, null, null, null).bestandsnaam();
    }

    long aantal(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    JsonNode wachtOpZip(RondeFixture.Toezicht t, long id) throws InterruptedException {
        long tot = System.currentTimeMillis() + 120_000;
        JsonNode status;
        do {
            Thread.sleep(100);
            status = api.als(t.toezichthouder()).get("/api/v1/beoordelingsrondes/" + id + "/brieven/status").json();
        } while (status.get("status").asString().equals("BEZIG") && System.currentTimeMillis() < tot);
        return status;
    }

    List<String> zipInhoud(RondeFixture.Toezicht t, long id) throws Exception {
        Api.Antwoord r = api.als(t.toezichthouder()).get("/api/v1/beoordelingsrondes/" + id + "/brieven/zip")
                .status(200);
        assertThat(r.response().getContentType()).isEqualTo("application/zip");
        assertThat(r.header("X-Sha256")).hasSize(64);
        List<String> namen = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.bytes()))) {
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
}
