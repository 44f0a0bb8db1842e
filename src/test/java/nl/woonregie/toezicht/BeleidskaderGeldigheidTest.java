package nl.woonregie.toezicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.BeleidskaderLezer;
import org.junit.jupiter.api.Test;

/**
 * Validity of beleidskaders: a kader holds from its start until its own end or the day before its successor of the
 * same province starts; on every date at most one kader of a province holds.
 */
class BeleidskaderGeldigheidTest {

    @Test
    void zuid_holland_2020_geldt_vanaf_zijn_begin_zonder_einde() throws IOException {
        BeleidskaderRegister register = new BeleidskaderRegister();
        Beleidskader zh = register.vind("zuid-holland-2020").orElseThrow();
        assertThat(zh.geldigVanaf()).isEqualTo("2020-06-26");
        assertThat(register.geldigTot(zh)).isEmpty();
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2020-06-25"))).isEmpty();
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2020-06-26"))).contains(zh);
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2035-01-01"))).contains(zh);
    }

    @Test
    void een_opvolger_beeindigt_het_kader_de_dag_voor_zijn_begin() throws IOException {
        Beleidskader oud = kader("zuid-holland-2020", "2020-06-26", null);
        Beleidskader nieuw = kader("zuid-holland-2026", "2026-01-01", null);
        BeleidskaderRegister register = new BeleidskaderRegister(List.of(nieuw, oud));
        assertThat(register.geldigTot(oud)).contains(LocalDate.parse("2025-12-31"));
        assertThat(register.geldigTot(nieuw)).isEmpty();
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2025-10-01"))).contains(oud);
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2026-01-01"))).contains(nieuw);
        assertThat(register.geldigOp(oud, LocalDate.parse("2026-01-01"))).isFalse();
        assertThat(register.vanProvincie("PV28")).containsExactly(oud, nieuw);
    }

    @Test
    void een_eigen_einde_laat_een_gat_tot_de_opvolger() throws IOException {
        Beleidskader oud = kader("a", "2020-01-01", "2022-12-31");
        Beleidskader nieuw = kader("b", "2024-01-01", null);
        BeleidskaderRegister register = new BeleidskaderRegister(List.of(oud, nieuw));
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2023-07-01"))).isEmpty();
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2022-07-01"))).contains(oud);
    }

    @Test
    void twee_kaders_van_een_provincie_die_elkaar_overlappen_worden_geweigerd() throws IOException {
        Beleidskader oud = kader("a", "2020-01-01", "2024-06-30");
        Beleidskader nieuw = kader("b", "2024-01-01", null);
        assertThatThrownBy(() -> new BeleidskaderRegister(List.of(oud, nieuw)))
                .hasMessageContaining("Beleidskaders a en b van provincie PV28 gelden allebei op 2024-01-01");
        Beleidskader zelfdeBegin = kader("c", "2020-01-01", null);
        assertThatThrownBy(() -> new BeleidskaderRegister(List.of(kader("d", "2020-01-01", null), zelfdeBegin)))
                .hasMessageContaining("gelden allebei op 2020-01-01");
    }

    @Test
    void een_kader_waarvan_een_testgeval_faalt_wordt_nooit_gebruikt_de_start_stopt() throws IOException {
        Beleidskader zh = kader("zuid-holland-2020", "2020-06-26", null);
        String testgevallen;
        try (InputStream in = BeleidskaderGeldigheidTest.class
                .getResourceAsStream("/beleidskaders/testgevallen/zuid-holland-2020.yaml")) {
            testgevallen = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(new BeleidskaderRegister(List.of(zh), java.util.Map.of(zh.id(), testgevallen))
                .vind("zuid-holland-2020")).contains(zh);
        String fout = testgevallen.replace("saldoUit: 118", "saldoUit: 117");
        assertThatThrownBy(() -> new BeleidskaderRegister(List.of(zh), java.util.Map.of(zh.id(), fout)))
                .hasMessageContaining("Beleidskader zuid-holland-2020: 1 testgeval(len) mislukt: corona 2020-II")
                .hasMessageContaining("2021-01-01 saldoUit: verwacht 117, berekend 118");
    }

    @Test
    void een_gepubliceerd_opgeslagen_kader_wordt_naast_de_meegeleverde_gebruikt_en_beeindigt_zijn_voorganger()
            throws IOException {
        Beleidskader zh = kader("zuid-holland-2020", "2020-06-26", null);
        BeleidskaderRegister register = new BeleidskaderRegister(List.of(zh));
        Beleidskader opvolger = kader("zuid-holland-2030", "2030-01-01", null);
        assertThat(register.bezwaarTegen(opvolger)).isEmpty();
        register.gebruikGepubliceerd(List.of(new BeleidskaderRegister.Opgeslagen(opvolger, testgevallen(opvolger.id()))));
        assertThat(register.geldigTot(zh)).contains(LocalDate.parse("2029-12-31"));
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2030-01-01"))).contains(opvolger);
        assertThat(register.isVerscheept("zuid-holland-2020")).isTrue();
        assertThat(register.isVerscheept("zuid-holland-2030")).isFalse();
        // once in use, the same id or an overlapping validity is refused before publication
        assertThat(register.bezwaarTegen(opvolger)).hasValueSatisfying(b -> assertThat(b).contains("al"));
        assertThat(register.bezwaarTegen(kader("x", "2030-01-01", null)))
                .hasValueSatisfying(b -> assertThat(b).contains("gelden allebei op 2030-01-01"));
    }

    @Test
    void een_opgeslagen_kader_waarvan_een_testgeval_faalt_wordt_nooit_gebruikt() throws IOException {
        Beleidskader zh = kader("zuid-holland-2020", "2020-06-26", null);
        BeleidskaderRegister register = new BeleidskaderRegister(List.of(zh));
        Beleidskader opvolger = kader("zuid-holland-2030", "2030-01-01", null);
        register.gebruikGepubliceerd(List.of(new BeleidskaderRegister.Opgeslagen(opvolger,
                testgevallen(opvolger.id()).replace("saldoUit: 118", "saldoUit: 117"))));
        assertThat(register.vind("zuid-holland-2030")).isEmpty();
        assertThat(register.voorProvincie("PV28", LocalDate.parse("2030-01-01"))).contains(zh);
        assertThat(register.geldigTot(zh)).isEmpty();
    }

    private static String testgevallen(String id) throws IOException {
        try (InputStream in = BeleidskaderGeldigheidTest.class
                .getResourceAsStream("/beleidskaders/testgevallen/zuid-holland-2020.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("beleidskader: zuid-holland-2020", "beleidskader: " + id);
        }
    }

    private static Beleidskader kader(String id, String vanaf, String tot) throws IOException {
        try (InputStream in = BeleidskaderGeldigheidTest.class
                .getResourceAsStream("/beleidskaders/zuid-holland-2020.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("id: zuid-holland-2020", "id: " + id)
                    .replace("geldigVanaf: \"2020-06-26\"", "geldigVanaf: \"" + vanaf + "\""
                            + (tot == null ? "" : "\ngeldigTot: \"" + tot + "\""));
            return BeleidskaderLezer.lees(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), id);
        }
    }
}
