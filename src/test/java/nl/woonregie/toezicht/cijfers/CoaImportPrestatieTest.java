package nl.woonregie.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * How long a national COA file takes: every municipality × 12 month-end standings (342 × 12 = 4,104 rows in 2024's
 * indeling), imported new, re-imported unchanged, and imported with every value changed. Prints the times; asserts
 * only the counts (timings depend on the machine). The rows (2087) are removed afterwards.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoaImportPrestatieTest {

    static final String PAD = "/api/v1/coa-standen/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    String coa;
    List<String> gemeenten;

    @BeforeAll
    void voorbereiden() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        coa = accounts.coa();
        gemeenten = gebied.gemeentenOp(LocalDate.of(2087, 1, 1)).stream().map(Gemeente::code).toList();
    }

    @AfterAll
    void opruimen() {
        List<Long> imports = jdbc.sql("select distinct import_id from coa_stand where periode in ('2087-I', '2087-II')")
                .query(Long.class).list();
        jdbc.sql("delete from coa_stand where periode in ('2087-I', '2087-II')").update();
        jdbc.sql("delete from cijfer_import where id = any(?)").param(imports.toArray(Long[]::new)).update();
    }

    @Test
    void landelijk_coa_bestand_van_alle_gemeenten_en_twaalf_maanden() {
        int regels = gemeenten.size() * 12;
        String csv = bestand(0);
        System.out.printf("COA-import: %d gemeenten x 12 maanden = %d regels, %d KiB%n", gemeenten.size(), regels,
                csv.length() / 1024);

        long start = System.nanoTime();
        JsonNode nieuw = api.als(coa).postCsv(PAD, csv).json(201);
        long nieuwMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(nieuw.get("nieuw").asInt()).isEqualTo(regels);

        start = System.nanoTime();
        JsonNode zelfde = api.als(coa).postCsv(PAD, csv).json();
        long zelfdeMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(zelfde.get("ongewijzigd").asInt()).isEqualTo(regels);

        start = System.nanoTime();
        JsonNode gewijzigd = api.als(coa).postCsv(PAD, bestand(1)).json(201);
        long gewijzigdMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(gewijzigd.get("gewijzigd").asInt()).isEqualTo(regels);

        System.out.printf("COA-import %d regels: nieuw %d ms, ongewijzigd opnieuw %d ms, alles gewijzigd %d ms%n",
                regels, nieuwMs, zelfdeMs, gewijzigdMs);
        assertThat(jdbc.sql("select count(*) from coa_stand where periode in ('2087-I', '2087-II') "
                + "and vervangen_op is null").query(Long.class).single()).isEqualTo(regels);
    }

    private String bestand(int extra) {
        StringBuilder sb = new StringBuilder("gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;"
                + "stapelgemeente\n");
        for (int i = 0; i < gemeenten.size(); i++) {
            for (int maand = 1; maand <= 12; maand++) {
                LocalDate datum = YearMonth.of(2087, maand).atEndOfMonth();
                sb.append(gemeenten.get(i)).append(';').append(maand <= 6 ? "2087-I" : "2087-II").append(';')
                        .append(datum).append(';').append((maand - 1) % 6 * 7 + i % 11 + extra).append(';')
                        .append(20 + i % 13).append(';').append(i % 3 == 0 ? 1 : 0).append(';')
                        .append(i % 17 == 0 ? "ja" : "nee").append('\n');
            }
        }
        return sb.toString();
    }
}
