package nl.woonregie.verhuisbox.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.demo.Jaargenerator;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.Beschikkingen;
import nl.woonregie.verhuisbox.Testteam;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The report over a generated year (a new team of its own, {@link Testteam}; 2023, 400 referrals with money): the
 * totals reconcile for the year and for every quarter, every figure is as large as its drill-down, quarters add up to
 * the year; the API validates the period, is refused to other roles, logs the reads of a drill-down; the XLSX has the
 * figures and the legend. The year is generated once for the class (it is costly) and the tests only read it; the one
 * that makes the missing beschikkingen holds whether or not they were made before, and no other test looks at them.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RapportageApiTest {

    static final String A = RapportageController.API;
    static final int JAAR = 2023;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rapportage rapportage;

    @Autowired
    Jaargenerator generator;

    @Autowired
    Beschikkingen beschikkingen;

    Api api;
    long team;
    String coord;
    String consulent;
    String cm;
    String aanmelder;
    String coordAnder;

    @BeforeAll
    void gegevens() {
        Testteam t = new Testteam(mvc, jdbc);
        api = t.api;
        team = t.team;
        coord = t.coordinator;
        consulent = t.consulent;
        cm = t.casemanager;
        aanmelder = t.aanmelder;
        coordAnder = t.anderAccount("COORDINATOR");
        generator.genereer(new Jaargenerator.Opdracht(team, JAAR, 400, 7L, t.id(aanmelder), t.id(cm), null,
                t.id(consulent), LocalDate.of(JAAR + 1, 3, 31)));
    }

    static List<Periode> kwartalen() {
        List<Periode> k = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            LocalDate van = LocalDate.of(JAAR, 1 + 3 * q, 1);
            k.add(new Periode(van, van.plusMonths(3).minusDays(1)));
        }
        return k;
    }

    @Test
    void de_generator_maakt_een_jaar_met_geweigerde_gestopte_gehuisveste_en_betaalde_casussen() {
        Rapportage.Rapport r = rapportage.rapport(team, Periode.jaar(JAAR));
        assertThat(r.cijfer("AANMELDINGEN").casussen()).isEqualTo(400);
        for (String code : List.of("GEWEIGERD", "GESTART", "GESTOPT", "GEHUISVEST", "UITKERING_BEEINDIGD",
                "ENQUETE_INGEVULD", "NAZORG_VASTGELEGD", "NAZORG_WOONT_ER_NOG", "WACHTEND")) {
            assertThat(r.cijfer(code).casussen()).as(code).isPositive();
        }
        assertThat(r.cijfer("BESTEMMING_PER_PROVINCIE").delen().size()).isGreaterThan(5);
        assertThat(r.cijfer("UITGAVEN").waarde()).isPositive();
        assertThat(r.potten()).isNotEmpty();
    }

    @Test
    void elke_toegekende_verstrekking_van_het_gegenereerde_jaar_krijgt_haar_beschikking() throws Exception {
        List<Long> zonder = beschikkingen.zonderBrief(team);
        long toegekend = jdbc.sql("select count(*) from vhb_verstrekking v join vhb_casus c on c.id = v.casus_id "
                + "where c.team_id = ? and v.status in ('GOEDGEKEURD', 'BETAALD')").param(team).query(Long.class)
                .single();
        assertThat(toegekend).isPositive();
        long start = System.nanoTime();
        assertThat(beschikkingen.maakOntbrekende(team)).isEqualTo(zonder.size());
        System.out.printf("beschikkingen: %d gemaakt in %d ms%n", zonder.size(), (System.nanoTime() - start) / 1_000_000);
        assertThat(beschikkingen.zonderBrief(team)).isEmpty();
        assertThat(beschikkingen.maakOntbrekende(team)).as("a second run has nothing to do").isZero();
        long eerste = zonder.isEmpty() ? jdbc.sql("select min(v.id) from vhb_verstrekking v join vhb_casus c on "
                + "c.id = v.casus_id where c.team_id = ? and v.status = 'BETAALD'").param(team).query(Long.class)
                .single() : zonder.get(0);
        String[] v = jdbc.sql("select kenmerk, to_char(bedrag, 'FM999G990D00') from vhb_verstrekking where id = ?")
                .param(eerste).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        byte[] pdf = beschikkingen.zorgVoorBrief(eerste).pdf();
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            assertThat(tekst).contains(v[0]);
            assertThat(tekst.replace('\u00a0', ' ')).contains("€ " + v[1].replace(",", "#").replace(".", ",")
                    .replace("#", "."));
        }
    }

    @Test
    void de_totalen_sluiten_voor_het_jaar_en_elk_kwartaal_en_de_kwartalen_tellen_op_tot_het_jaar() {
        Rapportage.Rapport jaar = rapportage.rapport(team, Periode.jaar(JAAR));
        assertThat(jaar.controles()).allSatisfy(k -> assertThat(k.klopt()).as(k.code() + ": " + k.toelichting())
                .isTrue());
        int[] som = new int[4];
        for (Periode p : kwartalen()) {
            Rapportage.Rapport r = rapportage.rapport(team, p);
            assertThat(r.controles()).allSatisfy(k -> assertThat(k.klopt()).as(p + " " + k.code()).isTrue());
            som[0] += r.cijfer("AANMELDINGEN").casussen();
            som[1] += r.cijfer("GEHUISVEST").casussen();
            som[2] += r.cijfer("GESTART").casussen();
            som[3] += r.cijfer("GEWEIGERD").casussen();
        }
        assertThat(som).containsExactly(jaar.cijfer("AANMELDINGEN").casussen(), jaar.cijfer("GEHUISVEST").casussen(),
                jaar.cijfer("GESTART").casussen(), jaar.cijfer("GEWEIGERD").casussen());
    }

    @Test
    void elk_cijfer_van_het_gegenereerde_jaar_is_even_groot_als_zijn_drilldown() {
        Periode p = Periode.jaar(JAAR);
        for (Rapportage.Cijfer x : rapportage.rapport(team, p).cijfers()) {
            Rapportage.Uitsplitsing u = rapportage.casussen(x.figuur().code(), null, team, p);
            assertThat(u.casussen()).as(x.figuur().code()).hasSize(x.casussen());
            for (Rapportage.Deel d : x.delen()) {
                assertThat(rapportage.casussen(x.figuur().code(), d.sleutel(), team, p).casussen())
                        .as(x.figuur().code() + "/" + d.sleutel()).hasSize(d.casussen());
            }
        }
    }

    @Test
    void api_geeft_cijfers_met_definities_en_de_drilldown_telt_even_veel_casussen_en_logt_de_inzage() {
        JsonNode r = api.als(coord).get(A + "?van=2023-01-01&tot=2023-12-31").json();
        JsonNode gehuisvest = null;
        for (JsonNode c : r.path("cijfers")) {
            assertThat(c.path("definitie").asString()).as(c.path("code").asString()).isNotBlank();
            if (c.path("code").asString().equals("GEHUISVEST")) {
                gehuisvest = c;
            }
        }
        assertThat(r.path("controles").size()).isGreaterThan(3);
        int aantal = gehuisvest.path("casussen").asInt();
        long voor = jdbc.sql("select count(*) from vhb_verwerking where handeling = 'rapportage GEHUISVEST'")
                .query(Long.class).single();
        JsonNode d = api.als(coord).get(gehuisvest.path("casussenUrl").asString()).json();
        assertThat(d.path("aantal").asInt()).isEqualTo(aantal);
        assertThat(d.path("casussen").size()).isEqualTo(aantal);
        assertThat(d.path("figuur").path("legenda").asString()).isEqualTo(gehuisvest.path("definitie").asString());
        long na = jdbc.sql("select count(*) from vhb_verwerking where handeling = 'rapportage GEHUISVEST'")
                .query(Long.class).single();
        assertThat(na - voor).as("one read logged per case shown").isEqualTo(aantal);
        // one key: the cases with that destination
        JsonNode gemeenten = null;
        for (JsonNode c : r.path("cijfers")) {
            if (c.path("code").asString().equals("BESTEMMING_PER_GEMEENTE")) {
                gemeenten = c.path("delen").get(0);
            }
        }
        JsonNode eenGemeente = api.als(coord).get(gemeenten.path("casussenUrl").asString()).json();
        assertThat(eenGemeente.path("aantal").asInt()).isEqualTo(gemeenten.path("casussen").asInt());
    }

    @Test
    void ongeldige_periode_is_problem_json_met_elk_veld() {
        assertThat(api.als(coord).get(A).ongeldigeVelden()).containsExactlyInAnyOrder("van", "tot");
        assertThat(api.als(coord).get(A + "?van=2023-13-01&tot=gisteren").ongeldigeVelden())
                .containsExactlyInAnyOrder("van", "tot");
        assertThat(api.als(coord).get(A + "?van=2023-12-31&tot=2023-01-01").ongeldigeVelden())
                .containsExactly("tot");
        assertThat(api.als(coord).get(A + "?van=2000-01-01&tot=2020-01-01").ongeldigeVelden())
                .containsExactly("tot");
        assertThat(api.als(coord).get(A + "/GEHUISVEST/casussen?van=2023-01-01").ongeldigeVelden())
                .containsExactly("tot");
        api.als(coord).get(A + "/BESTAAT_NIET/casussen?van=2023-01-01&tot=2023-12-31").status(404);
        assertThat(api.als(coord).get(A + "/jaar/1999.xlsx").ongeldigeVelden()).containsExactly("jaar");
    }

    @Test
    void alleen_coordinator_en_consulent_zien_het_rapport_en_alleen_de_coordinator_de_casussen() {
        String periode = "?van=2023-01-01&tot=2023-12-31";
        api.als(aanmelder).get(A + periode).status(403);
        api.als(cm).get(A + periode).status(403);
        api.als(Api.BEHEERDER).get(A + periode).status(403);
        JsonNode rapport = api.als(consulent).get(A + periode).json();
        assertThat(rapport.toString()).doesNotContain("casussenUrl");
        api.als(consulent).get(A + "/GEHUISVEST/casussen" + periode).status(403);
        api.als(aanmelder).get(A + "/GEHUISVEST/casussen" + periode).status(403);
        // another team's coordinator gets the figures of its own team: none of these cases
        JsonNode ander = api.als(coordAnder).get(A + periode).json();
        for (JsonNode c : ander.path("cijfers")) {
            if (c.path("code").asString().equals("AANMELDINGEN")) {
                assertThat(c.path("casussen").asInt()).isZero();
            }
        }
        assertThat(api.als(coordAnder).get(A + "/AANMELDINGEN/casussen" + periode).json().path("aantal").asInt())
                .isZero();
    }

    @Test
    void xlsx_heeft_de_kerncijfers_met_legenda_redenen_bestemmingen_geld_en_enquete() throws Exception {
        Api.Antwoord x = api.als(coord).get(A + "/jaar/" + JAAR + ".xlsx");
        x.status(200);
        assertThat(x.header("Content-Disposition")).contains("verhuisbox-jaarcijfers-2023.xlsx");
        Rapportage.Rapport r = rapportage.rapport(team, Periode.jaar(JAAR));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            assertThat(List.of("Kerncijfers", "Legenda", "Controles", "Redenen", "Bestemmingen", "Geld per pot",
                    "Enquête en nazorg")).allMatch(n -> wb.getSheet(n) != null);
            Sheet kern = wb.getSheet("Kerncijfers");
            boolean gevonden = false;
            for (Row row : kern) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("AANMELDINGEN")) {
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(400.0);
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo(
                            Figuren.figuur("AANMELDINGEN").legenda());
                    gevonden = true;
                }
            }
            assertThat(gevonden).isTrue();
            assertThat(wb.getSheet("Legenda").getLastRowNum()).isGreaterThanOrEqualTo(Figuren.FIGUREN.size());
            assertThat(wb.getSheet("Controles").getRow(1).getCell(2).getStringCellValue()).startsWith("✓");
            assertThat(wb.getSheet("Geld per pot").getRow(1).getCell(3).getNumericCellValue())
                    .isEqualTo(r.potten().get(0).budget().doubleValue());
            assertThat(wb.getSheet("Bestemmingen").getLastRowNum()).isEqualTo(
                    r.cijfer("BESTEMMING_PER_PROVINCIE").delen().size()
                            + r.cijfer("BESTEMMING_PER_GEMEENTE").delen().size()
                            + r.cijfer("VERHUISD_PER_GEBIED").delen().size());
            // the derived success rate per referring organisation: one row per organisation of either figure
            assertThat(wb.getSheet("Slaging per organisatie").getLastRowNum())
                    .isEqualTo(Rapportage.slagingPerOrganisatie(r).size());
        }
        api.als(consulent).get(A + "/jaar/" + JAAR + ".xlsx").status(200);
        api.als(aanmelder).get(A + "/jaar/" + JAAR + ".xlsx").status(403);
    }

    @Test
    void de_generator_betaalt_nooit_boven_het_budget_van_een_pot() {
        for (Rapportage.Pot p : rapportage.rapport(team, Periode.jaar(JAAR)).potten()) {
            assertThat(p.betaaldTotaal()).as(p.code()).isLessThanOrEqualTo(p.budget());
            assertThat(p.betaaldTotaal()).as(p.code()).isGreaterThan(BigDecimal.ZERO);
        }
    }
}
