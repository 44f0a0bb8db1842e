package nl.woonregie.document;

import static nl.woonregie.document.Testbestanden.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.Testteam;
import nl.woonregie.verhuisbox.traject.Privacy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Documents through the API: a round trip with versions and SHA-256, the access of the object (a talk, a lease, a
 * Verhuisbox case), the kind decided by the bytes against the allow-list, the size limit, every download of a
 * Verhuisbox document in the verwerkingenlogging, retention with the case's anonymisation, and the database's guard
 * on stored versions.
 */
@IntegratieTest
class DocumentTest {

    static final String D = "/api/v1/documenten";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Privacy privacy;

    Api api;
    Accounts accounts;

    @BeforeEach
    void fixtures() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
    }

    /** An upload of a document to an object, as this account. */
    Api.Antwoord upload(String wie, String soort, Object object, String naam, byte[] inhoud, String titel) {
        var b = MockMvcRequestBuilders.multipart(D).file(new MockMultipartFile("bestand", naam,
                "application/octet-stream", inhoud)).param("objectsoort", soort).param("objectId", object.toString());
        if (titel != null) {
            b.param("titel", titel);
        }
        return api.als(wie).doe(b);
    }

    Api.Antwoord nieuweVersie(String wie, long document, String naam, byte[] inhoud) {
        return api.als(wie).upload(D + "/" + document + "/versies", naam, "application/octet-stream", inhoud);
    }

    long gesprek(String toezichthouder, String gemeente) {
        return api.als(toezichthouder).post("/api/v1/gemeenten/" + gemeente + "/toezichtgesprekken", """
                {"periode":"2023-I","datum":"2023-05-01","soort":"AMBTELIJK","deelnemers":[{"organisatie":"Provincie",
                "functie":"toezichthouder"}],"verslag":"Gesprek over de achterstand."}""").idUitLocation();
    }

    @Test
    void een_document_bij_een_toezichtgesprek_gaat_heen_en_terug_met_zijn_versies_en_hun_sha256() {
        String th = accounts.toezichthouder("PV28");
        long gesprek = gesprek(th, "GM0518");
        byte[] pdf = Testbestanden.pdf("verslag");
        JsonNode d = upload(th, "toezichtgesprek", gesprek, "verslag gesprek.pdf", pdf, "Verslag 1 mei").json(201);
        long id = d.path("id").asLong();
        assertThat(d.path("titel").asString()).isEqualTo("Verslag 1 mei");
        assertThat(d.path("versie").asInt()).isEqualTo(1);
        JsonNode v1 = d.path("versies").get(0);
        assertThat(v1.path("type").asString()).isEqualTo("PDF");
        assertThat(v1.path("mediatype").asString()).isEqualTo("application/pdf");
        assertThat(v1.path("grootte").asLong()).isEqualTo(pdf.length);
        assertThat(v1.path("sha256").asString()).isEqualTo(Sha256.hex(pdf));
        assertThat(v1.path("inhoud").asString()).isEqualTo(D + "/" + id + "/versies/1/inhoud");

        Api.Antwoord download = api.als(th).get(D + "/" + id + "/inhoud").status(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("verslag gesprek.pdf");
        assertThat(download.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(
                HexFormat.of().parseHex(Sha256.hex(pdf))) + ":");
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        // a new version keeps the old one, byte for byte
        byte[] docx = Testbestanden.docx("verbeterd verslag");
        JsonNode d2 = nieuweVersie(th, id, "verslag-v2.docx", docx).json(201);
        assertThat(d2.path("versie").asInt()).isEqualTo(2);
        assertThat(d2.path("versies").get(1).path("type").asString()).isEqualTo("WORD");
        assertThat(api.als(th).get(D + "/" + id + "/inhoud").status(200).bytes()).isEqualTo(docx);
        assertThat(api.als(th).get(D + "/" + id + "/versies/1/inhoud").status(200).bytes()).isEqualTo(pdf);
        assertThat(api.als(th).get(D + "/" + id + "/versies/2/inhoud").status(200).bytes()).isEqualTo(docx);
        api.als(th).get(D + "/" + id + "/versies/3/inhoud").probleem(404);
        assertThat(Api.namen(api.als(th).get(D + "/" + id + "/versies/nul/inhoud").probleem(400)))
                .containsExactly("versie");

        // the list of the talk, newest first
        JsonNode lijst = api.als(th).get(D + "?objectsoort=toezichtgesprek&objectId=" + gesprek).json();
        assertThat(Api.ids(lijst.path("documenten"))).containsExactly(id);

        // the audit trail has both, on the talk, without title or file name
        List<String> audit = jdbc.sql("select actie || ' ' || nieuwe_waarde::text from audit_log "
                + "where object_type = 'toezichtgesprek' and object_id = ? and actie like 'DOCUMENT%' order by id")
                .param(String.valueOf(gesprek)).query(String.class).list();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).startsWith("DOCUMENT_TOEGEVOEGD").contains(Sha256.hex(pdf))
                .doesNotContain("Verslag 1 mei").doesNotContain("verslag gesprek");
        assertThat(audit.get(1)).startsWith("DOCUMENT_VERSIE_TOEGEVOEGD").contains(Sha256.hex(docx));
    }

    @Test
    void de_documenten_van_een_gesprek_volgen_de_toegang_van_het_gesprek() {
        String th = accounts.toezichthouder("PV28");
        long gesprek = gesprek(th, "GM0518");
        long id = upload(th, "toezichtgesprek", gesprek, "a.pdf", Testbestanden.pdf("a"), null).json(201)
                .path("id").asLong();
        String denHaag = accounts.gemeente("GM0518");
        String rotterdam = accounts.gemeente("GM0599");
        String noordHolland = accounts.toezichthouder("PV27");
        String coa = accounts.coa();
        // reading: the province's supervisor, the municipality itself, the administrator
        for (String wie : List.of(th, denHaag, Api.BEHEERDER)) {
            api.als(wie).get(D + "/" + id).status(200);
            api.als(wie).get(D + "/" + id + "/inhoud").status(200);
            api.als(wie).get(D + "?objectsoort=toezichtgesprek&objectId=" + gesprek).status(200);
        }
        for (String wie : List.of(rotterdam, noordHolland, coa)) {
            api.als(wie).get(D + "/" + id).probleem(403);
            api.als(wie).get(D + "/" + id + "/inhoud").probleem(403);
            api.als(wie).get(D + "?objectsoort=toezichtgesprek&objectId=" + gesprek).probleem(403);
        }
        api.anoniem().get(D + "/" + id + "/inhoud").status(401);
        // adding: who records the talk; the municipality reads but does not add
        for (String wie : List.of(denHaag, rotterdam, noordHolland, coa)) {
            upload(wie, "toezichtgesprek", gesprek, "b.pdf", Testbestanden.pdf("b"), null).probleem(403);
            nieuweVersie(wie, id, "b.pdf", Testbestanden.pdf("b")).probleem(403);
        }
        upload(Api.BEHEERDER, "toezichtgesprek", gesprek, "c.pdf", Testbestanden.pdf("c"), null).status(201);
        upload(th, "toezichtgesprek", 999_999_999L, "c.pdf", Testbestanden.pdf("c"), null).probleem(404);
        api.als(th).get(D + "/999999999").probleem(404);
    }

    @Test
    void de_soort_volgt_uit_de_inhoud_en_alleen_de_toegestane_soorten_worden_bewaard() {
        String th = accounts.toezichthouder("PV28");
        long gesprek = gesprek(th, "GM0518");
        record Geval(String naam, byte[] inhoud, String soort) {
        }
        for (Geval g : List.of(new Geval("plan.pdf", Testbestanden.pdf("x"), "PDF"),
                new Geval("brief.docx", Testbestanden.docx("x"), "WORD"),
                new Geval("cijfers.xlsx", Testbestanden.xlsx(), "EXCEL"),
                new Geval("brief.odt", Testbestanden.odt(), "ODT"),
                new Geval("foto.png", Testbestanden.afbeelding("png"), "PNG"),
                new Geval("foto.jpeg", Testbestanden.afbeelding("jpeg"), "JPEG"),
                new Geval("scan.tif", Testbestanden.afbeelding("tiff"), "TIFF"),
                new Geval("notitie.txt", utf8("Eén notitie over het gesprek.\n"), "TEKST"),
                new Geval("lijst.csv", utf8("gemeente;aantal\nGM0518;3\n"), "CSV"),
                // no extension: the kind's own is added
                new Geval("verslag", Testbestanden.pdf("y"), "PDF"))) {
            JsonNode d = upload(th, "toezichtgesprek", gesprek, g.naam(), g.inhoud(), null).json(201);
            assertThat(d.path("versies").get(0).path("type").asString()).as(g.naam()).isEqualTo(g.soort());
        }
        assertThat(api.als(th).get(D + "?objectsoort=toezichtgesprek&objectId=" + gesprek).json().path("documenten")
                .get(0).path("versies").get(0).path("bestandsnaam").asString()).isEqualTo("verslag.pdf");

        record Weigering(String naam, byte[] inhoud, String reden) {
        }
        for (Weigering w : List.of(
                new Weigering("verslag.pdf", utf8("<!DOCTYPE html><html><body>geen pdf</body></html>"), "HTML"),
                new Weigering("foto.png", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"), "SVG"),
                new Weigering("archief.docx", Testbestanden.zip(false, "a.txt", "b.txt"), "ZIP-archief"),
                new Weigering("macro.docx", Testbestanden.zip(false, "[Content_Types].xml", "word/document.xml",
                        "word/vbaProject.bin"), "macro's"),
                new Weigering("macro.odt", Testbestanden.odt("Basic/Standard/Module1.xml"), "macro's"),
                new Weigering("oud.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                    (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0}, "oud Office-formaat"),
                new Weigering("programma.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0},
                        "toegestaan zijn"),
                new Weigering("plaatje.gif", Testbestanden.afbeelding("gif"), "toegestaan zijn"),
                // the bytes decide the kind; a name that says otherwise is refused, not believed
                new Weigering("brief.xlsx", Testbestanden.docx("x"), "maar de naam eindigt op .xlsx"),
                new Weigering("verslag.txt", Testbestanden.pdf("z"), "maar de naam eindigt op .txt"),
                new Weigering("leeg.pdf", new byte[0], "leeg"))) {
            JsonNode p = upload(th, "toezichtgesprek", gesprek, w.naam(), w.inhoud(), null).probleem(400);
            assertThat(Api.namen(p)).as(w.naam()).containsExactly("bestand");
            assertThat(Api.reden(p, "bestand")).as(w.naam()).contains(w.reden());
        }
        // nothing of the refused files was stored
        assertThat(api.als(th).get(D + "?objectsoort=toezichtgesprek&objectId=" + gesprek).json().path("documenten")
                .size()).isEqualTo(10);
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd_en_een_te_groot_bestand_is_413() {
        String th = accounts.toezichthouder("PV28");
        long gesprek = gesprek(th, "GM0518");
        JsonNode p = api.als(th).doe(MockMvcRequestBuilders.multipart(D).param("titel", "x".repeat(201)))
                .probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("objectsoort", "objectId");
        p = api.als(th).doe(MockMvcRequestBuilders.multipart(D).param("objectsoort", "fiets").param("objectId", "-4"))
                .probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("objectsoort", "objectId");
        p = upload(th, "toezichtgesprek", gesprek, "x.exe", new byte[] {'M', 'Z', 0, 0}, "x".repeat(201)).probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("titel", "bestand");
        p = api.als(th).doe(MockMvcRequestBuilders.multipart(D).param("objectsoort", "toezichtgesprek")
                .param("objectId", String.valueOf(gesprek))).probleem(400);
        assertThat(Api.namen(p)).containsExactly("bestand");
        byte[] groot = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Testbestanden.pdf("groot"), 0, groot, 0, 100);
        p = upload(th, "toezichtgesprek", gesprek, "groot.pdf", groot, null).probleem(413);
        assertThat(Api.reden(p, "bestand")).contains("hoogstens 10 MB");
        assertThat(api.als(th).get(D + "?objectsoort=toezichtgesprek&objectId=" + gesprek).json().path("documenten")
                .size()).isZero();
        p = api.als(th).get(D + "?objectsoort=toezichtgesprek").probleem(400);
        assertThat(Api.namen(p)).containsExactly("objectId");
    }

    @Test
    void de_documenten_van_een_huurcontract_leest_wie_de_cijfers_leest_en_voegt_de_gemeente_toe() {
        String denHaag = accounts.gemeente("GM0518");
        long lease = jdbc.sql("""
                insert into huurcontract (gemeente_code, periode, ingangsdatum, aantal_personen, referentie, ingediend_door)
                values ('GM0518', '2023-I', '2023-06-28', 2, ?, 'test') returning id""")
                .param("DOC-" + System.nanoTime()).query(Long.class).single();
        long id = upload(denHaag, "huurcontract", lease, "contract.pdf", Testbestanden.pdf("c"), null).json(201)
                .path("id").asLong();
        String th = accounts.toezichthouder("PV28");
        for (String wie : List.of(th, accounts.coa(), Api.BEHEERDER, denHaag)) {
            api.als(wie).get(D + "/" + id + "/inhoud").status(200);
        }
        for (String wie : List.of(accounts.gemeente("GM0599"), accounts.toezichthouder("PV27"))) {
            api.als(wie).get(D + "/" + id + "/inhoud").probleem(403);
        }
        for (String wie : List.of(th, accounts.coa())) {
            nieuweVersie(wie, id, "c.pdf", Testbestanden.pdf("d")).probleem(403);
        }
        // a withdrawn lease takes no new documents
        jdbc.sql("update huurcontract set ingetrokken_op = now() where id = ?").param(lease).update();
        nieuweVersie(denHaag, id, "c.pdf", Testbestanden.pdf("e")).probleem(409);
    }

    @Test
    void elke_download_van_een_verhuisboxdocument_staat_in_de_verwerkingenlogging_en_het_anonimiseren_verwijdert_de_inhoud() {
        Testteam team = new Testteam(mvc, jdbc);
        team.capaciteit(LocalDate.now().getYear(), 500);
        long casus = team.inZoeken("Testcliënt Document");
        byte[] pdf = Testbestanden.pdf("paspoort");
        long id = upload(team.casemanager, "casus", casus, "paspoort Testcliënt.pdf", pdf, "Paspoort").json(201)
                .path("id").asLong();
        assertThat(leesregels(casus, id)).isZero();
        assertThat(api.als(team.casemanager).get(D + "/" + id + "/inhoud").status(200).bytes()).isEqualTo(pdf);
        assertThat(api.als(team.coordinator).get(D + "/" + id + "/versies/1/inhoud").status(200).bytes())
                .isEqualTo(pdf);
        assertThat(leesregels(casus, id)).isEqualTo(2);
        assertThat(jdbc.sql("select actor || ' ' || rol || ' ' || doel from vhb_verwerking where casus_id = ? "
                + "and handeling = ? order by id").params(casus, "document: document " + id + ", versie 1 (inhoud)")
                .query(String.class).list()).containsExactly(
                        team.casemanager + " CASEMANAGER casemanagement van toegewezen casus",
                        team.coordinator + " COORDINATOR wachtlijst, capaciteit en toewijzing");
        // who may not read the case, reads no document of it, and nothing is logged for them
        String ander = team.anderAccount("CASEMANAGER");
        api.als(ander).get(D + "/" + id + "/inhoud").probleem(403);
        api.als(team.aanmelder).get(D + "/" + id + "/inhoud").probleem(403);
        api.als(accounts.toezichthouder("PV28")).get(D + "/" + id + "/inhoud").probleem(403);
        api.als(Api.BEHEERDER).get(D + "/" + id + "/inhoud").probleem(403);
        assertThat(leesregels(casus, id)).isEqualTo(2);
        // the list and the document's data are reads too
        api.als(team.casemanager).get(D + "?objectsoort=casus&objectId=" + casus).status(200);
        api.als(team.casemanager).get(D + "/" + id).status(200);
        assertThat(jdbc.sql("select handeling from vhb_verwerking where casus_id = ? and handeling like 'document%' "
                + "order by id").param(casus).query(String.class).list())
                .contains("document: documenten", "document: document " + id, "document toevoegen");
        // the AVG export lists the document (without content)
        JsonNode avg = api.als(team.coordinator).get(Testteam.A + "/casussen/" + casus + "/avg-export").json();
        assertThat(avg.path("documenten").get(0).path("sha256").asString()).isEqualTo(Sha256.hex(pdf));

        // the case is closed and, after its retention term, anonymised: the content goes with it
        team.overgang(team.coordinator, casus, "AFGESLOTEN", ",\"uitkomst\":\"GESTOPT\",\"stopreden\":\"NIET_GEMOTIVEERD\"", 200);
        privacy.anonimiseer(LocalDate.now().plusYears(10), team.team, Gebruiker.met(team.id(team.coordinator),
                team.coordinator, nl.woonregie.platform.security.Toewijzing.team(Rol.COORDINATOR, team.team)), "test");
        api.als(team.coordinator).get(D + "/" + id + "/inhoud").probleem(410);
        JsonNode d = api.als(team.coordinator).get(D + "/" + id).json();
        assertThat(d.path("inhoudVerwijderdOp").isNull()).isFalse();
        assertThat(d.path("titel").asString()).isEqualTo("[verwijderd]");
        JsonNode v = d.path("versies").get(0);
        assertThat(v.path("bestandsnaam").asString()).isEqualTo("[verwijderd]");
        assertThat(v.path("inhoud").isNull()).isTrue();
        assertThat(v.path("sha256").asString()).isEqualTo(Sha256.hex(pdf));
        assertThat(jdbc.sql("select count(*) from document_versie where document_id = ? and inhoud is not null")
                .param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'DOCUMENT_INHOUD_VERWIJDERD' "
                + "and object_type = 'vhb_casus' and object_id = ?").param(String.valueOf(casus)).query(Long.class)
                .single()).isEqualTo(1);
        upload(team.coordinator, "casus", casus, "nieuw.pdf", Testbestanden.pdf("n"), null).probleem(409);
        nieuweVersie(team.coordinator, id, "nieuw.pdf", Testbestanden.pdf("n")).probleem(409);
    }

    @Test
    void een_bewaarde_versie_kan_de_database_niet_wijzigen_of_verwijderen() {
        String th = accounts.toezichthouder("PV28");
        long gesprek = gesprek(th, "GM0518");
        long id = upload(th, "toezichtgesprek", gesprek, "a.pdf", Testbestanden.pdf("a"), null).json(201)
                .path("id").asLong();
        assertThatThrownBy(() -> jdbc.sql("update document_versie set inhoud = ? where document_id = ?")
                .params(Testbestanden.pdf("ander"), id).update()).hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.sql("update document_versie set inhoud = null where document_id = ?")
                .param(id).update()).hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.sql("delete from document_versie where document_id = ?").param(id).update())
                .hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.sql("update document set object_id = 1 where id = ?").param(id).update())
                .hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.sql("delete from document where id = ?").param(id).update())
                .hasMessageContaining("onveranderlijk");
    }

    long leesregels(long casus, long document) {
        return jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and handeling like ?")
                .params(casus, "document: document " + document + ", versie%").query(Long.class).single();
    }
}
