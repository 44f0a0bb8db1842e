package nl.woonregie.gebied;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
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
 * An administrator imports the CBS population of 1 January of a year the reference data lacks: all or nothing, the
 * gemeenten exactly those of the register on that day, provenance recorded, audited. The files here are test data:
 * the shipped figures of 2024 (on the same indeling as 2025) presented as those of 2025, so the checks can be proven
 * without figures the project does not have. Each test removes what it imported, so the other tests of this context
 * see the reference data only.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BevolkingImportTest {

    static final String PAD = "/api/v1/bevolkingscijfers/import";
    static final LocalDate J2025 = LocalDate.of(2025, 1, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    String toezichthouder;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        toezichthouder = new Accounts(mvc).toezichthouder("PV28");
    }

    @AfterEach
    void ruimOp() {
        jdbc.sql("delete from bevolking where import_id is not null").update();
        jdbc.sql("delete from bevolking_import").update();
    }

    /** The shipped figures of one year, with the year and peildatum of another (test data, see the class comment). */
    String bestand(int vanJaar, int alsJaar) {
        StringBuilder sb = new StringBuilder("jaar,peildatum,code,naam_in_bron,inwoners\n");
        jdbc.sql("select gemeente_code, naam_in_bron, inwoners from bevolking where peildatum = ? order by 1")
                .param(LocalDate.of(vanJaar, 1, 1))
                .query(rs -> {
                    sb.append(alsJaar).append(',').append(alsJaar).append("-01-01,").append(rs.getString(1)).append(",\"")
                            .append(rs.getString(2)).append("\",").append(rs.getInt(3)).append('\n');
                });
        return sb.toString();
    }

    Api.Antwoord importeer(String wie, String jaar, String bron, String csv) {
        var verzoek = MockMvcRequestBuilders.multipart(PAD)
                .file(new MockMultipartFile("bestand", "bevolking.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        if (jaar != null) {
            verzoek.param("jaar", jaar);
        }
        if (bron != null) {
            verzoek.param("bron", bron);
        }
        return api.als(wie).doe(verzoek);
    }

    @Test
    void een_jaar_wordt_geimporteerd_met_herkomst_en_auditregel() {
        String csv = bestand(2024, 2025);
        JsonNode r = importeer(BEHEERDER, "2025", "Testgegevens: de cijfers van 2024", csv).json(201);
        assertThat(r.path("peildatum").asString()).isEqualTo("2025-01-01");
        assertThat(r.path("aantalGemeenten").asInt()).isEqualTo(342);
        assertThat(r.path("inwoners").asLong()).isEqualTo(17_942_942L);
        assertThat(r.path("vervangt").isNull()).isTrue();
        long id = r.path("import").asLong();

        Map<String, Integer> cijfers = gebied.inwonersOp(J2025);
        assertThat(cijfers).hasSize(342).containsEntry("GM0518", 566221);
        assertThat(jdbc.sql("select bron || ' ' || bestandsnaam || ' ' || ingevoerd_door from bevolking_import where id = ?")
                .param(id).query(String.class).single())
                .isEqualTo("Testgegevens: de cijfers van 2024 bevolking.csv beheerder");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BEVOLKING_GEIMPORTEERD' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);

        JsonNode bronnen = api.als(toezichthouder).get("/api/v1/bevolkingscijfers").json(200).path("bronnen");
        Map<String, JsonNode> perDatum = java.util.stream.StreamSupport.stream(bronnen.spliterator(), false)
                .collect(Collectors.toMap(b -> b.path("peildatum").asString(), b -> b));
        assertThat(perDatum.get("2025-01-01").path("geimporteerd").asBoolean()).isTrue();
        assertThat(perDatum.get("2025-01-01").path("bron").asString()).isEqualTo("Testgegevens: de cijfers van 2024");
        assertThat(perDatum.get("2024-01-01").path("geimporteerd").asBoolean()).isFalse();
        assertThat(perDatum.get("2024-01-01").path("inwoners").asLong()).isEqualTo(17_942_942L);
    }

    @Test
    void hetzelfde_jaar_opnieuw_vervangt_de_eerdere_import() {
        long eerste = importeer(BEHEERDER, "2025", "eerste", bestand(2024, 2025)).json(201).path("import").asLong();
        String anders = bestand(2024, 2025).replace("GM0518,\"'s-Gravenhage\",566221", "GM0518,\"'s-Gravenhage\",566222");
        JsonNode r = importeer(BEHEERDER, "2025", "tweede", anders).json(201);
        assertThat(r.path("vervangt").path("import").asLong()).isEqualTo(eerste);
        assertThat(gebied.inwonersOp(J2025)).hasSize(342).containsEntry("GM0518", 566222);
        assertThat(jdbc.sql("select count(*) from bevolking_import where peildatum = ? and vervangen_op is null")
                .param(J2025).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void elke_fout_wordt_genoemd_en_er_wordt_niets_opgeslagen() {
        String csv = bestand(2024, 2025)
                .replace("2025,2025-01-01,GM0518,\"'s-Gravenhage\",566221", "2024,2025-02-01,GM0518,\"'s-Gravenhage\",-5")
                .replace("2025,2025-01-01,GM0599,\"Rotterdam\",670610\n", "")
                .concat("2025,2025-01-01,GM9999,Nergens,10\n2025,2025-01-01,GM0014,Groningen,1\n");
        JsonNode p = importeer(BEHEERDER, "2025", "", csv).probleem(400);
        assertThat(Api.namen(p)).contains("bron").anyMatch(n -> n.endsWith("kolom jaar"));
        // the row errors of one row together; the register is compared only when every row is valid
        assertThat(Api.namen(p)).anyMatch(n -> n.endsWith("kolom peildatum")).anyMatch(n -> n.endsWith("kolom inwoners"))
                .anyMatch(n -> n.endsWith("kolom code"));
        assertThat(gebied.inwonersOp(J2025)).isEmpty();

        String alleenRegister = bestand(2024, 2025).replace("2025,2025-01-01,GM0599,\"Rotterdam\",670610\n", "")
                .concat("2025,2025-01-01,GM9999,Nergens,10\n");
        JsonNode r = importeer(BEHEERDER, "2025", "bron", alleenRegister).probleem(400);
        assertThat(Api.reden(r, "bestand")).contains("mist 1 van de 342", "GM0599 (Rotterdam)");
        assertThat(Api.namen(r)).anyMatch(n -> n.endsWith("kolom code"));
        assertThat(Api.fouten(r)).anyMatch(f -> f.contains("GM9999 was op 1 januari 2025 geen gemeente"));
        assertThat(gebied.inwonersOp(J2025)).isEmpty();
    }

    @Test
    void een_jaar_van_de_referentiedata_of_buiten_het_register_wordt_geweigerd() {
        assertThat(Api.reden(importeer(BEHEERDER, "2023", "bron", bestand(2023, 2023)).probleem(400), "jaar"))
                .contains("referentiedata");
        assertThat(Api.reden(importeer(BEHEERDER, "2019", "bron", bestand(2019, 2019)).probleem(400), "jaar"))
                .contains("2020");
        assertThat(Api.reden(importeer(BEHEERDER, "tweeduizend", "bron", bestand(2024, 2025)).probleem(400), "jaar"))
                .contains("jaar");
        assertThat(Api.reden(importeer(BEHEERDER, null, "bron", bestand(2024, 2025)).probleem(400), "jaar"))
                .contains("verplicht");
        assertThat(Api.namen(importeer(BEHEERDER, "2025", "bron", "gemeente,inwoners\nGM0518,1\n").probleem(400)))
                .contains("kolom gemeente", "kolom jaar", "kolom peildatum", "kolom code", "kolom naam_in_bron");
    }

    @Test
    void alleen_een_beheerder_importeert() {
        importeer(toezichthouder, "2025", "bron", bestand(2024, 2025)).status(403);
        api.anoniem().doe(MockMvcRequestBuilders.multipart(PAD)).status(401);
        assertThat(gebied.inwonersOp(J2025)).isEmpty();
    }
}
