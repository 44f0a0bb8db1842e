package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.Testgegevens;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The national view per peildatum uses each province's own judgment dates (issue 15 §4–5): a copy of the illustrative
 * kader that judges the year on 25 January ({@code voorbeeld-jaar-2025}) is published in the product for Friesland
 * (PV21) and a round of Friesland on 25 January 2026 judges 2025. At the national peildatum 1 April 2026 Friesland's
 * steps are those of that round (its latest own peildatum on or before it), the page and the XLSX say so; opgave and
 * housed stay those of 1 April 2026 from the stored figures. Overijssel's illustrative kader (toetsen on the 15th)
 * gives 15 January 2026, Zuid-Holland 1 April 2026 itself; a province without a kader none. Own database.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "woonregie.test.database=landelijk-kaders")
class LandelijkEigenPeildatumTest {

    static final String KADER = "voorbeeld-jaar-2025-fryslan";
    static final String PAD = "/api/v1/landelijk/overzicht";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    String rijk;
    String a;
    String b;
    long ronde;

    static String lees(String pad) throws IOException {
        try (InputStream in = LandelijkEigenPeildatumTest.class.getClassLoader().getResourceAsStream(pad)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    void opzet() throws IOException {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        rijk = accounts.maak("RIJK", null);
        // the illustrative year kader, published in the product for Friesland as a policy officer would
        String yaml = lees("beleidskaders/voorbeeld-jaar-2025.yaml").replace("id: voorbeeld-jaar-2025", "id: " + KADER)
                .replace("provincie: PV29", "provincie: PV21");
        String testgevallen = lees("beleidskaders/testgevallen/voorbeeld-jaar-2025.yaml")
                .replace("beleidskader: voorbeeld-jaar-2025", "beleidskader: " + KADER);
        String beleid = accounts.beleidsmedewerker("PV21");
        Map<String, Object> verzoek = new LinkedHashMap<>();
        verzoek.put("yaml", yaml);
        verzoek.put("testgevallen", testgevallen);
        verzoek.put("reden", "Jaaroordeel op 25 januari");
        long versie = api.als(beleid).post("/api/v1/provincies/PV21/beleidskaders",
                Api.JSON.writeValueAsString(verzoek)).idUitLocation();
        api.als(beleid).post("/api/v1/provincies/PV21/beleidskaders/" + versie + "/publiceren", "").json();

        List<String> friesland = gebied.gemeentenVanProvincie("PV21", LocalDate.of(2025, 12, 31)).stream()
                .map(Gemeente::code).sorted().toList();
        a = friesland.get(0);
        b = friesland.get(1);
        // A: 2025 12 + 18 = 30 to house, 10 + 8 housed → step 1; 2026-I: 15 + saldo 12 = 27, 5 housed by March
        Testgegevens.beginstand(jdbc, a, "2025-I", 0, "0");
        Testgegevens.taakstelling(jdbc, a, "2025-I", 12);
        Testgegevens.taakstelling(jdbc, a, "2025-II", 18);
        Testgegevens.taakstelling(jdbc, a, "2026-I", 15);
        Testgegevens.coaStand(jdbc, a, "2025-I", LocalDate.of(2025, 6, 30), 10, 0, 0, false);
        Testgegevens.coaStand(jdbc, a, "2025-II", LocalDate.of(2025, 12, 31), 8, 0, 0, false);
        Testgegevens.coaStand(jdbc, a, "2026-I", LocalDate.of(2026, 3, 31), 5, 0, 0, false);
        // B: 2025 10 + 10 to house, 9 + 12 housed → step 0; no taakstelling 2026-I: not counted on 1 April 2026
        Testgegevens.beginstand(jdbc, b, "2025-I", 0, "1");
        Testgegevens.taakstelling(jdbc, b, "2025-I", 10);
        Testgegevens.taakstelling(jdbc, b, "2025-II", 10);
        Testgegevens.coaStand(jdbc, b, "2025-I", LocalDate.of(2025, 6, 30), 9, 0, 0, false);
        Testgegevens.coaStand(jdbc, b, "2025-II", LocalDate.of(2025, 12, 31), 12, 0, 0, false);

        ronde = api.als(Api.BEHEERDER).post("/api/v1/provincies/PV21/beoordelingsrondes",
                "{\"peildatum\":\"2026-01-25\"}").idUitLocation();
    }

    static JsonNode provincie(JsonNode l, String code) {
        for (JsonNode p : l.get("provincies")) {
            if (p.get("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("geen provincie " + code);
    }

    static JsonNode gemeente(JsonNode l, String code) {
        for (JsonNode g : l.get("gemeenten")) {
            if (g.get("code").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError("geen gemeente " + code);
    }

    @Test
    void elke_provincie_haar_treden_van_haar_eigen_laatste_peildatum_en_de_cijfers_van_de_landelijke() {
        JsonNode l = api.als(rijk).get(PAD + "?peildatum=2026-04-01").json(200);
        JsonNode fr = provincie(l, "PV21");
        assertThat(fr.get("beleidskader").asString()).isEqualTo(KADER);
        assertThat(fr.get("peildatumBeleidskader").asString()).isEqualTo("2026-01-25");
        assertThat(fr.get("ronde").get("id").asLong()).isEqualTo(ronde);
        // the steps equal the round's own overview on 25 January 2026
        JsonNode eigen = api.als(Api.BEHEERDER).get("/api/v1/provincies/PV21/overzicht?peildatum=2026-01-25")
                .json(200);
        assertThat(fr.get("ronde").get("aantalPerTrede")).isEqualTo(eigen.get("totalen").get("aantalPerTrede"));
        assertThat(fr.get("ronde").get("aantalPerTrede").get("1").asInt()).isEqualTo(1);
        assertThat(fr.get("ronde").get("aantalPerTrede").get("0").asInt()).isEqualTo(1);
        assertThat(gemeente(l, a).get("trede").asString()).isEqualTo("1");
        assertThat(gemeente(l, b).get("trede").asString()).isEqualTo("0");
        // opgave and housed of 1 April 2026 (the tussentijdse toets of 2026-I), from the stored figures
        assertThat(gemeente(l, a).get("opgave").asLong()).isEqualTo(27);
        assertThat(gemeente(l, a).get("gehuisvest").asLong()).isEqualTo(5);
        assertThat(gemeente(l, b).get("opgave").isNull()).isTrue();
        assertThat(fr.get("opgave").asLong()).isEqualTo(27);
        assertThat(fr.get("gehuisvest").asLong()).isEqualTo(5);

        // the other shapes: toetsen on the 15th, Zuid-Holland's own dates, no kader at all
        JsonNode ov = provincie(l, "PV23");
        assertThat(ov.get("beleidskader").asString()).isEqualTo("voorbeeld-kwartaal-2025");
        assertThat(ov.get("peildatumBeleidskader").asString()).isEqualTo("2026-01-15");
        assertThat(ov.has("ronde")).isFalse();
        assertThat(provincie(l, "PV28").get("peildatumBeleidskader").asString()).isEqualTo("2026-04-01");
        assertThat(provincie(l, "PV20").has("peildatumBeleidskader")).isFalse();
        assertThat(l.get("nederland").has("peildatumBeleidskader")).isFalse();

        // at 1 January 2026 Friesland's own latest date is 25 January 2025: no round there, no steps
        JsonNode januari = api.als(rijk).get(PAD + "?peildatum=2026-01-01").json(200);
        assertThat(provincie(januari, "PV21").get("peildatumBeleidskader").asString()).isEqualTo("2025-01-25");
        assertThat(provincie(januari, "PV21").has("ronde")).isFalse();
        assertThat(gemeente(januari, a).get("trede").isNull()).isTrue();
        // and at 1 July 2026 still 25 January 2026
        assertThat(provincie(api.als(rijk).get(PAD + "?peildatum=2026-07-01").json(200), "PV21")
                .get("peildatumBeleidskader").asString()).isEqualTo("2026-01-25");
    }

    @Test
    void de_pagina_zegt_van_welke_datum_de_treden_van_elke_provincie_zijn() {
        String html = api.als(rijk).get("/landelijk?peildatum=2026-04-01").status(200).tekst();
        assertThat(html).contains("data-provincie=\"PV21\">25 januari 2026</td>")
                .contains("data-provincie=\"PV23\">15 januari 2026</td>")
                .contains("data-provincie=\"PV28\">1 april 2026</td>")
                .contains("data-provincie=\"PV20\">geen beleidskader</td>")
                .contains("Peildatum van de ronde");
        assertThat(html.substring(html.indexOf("id=\"treden\""))).contains("Fryslân").contains("25 januari 2026");
    }

    @Test
    void de_xlsx_noemt_het_beleidskader_en_de_peildatum_van_elke_provincie() throws Exception {
        byte[] xlsx = api.als(rijk).get(PAD + ".xlsx?peildatum=2026-04-01").status(200).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet provincies = wb.getSheet("Provincies");
            assertThat(provincies.getRow(0).getCell(9).getStringCellValue()).isEqualTo("beleidskader");
            assertThat(provincies.getRow(0).getCell(10).getStringCellValue()).isEqualTo("peildatum van de provincie");
            Row fr = rij(provincies, "Fryslân");
            assertThat(fr.getCell(9).getStringCellValue()).isEqualTo(KADER);
            assertThat(fr.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 25));
            Row ov = rij(provincies, "Overijssel");
            assertThat(ov.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 15));
            Sheet treden = wb.getSheet("Treden");
            assertThat(treden.getRow(0).getCell(1).getStringCellValue()).isEqualTo("peildatum van de ronde");
            Row frTreden = rij(treden, "Fryslân");
            assertThat(frTreden.getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 1, 25));
        }
    }

    static Row rij(Sheet blad, String naam) {
        for (Row r : blad) {
            if (r.getCell(0) != null && naam.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("geen rij " + naam + " in " + blad.getSheetName());
    }
}
