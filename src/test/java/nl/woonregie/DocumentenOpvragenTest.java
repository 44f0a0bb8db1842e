package nl.woonregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Opening a document never makes or changes a stored one: per kind of document — the toezichtbrief as PDF and HTML
 * (of a vastgestelde round, a preview of a CONCEPT round, and one that was never stored), the ZIP of all letters, the
 * Verhuisbox beschikking (stored, and one not made yet), every export, and the documents of the module document (a
 * talk's and a case's: their data, lists, pages and downloads of every version) — every table of the database is counted
 * and its rows digested before and after, and must be exactly the same. Only the logs a read may write (the audit
 * trail, the Verhuisbox processing log, sessions, the event registry) are left out.
 *
 * <p>On the context of the round and letter tests ({@link RondeFixture}: rounds of the test's own), with a Verhuisbox
 * team of its own ({@link Testteam}).
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class DocumentenOpvragenTest {

    /** What a read may write: logs, not documents. */
    static final Set<String> LOGS = Set.of("audit_log", "vhb_verwerking", "brief_lezing", "brief_download", "spring_session",
            "spring_session_attributes", "event_publication", "flyway_schema_history");

    static final String V = "/api/v1/verhuisbox";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeEach
    void fixtures() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    /** Every table but the logs: its number of rows and an MD5 of all its rows in order. */
    Map<String, String> opslag() {
        Map<String, String> foto = new TreeMap<>();
        for (String tabel : jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list()) {
            if (!LOGS.contains(tabel)) {
                foto.put(tabel, jdbc.sql("select count(*) || ' ' || coalesce(md5(string_agg(t::text, chr(10) "
                        + "order by t::text)), '-') from " + tabel + " t").query(String.class).single());
            }
        }
        assertThat(foto).containsKeys("brief", "brief_kenmerk", "brief_kenmerkreeks", "vhb_beschikking",
                "vhb_verstrekking", "beoordelingsronde", "document", "document_versie");
        return foto;
    }

    /** Runs the reads and checks that no stored row was added, removed or changed. */
    void verandertNiets(Runnable lezen) {
        Map<String, String> voor = opslag();
        lezen.run();
        Map<String, String> na = opslag();
        assertThat(na).as("opgeslagen rijen na het opvragen").isEqualTo(voor);
    }

    static String brief(long ronde, String gemeente, String soort) {
        return "/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + gemeente + "/brief." + soort;
    }

    @Test
    void de_brief_van_een_vastgestelde_ronde_openen_als_pdf_of_html_verandert_geen_opgeslagen_rij() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.vastgesteld(t.tussentijds());
        String gemeente = accounts.gemeente(g);
        // the letters are stored by a background job after the vaststelling: its row changes until it is done
        Achtergrondwerk.wacht(jdbc);
        // the municipality sees its letter once it was sent (by post: nothing waits in the outbox); its opening is a
        // row in the read log (brief_lezing), not a change
        nl.woonregie.brieven.BriefPortaalTest.verzendPerPost(api, t.toezichthouder(), id, g);
        verandertNiets(() -> {
            for (String wie : List.of(t.toezichthouder(), gemeente, Api.BEHEERDER)) {
                assertThat(api.als(wie).get(brief(id, g, "pdf")).status(200).header("X-Kenmerk")).startsWith("PZH-");
                assertThat(api.als(wie).get(brief(id, g, "html")).status(200).tekst()).contains("Ons kenmerk");
            }
            api.als(gemeente).get("/gemeenten/" + g).status(200);
            api.als(t.toezichthouder()).get("/rondes/" + id).status(200);
        });
    }

    @Test
    void de_conceptbrief_openen_als_pdf_of_html_slaat_niets_op() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        verandertNiets(() -> {
            assertThat(api.als(t.toezichthouder()).get(brief(id, g, "pdf")).status(200).header("X-Kenmerk")).isNull();
            assertThat(api.als(t.toezichthouder()).get(brief(id, g, "html")).status(200).tekst()).contains("CONCEPT");
            api.als(t.toezichthouder()).get("/rondes/" + id + "/vaststellen").status(200);
        });
    }

    @Test
    void een_brief_die_niet_is_vastgelegd_openen_geeft_409_en_maakt_hem_niet() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long id = t.ronde(t.tussentijds());
        // a round made final by an earlier version of Woonregie, without its letters
        jdbc.sql("update beoordelingsronde set status = 'VASTGESTELD', vastgesteld_door = 'vroeger', "
                + "vastgesteld_op = now(), versie = versie + 1 where id = ?").param(id).update();
        String gemeente = accounts.gemeente(g);
        verandertNiets(() -> {
            for (String wie : List.of(t.toezichthouder(), gemeente)) {
                api.als(wie).get(brief(id, g, "pdf")).probleem(409);
                api.als(wie).get(brief(id, g, "html")).probleem(409);
            }
            api.als(t.toezichthouder()).get("/rondes/" + id).status(200);
        });
    }

    @Test
    void de_zip_maken_en_ophalen_leest_alleen_de_vastgelegde_brieven() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        t.gemeente();
        t.gemeente();
        long id = t.vastgesteld(t.tussentijds());
        String pad = "/api/v1/beoordelingsrondes/" + id + "/brieven/";
        // the ZIP itself, and its background job, are stored (brief_zip, achtergrondtaak, scheduled_tasks); no letter,
        // kenmerk or any other row changes
        Set<String> zip = Set.of("brief_zip", "achtergrondtaak", "scheduled_tasks");
        Map<String, String> voor = new TreeMap<>(opslag());
        voor.keySet().removeAll(zip);
        api.als(t.toezichthouder()).post(pad + "zip", "").status(202);
        JsonNode status;
        long tot = System.currentTimeMillis() + 120_000;
        do {
            Thread.sleep(100);
            status = api.als(t.toezichthouder()).get(pad + "status").json();
        } while (status.get("status").asString().equals("BEZIG") && System.currentTimeMillis() < tot);
        assertThat(status.get("klaar").asInt()).isEqualTo(2);
        api.als(t.toezichthouder()).get(pad + "zip").status(200);
        api.als(t.toezichthouder()).get(pad + "zip").status(200);
        Map<String, String> na = new TreeMap<>(opslag());
        na.keySet().removeAll(zip);
        assertThat(na).isEqualTo(voor);
    }

    @Test
    void een_beschikking_openen_verandert_niets_en_een_die_nog_niet_is_gemaakt_wordt_niet_gemaakt() {
        Testteam team = new Testteam(mvc, jdbc);
        int jaar = LocalDate.now().getYear();
        team.capaciteit(jaar, 500);
        team.geldjaar(jaar, "220000.00");
        long casus = team.metAanvaardAanbod("Testcliënt Opvragen", "Heerlen");
        long goedgekeurd = voorstel(team, casus);
        team.api.als(team.consulent).post(V + "/verstrekkingen/" + goedgekeurd + "/goedkeuring", "{}").status(200);
        // approved as a bulk load writes it: without its letter, until the job makes it
        long zonderBrief = voorstel(team, casus);
        jdbc.sql("""
                update vhb_verstrekking set status = 'GOEDGEKEURD', beoordeeld_door = ?, beoordeeld_door_id = ?,
                    beoordeeld_op = now(), kenmerk = 'VHB-OPVRAGEN-' || id, ontvanger = 'Testcliënt Opvragen',
                    team_naam = ?, beschikkingsdatum = current_date where id = ?""")
                .params(team.consulent, team.id(team.consulent), team.naam, zonderBrief).update();
        // the approved grant's beschikking is made by a background job right after the approval
        Achtergrondwerk.wacht(jdbc);
        verandertNiets(() -> {
            for (String wie : List.of(team.casemanager, team.consulent, team.coordinator)) {
                Api.Antwoord b = team.api.als(wie).get(V + "/verstrekkingen/" + goedgekeurd + "/beschikking");
                assertThat(b.status(200).header("X-Kenmerk")).startsWith("VHB-");
                team.api.als(wie).get(V + "/verstrekkingen/" + zonderBrief + "/beschikking").probleem(409);
            }
            team.api.als(team.casemanager).get("/verhuisbox/casussen/" + casus).status(200);
        });
    }

    @Test
    void de_exports_opvragen_verandert_geen_opgeslagen_rij() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        LocalDate peildatum = t.tussentijds();
        t.vastgesteld(peildatum);
        Testteam team = new Testteam(mvc, jdbc);
        int jaar = LocalDate.now().getYear();
        team.capaciteit(jaar, 500);
        team.geldjaar(jaar, "220000.00");
        long casus = team.metAanvaardAanbod("Testcliënt Export", "Heerlen");
        team.api.als(team.consulent).post(V + "/verstrekkingen/" + voorstel(team, casus) + "/goedkeuring", "{}")
                .status(200);
        Achtergrondwerk.wacht(jdbc);
        verandertNiets(() -> {
            for (String pad : List.of("/api/v1/provincies/PV28/overzicht.xlsx?peildatum=" + peildatum,
                    "/api/v1/provincies/PV28/overzicht.csv?peildatum=" + peildatum,
                    "/api/v1/gemeenten/" + g + "/toezicht.xlsx", "/api/v1/gemeenten/" + g + "/cijfers.xlsx",
                    "/api/v1/gemeenten/" + g + "/cijfers.csv")) {
                api.als(t.toezichthouder()).get(pad).status(200);
            }
            for (String pad : List.of(V + "/verstrekkingen.xlsx?jaar=" + jaar, V + "/budgetten.xlsx?jaar=" + jaar,
                    V + "/rapportage/jaar/" + jaar + "/jaarverslag.xlsx", V + "/casussen/" + casus + "/avg-export",
                    "/verhuisbox/enquete.xlsx?jaar=" + jaar)) {
                team.api.als(team.coordinator).get(pad).status(200);
            }
        });
    }

    @Test
    void documenten_bekijken_en_downloaden_verandert_geen_opgeslagen_rij_en_logt_de_verhuisboxdownloads() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String g = t.gemeente();
        long gesprek = api.als(t.toezichthouder()).post("/api/v1/gemeenten/" + g + "/toezichtgesprekken", """
                {"periode":"2023-I","datum":"2023-05-01","soort":"AMBTELIJK","deelnemers":[{"organisatie":"Provincie",
                "functie":"toezichthouder"}],"verslag":"Gesprek."}""").idUitLocation();
        long document = document(api.als(t.toezichthouder()), "toezichtgesprek", gesprek);
        Testteam team = new Testteam(mvc, jdbc);
        team.capaciteit(LocalDate.now().getYear(), 500);
        long casus = team.inZoeken("Testcliënt Documenten");
        long casusdocument = document(team.api.als(team.casemanager), "casus", casus);
        long leesregels = jdbc.sql("select count(*) from vhb_verwerking where casus_id = ?").param(casus)
                .query(Long.class).single();
        verandertNiets(() -> {
            String d = "/api/v1/documenten/";
            for (String pad : List.of(d + document, d + document + "/inhoud", d + document + "/versies/1/inhoud",
                    "/api/v1/documenten?objectsoort=toezichtgesprek&objectId=" + gesprek, "/documenten/" + document,
                    "/documenten?objectsoort=toezichtgesprek&objectId=" + gesprek, "/gemeenten/" + g)) {
                api.als(t.toezichthouder()).get(pad).status(200);
            }
            for (String pad : List.of(d + casusdocument, d + casusdocument + "/inhoud",
                    d + casusdocument + "/versies/1/inhoud", "/api/v1/documenten?objectsoort=casus&objectId=" + casus,
                    "/documenten/" + casusdocument, "/documenten?objectsoort=casus&objectId=" + casus,
                    "/verhuisbox/casussen/" + casus)) {
                team.api.als(team.casemanager).get(pad).status(200);
            }
            api.als(t.toezichthouder()).get(d + document + "/versies/2/inhoud").probleem(404);
        });
        // what a read may write: the verwerkingenlogging has every read of the case's document, the downloads too
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and handeling like ?")
                .params(casus, "document: document " + casusdocument + ", versie 1 (inhoud)").query(Long.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where casus_id = ?").param(casus).query(Long.class)
                .single()).isEqualTo(leesregels + 7);
    }

    static long document(Api.Als als, String soort, long object) {
        return als.doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                "/api/v1/documenten").file(new org.springframework.mock.web.MockMultipartFile("bestand", "a.pdf",
                        "application/pdf", nl.woonregie.document.Testbestanden.pdf("opvragen")))
                .param("objectsoort", soort).param("objectId", String.valueOf(object))).json(201).path("id").asLong();
    }

    long voorstel(Testteam team, long casus) {
        return team.api.als(team.casemanager).post(V + "/casussen/" + casus + "/verstrekkingen",
                "{\"soort\":\"REISKOSTEN\",\"bedrag\":60.00,\"toelichting\":\"volgens werkinstructie\"}").json(201)
                .path("id").asLong();
    }
}
