package nl.woonregie.toezicht.cijfers;

import static nl.woonregie.support.Api.BEHEERDER;
import static nl.woonregie.support.Api.XLSX;
import static nl.woonregie.support.Api.fouten;
import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.platform.importbestand.Werkmapbom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Importing taakstellingen: formats (CSV with ; or , , XLSX, body or form field), all-or-nothing with every error
 * named, idempotency, versions, scope and crash safety. Periods 2081–2089 and municipalities in Drenthe (PV22) and
 * Zuid-Holland (PV28, only far-future periods) keep other test classes unaffected.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaakstellingImportTest {

    static final String PAD = "/api/v1/taakstellingen/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The superuser: the application's database role may not create functions or triggers. */
    @Autowired
    EmbeddedPostgres postgres;

    Api api;
    String thZh;
    String coa;
    String assen;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        thZh = accounts.toezichthouder("PV28");
        coa = accounts.coa();
        assen = accounts.gemeente("GM0106");
    }

    @Test
    void csv_met_puntkomma_wordt_opgeslagen_met_wie_wanneer_en_import() {
        String csv = "gemeente;periode;taakstelling;additioneleOpgave\nGM0106;2081-I;41;5\nGM0109;2081-I;20;\n";
        JsonNode r = api.als(BEHEERDER).postCsv(PAD, csv).json(201);
        assertThat(r.get("aantalRegels").asInt()).isEqualTo(2);
        assertThat(r.get("nieuw").asInt()).isEqualTo(2);
        assertThat(r.get("gewijzigd").asInt()).isZero();
        assertThat(r.get("ongewijzigd").asInt()).isZero();
        long id = r.get("import").asLong();
        assertThat(jdbc.sql("""
                select gemeente_code || '=' || taakstelling || '/' || coalesce(additionele_opgave::text, '-')
                       || ' ' || ingevoerd_door
                from taakstelling where import_id = ? order by gemeente_code""").param(id).query(String.class)
                .list()).containsExactly("GM0106=41/5 beheerder", "GM0109=20/- beheerder");
        assertThat(jdbc.sql("select soort || ' ' || sha256 || ' ' || aantal_regels || ' ' || aantal_nieuw "
                + "from cijfer_import where id = ?").param(id).query(String.class).single())
                .isEqualTo("TAAKSTELLING " + sha256(csv) + " 2 2");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'CIJFERS_GEIMPORTEERD' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void csv_met_komma_bom_crlf_aanhalingstekens_en_kolomnamen_in_andere_hoofdletters() {
        String csv = "\uFEFF\"Gemeente\",PERIODE,Taakstelling\r\n\"GM0106\",2081-ii,\" 12 \"\r\n\r\nGM0109,2081-II,7\r\n";
        JsonNode r = api.als(BEHEERDER).postCsv(PAD, csv).json(201);
        assertThat(r.get("nieuw").asInt()).isEqualTo(2);
        assertThat(huidig("GM0106", "2081-II")).isEqualTo("12/-");
        assertThat(huidig("GM0109", "2081-II")).isEqualTo("7/-");
    }

    @Test
    void xlsx_als_body_en_csv_en_xlsx_als_formulierveld_bestand() {
        byte[] xlsx = Xlsx.bestand(List.of(
                List.of("gemeente", "periode", "taakstelling", "additioneleOpgave"),
                List.of("GM0106", "2082-I", 30, 3),
                List.of("GM0109", "2082-I", 31.0)));
        JsonNode body = api.als(BEHEERDER).post(PAD, XLSX, xlsx).json(201);
        assertThat(body.get("nieuw").asInt()).isEqualTo(2);
        assertThat(huidig("GM0106", "2082-I")).isEqualTo("30/3");
        assertThat(huidig("GM0109", "2082-I")).isEqualTo("31/-");

        byte[] xlsx2 = Xlsx.bestand(List.of(List.of("gemeente", "periode", "taakstelling"),
                List.of("GM0106", "2082-II", 8)));
        JsonNode formulier = api.als(BEHEERDER).upload(PAD, "taakstellingen.xlsx", XLSX, xlsx2).json(201);
        assertThat(formulier.get("nieuw").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select bestandsnaam from cijfer_import where id = ?")
                .param(formulier.get("import").asLong()).query(String.class).single())
                .isEqualTo("taakstellingen.xlsx");

        byte[] csv = "gemeente;periode;taakstelling\nGM0109;2082-II;9\n".getBytes(StandardCharsets.UTF_8);
        // a browser may send a CSV as application/octet-stream: the name decides
        api.als(BEHEERDER).upload(PAD, "t.csv", "application/octet-stream", csv).json(201);
        assertThat(huidig("GM0106", "2082-II")).isEqualTo("8/-");
        assertThat(huidig("GM0109", "2082-II")).isEqualTo("9/-");
    }

    @Test
    void elke_foute_regel_en_kolom_wordt_genoemd_en_er_wordt_niets_opgeslagen() {
        String csv = """
                gemeente;periode;taakstelling;additioneleOpgave
                GM0106;2083-I;10;1
                GM9999;2083-I;10;
                GM0109;2083-III;-4;x
                ;2083-I;12,5;
                GM0106;2083-I;11;
                GM0114;2083-I;;-1
                GM0501;2083-I;3;
                GM0118;2083-I;2;;extra
                """;
        JsonNode p = api.als(BEHEERDER).postCsv(PAD, csv).probleem(400);
        assertThat(fouten(p)).containsExactly(
                "regel 3, kolom gemeente: 'GM9999' is geen bekende gemeentecode (CBS-code zoals GM0518)",
                "regel 4, kolom periode: '2083-III' is geen periode; gebruik jjjj-I of jjjj-II, bijvoorbeeld 2022-II",
                "regel 4, kolom taakstelling: mag niet negatief zijn",
                "regel 4, kolom additioneleOpgave: 'x' is geen geheel getal",
                "regel 5, kolom gemeente: is leeg",
                "regel 5, kolom taakstelling: '12,5' is geen geheel getal",
                "regel 6: dubbel: zelfde gemeente en periode als regel 2",
                "regel 7, kolom taakstelling: is leeg",
                "regel 7, kolom additioneleOpgave: mag niet negatief zijn",
                "regel 8, kolom gemeente: GM0501 (Brielle) bestond niet in periode 2083-I (opgegaan in GM1992 per "
                        + "1 januari 2023)",
                "regel 9: heeft 5 velden, meer dan de 4 kolommen van de kopregel");
        assertThat(p.get("detail").asString()).contains("11 fouten").contains("niets opgeslagen");
        assertThat(aantal("2083-I")).isZero();
        assertThat(jdbc.sql("select count(*) from cijfer_import where sha256 = ?").param(sha256(csv))
                .query(Long.class).single()).isZero();
    }

    @Test
    void ontbrekende_onbekende_en_dubbele_kolommen_worden_genoemd_samen_met_de_fouten_in_de_regels() {
        String csv = "gemeente;periode;taak;gemeente;opmerking\nGM0106;2083-II;10;GM0106;\nGM0106;2083;1;;\n";
        JsonNode p = api.als(BEHEERDER).postCsv(PAD, csv).probleem(400);
        assertThat(namen(p)).containsExactly("kolom taak", "kolom gemeente", "kolom opmerking", "kolom taakstelling",
                "regel 2, kolom taakstelling", "regel 3, kolom periode", "regel 3, kolom taakstelling");
        assertThat(fouten(p).get(3)).isEqualTo("kolom taakstelling: ontbreekt in de kopregel");
        assertThat(fouten(p).get(0)).startsWith("kolom taak: onbekende kolom; verwacht: gemeente, periode, "
                + "taakstelling, additioneleOpgave");
        assertThat(aantal("2083-II")).isZero();
    }

    @Test
    void een_leeg_bestand_of_alleen_een_kopregel_of_geen_utf8_wordt_geweigerd() {
        assertThat(fouten(api.als(BEHEERDER).postCsv(PAD, "").probleem(400)))
                .containsExactly("bestand: het bestand is leeg");
        assertThat(fouten(api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;taakstelling\n").probleem(400)))
                .containsExactly("bestand: het bestand bevat alleen een kopregel en geen gegevens");
        byte[] latin1 = "gemeente;periode;taakstelling\nGM0106;2083-II;1;caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(fouten(api.als(BEHEERDER).post(PAD, "text/csv", latin1).probleem(400)).get(0))
                .contains("geen geldige UTF-8");
        assertThat(fouten(api.als(BEHEERDER).post(PAD, XLSX, "geen zip".getBytes()).probleem(400)).get(0))
                .contains("geen leesbaar XLSX-bestand");
    }

    @Test
    void opnieuw_hetzelfde_bestand_importeren_verandert_niets() {
        String csv = "gemeente;periode;taakstelling\nGM0106;2084-I;50\nGM0109;2084-I;51\n";
        JsonNode eerste = api.als(BEHEERDER).postCsv(PAD, csv).json(201);
        long imports = jdbc.sql("select count(*) from cijfer_import").query(Long.class).single();
        long audit = jdbc.sql("select count(*) from audit_log").query(Long.class).single();

        JsonNode tweede = api.als(BEHEERDER).postCsv(PAD, csv).json();
        assertThat(tweede.get("import").isNull()).isTrue();
        assertThat(tweede.get("aantalRegels").asInt()).isEqualTo(2);
        assertThat(tweede.get("nieuw").asInt()).isZero();
        assertThat(tweede.get("gewijzigd").asInt()).isZero();
        assertThat(tweede.get("ongewijzigd").asInt()).isEqualTo(2);
        // the same values in another format and order are the same figures
        byte[] xlsx = Xlsx.bestand(List.of(List.of("periode", "taakstelling", "gemeente"),
                List.of("2084-I", 51, "GM0109"), List.of("2084-I", 50, "GM0106")));
        assertThat(api.als(BEHEERDER).post(PAD, XLSX, xlsx).json().get("ongewijzigd").asInt()).isEqualTo(2);

        assertThat(aantal("2084-I")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from cijfer_import").query(Long.class).single()).isEqualTo(imports);
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(audit);
        assertThat(eerste.get("sha256").asString()).isEqualTo(tweede.get("sha256").asString());
    }

    @Test
    void een_correctie_maakt_een_nieuwe_versie_en_de_oude_blijft_zichtbaar() {
        api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;taakstelling\nGM0106;2084-II;100\nGM0109;2084-II;7\n")
                .json(201);
        JsonNode r = api.als(BEHEERDER).doe(MockMvcRequestBuilders.post(PAD)
                .param("reden", "herverdeling met Coevorden").contentType("text/csv")
                .content("gemeente;periode;taakstelling\nGM0106;2084-II;120\nGM0109;2084-II;7\n")).json(201);
        assertThat(r.get("gewijzigd").asInt()).isEqualTo(1);
        assertThat(r.get("ongewijzigd").asInt()).isEqualTo(1);
        assertThat(r.get("nieuw").asInt()).isZero();
        long id = r.get("import").asLong();

        JsonNode reeks = reeks(api.als(BEHEERDER).get("/api/v1/gemeenten/GM0106/cijfers").json(), "2084-II");
        assertThat(reeks.get("versies")).hasSize(2);
        JsonNode nieuw = reeks.get("versies").get(0);
        JsonNode oud = reeks.get("versies").get(1);
        assertThat(nieuw.get("taakstelling").asInt()).isEqualTo(120);
        assertThat(nieuw.get("vervangenOp").isNull()).isTrue();
        assertThat(nieuw.get("reden").asString()).isEqualTo("herverdeling met Coevorden");
        assertThat(nieuw.get("import").asLong()).isEqualTo(id);
        assertThat(nieuw.get("ingevoerdDoor").asString()).isEqualTo("beheerder");
        assertThat(oud.get("taakstelling").asInt()).isEqualTo(100);
        assertThat(oud.get("vervangenOp").isNull()).isFalse();
        assertThat(reeks(api.als(BEHEERDER).get("/api/v1/gemeenten/GM0109/cijfers").json(), "2084-II")
                .get("versies")).hasSize(1);

        JsonNode audit = Api.JSON.readTree(jdbc.sql("""
                select json_build_object('oud', oude_waarde, 'nieuw', nieuwe_waarde)::text from audit_log
                where actie = 'CIJFERS_GEIMPORTEERD' and object_id = ?""").param(Long.toString(id))
                .query(String.class).single());
        assertThat(audit.at("/oud/wijzigingen/0/taakstelling").asInt()).isEqualTo(100);
        assertThat(audit.at("/nieuw/wijzigingen/0/taakstelling").asInt()).isEqualTo(120);
        assertThat(audit.at("/nieuw/wijzigingen/0/gemeente").asString()).isEqualTo("GM0106");
        assertThat(audit.at("/nieuw/gewijzigd").asInt()).isEqualTo(1);
        assertThat(audit.at("/nieuw/reden").asString()).isEqualTo("herverdeling met Coevorden");
    }

    @Test
    void zonder_kolom_additioneleOpgave_blijft_de_huidige_additionele_opgave_staan_een_lege_cel_wist_haar() {
        api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;taakstelling;additioneleOpgave\nGM0106;2085-I;10;4\n")
                .json(201);
        api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;taakstelling\nGM0106;2085-I;10\n").json();
        api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;taakstelling\nGM0106;2085-I;11\n").json(201);
        assertThat(huidig("GM0106", "2085-I")).isEqualTo("11/4");
        api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;taakstelling;additioneleOpgave\nGM0106;2085-I;11;\n")
                .json(201);
        assertThat(huidig("GM0106", "2085-I")).isEqualTo("11/-");
    }

    @Test
    void toezichthouder_importeert_alleen_gemeenten_van_de_eigen_provincie() {
        api.als(thZh).postCsv(PAD, "gemeente;periode;taakstelling\nGM0503;2086-I;60\n").json(201);
        String csv = "gemeente;periode;taakstelling\nGM0546;2086-I;61\nGM0363;2086-I;62\nGM0106;2086-I;63\n";
        JsonNode p = api.als(thZh).postCsv(PAD, csv).probleem(400);
        assertThat(fouten(p)).containsExactly(
                "regel 3, kolom gemeente: GM0363 (Amsterdam) hoort niet bij uw provincie (PV28)",
                "regel 4, kolom gemeente: GM0106 (Assen) hoort niet bij uw provincie (PV28)");
        assertThat(aantal("2086-I")).isEqualTo(1);
    }

    @Test
    void coa_en_gemeente_mogen_geen_taakstellingen_importeren() {
        String csv = "gemeente;periode;taakstelling\nGM0106;2086-II;1\n";
        assertThat(api.als(coa).postCsv(PAD, csv).probleem(403).get("title").asString())
                .isEqualTo("Geen toegang");
        api.als(assen).postCsv(PAD, csv).probleem(403);
        api.als(coa).postCsv("/api/v1/beginstanden/import", csv).probleem(403);
        assertThat(aantal("2086-II")).isZero();
    }

    @Test
    void een_werkmap_die_veel_groter_uitpakt_dan_een_import_nodig_heeft_wordt_geweigerd_met_de_reden() {
        // 8.7 MiB compressed, 64 MiB of shared strings (57 times): below POI's own zip-bomb check
        byte[] bom = Werkmapbom.metTeksten(64);
        for (Api.Antwoord r : List.of(api.als(BEHEERDER).post(PAD, XLSX, bom),
                api.als(BEHEERDER).upload(PAD, "bom.xlsx", XLSX, bom))) {
            JsonNode p = r.probleem(400);
            assertThat(fouten(p)).singleElement().asString().startsWith("bestand: het onderdeel xl/sharedStrings.xml "
                    + "van de werkmap is uitgepakt groter dan 8 MiB");
        }
        assertThat(jdbc.sql("select count(*) from cijfer_import where bestandsnaam = 'bom.xlsx'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void een_te_groot_bestand_geeft_413_en_een_ander_mediatype_415() {
        byte[] groot = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(groot, (byte) 'x');
        api.als(BEHEERDER).post(PAD, "text/csv", groot).probleem(413);
        api.als(BEHEERDER).upload(PAD, "groot.csv", "text/csv", groot).probleem(413);
        JsonNode p = api.als(BEHEERDER).post(PAD, "application/json", "{}".getBytes()).probleem(415);
        assertThat(p.get("detail").asString()).contains("text/csv").contains("multipart/form-data");
        JsonNode zonderBestand = api.als(BEHEERDER).doe(MockMvcRequestBuilders.multipart(PAD)
                .file(new MockMultipartFile("anders", "x.csv", "text/csv", "a".getBytes()))).probleem(400);
        assertThat(namen(zonderBestand)).containsExactly("bestand");
    }

    @Test
    void een_databasefout_midden_in_de_import_draait_alles_terug() {
        api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;taakstelling\nGM0106;2089-I;10\n").json(201);
        long imports = jdbc.sql("select count(*) from cijfer_import").query(Long.class).single();
        long audit = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        JdbcClient beheer = JdbcClient.create(postgres.getPostgresDatabase());
        beheer.sql("""
                create or replace function test_taakstelling_fout() returns trigger language plpgsql as $$
                begin
                    if new.periode = '2089-I' and new.taakstelling = 666 then
                        raise exception 'testfout midden in de import';
                    end if;
                    return new;
                end $$""").update();
        beheer.sql("create trigger test_taakstelling_fout before insert on taakstelling for each row "
                + "execute function test_taakstelling_fout()").update();
        Api.Antwoord r;
        try {
            r = api.als(BEHEERDER).postCsv(PAD,
                    "gemeente;periode;taakstelling\nGM0106;2089-I;11\nGM0109;2089-I;5\nGM0114;2089-I;666\n"
                            + "GM0118;2089-I;6\n");
        } finally {
            beheer.sql("drop trigger test_taakstelling_fout on taakstelling").update();
            beheer.sql("drop function test_taakstelling_fout()").update();
        }
        r.probleem(500);
        assertThat(huidig("GM0106", "2089-I")).isEqualTo("10/-");
        assertThat(aantal("2089-I")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from taakstelling where periode = '2089-I' and vervangen_op is not null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cijfer_import").query(Long.class).single()).isEqualTo(imports);
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(audit);
    }

    // ---------------------------------------------------------------------------------------------------------

    private String huidig(String gemeente, String periode) {
        return jdbc.sql("""
                select taakstelling || '/' || coalesce(additionele_opgave::text, '-') from taakstelling
                where gemeente_code = ? and periode = ? and vervangen_op is null""").params(gemeente, periode)
                .query(String.class).single();
    }

    private long aantal(String periode) {
        return jdbc.sql("select count(*) from taakstelling where periode = ?").param(periode).query(Long.class)
                .single();
    }

    static JsonNode reeks(JsonNode cijfers, String periode) {
        for (JsonNode r : cijfers.get("taakstellingen")) {
            if (r.get("periode").asString().equals(periode)) {
                return r;
            }
        }
        throw new AssertionError("geen taakstelling " + periode + " in " + cijfers);
    }

    static String sha256(String tekst) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
