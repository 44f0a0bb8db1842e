package nl.woonregie.gebied.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spring Boot hands the {@code V3__Referentiedata} bean to Flyway, which runs it after the SQL migrations. */
@IntegratieTest
class ReferentiedataMigratieTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void flyway_voert_de_java_migratie_uit_als_versie_3_met_de_checksum_van_de_bestanden() {
        Map<String, Object> rij = jdbc.sql("""
                select type, description, script, checksum, success from flyway_schema_history where version = '3'
                """).query().singleRow();
        assertThat(rij).containsEntry("type", "JDBC")
                .containsEntry("description", "Referentiedata")
                .containsEntry("checksum", new V3__Referentiedata().getChecksum())
                .containsEntry("success", true);
        assertThat((String) rij.get("script")).endsWith("V3__Referentiedata");
        assertThat(jdbc.sql("select version from flyway_schema_history where version is not null order by installed_rank")
                .query(String.class).list()).startsWith("1", "2", "3");
    }

    @Test
    void de_tabellen_bevatten_alle_referentiedata() {
        assertThat(tel("provincie")).isEqualTo(12);
        // 346 from V3, 14 gemeenten that ended in 2021 and 2022 from V60
        assertThat(tel("gemeente")).isEqualTo(360);
        assertThat(tel("gemeente_deling")).isEqualTo(4);
        assertThat(tel("regio")).isEqualTo(25);
        assertThat(tel("regio_gemeente")).isEqualTo(346);
        assertThat(tel("bevolking")).isEqualTo(2152);
        assertThat(jdbc.sql("select naam from gemeente where code = 'GM0820'").query(String.class).single())
                .isEqualTo("Nuenen, Gerwen en Nederwetten");
        assertThat(jdbc.sql("select naam from provincie where code = 'PV21'").query(String.class).single())
                .isEqualTo("Fryslân");
    }

    private long tel(String tabel) {
        return jdbc.sql("select count(*) from " + tabel).query(Long.class).single();
    }
}
