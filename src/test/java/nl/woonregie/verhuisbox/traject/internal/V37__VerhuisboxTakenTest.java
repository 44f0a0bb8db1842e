package nl.woonregie.verhuisbox.traject.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;

import javax.sql.DataSource;

import nl.woonregie.support.BrowserTest;
import nl.woonregie.verhuisbox.Testteam;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Migration 37 completes the tasks stored before this version whose work was already done: tasks as the old
 * transitions left them (written here as they were), the migration run on them, then only the tasks whose work is
 * still to do are open.
 */
@BrowserTest
class V37__VerhuisboxTakenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    long taak(long casus, String soort) {
        return jdbc.sql("insert into vhb_taak (casus_id, soort, omschrijving, rol, deadline) values (?, ?, ?, 'ICP', ?) "
                + "returning id").params(casus, soort, "oud: " + soort, LocalDate.now().plusDays(3)).query(Long.class)
                .single();
    }

    boolean open(long taak) {
        return jdbc.sql("select afgerond_op is null from vhb_taak where id = ?").param(taak).query(Boolean.class)
                .single();
    }

    @Test
    void de_migratie_rondt_de_taken_af_waarvan_het_werk_al_gedaan_was() throws Exception {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long geweigerd = t.meld("Migratie Geweigerd");
        t.overgang(t.icp, geweigerd, "ICP_TOETS", "", 200);
        t.api.als(t.icp).post(Testteam.A + "/casussen/" + geweigerd + "/toets", Testteam.toets("NIET_VOLDAAN"))
                .status(200);
        long zoeken = t.inZoeken("Migratie Zoeken");
        // as the transitions before this version left them
        long icpTaak = taak(geweigerd, "MELDING_BEOORDELEN");
        long intake = taak(zoeken, "INTAKE");
        long dubbel = taak(zoeken, "INSCHRIJVEN");
        long basis = taak(zoeken, "BASIS_OP_ORDE");
        long betaling = taak(geweigerd, "BETALING_VERSTREKKING");
        long eerste = jdbc.sql("select min(id) from vhb_taak where casus_id = ? and soort = 'INSCHRIJVEN'")
                .param(zoeken).query(Long.class).single();

        try (Connection c = dataSource.getConnection()) {
            new V37__VerhuisboxTaken().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            });
        }

        assertThat(open(icpTaak)).as("melding beoordelen van een geweigerde melding").isFalse();
        assertThat(open(intake)).as("intake van een casus die zoekt").isFalse();
        assertThat(open(dubbel)).as("tweede inschrijftaak").isFalse();
        assertThat(open(eerste)).as("eerste inschrijftaak").isTrue();
        assertThat(open(basis)).as("basis op orde tot de verhuizing").isTrue();
        assertThat(open(betaling)).as("een betaling wordt gedaan in elke status").isTrue();
        assertThat(jdbc.sql("select afgerond_door from vhb_taak where id = ?").param(intake).query(String.class)
                .single()).isEqualTo(V37__VerhuisboxTaken.DOOR);
    }
}
