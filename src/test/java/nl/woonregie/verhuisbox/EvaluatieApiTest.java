package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.verhuisbox.Testteam.A;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The pseudonymised dataset for an external evaluator (issue 20 §6, ADR 0060) through the API, on a team of its own:
 * requested with its purpose and recipient, approved by the coordinator (never downloadable before), every download
 * recorded and every case in it logged as processed; the dataset holds live and imported cases, anonymised ones
 * too, under a pseudonym that stays the same across exports, and no direct identifier of the client.
 */
@IntegratieTest
class EvaluatieApiTest {

    static final String PAD = A + "/evaluatie-exporten";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    /** The cells of the sheet "Casussen" as rows of header → text. */
    static List<Map<String, String>> casussen(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("Toelichting")).isNotNull();
            assertThat(wb.getSheet("Weggelaten")).isNotNull();
            Sheet s = wb.getSheet("Casussen");
            DataFormatter f = new DataFormatter();
            List<String> kop = new ArrayList<>();
            for (Cell c : s.getRow(0)) {
                kop.add(f.formatCellValue(c));
            }
            List<Map<String, String>> rijen = new ArrayList<>();
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row r = s.getRow(i);
                Map<String, String> m = new LinkedHashMap<>();
                for (int k = 0; k < kop.size(); k++) {
                    m.put(kop.get(k), r.getCell(k) == null ? "" : f.formatCellValue(r.getCell(k)));
                }
                rijen.add(m);
            }
            return rijen;
        }
    }

    long telling(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void een_goedgekeurde_dataset_heeft_vaste_pseudoniemen_en_geen_direct_identificerend_gegeven() throws IOException {
        Testteam t = new Testteam(mvc, jdbc);
        Api api = t.api;
        LocalDate vandaag = LocalDate.now(klok);
        // a live referral (born 1 April 1980, BSN, phone, e-mail, one child) and an imported case of 2021
        long live = t.meld("Evaluatie Pietersen");
        api.als(t.coordinator).postCsv(A + "/historie/import", HistorieImportTest.KOP + "\n" + HistorieImportTest.rij(
                HistorieImportTest.m("kenmerk", "EVAL-GEHEIM-1", "kinderen", "5", "geboortejaar", "1987")) + "\n")
                .json(201);
        long geimporteerd = jdbc.sql("select casus_id from vhb_historie where team_id = ?").param(t.team)
                .query(Long.class).single();

        // every invalid field of a request at once; an aanmelder and the ICP may not ask
        assertThat(namen(api.als(t.consulent).post(PAD, "{\"van\":\"1 maart\",\"tot\":\"" + vandaag.plusDays(1)
                + "\",\"doel\":\"kort\",\"ontvanger\":\"\"}").probleem(400)))
                .containsExactlyInAnyOrder("van", "tot", "doel", "ontvanger");
        api.als(t.consulent).post(PAD, "{\"van\":\"2021-01-01\",\"tot\":\"2021-12-31\",\"doel\":\"0123456789\","
                + "\"ontvanger\":\"X\",\"onbekend\":1}").probleem(400);
        String aanvraag = "{\"van\":\"2021-01-01\",\"tot\":\"" + vandaag + "\",\"doel\":\"Evaluatie van Verhuisbox "
                + "Plus 2021-2022 in opdracht van de gemeenteraad\",\"ontvanger\":\"Onderzoeksbureau Voorbeeld\"}";
        api.als(t.aanmelder).post(PAD, aanvraag).probleem(403);
        api.als(t.icp).post(PAD, aanvraag).probleem(403);

        Api.Antwoord gemaakt = api.als(t.consulent).post(PAD, aanvraag);
        JsonNode e = gemaakt.json(201);
        long id = e.path("id").asLong();
        assertThat(gemaakt.header("ETag")).isEqualTo("\"1\"");
        assertThat(e.path("status").asString()).isEqualTo("AANGEVRAAGD");
        assertThat(e.path("statusLabel").asString()).isEqualTo("Wacht op goedkeuring");

        // nothing to download before the coordinator approves; only the coordinator decides, naming the version
        api.als(t.consulent).get(PAD + "/" + id + "/dataset").probleem(409);
        api.als(t.consulent).post(PAD + "/" + id + "/beoordeling", "{\"besluit\":\"GOEDGEKEURD\"}").probleem(403);
        assertThat(namen(api.als(t.coordinator).post(PAD + "/" + id + "/beoordeling",
                "{\"besluit\":\"AFGEWEZEN\"}").probleem(400))).containsExactlyInAnyOrder("toelichting", "If-Match");
        assertThat(namen(api.als(t.coordinator).post(PAD + "/" + id + "/beoordeling", "{\"besluit\":\"MISSCHIEN\"}")
                .probleem(400))).containsExactlyInAnyOrder("besluit", "If-Match");
        api.als(t.coordinator).doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(PAD + "/" + id + "/beoordeling").header("If-Match", "\"2\"")
                .contentType("application/json").content("{\"besluit\":\"GOEDGEKEURD\"}")).probleem(409);
        JsonNode goed = api.als(t.coordinator).doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(PAD + "/" + id + "/beoordeling").header("If-Match", "\"1\"")
                .contentType("application/json").content("{\"besluit\":\"GOEDGEKEURD\"}")).json(200);
        assertThat(goed.path("status").asString()).isEqualTo("GOEDGEKEURD");
        assertThat(goed.path("beoordeeldDoor").asString()).isEqualTo(t.coordinator);
        api.als(t.coordinator).doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(PAD + "/" + id + "/beoordeling").header("If-Match", "\"2\"")
                .contentType("application/json").content("{\"besluit\":\"AFGEWEZEN\",\"toelichting\":\"x\"}"))
                .probleem(409);

        // the dataset: both cases, generalised, no identifier of the client
        Api.Antwoord download = api.als(t.consulent).get(PAD + "/" + id + "/dataset").status(200);
        assertThat(download.contentType()).startsWith("application/vnd.openxmlformats");
        List<Map<String, String>> rijen = casussen(download.bytes());
        assertThat(rijen).hasSize(2);
        String alles = rijen.toString();
        for (String identificerend : List.of("Pietersen", "111222333", "06-12345678", "client@example.org",
                "1980-04-01", "1-4-1980", "EVAL-GEHEIM-1", "Dakloos na scheiding", "Kinderen in de opvang",
                t.aanmelder, t.casemanager, "VHB-" + live)) {
            assertThat(alles).as(identificerend).doesNotContain(identificerend);
        }
        for (Map<String, String> r : rijen) {
            assertThat(r.get("Pseudoniem")).matches("E-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}");
        }
        Map<String, String> l = rijen.stream().filter(r -> r.get("Bron").equals("Woonregie")).findFirst().orElseThrow();
        Map<String, String> i = rijen.stream().filter(r -> r.get("Bron").equals("Geïmporteerd")).findFirst()
                .orElseThrow();
        assertThat(l).containsEntry("Geboortejaren", "1980–1984").containsEntry("Kinderen", "1")
                .containsEntry("Volwassenen", "1").containsEntry("Aanmeldmaand", jdbc.sql("select compleet_op from vhb_casus where id = ?")
                        .param(live).query(LocalDate.class).single().toString().substring(0, 7)).containsEntry("Huishoudtype", "Eenoudergezin")
                .containsEntry("Verwijzende organisatie", "Leger des Heils").containsEntry("Uitkomst", "");
        assertThat(i).containsEntry("Geboortejaren", "1985–1989").containsEntry("Kinderen", "4 of meer")
                .containsEntry("Volwassenen", "onbekend").containsEntry("Aanmeldmaand", "2021-03")
                .containsEntry("Toetsmaand", "2021-03").containsEntry("Eindmaand", "2021-06")
                .containsEntry("Uitkomst", "Verhuisd naar een andere gemeente").containsEntry("Bestemming",
                        "Heerlen").containsEntry("Provincie van bestemming", "Limburg")
                .containsEntry("Soort inkomen", "Daklozenuitkering").containsEntry("Geanonimiseerd", "nee");

        // recorded: the download, the audit trail, and each case as processed for the evaluation
        assertThat(telling("select count(*) from vhb_evaluatie_download where export_id = ?", id)).isEqualTo(1);
        assertThat(telling("select count(*) from audit_log where object_type = 'vhb_evaluatie_export' and object_id = ?"
                + " and actie in ('VHB_EVALUATIE_AANGEVRAAGD', 'VHB_EVALUATIE_GOEDGEKEURD', "
                + "'VHB_EVALUATIE_GEDOWNLOAD')", String.valueOf(id))).isEqualTo(3);
        assertThat(telling("select count(*) from vhb_verwerking where casus_id = any(?) and doel like 'evaluatie%'",
                (Object) new Long[] {live, geimporteerd})).isEqualTo(2);

        // the pseudonyms stay the same in the next export, also after the imported case is anonymised
        klok.zet(vandaag.plusDays(800));
        try {
            api.als(t.coordinator).post(A + "/anonimiseren", "{}").status(200);
        } finally {
            klok.herstel();
        }
        List<Map<String, String>> later = casussen(api.als(t.coordinator).get(PAD + "/" + id + "/dataset").status(200)
                .bytes());
        assertThat(later.stream().map(r -> r.get("Pseudoniem")).toList())
                .containsExactlyElementsOf(rijen.stream().map(r -> r.get("Pseudoniem")).toList());
        assertThat(later.stream().filter(r -> r.get("Bron").equals("Geïmporteerd")).findFirst().orElseThrow())
                .containsEntry("Geanonimiseerd", "ja").containsEntry("Geboortejaren", "1985–1989");
        JsonNode gelezen = api.als(t.consulent).get(PAD + "/" + id).json();
        assertThat(gelezen.path("downloads").asInt()).isEqualTo(2);

        // another team does not see this request at all
        Testteam ander = new Testteam(mvc, jdbc);
        ander.api.als(ander.coordinator).get(PAD + "/" + id).probleem(404);
        ander.api.als(ander.coordinator).get(PAD + "/" + id + "/dataset").probleem(404);
        assertThat(api.als(t.consulent).get(PAD).json().path("exporten").size()).isEqualTo(1);
    }

    @Test
    void een_afgewezen_aanvraag_is_nooit_te_downloaden() {
        Testteam t = new Testteam(mvc, jdbc);
        String aanvraag = "{\"van\":\"2022-01-01\",\"tot\":\"2022-12-31\",\"doel\":\"Vergelijking met andere "
                + "gemeenten\",\"ontvanger\":\"Student\"}";
        long id = t.api.als(t.coordinator).post(PAD, aanvraag).json(201).path("id").asLong();
        JsonNode af = t.api.als(t.coordinator).doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(PAD + "/" + id + "/beoordeling").header("If-Match", "\"1\"").contentType("application/json")
                .content("{\"besluit\":\"AFGEWEZEN\",\"toelichting\":\"Geen verwerkersovereenkomst\"}")).json(200);
        assertThat(af.path("status").asString()).isEqualTo("AFGEWEZEN");
        assertThat(af.path("magDownloaden").asBoolean()).isFalse();
        t.api.als(t.coordinator).get(PAD + "/" + id + "/dataset").probleem(409);
        assertThat(telling("select count(*) from vhb_evaluatie_download where export_id = ?", id)).isZero();
    }
}
