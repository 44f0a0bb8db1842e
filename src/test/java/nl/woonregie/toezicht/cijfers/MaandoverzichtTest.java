package nl.woonregie.toezicht.cijfers;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * COA's monthly overview as one page of the province (issue 19 §6): per municipality COA's last standing of the
 * half-year up to the month's end beside its taakstelling, the totals, and the same as XLSX. Period 2097-I, this
 * class's own; Delft and 's-Gravenhage have figures, the other municipalities of Zuid-Holland none.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaandoverzichtTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Maandoverzicht maandoverzicht;

    Api api;
    Accounts accounts;
    String thZh;

    static final Gebruiker TH_ZH = Gebruiker.met(0, "th", Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV28"));

    @BeforeAll
    void cijfers() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        thZh = accounts.toezichthouder("PV28");
        api.als(BEHEERDER).postCsv("/api/v1/taakstellingen/import", """
                gemeente;periode;taakstelling;additioneleOpgave
                GM0503;2097-I;40;
                GM0518;2097-I;300;20
                """).json(201);
        api.als(BEHEERDER).postCsv("/api/v1/coa-standen/import", """
                gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente
                GM0503;2097-I;2097-03-31;10;30;0;nee
                GM0503;2097-I;2097-05-31;35;12;1;nee
                GM0503;2097-I;2097-06-30;39;8;1;nee
                GM0518;2097-I;2097-04-30;120;150;3;ja
                """).json(201);
    }

    @Test
    void per_gemeente_de_laatste_stand_van_coa_tot_het_einde_van_de_maand_naast_de_taakstelling() {
        Maandoverzicht.Overzicht o = maandoverzicht.van(TH_ZH, "PV28", YearMonth.of(2097, 5));
        Map<String, Maandoverzicht.Regel> per = o.regels().stream()
                .collect(Collectors.toMap(Maandoverzicht.Regel::gemeente, r -> r));
        Maandoverzicht.Regel delft = per.get("GM0503");
        assertThat(delft.standVan()).isEqualTo(LocalDate.of(2097, 5, 31)); // not June's standing
        assertThat(delft.gehuisvest()).isEqualTo(35);
        assertThat(delft.nogTeHuisvesten()).isEqualTo(5);
        assertThat(delft.realisatie()).isEqualTo(35 / 40.0);
        Maandoverzicht.Regel denHaag = per.get("GM0518");
        assertThat(denHaag.standVan()).isEqualTo(LocalDate.of(2097, 4, 30)); // April's is its last up to May
        assertThat(denHaag.nogTeHuisvesten()).isEqualTo(180);
        assertThat(denHaag.additioneleOpgave()).isEqualTo(20);
        assertThat(denHaag.stapelgemeente()).isTrue();
        assertThat(o.taakstelling()).isEqualTo(340);
        assertThat(o.gehuisvest()).isEqualTo(155);
        assertThat(o.koppelingen()).isEqualTo(162);
        assertThat(o.zonderStand()).isEqualTo(o.regels().size() - 2);
        assertThat(per.get("GM0546").standVan()).isNull();
        // in March only Delft had a standing; in July (the next half-year) nobody has one
        assertThat(maandoverzicht.van(TH_ZH, "PV28", YearMonth.of(2097, 3)).gehuisvest()).isEqualTo(10);
        assertThat(maandoverzicht.van(TH_ZH, "PV28", YearMonth.of(2097, 7)).zonderStand())
                .isEqualTo(o.regels().size());
    }

    @Test
    void de_pagina_toont_de_maand_in_woorden_en_noemt_een_ongeldige_maand_bij_het_veld() {
        String pagina = api.als(thZh).get("/provincies/PV28/maandoverzicht?maand=2097-05").status(200).tekst();
        assertThat(pagina).contains("Maandoverzicht COA <span>Zuid-Holland</span>:").contains("mei 2097")
                .contains("31 mei 2097").contains("geen stand").contains("88%");
        String fout = api.als(thZh).get("/provincies/PV28/maandoverzicht?maand=2097-13").status(200).tekst();
        assertThat(fout).contains("id=\"maand-fout\"").contains("een maand als jjjj-mm")
                .contains("value=\"2097-13\"");
    }

    @Test
    void de_excel_heeft_een_regel_per_gemeente_en_een_totaal() throws IOException {
        byte[] xlsx = api.als(thZh).get("/provincies/PV28/maandoverzicht.xlsx?maand=2097-05").status(200).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet blad = wb.getSheetAt(0);
            assertThat(blad.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Gemeente");
            Row delft = null;
            for (Row r : blad) {
                if ("GM0503".equals(r.getCell(1) == null ? null : r.getCell(1).toString())) {
                    delft = r;
                }
            }
            assertThat(delft).isNotNull();
            assertThat(delft.getCell(0).getStringCellValue()).isEqualTo("Delft");
            assertThat(delft.getCell(2).getNumericCellValue()).isEqualTo(40);
            assertThat(delft.getCell(5).getNumericCellValue()).isEqualTo(35);
            assertThat(delft.getCell(6).getNumericCellValue()).isEqualTo(5);
            assertThat(delft.getCell(7).getNumericCellValue()).isEqualTo(87.5);
            Row totaal = blad.getRow(blad.getLastRowNum());
            assertThat(totaal.getCell(0).getStringCellValue()).isEqualTo("Totaal Zuid-Holland");
            assertThat(totaal.getCell(2).getNumericCellValue()).isEqualTo(340);
            assertThat(totaal.getCell(5).getNumericCellValue()).isEqualTo(155);
        }
        api.als(thZh).get("/provincies/PV28/maandoverzicht.xlsx?maand=mei").status(400);
    }

    @Test
    void de_provincie_en_coa_lezen_een_gemeente_en_een_andere_provincie_niet() {
        api.als(accounts.coa()).get("/provincies/PV28/maandoverzicht?maand=2097-05").status(200);
        api.als(accounts.toezichthouder("PV27")).get("/provincies/PV28/maandoverzicht?maand=2097-05").status(403);
        api.als(accounts.gemeente("GM0503")).get("/provincies/PV28/maandoverzicht.xlsx?maand=2097-05").status(403);
    }
}
