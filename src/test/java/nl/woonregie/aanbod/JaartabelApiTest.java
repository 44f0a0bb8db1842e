package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import nl.woonregie.support.Testgegevens;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
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
 * A gemeente's own year table (issue 16 §7) over the API, typed and imported, beside the table computed from this
 * test's own figures for a gemeente without any: beginstand 2029-I with saldo 10; 2029-I taakstelling 100, 80 housed
 * (saldo out 30); 2029-II taakstelling 50 with an ambition of 10, 70 housed (opgave 80, saldo out 10). The computed
 * year 2029: taakstellingen 100 and 50, saldo 10, ambition 10, total 170, realisation 150, saldo at the end 10.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JaartabelApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    Api api;
    String gemeente;
    String eigen;
    String pad;

    @BeforeAll
    void cijfers() {
        api = new Api(mvc);
        gemeente = jdbc.sql("""
                select g.code from gemeente g where g.geldig_tot is null
                  and not exists (select 1 from beginstand b where b.gemeente_code = g.code)
                  and not exists (select 1 from taakstelling t where t.gemeente_code = g.code)
                  and not exists (select 1 from coa_stand c where c.gemeente_code = g.code)
                order by g.code desc limit 1""").query(String.class).single();
        Testgegevens.beginstand(jdbc, gemeente, "2029-I", 10, "0");
        Testgegevens.taakstelling(jdbc, gemeente, "2029-I", 100);
        Testgegevens.coaStand(jdbc, gemeente, "2029-I", "2029-06-30", 80, 80, 0);
        Testgegevens.taakstelling(jdbc, gemeente, "2029-II", 50);
        jdbc.sql("update taakstelling set additionele_opgave = 10 where gemeente_code = ? and periode = '2029-II'")
                .param(gemeente).update();
        Testgegevens.coaStand(jdbc, gemeente, "2029-II", "2029-12-31", 70, 70, 0);
        eigen = new Accounts(mvc).gemeente(gemeente);
        pad = "/api/v1/gemeenten/" + gemeente + "/jaartabel";
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    static final String TABEL = """
            {"versie": %d, "reden": "Tabel 1 uit de notitie", "regels": [
              {"jaar": 2029, "taakstelling1": 100, "taakstelling2": 55, "saldoIn": 10, "extraAmbitie": 10,
               "totaal": 175, "gehuisvest": 150, "saldoUit": 20},
              {"jaar": 2028, "taakstelling1": 90, "taakstelling2": 90, "saldoIn": 0, "extraAmbitie": 0,
               "totaal": 180, "gehuisvest": 170, "saldoUit": 10}]}""";

    int versie() {
        return api.als(Api.BEHEERDER).get(pad).json().path("versie").asInt();
    }

    @Test
    void een_ingevoerde_tabel_krijgt_per_cel_een_bevinding_waar_ze_niet_optelt_of_afwijkt_van_de_berekening() {
        klok.zet(LocalDate.of(2030, 2, 1));
        int van = versie();
        JsonNode t = api.als(Api.BEHEERDER).put(pad, TABEL.formatted(van)).json();
        assertThat(t.path("versie").asInt()).isEqualTo(van + 1);
        assertThat(t.path("herkomst").asString()).isEqualTo("INVOER");
        // in year order
        assertThat(Api.velden(t.path("regels"), "jaar")).containsExactly("2028", "2029");
        JsonNode b = t.path("bevindingen");
        assertThat(b).hasSize(3);
        assertThat(b.get(0).path("soort").asString()).isEqualTo("WIJKT_AF_VAN_BEREKENING");
        assertThat(b.get(0).path("jaar").asInt()).isEqualTo(2029);
        assertThat(b.get(0).path("kolom").asString()).isEqualTo("taakstelling2");
        assertThat(b.get(0).path("gevonden").asLong()).isEqualTo(55);
        assertThat(b.get(0).path("berekend").asLong()).isEqualTo(50);
        assertThat(b.get(0).path("tekst").asString()).isEqualTo("2029: Taakstelling 2e helft is in de eigen tabel 55, "
                + "berekend uit de opgeslagen cijfers 50.");
        // its own arithmetic adds up for the total (100 + 55 + 10 + 10), which differs from the computed 170
        assertThat(b.get(1).path("kolom").asString()).isEqualTo("totaal");
        assertThat(b.get(1).path("soort").asString()).isEqualTo("WIJKT_AF_VAN_BEREKENING");
        assertThat(b.get(1).path("berekend").asLong()).isEqualTo(170);
        // the saldo at the end is not 175 − 10 − 150: a finding of its own arithmetic, not a second one
        assertThat(b.get(2).path("kolom").asString()).isEqualTo("saldoUit");
        assertThat(b.get(2).path("soort").asString()).isEqualTo("SALDO_TELT_NIET_OP");
        assertThat(b.get(2).path("gevonden").asLong()).isEqualTo(20);
        assertThat(b.get(2).path("berekend").asLong()).isEqualTo(15);
        // 2028 is not computed (the registration starts in 2029) and adds up by itself; 2029's saldo in follows it

        // stored with who and why, and audited with the rows before and after
        assertThat(t.path("door").asString()).isEqualTo(Api.BEHEERDER);
        assertThat(t.path("reden").asString()).isEqualTo("Tabel 1 uit de notitie");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'AANBOD_JAARTABEL_VASTGELEGD' "
                + "and object_type = 'aanbodjaartabel' and object_id = ?").param(gemeente).query(Long.class).single())
                .isGreaterThanOrEqualTo(1);

        // from an old version: 409, nothing written
        api.als(Api.BEHEERDER).put(pad, TABEL.formatted(van)).probleem(409);
        assertThat(versie()).isEqualTo(van + 1);

        // the province's supervisor reads it, another gemeente does not; neither may write
        String provincie = jdbc.sql("select provincie_code from gemeente where code = ?").param(gemeente)
                .query(String.class).single();
        String toezicht = new Accounts(mvc).toezichthouder(provincie);
        assertThat(api.als(toezicht).get(pad).json().path("bevindingen")).hasSize(3);
        api.als(toezicht).put(pad, TABEL.formatted(van + 1)).probleem(403);
        String ander = new Accounts(mvc).gemeente("GM0363".equals(gemeente) ? "GM0518" : "GM0363");
        api.als(ander).get(pad).probleem(403);
        api.als(ander).put(pad, TABEL.formatted(van + 1)).probleem(403);

        // corrected, the table agrees with the computation: no findings
        JsonNode goed = api.als(eigen).put(pad, TABEL.formatted(van + 1).replace("\"taakstelling2\": 55",
                "\"taakstelling2\": 50").replace("\"totaal\": 175", "\"totaal\": 170")
                .replace("\"saldoUit\": 20", "\"saldoUit\": 10")).json();
        assertThat(goed.path("bevindingen")).isEmpty();
        assertThat(goed.path("versie").asInt()).isEqualTo(van + 2);
    }

    @Test
    void een_saldo_dat_niet_aansluit_op_het_vorige_jaar_en_een_totaal_dat_niet_optelt() {
        klok.zet(LocalDate.of(2030, 2, 1));
        JsonNode t = api.als(eigen).put(pad, """
                {"versie": %d, "reden": "r", "regels": [
                  {"jaar": 2027, "taakstelling1": 10, "taakstelling2": 10, "saldoIn": 0, "totaal": 20,
                   "gehuisvest": 15},
                  {"jaar": 2028, "taakstelling1": 10, "taakstelling2": 10, "saldoIn": 3, "totaal": 24}]}"""
                .formatted(versie())).json();
        JsonNode b = t.path("bevindingen");
        assertThat(b).hasSize(2);
        assertThat(b.get(0).path("soort").asString()).isEqualTo("SALDO_SLUIT_NIET_AAN");
        assertThat(b.get(0).path("kolom").asString()).isEqualTo("saldoIn");
        assertThat(b.get(0).path("gevonden").asLong()).isEqualTo(3);
        assertThat(b.get(0).path("berekend").asLong()).isEqualTo(5);
        assertThat(b.get(1).path("soort").asString()).isEqualTo("TOTAAL_TELT_NIET_OP");
        assertThat(b.get(1).path("kolom").asString()).isEqualTo("totaal");
        assertThat(b.get(1).path("berekend").asLong()).isEqualTo(23);
    }

    @Test
    void elke_ongeldige_cel_wordt_genoemd_en_er_wordt_niets_opgeslagen() {
        int van = versie();
        JsonNode p = api.als(eigen).put(pad, """
                {"versie": "x", "regels": [
                  {"jaar": 1999, "taakstelling1": -1, "totaal": "veel"},
                  {"jaar": 2020, "gehuisvest": 1.5, "extraAmbitie": -3},
                  {"taakstelling2": 4},
                  {"jaar": 2020}]}""").probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("versie", "regels[0].jaar", "regels[0].taakstelling1",
                "regels[0].totaal", "regels[1].gehuisvest", "regels[1].extraAmbitie", "regels[2].jaar",
                "regels[3].jaar", "reden");
        assertThat(Api.namen(api.als(eigen).put(pad, "{\"versie\": 0, \"regels\": [], \"reden\": \"r\"}")
                .probleem(400))).containsExactly("regels");
        assertThat(versie()).isEqualTo(van);
    }

    @Test
    void een_import_is_alles_of_niets_met_elke_fout_bij_regel_en_kolom() {
        klok.zet(LocalDate.of(2030, 2, 1));
        int van = versie();
        String csv = """
                Jaar;Taakstelling 1e helft;Taakstelling 2e helft;Saldo voorgaande periode;Extra ambitie;Totaal te huisvesten;Realisatie
                2027;10;10;0;0;20;15
                2028;tien;10;5;0;25;
                2028;10;10;5;0;25;
                """;
        JsonNode p = importeer("tabel.csv", csv.getBytes(StandardCharsets.UTF_8), van, "uit de notitie")
                .probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("regel 3, kolom Taakstelling 1e helft", "regel 4, kolom Jaar");
        assertThat(versie()).isEqualTo(van);
        // an unknown column and a missing Jaar are named before any row
        assertThat(Api.namen(importeer("tabel.csv", "Jaartal,Totaal te huisvesten\n2020,4\n".getBytes(StandardCharsets.UTF_8), van,
                "r").probleem(400))).containsExactlyInAnyOrder("kolom Jaartal", "kolom Jaar");
        assertThat(Api.namen(importeer("tabel.csv", new byte[0], van, " ").probleem(400)))
                .containsExactlyInAnyOrder("bestand", "reden");
        assertThat(Api.namen(importeer("tabel.xlsx", new byte[] {'P', 'K', 3, 4, 0}, van, "r").probleem(400)))
                .containsExactly("bestand");

        // the CSV without errors: stored as an import, with its file's name
        JsonNode t = importeer("tabel.csv", csv.replace("2028;tien;10;5;0;25;\n", "").getBytes(StandardCharsets.UTF_8),
                van, "uit de notitie").json(201);
        assertThat(t.path("herkomst").asString()).isEqualTo("IMPORT");
        assertThat(t.path("bestand").asString()).isEqualTo("tabel.csv");
        assertThat(Api.velden(t.path("regels"), "jaar")).containsExactly("2027", "2028");
        assertThat(t.path("regels").get(0).path("gehuisvest").asLong()).isEqualTo(15);
        assertThat(t.path("regels").get(1).path("gehuisvest").isNull()).isTrue();
        assertThat(t.path("versie").asInt()).isEqualTo(van + 1);
    }

    @Test
    void de_export_van_het_jaaroverzicht_importeert_terug_zonder_bevindingen() throws Exception {
        klok.zet(LocalDate.of(2030, 2, 1));
        byte[] xlsx = api.als(Api.BEHEERDER).get("/api/v1/gemeenten/" + gemeente + "/jaaroverzicht.xlsx").status(200)
                .bytes();
        JsonNode t = importeer("jaaroverzicht.xlsx", xlsx, versie(), "terug uit de export").json(201);
        assertThat(Api.velden(t.path("regels"), "jaar")).contains("2029");
        JsonNode r2029 = null;
        for (JsonNode r : t.path("regels")) {
            if (r.path("jaar").asInt() == 2029) {
                r2029 = r;
            }
        }
        assertThat(r2029.path("taakstelling1").asLong()).isEqualTo(100);
        assertThat(r2029.path("taakstelling2").asLong()).isEqualTo(50);
        assertThat(r2029.path("totaal").asLong()).isEqualTo(170);
        assertThat(r2029.path("gehuisvest").asLong()).isEqualTo(150);
        assertThat(r2029.path("saldoUit").asLong()).isEqualTo(10);
        assertThat(t.path("bevindingen")).isEmpty();

        // a workbook of its own with a sheet named Jaren, numbers as numbers and a negative saldo
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            var s = wb.createSheet("Jaren");
            var kop = s.createRow(0);
            List<String> koppen = List.of("Jaar", "Taakstelling 1e helft", "Taakstelling 2e helft",
                    "Saldo voorgaande periode (+ achterstand, − voorsprong)", "Extra ambitie", "Totaal te huisvesten",
                    "Realisatie");
            for (int i = 0; i < koppen.size(); i++) {
                kop.createCell(i).setCellValue(koppen.get(i));
            }
            var r = s.createRow(1);
            double[] w = {2020, 166, 199, -24, 0, 340, 341};
            for (int i = 0; i < w.length; i++) {
                r.createCell(i).setCellValue(w[i]);
            }
            wb.write(uit);
            JsonNode e = importeer("tabel1.xlsx", uit.toByteArray(), t.path("versie").asInt(), "Den Haag").json(201);
            assertThat(e.path("regels").get(0).path("saldoIn").asLong()).isEqualTo(-24);
            assertThat(e.path("bevindingen")).hasSize(1);
            assertThat(e.path("bevindingen").get(0).path("tekst").asString())
                    .isEqualTo("2020: het totaal te huisvesten is 340, maar taakstelling, saldo en extra ambitie tellen "
                            + "op tot 341.");
        }
    }

    Api.Antwoord importeer(String naam, byte[] inhoud, int versie, String reden) {
        return api.als(eigen).doe(MockMvcRequestBuilders.multipart(pad + "/import")
                .file(new MockMultipartFile("bestand", naam, "application/octet-stream", inhoud))
                .param("versie", Integer.toString(versie)).param("reden", reden));
    }
}
