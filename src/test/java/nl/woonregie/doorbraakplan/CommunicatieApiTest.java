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
 * The communication and participation plan over the API (issue 17 §6): memo 5's stappenplan on a tranche whose
 * college designated a project; the same-moment check finds the letters a day late and is satisfied once they go on
 * the same day; actions versioned (who, when, why; 409 on a stale version) and audited; meetings with their
 * registrations; every invalid field named; who reads and who changes; the plan as XLSX. Each test on a municipality
 * of its own ({@link RondeFixture}), the clock set.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunicatieApiTest {

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
    void klaarzetten() {
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

    /** A municipality with its programme team, a tranche decided by the college and a lead designated in it. */
    record Opzet(String gm, String pt, long tranche, long lead, LocalDate besluit) {
    }

    Opzet opzet() {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String gm = t.gemeenteElders();
        LocalDate vandaag = t.tussentijds().plusDays(14);
        klok.zet(vandaag);
        String pt = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + gm + "\"");
        LocalDate besluit = vandaag.minusDays(20);
        long tranche = api.als(pt).post(pad(gm) + "/tranches", "{\"naam\": \"Tweede tranche\", \"besluitdatum\": \""
                + besluit + "\", \"kenmerk\": \"RIS-311\"}").json(201).path("id").asLong();
        long lead = api.als(pt).post(pad(gm) + "/leads", """
                {"naam": "Leeghwaterplein", "ingediendOp": "%s", "inbrengerSoort": "WIJKVERENIGING",
                 "inbrengerNaam": "Jan Jansen", "inbrengerContact": "jan@wijk.example", "plaatsen": 40,
                 "eenheden": 120}""".formatted(vandaag.minusDays(60))).idUitLocation();
        stap(pt, gm, lead, "{\"stap\": \"BESCHIKBAARHEID_VRAGEN\", \"datum\": \"" + vandaag.minusDays(55) + "\"}");
        stap(pt, gm, lead, "{\"stap\": \"BESCHIKBAAR\", \"datum\": \"" + vandaag.minusDays(50) + "\"}");
        for (String a : List.of("UITGANGSPUNTEN", "RUIMTELIJKE_MOGELIJKHEDEN", "FINANCIEN",
                "LEEFBAARHEID_EN_VEILIGHEID")) {
            api.als(pt).put(pad(gm) + "/leads/" + lead + "/analyse/" + a,
                    "{\"uitkomst\": \"POSITIEF\", \"toelichting\": \"HIT-advies\"}").status(200);
        }
        stap(pt, gm, lead, "{\"stap\": \"HAALBAARHEIDSONDERZOEK_STARTEN\", \"datum\": \"" + vandaag.minusDays(40)
                + "\", \"kenmerk\": \"W-1\", \"projectleider\": \"pl-leeghwater\"}");
        api.als(pt).put(pad(gm) + "/leads/" + lead + "/haalbaarheidsonderzoek", "{\"conclusie\": \"Haalbaar\"}")
                .status(200);
        stap(pt, gm, lead, "{\"stap\": \"NAAR_COLLEGE\", \"datum\": \"" + vandaag.minusDays(30)
                + "\", \"kenmerk\": \"W-2\"}");
        stap(pt, gm, lead, "{\"stap\": \"AANWIJZEN\", \"datum\": \"" + besluit + "\", \"kenmerk\": \"RIS-311\", "
                + "\"kleur\": \"GROEN\", \"tranche\": " + tranche + ", \"duur\": \"TIJDELIJK\", \"woonvorm\": "
                + "\"ONZELFSTANDIG\", \"startInhuizing\": \"" + vandaag.plusDays(30) + "\"}");
        return new Opzet(gm, pt, tranche, lead, besluit);
    }

    void stap(String wie, String gemeente, long id, String json) {
        int versie = api.als(wie).get(pad(gemeente) + "/leads/" + id).json().path("versie").asInt();
        api.als(wie).post(pad(gemeente) + "/leads/" + id + "/stappen", json.replace("{", "{\"versie\": " + versie
                + ", ")).status(200);
    }

    long actie(Opzet o, String json) {
        return api.als(o.pt()).post(pad(o.gm()) + "/communicatieacties", json).json(201).path("id").asLong();
    }

    JsonNode plan(Opzet o, String wie) {
        return api.als(wie).get(pad(o.gm()) + "/tranches/" + o.tranche() + "/communicatieplan").json();
    }

    static List<String> soorten(JsonNode plan) {
        List<String> s = new ArrayList<>();
        plan.path("toets").path("bevindingen").forEach(b -> s.add(b.path("soort").asString()));
        return s;
    }

    @Test
    void het_stappenplan_van_memo_5_met_de_toets_op_hetzelfde_moment() {
        Opzet o = opzet();
        LocalDate d = o.besluit().plusDays(7);
        // before any action: the three audiences and the project's letter are missing
        assertThat(soorten(plan(o, o.pt()))).containsExactlyInAnyOrder("DOELGROEP_ONTBREEKT", "DOELGROEP_ONTBREEKT",
                "DOELGROEP_ONTBREEKT", "BRIEF_OMWONENDEN_ONTBREEKT");

        actie(o, "{\"tranche\": " + o.tranche() + ", \"wat\": \"Collegebesluit 2de tranche projecten\", \"datum\": \""
                + o.besluit() + "\", \"uitvoerders\": [\"COLLEGE\"]}");
        actie(o, "{\"tranche\": " + o.tranche() + ", \"wat\": \"Raadsmededeling in RIS\", \"datum\": \"" + d
                + "\", \"doelgroepen\": [\"RAAD\"], \"kanaal\": \"RAADSMEDEDELING\", \"extra\": \"Het Doorbraakplan is "
                + "nog niet in RIS beschikbaar\"}");
        actie(o, "{\"tranche\": " + o.tranche() + ", \"wat\": \"Informatie naar bewonersorganisaties\", \"datum\": \""
                + d + "\", \"uitvoerders\": [\"STADSDEELDIRECTEUREN\"], \"doelgroepen\": [\"BEWONERSORGANISATIES\"], "
                + "\"kanaal\": \"TELEFONISCH\", \"extra\": \"Het stadsdeel belt de bewonersorganisaties\"}");
        long brief = actie(o, "{\"lead\": " + o.lead() + ", \"wat\": \"Informatie tweede tranche naar omwonenden\", "
                + "\"datum\": \"" + d.plusDays(1) + "\", \"uitvoerders\": [\"PROJECTLEIDERS\"], \"wie\": \"samen met "
                + "de stadsdelen\", \"doelgroepen\": [\"OMWONENDEN\"], \"kanaal\": \"BRIEF\"}");
        long uitnodiging = actie(o, "{\"tranche\": " + o.tranche() + ", \"wat\": \"Bewonersorganisaties uitnodigen "
                + "per e-mail\", \"maand\": \"" + java.time.YearMonth.from(d).plusMonths(1) + "\", "
                + "\"uitvoerders\": [\"PROGRAMMATEAM\"], \"doelgroepen\": "
                + "[\"BEWONERSORGANISATIES\"], \"kanaal\": \"EMAIL\"}");

        JsonNode plan = plan(o, o.pt());
        // the letters a day after the raadsmededeling: one finding, naming both moments
        assertThat(soorten(plan)).containsExactly("VERSCHILLENDE_MOMENTEN");
        assertThat(plan.path("toets").path("bevindingen").get(0).path("tekst").asString())
                .contains("De raad", "De omwonenden van Leeghwaterplein");
        assertThat(plan.path("acties")).hasSize(5);
        // in date order; the month-only invitation says so
        JsonNode maand = api.als(o.pt()).get(pad(o.gm()) + "/communicatieacties/" + uitnodiging).json();
        assertThat(maand.path("precisie").asString()).isEqualTo("MAAND");
        assertThat(maand.path("datum").asString()).isEqualTo(java.time.YearMonth.from(d).plusMonths(1).atDay(1)
                .toString());
        assertThat(plan.path("acties").get(4).path("id").asLong()).isEqualTo(uitnodiging);
        assertThat(plan.path("acties").get(0).path("wat").asString()).isEqualTo("Collegebesluit 2de tranche projecten");
        assertThat(plan.path("projecten").get(0).path("naam").asString()).isEqualTo("Leeghwaterplein");

        // the letters moved to the same day: a new version with its reason; then the check is satisfied
        JsonNode gelezen = api.als(o.pt()).get(pad(o.gm()) + "/communicatieacties/" + brief).json();
        assertThat(gelezen.path("versie").asInt()).isEqualTo(1);
        String wijziging = "{\"versie\": 1, \"lead\": " + o.lead() + ", \"wat\": \"Informatie tweede tranche naar "
                + "omwonenden\", \"datum\": \"" + d + "\", \"uitvoerders\": [\"PROJECTLEIDERS\"], \"doelgroepen\": "
                + "[\"OMWONENDEN\"], \"kanaal\": \"BRIEF\", \"reden\": \"Tegelijk met de raad\"}";
        JsonNode gewijzigd = api.als(o.pt()).put(pad(o.gm()) + "/communicatieacties/" + brief, wijziging).json();
        assertThat(gewijzigd.path("versie").asInt()).isEqualTo(2);
        assertThat(gewijzigd.path("versies")).hasSize(2);
        assertThat(gewijzigd.path("versies").get(1).path("reden").asString()).isEqualTo("Tegelijk met de raad");
        assertThat(soorten(plan(o, o.pt()))).isEmpty();
        assertThat(plan(o, o.pt()).path("toets").path("inOrde").asBoolean()).isTrue();
        // the same version again is stale: 409
        api.als(o.pt()).put(pad(o.gm()) + "/communicatieacties/" + brief, wijziging).probleem(409);
        // If-Match instead of versie
        api.als(o.pt()).put(pad(o.gm()) + "/communicatieacties/" + brief, wijziging.replace("\"versie\": 1, ", "")
                .replace("\"reden\": \"Tegelijk met de raad\"", "\"stand\": \"GEDAAN\", \"gedaanOp\": \"" + d
                        + "\", \"reden\": \"Verstuurd\""), "\"2\"").status(200);
        assertThat(api.als(o.pt()).get(pad(o.gm()) + "/communicatieacties/" + brief).json().path("stand").asString())
                .isEqualTo("GEDAAN");
        // every version audited with before and after
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'doorbraakplan-communicatieactie' "
                + "and object_id = ?").param(Long.toString(brief)).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from dbp_communicatie_versie where soort = 'ACTIE' and object_id = ?")
                .param(brief).query(Long.class).single()).isEqualTo(3);

        // the project's page lists its letter; the plan as XLSX read back
        JsonNode project = api.als(o.pt()).get(pad(o.gm()) + "/leads/" + o.lead() + "/communicatie").json();
        assertThat(project.path("acties")).hasSize(1);
        byte[] xlsx = api.als(o.pt()).get(pad(o.gm()) + "/tranches/" + o.tranche() + "/communicatieplan.xlsx")
                .status(200).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet acties = wb.getSheet("Acties");
            assertThat(acties.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Wat");
            assertThat(acties.getLastRowNum()).isEqualTo(5);
            List<String> wat = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                wat.add(acties.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(wat).contains("Raadsmededeling in RIS", "Bewonersorganisaties uitnodigen per e-mail");
            assertThat(wb.getSheet("Toets").getRow(1).getCell(0).getStringCellValue()).isEqualTo("In orde");
            assertThat(wb.getSheetName(1)).isEqualTo("Bijeenkomsten");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void bijeenkomsten_met_aanmeldingen_en_uitkomst_in_versies() {
        Opzet o = opzet();
        JsonNode b = api.als(o.pt()).post(pad(o.gm()) + "/bijeenkomsten", "{\"lead\": " + o.lead() + ", \"naam\": "
                + "\"Informatiebijeenkomst Leeghwaterplein\", \"plaats\": \"Leeghwaterplein\", \"datum\": \""
                + o.besluit().plusDays(10) + "\", \"doelgroepen\": [\"OMWONENDEN\"], \"aanmeldingen\": 50, "
                + "\"aanmeldingenMeerDan\": true}").json(201);
        long id = b.path("id").asLong();
        assertThat(b.path("aanmeldingenMeerDan").asBoolean()).isTrue();
        JsonNode zonderDatum = api.als(o.pt()).post(pad(o.gm()) + "/bijeenkomsten", "{\"tranche\": " + o.tranche()
                + ", \"naam\": \"Bijeenkomst bewonersorganisaties\", \"doelgroepen\": [\"BEWONERSORGANISATIES\"]}")
                .json(201);
        assertThat(zonderDatum.path("datum").isNull() || zonderDatum.path("datum").isMissingNode()).isTrue();
        JsonNode w = api.als(o.pt()).put(pad(o.gm()) + "/bijeenkomsten/" + id, "{\"versie\": 1, \"lead\": " + o.lead()
                + ", \"naam\": \"Informatiebijeenkomst Leeghwaterplein\", \"datum\": \"" + o.besluit().plusDays(10)
                + "\", \"doelgroepen\": [\"OMWONENDEN\"], \"aanmeldingen\": 50, \"aanmeldingenMeerDan\": true, "
                + "\"uitkomst\": \"Veel vragen over de tijdelijkheid\", \"reden\": \"Uitkomst\"}").json();
        assertThat(w.path("versie").asInt()).isEqualTo(2);
        assertThat(w.path("uitkomst").asString()).isEqualTo("Veel vragen over de tijdelijkheid");
        // the plan lists both: the lead's (in the tranche) and the tranche's own, the one without a date last
        JsonNode plan = plan(o, o.pt());
        assertThat(Api.velden(plan.path("bijeenkomsten"), "naam")).containsExactly(
                "Informatiebijeenkomst Leeghwaterplein", "Bijeenkomst bewonersorganisaties");
        api.als(o.pt()).put(pad(o.gm()) + "/bijeenkomsten/" + id, "{\"versie\": 1, \"lead\": " + o.lead()
                + ", \"naam\": \"X\", \"reden\": \"oud\"}").probleem(409);
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd() {
        Opzet o = opzet();
        JsonNode p = api.als(o.pt()).post(pad(o.gm()) + "/communicatieacties", "{\"tranche\": 999999, \"lead\": "
                + "\"x\", \"wat\": \"" + "w".repeat(301) + "\", \"uitvoerders\": [\"BURGEMEESTER\"], \"datum\": "
                + "\"29 maart\", \"precisie\": \"UUR\", \"doelgroepen\": [\"RAAD\", \"MARSBEWONERS\", \"RAAD\"], "
                + "\"kanaal\": \"POSTDUIF\", \"stand\": \"GEDAAN\", \"vervallenReden\": \"x\"}").probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("tranche", "lead", "wat", "uitvoerders[0]", "datum",
                "precisie", "doelgroepen[1]", "doelgroepen[2]", "kanaal", "gedaanOp", "vervallenReden");
        // month with precision DAG; VERVALLEN without a reason; a future day done
        JsonNode q = api.als(o.pt()).post(pad(o.gm()) + "/communicatieacties", "{\"tranche\": " + o.tranche()
                + ", \"wat\": \"Nieuwsbrief\", \"maand\": \"2022-04\", \"precisie\": \"DAG\", \"stand\": "
                + "\"VERVALLEN\", \"gedaanOp\": \"2099-01-01\"}").probleem(400);
        assertThat(Api.namen(q)).containsExactlyInAnyOrder("datum", "vervallenReden", "gedaanOp");
        // neither tranche nor lead; a change without version and reason
        assertThat(Api.namen(api.als(o.pt()).post(pad(o.gm()) + "/communicatieacties", "{\"wat\": \"x\", "
                + "\"datum\": \"2022-03-29\"}").probleem(400))).containsExactly("tranche");
        long id = actie(o, "{\"tranche\": " + o.tranche() + ", \"wat\": \"Partners op maat informeren\", "
                + "\"datum\": \"2022-03-30\", \"doelgroepen\": [\"PARTNERS\"]}");
        assertThat(Api.namen(api.als(o.pt()).put(pad(o.gm()) + "/communicatieacties/" + id, "{\"tranche\": "
                + o.tranche() + ", \"wat\": \"x\", \"datum\": \"2022-03-30\"}").probleem(400)))
                .containsExactlyInAnyOrder("versie", "reden");
        // unknown JSON fields are refused
        api.als(o.pt()).post(pad(o.gm()) + "/communicatieacties", "{\"tranche\": " + o.tranche() + ", \"wat\": \"x\", "
                + "\"datum\": \"2022-03-30\", \"onbekend\": 1}").status(400);
        JsonNode m = api.als(o.pt()).post(pad(o.gm()) + "/bijeenkomsten", "{\"tranche\": " + o.tranche()
                + ", \"datum\": \"20 april\", \"aanmeldingenMeerDan\": true, "
                + "\"doelgroepen\": [\"?\"]}").probleem(400);
        assertThat(Api.namen(m)).containsExactlyInAnyOrder("naam", "datum", "aanmeldingenMeerDan", "doelgroepen[0]");
        assertThat(Api.namen(api.als(o.pt()).post(pad(o.gm()) + "/bijeenkomsten", "{\"tranche\": " + o.tranche()
                + ", \"naam\": \"x\", \"aanmeldingen\": -3}").probleem(400))).containsExactly("aanmeldingen");
    }

    @Test
    void het_bestuur_leest_de_projectleider_leest_zijn_lead_en_anderen_worden_geweigerd() {
        Opzet o = opzet();
        long id = actie(o, "{\"lead\": " + o.lead() + ", \"wat\": \"Brief omwonenden\", \"datum\": \"2022-03-29\", "
                + "\"doelgroepen\": [\"OMWONENDEN\"], \"kanaal\": \"BRIEF\"}");
        long trancheActie = actie(o, "{\"tranche\": " + o.tranche() + ", \"wat\": \"Raadsmededeling\", \"datum\": "
                + "\"2022-03-29\", \"doelgroepen\": [\"RAAD\"]}");
        String body = "{\"tranche\": " + o.tranche() + ", \"wat\": \"x\", \"datum\": \"2022-03-29\"}";

        String bestuur = accounts.maak("BESTUUR", "\"gemeente\":\"" + o.gm() + "\"");
        assertThat(plan(o, bestuur).path("acties")).hasSize(2);
        api.als(bestuur).get(pad(o.gm()) + "/communicatieacties/" + id).status(200);
        api.als(bestuur).post(pad(o.gm()) + "/communicatieacties", body).probleem(403);
        api.als(bestuur).post(pad(o.gm()) + "/doelgroepen", "{\"code\": \"WIJKRADEN\", \"omschrijving\": "
                + "\"Wijkraden\"}").probleem(403);

        String pl = accounts.maak("PROJECTLEIDER", "\"project\":" + o.lead());
        assertThat(api.als(pl).get(pad(o.gm()) + "/leads/" + o.lead() + "/communicatie").json().path("acties"))
                .hasSize(1);
        api.als(pl).get(pad(o.gm()) + "/communicatieacties/" + id).status(200);
        api.als(pl).get(pad(o.gm()) + "/communicatieacties/" + trancheActie).probleem(403);
        api.als(pl).get(pad(o.gm()) + "/tranches/" + o.tranche() + "/communicatieplan").probleem(403);
        api.als(pl).post(pad(o.gm()) + "/communicatieacties", body).probleem(403);

        String ander = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + rondes.vanKlasse(getClass()).gemeenteElders() + "\"");
        api.als(ander).get(pad(o.gm()) + "/tranches/" + o.tranche() + "/communicatieplan").probleem(403);
        api.als(ander).get(pad(o.gm()) + "/communicatieacties/" + id).probleem(403);
        api.als(ander).post(pad(o.gm()) + "/communicatieacties", body).probleem(403);
        api.als(accounts.gemeente(o.gm())).get(pad(o.gm()) + "/doelgroepen").probleem(403);
        api.anoniem().get(pad(o.gm()) + "/doelgroepen").status(401);

        // the programme team keeps the list of audiences; a withdrawn one cannot be chosen for a new action
        JsonNode lijst = api.als(o.pt()).post(pad(o.gm()) + "/doelgroepen", "{\"code\": \"PERS\", \"actief\": false}")
                .json();
        assertThat(lijst.toString()).contains("\"code\":\"PERS\",\"omschrijving\":\"Pers\",\"actief\":false");
        assertThat(Api.namen(api.als(o.pt()).post(pad(o.gm()) + "/communicatieacties", "{\"tranche\": " + o.tranche()
                + ", \"wat\": \"Persbericht\", \"datum\": \"2022-03-29\", \"doelgroepen\": [\"PERS\"]}")
                .probleem(400))).containsExactly("doelgroepen[0]");
    }
}
