package nl.woonregie.verhuisbox;

import static nl.woonregie.verhuisbox.Testteam.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Loans (ADR 0062) on a new team of its own ({@link Testteam}): a deposit (always a loan) of € 900,00 approved and
 * paid, its terms (3 months, renteloos), schedule, repayments, arrears and the task "Achterstand lening" through
 * every transition (planned, shown after more than 30 days, kept while still that far behind, closed when the arrears
 * are paid off, none when repaid), the follow-up note, validation, access, the page's forms and the export.
 */
@IntegratieTest
class LeningApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    Testteam t;
    Api api;
    LocalDate vandaag;

    @BeforeEach
    void team() {
        vandaag = LocalDate.now(klok);
        klok.zet(vandaag);
        t = new Testteam(mvc, jdbc);
        api = t.api;
        t.capaciteit(vandaag.getYear(), 500);
        t.geldjaar(vandaag.getYear(), "220000.00");
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    /** A deposit of € 900,00 on a new case, approved (and paid when {@code betaald}); returns the grant's id. */
    long borg(String client, boolean betaald) {
        long casus = t.metAanvaardAanbod(client, "Heerlen");
        long v = api.als(t.casemanager).post(A + "/casussen/" + casus + "/verstrekkingen",
                "{\"soort\":\"BORG\",\"bedrag\":900.00}").json(201).path("id").asLong();
        api.als(t.consulent).post(A + "/verstrekkingen/" + v + "/goedkeuring", "{}").status(200);
        Achtergrondwerk.wacht(jdbc);
        if (betaald) {
            api.als(t.administratief).post(A + "/verstrekkingen/" + v + "/betaling", "{\"betaaldOp\":\"" + vandaag
                    + "\",\"referentie\":\"BANK-1\"}").status(200);
        }
        return v;
    }

    Api.Antwoord voorwaarden(String wie, long v, String json) {
        return api.als(wie).put(A + "/verstrekkingen/" + v + "/lening", json);
    }

    Api.Antwoord losAf(long v, String bedrag) {
        return api.als(t.administratief).post(A + "/verstrekkingen/" + v + "/aflossingen", "{\"bedrag\":" + bedrag
                + ",\"referentie\":\"AFL\"}");
    }

    record Taak(long id, LocalDate zichtbaarVanaf, boolean open) {
    }

    List<Taak> taken(long v) {
        return jdbc.sql("""
                select t.id, t.zichtbaar_vanaf, t.afgerond_op is null from vhb_taak t
                join vhb_verstrekking v on v.casus_id = t.casus_id
                where v.id = ? and t.soort = 'ACHTERSTAND_LENING' order by t.id""").param(v)
                .query((rs, i) -> new Taak(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3))).list();
    }

    boolean opWerklijst(String client) {
        return api.als(t.administratief).get(A + "/werklijst?taak=ACHTERSTAND_LENING").json().path("taken").toString()
                .contains(client);
    }

    @Test
    void de_taak_achterstand_lening_door_elke_overgang() {
        long v = borg("Testcliënt Achterstand", true);
        String kenmerk = api.als(t.administratief).get(A + "/verstrekkingen/" + v).json().path("kenmerk").asString();
        // terms: 3 × € 300,00 from today; the task is planned for the day the first instalment is more than 30 days late
        JsonNode l = voorwaarden(t.administratief, v, "{\"looptijdMaanden\":3,\"eersteVervaldatum\":\"" + vandaag
                + "\",\"rentePercentage\":0}").json();
        assertThat(l.path("voorwaarden").path("termijnbedrag").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(l.path("voorwaarden").path("versie").asInt()).isEqualTo(1);
        assertThat(l.path("schema")).hasSize(3);
        assertThat(l.path("stand").path("achterstand").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(l.path("signaal").asBoolean()).isFalse();
        assertThat(taken(v)).containsExactly(new Taak(taken(v).get(0).id(), vandaag.plusDays(31), true));
        assertThat(opWerklijst("Testcliënt Achterstand")).isFalse();

        // 30 days late: not yet; 31 days: on the administratief's worklist
        klok.zet(vandaag.plusDays(30));
        assertThat(opWerklijst("Testcliënt Achterstand")).isFalse();
        klok.zet(vandaag.plusDays(31));
        assertThat(opWerklijst("Testcliënt Achterstand")).isTrue();
        l = api.als(t.consulent).get(A + "/verstrekkingen/" + v + "/lening").json();
        assertThat(l.path("signaal").asBoolean()).isTrue();
        assertThat(l.path("stand").path("dagenAchterstand").asLong()).isEqualTo(31);
        long eerste = taken(v).get(0).id();

        // a follow-up note on the loan
        JsonNode o = api.als(t.administratief).post(A + "/verstrekkingen/" + v + "/opvolgingen",
                "{\"soort\":\"CONTACT\",\"toelichting\":\"Gebeld; betaalt deze week\"}").json(201);
        assertThat(o.path("opvolgingen").get(0).path("soortLabel").asString()).isEqualTo("Contact gehad");

        // part of the arrears: still more than 30 days behind, the same task stays open
        losAf(v, "100.00").json(201);
        assertThat(taken(v)).extracting(Taak::id, Taak::open).containsExactly(org.assertj.core.groups.Tuple.tuple(
                eerste, true));
        assertThat(opWerklijst("Testcliënt Achterstand")).isTrue();

        // the first instalment covered: the task closes itself, the next is planned for the second instalment
        l = losAf(v, "200.00").json(201);
        List<Taak> na = taken(v);
        assertThat(na).hasSize(2);
        assertThat(na.get(0)).isEqualTo(new Taak(eerste, vandaag.plusDays(31), false));
        assertThat(na.get(1).open()).isTrue();
        assertThat(na.get(1).zichtbaarVanaf()).isEqualTo(vandaag.plusMonths(1).plusDays(31));
        assertThat(opWerklijst("Testcliënt Achterstand")).isFalse();
        assertThat(l.path("stand").path("openstaand").decimalValue()).isEqualByComparingTo("600.00");

        // more than what is still owed is refused with the field
        assertThat(losAf(v, "600.01").ongeldigeVelden()).containsExactly("bedrag");
        // repaid: no open task at all
        l = losAf(v, "600.00").json(201);
        assertThat(l.path("stand").path("openstaand").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(taken(v)).noneMatch(Taak::open);
        assertThat(losAf(v, "1.00").probleem(409).path("title").asString()).isEqualTo("Afgelost");

        // every step audited
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'vhb_lening' and object_id = ?")
                .param(String.valueOf(v)).query(Integer.class).single()).isEqualTo(5);
        assertThat(kenmerk).startsWith("VHB-");
    }

    @Test
    void gewijzigde_voorwaarden_vragen_de_versie_en_verschuiven_het_signaal() {
        long v = borg("Testcliënt Versie", true);
        voorwaarden(t.consulent, v, "{\"looptijdMaanden\":3,\"eersteVervaldatum\":\"" + vandaag + "\"}").json();
        String nieuw = "{\"looptijdMaanden\":9,\"eersteVervaldatum\":\"" + vandaag.plusMonths(2)
                + "\",\"achterstandDagen\":10";
        assertThat(voorwaarden(t.administratief, v, nieuw + "}").ongeldigeVelden()).containsExactly("versie");
        assertThat(voorwaarden(t.administratief, v, nieuw + ",\"versie\":7}").probleem(409).path("title")
                .asString()).isEqualTo("Intussen gewijzigd");
        JsonNode l = voorwaarden(t.administratief, v, nieuw + ",\"versie\":1}").json();
        assertThat(l.path("voorwaarden").path("versie").asInt()).isEqualTo(2);
        assertThat(l.path("voorwaarden").path("termijnbedrag").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(l.path("stand").path("achterstand").decimalValue()).isEqualByComparingTo("0.00");
        // the planned task moved with the first due date and the days
        assertThat(taken(v)).extracting(Taak::open).containsExactly(false, true);
        assertThat(taken(v).get(1).zichtbaarVanaf()).isEqualTo(vandaag.plusMonths(2).plusDays(11));
    }

    @Test
    void ongeldige_voorwaarden_noemen_elk_veld_en_alleen_een_goedgekeurde_lening_heeft_voorwaarden() {
        long v = borg("Testcliënt Ongeldig", false);
        assertThat(voorwaarden(t.administratief, v, "{\"looptijdMaanden\":0,\"eersteVervaldatum\":\""
                + vandaag.minusDays(1) + "\",\"rentePercentage\":4.5,\"achterstandDagen\":0}").ongeldigeVelden())
                .containsExactlyInAnyOrder("looptijdMaanden", "eersteVervaldatum", "rentePercentage",
                        "achterstandDagen");
        assertThat(voorwaarden(t.administratief, v, "{}").ongeldigeVelden())
                .containsExactlyInAnyOrder("looptijdMaanden", "eersteVervaldatum");
        assertThat(voorwaarden(t.administratief, v, "{\"looptijdMaanden\":3,\"onbekend\":1}").status())
                .isEqualTo(400);
        // terms before the payment are fine; repayments only once paid
        voorwaarden(t.administratief, v, "{\"looptijdMaanden\":3,\"eersteVervaldatum\":\"" + vandaag + "\"}").json();
        assertThat(losAf(v, "10.00").probleem(409).path("title").asString()).isEqualTo("Nog niet betaald");
        // a gift has no loan
        long casus = t.metAanvaardAanbod("Testcliënt Gift", "Heerlen");
        long gift = api.als(t.casemanager).post(A + "/casussen/" + casus + "/verstrekkingen",
                "{\"soort\":\"REISKOSTEN\",\"bedrag\":40.00}").json(201).path("id").asLong();
        assertThat(api.als(t.consulent).get(A + "/verstrekkingen/" + gift + "/lening").probleem(409).path("title")
                .asString()).isEqualTo("Geen lening");
        // a proposed loan has no terms yet
        long voorgesteld = api.als(t.casemanager).post(A + "/casussen/" + casus + "/verstrekkingen",
                "{\"soort\":\"BORG\",\"bedrag\":500.00}").json(201).path("id").asLong();
        assertThat(voorwaarden(t.consulent, voorgesteld, "{\"looptijdMaanden\":3,\"eersteVervaldatum\":\"" + vandaag
                + "\"}").probleem(409).path("title").asString()).isEqualTo("Niet goedgekeurd");
    }

    @Test
    void alleen_de_toegewezen_administratief_en_de_consulent_leggen_vast_iedereen_die_het_geld_ziet_leest() {
        long v = borg("Testcliënt Toegang Lening", true);
        String json = "{\"looptijdMaanden\":3,\"eersteVervaldatum\":\"" + vandaag + "\"}";
        for (String wie : new String[] {t.casemanager, t.coordinator, t.icp, t.anderAccount("CONSULENT"),
            t.account("ADMINISTRATIEF")}) {
            assertThat(voorwaarden(wie, v, json).status()).as(wie).isEqualTo(403);
        }
        for (String wie : new String[] {t.casemanager, t.coordinator, t.consulent}) {
            assertThat(api.als(wie).get(A + "/verstrekkingen/" + v + "/lening").status()).as(wie).isEqualTo(200);
        }
        assertThat(api.als(t.anderAccount("COORDINATOR")).get(A + "/verstrekkingen/" + v + "/lening").status())
                .isEqualTo(403);
    }

    Api.Antwoord formulier(String wie, String pad, String... velden) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(pad).with(csrf());
        for (int i = 0; i < velden.length; i += 2) {
            b = b.param(velden[i], velden[i + 1]);
        }
        return api.als(wie).doe(b);
    }

    @Test
    void op_de_casuspagina_voorwaarden_aflossing_en_opvolging_met_de_fout_bij_het_veld_en_de_export() throws Exception {
        long v = borg("Testcliënt Leningpagina", true);
        long casus = jdbc.sql("select casus_id from vhb_verstrekking where id = ?").param(v).query(Long.class).single();
        String pad = "/verhuisbox/verstrekkingen/" + v;
        Api.Antwoord r = formulier(t.administratief, pad + "/lening", "id", String.valueOf(v), "looptijdMaanden",
                "drie", "eersteVervaldatum", vandaag.toString(), "achterstandDagen", "30");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.tekst()).contains("id=\"lt-" + v + "-fout\"", "value=\"drie\"");
        formulier(t.administratief, pad + "/lening", "id", String.valueOf(v), "looptijdMaanden", "12",
                "eersteVervaldatum", vandaag.toString(), "achterstandDagen", "30");
        r = formulier(t.administratief, pad + "/aflossing", "id", String.valueOf(v), "datum", vandaag.toString(),
                "bedrag", "75,005");
        assertThat(r.tekst()).contains("id=\"afb-" + v + "-fout\"", "value=\"75,005\"");
        formulier(t.administratief, pad + "/aflossing", "id", String.valueOf(v), "datum", vandaag.toString(),
                "bedrag", "75,00", "referentie", "BANK-7");
        formulier(t.administratief, pad + "/opvolging", "id", String.valueOf(v), "soort", "REGELING",
                "toelichting", "Betalingsregeling € 75,00 per maand");
        String pagina = api.als(t.consulent).get("/verhuisbox/casussen/" + casus).tekst();
        assertThat(pagina).contains("12 maandelijkse termijnen van € 75,00", "Aflossingsschema lening",
                "BANK-7", "Betalingsregeling (", "achterstand € 0,00");
        assertThat(formulier(t.casemanager, pad + "/opvolging", "id", String.valueOf(v), "soort", "CONTACT",
                "toelichting", "x").status()).isEqualTo(403);

        // in arrears after two months without a repayment: in the team's export
        klok.zet(vandaag.plusMonths(2).plusDays(1));
        byte[] xlsx = api.als(t.coordinator).get(A + "/leningen/achterstanden.xlsx").bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(9).getStringCellValue()).isEqualTo("Achterstand");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(9).getNumericCellValue()).isEqualTo(150.0);
        }
        assertThat(api.als(t.administratief).get(A + "/leningen/achterstanden.xlsx").status()).isEqualTo(403);
    }
}
