package nl.woonregie.doorbraakplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The uitgangspunten check and a tranche's planning over the API (issue 17 §2 and §7): Den Haag's six stored as the
 * municipality's list; Leeghwaterplein's 40 places against "Kleinschalig: at most 30" shown as computed although the
 * team scored voldoet; scores versioned and audited; the table per tranche and as XLSX; milestones late by the test
 * clock, the memo's 16 steps as a template; every invalid field named; who may do what. Each test on a municipality
 * of its own ({@link RondeFixture}).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToetsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    static String pad(String gemeente) {
        return "/api/v1/gemeenten/" + gemeente;
    }

    String programma(String gemeente) {
        return accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + gemeente + "\"");
    }

    long lead(String wie, String gemeente, String naam, int plaatsen, Long tranche) {
        long id = api.als(wie).post(pad(gemeente) + "/leads", """
                {"naam": "%s", "ingediendOp": "%s", "inbrengerSoort": "WIJKVERENIGING", "inbrengerNaam": "Jan Jansen",
                 "inbrengerContact": "jan@wijk.example", "plaatsen": %d}""".formatted(naam, gebied.vandaag(), plaatsen))
                .idUitLocation();
        if (tranche != null) {
            api.als(wie).post(pad(gemeente) + "/leads/" + id + "/stappen", "{\"versie\": 1, \"stap\": "
                    + "\"BESCHIKBAARHEID_VRAGEN\", \"datum\": \"" + gebied.vandaag() + "\", \"tranche\": " + tranche
                    + "}").status(200);
        }
        return id;
    }

    long tranche(String wie, String gemeente, String naam) {
        return api.als(wie).post(pad(gemeente) + "/tranches", "{\"naam\": \"" + naam + "\"}").json(201).path("id")
                .asLong();
    }

    /** Den Haag's six (the starting set) stored as the municipality's list. */
    JsonNode zesVastleggen(String wie, String gemeente) {
        JsonNode lijst = api.als(wie).get(pad(gemeente) + "/uitgangspunten").json();
        StringBuilder regels = new StringBuilder();
        for (JsonNode u : lijst.path("startset")) {
            if (!regels.isEmpty()) {
                regels.append(", ");
            }
            regels.append(Api.JSON.writeValueAsString(u));
        }
        return api.als(wie).put(pad(gemeente) + "/uitgangspunten", "{\"versie\": 0, \"uitgangspunten\": [" + regels
                + "], \"reden\": \"De zes uitgangspunten van het Doorbraakplan (memo 28 januari 2022)\"}").json();
    }

    static JsonNode cel(JsonNode toets, String uitgangspunt) {
        for (JsonNode c : toets.path("uitgangspunten")) {
            if (c.path("uitgangspunt").asString().equals(uitgangspunt)) {
                return c;
            }
        }
        throw new AssertionError("geen cel " + uitgangspunt + " in " + toets);
    }

    @Test
    void leeghwaterplein_met_40_plaatsen_voldoet_berekend_niet_aan_kleinschalig_ook_als_het_team_voldoet_scoort() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String pt = programma(gm);
        // no list yet: version 0, empty, Den Haag's six offered with their source
        JsonNode leeg = api.als(pt).get(pad(gm) + "/uitgangspunten").json();
        assertThat(leeg.path("versie").asInt()).isZero();
        assertThat(leeg.path("uitgangspunten")).isEmpty();
        assertThat(Api.velden(leeg.path("startset"), "naam")).containsExactly("Spreiding", "Kleinschalig",
                "Zelfstandig", "Begeleiding", "Mix", "Permanent");
        assertThat(leeg.path("startset").get(1).path("maximum").asInt()).isEqualTo(30);
        assertThat(leeg.path("startset").get(3).path("bron").asString()).contains("484-486");

        JsonNode lijst = zesVastleggen(pt, gm);
        assertThat(lijst.path("versie").asInt()).isEqualTo(1);
        assertThat(Api.velden(lijst.path("uitgangspunten"), "code")).containsExactly("SPREIDING", "KLEINSCHALIG",
                "ZELFSTANDIG", "BEGELEIDING", "MIX", "PERMANENT");

        long tweede = tranche(pt, gm, "Tweede tranche");
        long id = lead(pt, gm, "Leeghwaterplein", 40, tweede);
        String p = pad(gm) + "/leads/" + id + "/uitgangspunten";
        JsonNode voor = api.als(pt).get(p).json();
        assertThat(cel(voor, "KLEINSCHALIG").path("uitkomst").asString()).isEqualTo("ONBEKEND");
        assertThat(cel(voor, "KLEINSCHALIG").path("berekend").asString()).isEqualTo("VOLDOET_NIET");
        assertThat(cel(voor, "SPREIDING").path("berekend").isMissingNode()
                || cel(voor, "SPREIDING").path("berekend").isNull()).isTrue();

        // the form sends "onbekend" for every row; one never scored stays unscored (nobody gave that score)
        JsonNode na = api.als(pt).put(p, """
                {"versie": 0, "scores": [
                  {"uitgangspunt": "KLEINSCHALIG", "uitkomst": "VOLDOET", "toelichting": "Tijdelijke containerwoningen"},
                  {"uitgangspunt": "SPREIDING", "uitkomst": "VOLDOET"},
                  {"uitgangspunt": "ZELFSTANDIG", "uitkomst": "ONBEKEND"}]}""").json();
        assertThat(cel(na, "ZELFSTANDIG").path("door").isMissingNode() || cel(na, "ZELFSTANDIG").path("door").isNull())
                .isTrue();
        JsonNode klein = cel(na, "KLEINSCHALIG");
        assertThat(klein.path("uitkomst").asString()).isEqualTo("VOLDOET");
        assertThat(klein.path("berekend").asString()).isEqualTo("VOLDOET_NIET");
        assertThat(klein.path("strijdig").asBoolean()).isTrue();
        assertThat(klein.path("berekendToelichting").asString()).contains("40 plaatsen", "meer dan ten hoogste 30");
        assertThat(na.path("plaatsen").asInt()).isEqualTo(40);
        assertThat(na.path("plaatsenVan").asString()).isEqualTo("LEAD");
        assertThat(cel(na, "MIX").path("uitkomst").asString()).isEqualTo("ONBEKEND");

        // the table of the memo: the tranche's locations by the six, the finding shown there too
        JsonNode tabel = api.als(pt).get(pad(gm) + "/uitgangspuntentoets?tranche=" + tweede).json();
        assertThat(tabel.path("trancheNaam").asString()).isEqualTo("Tweede tranche");
        assertThat(Api.velden(tabel.path("uitgangspunten"), "naam")).hasSize(6);
        assertThat(Api.velden(tabel.path("locaties"), "naam")).containsExactly("Leeghwaterplein");
        assertThat(cel(tabel.path("locaties").get(0), "KLEINSCHALIG").path("strijdig").asBoolean()).isTrue();
    }

    @Test
    void een_gewijzigde_score_is_een_nieuw_feit_met_een_nieuwe_versie_en_in_het_auditlog() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String pt = programma(gm);
        zesVastleggen(pt, gm);
        long id = lead(pt, gm, "Leeghwaterplein", 40, null);
        String p = pad(gm) + "/leads/" + id + "/uitgangspunten";
        api.als(pt).put(p, "{\"versie\": 0, \"scores\": [{\"uitgangspunt\": \"KLEINSCHALIG\", \"uitkomst\": "
                + "\"VOLDOET\"}]}").status(200);
        // a stale version is refused; the same score again records nothing new
        api.als(pt).put(p, "{\"versie\": 0, \"scores\": [{\"uitgangspunt\": \"KLEINSCHALIG\", \"uitkomst\": "
                + "\"VOLDOET_NIET\"}]}").probleem(409);
        JsonNode zelfde = api.als(pt).put(p, "{\"versie\": 1, \"scores\": [{\"uitgangspunt\": \"KLEINSCHALIG\", "
                + "\"uitkomst\": \"VOLDOET\"}]}").json();
        assertThat(zelfde.path("versie").asInt()).isEqualTo(1);
        JsonNode tweede = api.als(pt).put(p, "{\"scores\": [{\"uitgangspunt\": \"KLEINSCHALIG\", \"uitkomst\": "
                + "\"VOLDOET_NIET\", \"toelichting\": \"40 is meer dan 30\"}]}", "\"1\"").json();
        assertThat(tweede.path("versie").asInt()).isEqualTo(2);
        assertThat(cel(tweede, "KLEINSCHALIG").path("strijdig").asBoolean()).isFalse();
        List<String> geschiedenis = new ArrayList<>();
        tweede.path("geschiedenis").forEach(s -> geschiedenis.add(s.path("versie").asInt() + " "
                + s.path("uitgangspunt").asString() + " " + s.path("uitkomst").asString()));
        assertThat(geschiedenis).containsExactly("1 KLEINSCHALIG VOLDOET", "2 KLEINSCHALIG VOLDOET_NIET");
        assertThat(api.als(pt).get(p).header("ETag")).isEqualTo("\"2\"");
        List<String> audit = jdbc.sql("select cast(oude_waarde as text) || ' -> ' || cast(nieuwe_waarde as text) "
                + "from audit_log where actie = 'UITGANGSPUNTEN_GESCOORD' and object_id = ? order by id")
                .param(Long.toString(id)).query(String.class).list();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1)).contains("VOLDOET", "VOLDOET_NIET: 40 is meer dan 30");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'UITGANGSPUNTEN_VASTGELEGD' and object_id = ?")
                .param(gm).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void een_aangewezen_locatie_wordt_getoetst_met_de_plaatsen_van_haar_project_in_het_aanbod() {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gm = t.gemeenteElders();
        LocalDate vandaag = t.tussentijds().plusDays(14);
        klok.zet(vandaag);
        String pt = programma(gm);
        zesVastleggen(pt, gm);
        long tranche = tranche(pt, gm, "Tweede tranche");
        long id = api.als(pt).post(pad(gm) + "/leads", """
                {"naam": "Leeghwaterplein", "ingediendOp": "%s", "inbrengerSoort": "WIJKVERENIGING",
                 "inbrengerNaam": "Jan Jansen", "inbrengerContact": "jan@wijk.example", "plaatsen": 40}"""
                .formatted(vandaag.minusDays(60))).idUitLocation();
        String l = pad(gm) + "/leads/" + id;
        stap(pt, l, "{\"stap\": \"BESCHIKBAARHEID_VRAGEN\", \"datum\": \"" + vandaag.minusDays(55) + "\"}");
        stap(pt, l, "{\"stap\": \"BESCHIKBAAR\", \"datum\": \"" + vandaag.minusDays(50) + "\"}");
        for (String a : List.of("UITGANGSPUNTEN", "RUIMTELIJKE_MOGELIJKHEDEN", "FINANCIEN",
                "LEEFBAARHEID_EN_VEILIGHEID")) {
            api.als(pt).put(l + "/analyse/" + a, "{\"uitkomst\": \"POSITIEF\", \"toelichting\": \"ok\"}").status(200);
        }
        stap(pt, l, "{\"stap\": \"HAALBAARHEIDSONDERZOEK_STARTEN\", \"datum\": \"" + vandaag.minusDays(40)
                + "\", \"kenmerk\": \"W-1\", \"projectleider\": \"pl\"}");
        api.als(pt).put(l + "/haalbaarheidsonderzoek", "{\"conclusie\": \"Haalbaar\"}").status(200);
        stap(pt, l, "{\"stap\": \"NAAR_COLLEGE\", \"datum\": \"" + vandaag.minusDays(30) + "\", \"kenmerk\": \"W-2\"}");
        // the college designates it with 28 places for statushouders: the project in aanbod has 28
        stap(pt, l, "{\"stap\": \"AANWIJZEN\", \"datum\": \"" + vandaag.minusDays(20) + "\", \"kenmerk\": \"RIS-1\", "
                + "\"kleur\": \"GROEN\", \"tranche\": " + tranche + ", \"plaatsen\": 28, \"duur\": \"TIJDELIJK\", "
                + "\"woonvorm\": \"ONZELFSTANDIG\", \"startInhuizing\": \"" + vandaag.plusDays(30) + "\"}");
        JsonNode toets = api.als(pt).get(l + "/uitgangspunten").json();
        assertThat(toets.path("plaatsenVan").asString()).isEqualTo("PROJECT");
        assertThat(toets.path("plaatsen").asInt()).isEqualTo(28);
        assertThat(cel(toets, "KLEINSCHALIG").path("berekend").asString()).isEqualTo("VOLDOET");
    }

    void stap(String wie, String lead, String json) {
        int versie = api.als(wie).get(lead).json().path("versie").asInt();
        api.als(wie).post(lead + "/stappen", json.replace("{", "{\"versie\": " + versie + ", ")).status(200);
    }

    @Test
    void de_lijst_en_de_scores_noemen_elk_ongeldig_veld() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String pt = programma(gm);
        JsonNode fout = api.als(pt).put(pad(gm) + "/uitgangspunten", """
                {"uitgangspunten": [
                  {"code": "kleinschalig", "naam": "Kleinschalig", "maximum": "veel"},
                  {"code": "MIX", "maximum": -1},
                  {"code": "MIX", "naam": "Mix", "omschrijving": "%s"},
                  null]}""".formatted("x".repeat(2001))).probleem(400);
        assertThat(Api.namen(fout)).containsExactlyInAnyOrder("versie", "reden", "uitgangspunten[0].code",
                "uitgangspunten[0].maximum", "uitgangspunten[1].naam", "uitgangspunten[1].maximum",
                "uitgangspunten[2].code", "uitgangspunten[2].omschrijving", "uitgangspunten[3]");
        api.als(pt).put(pad(gm) + "/uitgangspunten", "{\"versie\": 0, \"uitgangspunten\": [], \"onbekend\": 1, "
                + "\"reden\": \"x\"}").probleem(400);
        zesVastleggen(pt, gm);
        // the list changed in between: 409
        api.als(pt).put(pad(gm) + "/uitgangspunten", "{\"versie\": 0, \"uitgangspunten\": [], \"reden\": \"leeg\"}")
                .probleem(409);
        long id = lead(pt, gm, "Leeghwaterplein", 40, null);
        JsonNode scores = api.als(pt).put(pad(gm) + "/leads/" + id + "/uitgangspunten", """
                {"scores": [{"uitgangspunt": "ONBEKEND_PUNT", "uitkomst": "JA"},
                  {"uitgangspunt": "MIX", "uitkomst": "VOLDOET", "toelichting": "%s"},
                  {"uitgangspunt": "MIX", "uitkomst": "VOLDOET"}, {}, null]}""".formatted("x".repeat(2001)))
                .probleem(400);
        assertThat(Api.namen(scores)).containsExactlyInAnyOrder("versie", "scores[0].uitgangspunt",
                "scores[0].uitkomst", "scores[1].toelichting", "scores[2].uitgangspunt", "scores[3].uitgangspunt",
                "scores[3].uitkomst", "scores[4]");
        assertThat(Api.namen(api.als(pt).put(pad(gm) + "/leads/" + id + "/uitgangspunten",
                "{\"versie\": 0, \"scores\": []}").probleem(400))).containsExactly("scores");
    }

    @Test
    void mijlpalen_van_een_tranche_te_laat_met_de_testklok_en_het_sjabloon_van_de_memo() throws Exception {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String pt = programma(gm);
        long tranche = tranche(pt, gm, "Tweede tranche");
        String p = pad(gm) + "/tranches/" + tranche + "/mijlpalen";
        klok.zet(LocalDate.of(2022, 3, 2));
        long college = api.als(pt).post(p, "{\"van\": \"2022-02-22\", \"wat\": \"Collegebehandeling\", \"wie\": "
                + "\"College\"}").json(201).path("id").asLong();
        api.als(pt).post(p, "{\"van\": \"2022-02-28\", \"tot\": \"2022-03-04\", \"wat\": \"Krokusvakantie\"}")
                .status(201);
        api.als(pt).post(p, "{\"van\": \"2022-02-08\", \"wat\": \"Ingelaste bestuurlijke taskforce\", "
                + "\"gedaanOp\": \"2022-02-08\"}").status(201);
        JsonNode planning = api.als(pt).get(p).json();
        assertThat(Api.velden(planning.path("mijlpalen"), "wat")).containsExactly("Ingelaste bestuurlijke taskforce",
                "Collegebehandeling", "Krokusvakantie");
        List<Boolean> laat = new ArrayList<>();
        planning.path("mijlpalen").forEach(m -> laat.add(m.path("teLaat").asBoolean()));
        assertThat(laat).containsExactly(false, true, false);
        assertThat(planning.path("teLaat").asInt()).isEqualTo(1);
        // later the range has passed too; marking the college done takes it off the late list
        klok.zet(LocalDate.of(2022, 3, 7));
        assertThat(api.als(pt).get(p).json().path("teLaat").asInt()).isEqualTo(2);
        JsonNode gedaan = api.als(pt).put(p + "/" + college, "{\"versie\": 1, \"van\": \"2022-02-22\", \"wat\": "
                + "\"Collegebehandeling\", \"wie\": \"College\", \"gedaanOp\": \"2022-02-22\"}").json();
        assertThat(gedaan.path("teLaat").asBoolean()).isFalse();
        assertThat(gedaan.path("versie").asInt()).isEqualTo(2);
        api.als(pt).put(p + "/" + college, "{\"versie\": 1, \"van\": \"2022-02-22\", \"wat\": \"X\"}").probleem(409);
        assertThat(api.als(pt).get(p).json().path("teLaat").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'MIJLPAAL_GEWIJZIGD' and object_id = ?")
                .param(Long.toString(college)).query(Long.class).single()).isEqualTo(1L);

        // every invalid field named
        JsonNode fout = api.als(pt).post(p, "{\"versie\": 3, \"van\": \"22-02-2022\", \"tot\": \"2022-13-01\", "
                + "\"wie\": \"" + "x".repeat(201) + "\", \"gedaanOp\": \"2099-01-01\"}").probleem(400);
        assertThat(Api.namen(fout)).containsExactlyInAnyOrder("versie", "van", "tot", "wat", "wie", "gedaanOp");
        assertThat(Api.namen(api.als(pt).post(p, "{\"van\": \"2022-03-04\", \"tot\": \"2022-02-28\", \"wat\": "
                + "\"Omgekeerd\"}").probleem(400))).containsExactly("tot");

        // the memo's 16 steps as a template, with their source, through the service the page uses
        Planning service = this.planning;
        service.sjabloonToevoegen(accountVan(pt, gm), gm, tranche, "test");
        JsonNode met = api.als(pt).get(p).json();
        assertThat(met.path("mijlpalen")).hasSize(19);
        List<String> sjabloon = new ArrayList<>();
        met.path("mijlpalen").forEach(m -> {
            if ("000:L397-413".equals(m.path("bron").asString(null))) {
                sjabloon.add(m.path("van").asString() + (m.path("tot").isNull() || m.path("tot").isMissingNode() ? ""
                        : "/" + m.path("tot").asString()) + " " + m.path("wat").asString());
            }
        });
        assertThat(sjabloon).hasSize(16);
        assertThat(sjabloon.get(0)).isEqualTo("2022-01-25 Bespreking potentiële projecten met wethouder Balster");
        assertThat(sjabloon).contains("2022-02-28/2022-03-04 Krokusvakantie",
                "2022-03-14/2022-03-16 Gemeenteraadsverkiezing");

        // the XLSX of the planning, read back
        byte[] xlsx = api.als(pt).get("/gemeenten/" + gm + "/doorbraakplan/tranches/" + tranche + "/planning.xlsx")
                .status(200).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet blad = wb.getSheet("Planning");
            assertThat(blad.getLastRowNum()).isEqualTo(19);
            List<String> standen = new ArrayList<>();
            for (Row r : blad) {
                if (r.getRowNum() > 0) {
                    standen.add(r.getCell(2).getStringCellValue() + ": " + r.getCell(6).getStringCellValue());
                }
            }
            assertThat(standen).contains("Collegebehandeling: Gedaan", "Krokusvakantie: Te laat",
                    "Ingelaste bestuurlijke taskforce: Gedaan");
            assertThat(blad.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2022, 1, 25));
        }
    }

    @Autowired
    Planning planning;

    /** The programme team as the page's service call sees it. */
    static nl.woonregie.platform.security.Gebruiker accountVan(String naam, String gemeente) {
        return new nl.woonregie.platform.security.Gebruiker(1, naam, null, List.of(
                nl.woonregie.platform.security.Toewijzing.gemeente(nl.woonregie.platform.security.Rol.PROGRAMMATEAM,
                        gemeente)), true, null);
    }

    @Test
    void de_toets_als_spreadsheet_met_de_uitkomsten_als_tekst() throws Exception {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String pt = programma(gm);
        zesVastleggen(pt, gm);
        long tranche = tranche(pt, gm, "Tweede tranche");
        long id = lead(pt, gm, "Leeghwaterplein", 40, tranche);
        lead(pt, gm, "Locatie Zonnebloem (fictief)", 12, tranche);
        api.als(pt).put(pad(gm) + "/leads/" + id + "/uitgangspunten", "{\"versie\": 0, \"scores\": [{\"uitgangspunt\": "
                + "\"KLEINSCHALIG\", \"uitkomst\": \"VOLDOET\", \"toelichting\": \"Tijdelijk\"}, {\"uitgangspunt\": "
                + "\"BEGELEIDING\", \"uitkomst\": \"VOLDOET_DEELS\"}]}").status(200);
        byte[] xlsx = api.als(pt).get("/gemeenten/" + gm + "/doorbraakplan/toets.xlsx?tranche=" + tranche).status(200)
                .bytes();
        DataFormatter tekst = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet toets = wb.getSheet("Toets");
            List<String> kop = new ArrayList<>();
            toets.getRow(0).forEach(c -> kop.add(c.getStringCellValue()));
            assertThat(kop).containsExactly("Locatie", "Stand", "Tranche", "Plaatsen voor de doelgroep", "Spreiding",
                    "Kleinschalig", "Zelfstandig", "Begeleiding", "Mix", "Permanent");
            Row leeghwater = toets.getRow(1);
            assertThat(leeghwater.getCell(0).getStringCellValue()).isEqualTo("Leeghwaterplein");
            assertThat(tekst.formatCellValue(leeghwater.getCell(3))).isIn("40");
            assertThat(leeghwater.getCell(5).getStringCellValue()).isEqualTo("Voldoet (berekend: voldoet niet)");
            assertThat(leeghwater.getCell(7).getStringCellValue()).isEqualTo("Voldoet deels");
            assertThat(leeghwater.getCell(4).getStringCellValue()).isEqualTo("Onbekend");
            assertThat(toets.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Onbekend (berekend: voldoet)");
            Sheet toelichting = wb.getSheet("Toelichting");
            List<String> regels = new ArrayList<>();
            for (Row r : toelichting) {
                List<String> cellen = new ArrayList<>();
                r.forEach(c -> cellen.add(tekst.formatCellValue(c)));
                regels.add(String.join(" | ", cellen));
            }
            assertThat(regels).anyMatch(r -> r.startsWith("Leeghwaterplein | Kleinschalig | Voldoet | Tijdelijk")
                    && r.contains("meer dan ten hoogste 30"));
        }
    }

    @Test
    void wie_mag_wat_met_de_toets_en_de_planning() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String pt = programma(gm);
        zesVastleggen(pt, gm);
        long tranche = tranche(pt, gm, "Tweede tranche");
        long id = lead(pt, gm, "Leeghwaterplein", 40, tranche);
        long ander = lead(pt, gm, "Ander terrein", 10, null);
        String scores = pad(gm) + "/leads/" + id + "/uitgangspunten";
        String score = "{\"versie\": 0, \"scores\": [{\"uitgangspunt\": \"MIX\", \"uitkomst\": \"VOLDOET\"}]}";
        String mijlpaal = "{\"van\": \"2022-02-22\", \"wat\": \"Collegebehandeling\"}";
        String mijlpalen = pad(gm) + "/tranches/" + tranche + "/mijlpalen";

        // the bestuur reads everything, changes nothing
        String bestuur = accounts.maak("BESTUUR", "\"gemeente\":\"" + gm + "\"");
        api.als(bestuur).get(pad(gm) + "/uitgangspunten").status(200);
        api.als(bestuur).get(scores).status(200);
        api.als(bestuur).get(pad(gm) + "/uitgangspuntentoets").status(200);
        api.als(bestuur).get(mijlpalen).status(200);
        api.als(bestuur).put(scores, score).probleem(403);
        api.als(bestuur).put(pad(gm) + "/uitgangspunten", "{\"versie\": 1, \"uitgangspunten\": [], \"reden\": \"x\"}")
                .probleem(403);
        api.als(bestuur).post(mijlpalen, mijlpaal).probleem(403);

        // the lead's projectleider reads its lead's scores only
        String pl = accounts.maak("PROJECTLEIDER", "\"project\":" + id);
        api.als(pl).get(scores).status(200);
        api.als(pl).get(pad(gm) + "/leads/" + ander + "/uitgangspunten").probleem(403);
        api.als(pl).put(scores, score).probleem(403);
        api.als(pl).get(pad(gm) + "/uitgangspuntentoets").probleem(403);
        api.als(pl).get(mijlpalen).probleem(403);

        // another municipality's programme team, the gemeente itself: 403; the administrator: all; unknown: 404
        String anderTeam = programma(rondes.vanKlasse(getClass()).gemeenteElders());
        api.als(anderTeam).get(scores).probleem(403);
        api.als(anderTeam).get(pad(gm) + "/uitgangspunten").probleem(403);
        api.als(anderTeam).post(mijlpalen, mijlpaal).probleem(403);
        api.als(accounts.gemeente(gm)).get(pad(gm) + "/uitgangspuntentoets").probleem(403);
        api.anoniem().get(pad(gm) + "/uitgangspunten").status(401);
        api.als(Api.BEHEERDER).put(scores, score).status(200);
        api.als(Api.BEHEERDER).post(mijlpalen, mijlpaal).status(201);
        api.als(Api.BEHEERDER).get(pad(gm) + "/tranches/999999/mijlpalen").probleem(404);
        api.als(pt).get(pad(gm) + "/leads/999999/uitgangspunten").probleem(404);
        api.als(pt).get(pad(gm) + "/uitgangspuntentoets?tranche=999999").probleem(400);
    }
}
