package nl.woonregie.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.Migraties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 28 gives the audit entries of Verhuisbox cases written before events their description, exactly as the
 * case timeline used to derive it from the stored values (the cases below are that derivation's cases), and leaves
 * the trail append-only.
 */
@IntegratieTest
class AuditOmschrijvingMigratieTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    List<JavaMigration> javaMigraties;

    private Flyway flyway(DataSource ds, String doel) {
        return Migraties.flyway(javaMigraties).dataSource(ds).target(doel).load();
    }

    /** actie | nieuwe_waarde | the description the timeline showed for it. */
    static final String GEVALLEN = """
            VHB_STATUS        | {"van": "WACHTLIJST", "naar": "INTAKE", "reden": "plek vrij"}  | WACHTLIJST → INTAKE: plek vrij
            VHB_STATUS        | {"van": null, "naar": "MELDING", "reden": "Melding gedaan"}    | null → MELDING: Melding gedaan
            VHB_MELDING       | {"categorie": "JONGERE", "organisatie": "Leger des Heils"}      | Melding door Leger des Heils (JONGERE)
            VHB_TOETS         | {"jaar": 2024, "besluit": "WACHTLIJST", "criteria": []}        | ICP-toets vastgelegd (criteria 2024): WACHTLIJST
            VHB_CHECKLIST     | {"lijst": "INTAKE", "code": "ID", "stand": "GEDAAN"}           | Checklist INTAKE: ID GEDAAN
            VHB_TOEGEWEZEN    | {"casemanager": "cm1", "administratief": null}                 | Toegewezen: casemanager cm1, administratief null
            VHB_INTAKE        | {"variant": "INTENSIEF", "zoekregios": []}                     | Dienstverlening INTENSIEF, zoekregio's vastgelegd
            VHB_INSCHRIJVING  | {"website": "Woonnet", "inloggegevensInKluis": true}           | Ingeschreven op Woonnet (inloggegevens in de kluis)
            VHB_INSCHRIJVING  | {"website": "Woonnet", "inloggegevensInKluis": false}          | Ingeschreven op Woonnet
            VHB_KLUIS_ONTHULD | {"inschrijving": 7}                                            | Inloggegevens uit de kluis getoond (inschrijving 7)
            VHB_REACTIE       | {"soort": "ZELF", "woning": "Lange Voorhout 1"}                | Reactie (ZELF): Lange Voorhout 1
            VHB_TAAK_AFGEROND | {"taak": 12}                                                   | Taak afgerond
            VHB_UITKERING     | {"beeindigd": true, "op": "2024-03-01"}                        | Uitkering Den Haag beëindigd per 2024-03-01
            VHB_UITKERING     | {"beeindigd": false, "op": null}                               | Uitkering Den Haag niet beëindigd
            VHB_ONBEKEND      | {"x": 1}                                                       | VHB_ONBEKEND
            VHB_STATUS        |                                                                | VHB_STATUS
            """;

    @Test
    void oude_regels_van_een_casus_krijgen_de_omschrijving_die_de_tijdlijn_ervan_maakte() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists migratie_audit");
            s.execute("create database migratie_audit");
        }
        DataSource ds = postgres.getDatabase("postgres", "migratie_audit");
        flyway(ds, "27").migrate();
        JdbcClient db = JdbcClient.create(ds);
        List<String[]> gevallen = GEVALLEN.lines().map(r -> r.split("\\|")).toList();
        List<Long> ids = new java.util.ArrayList<>();
        for (String[] g : gevallen) {
            String nieuw = g[1].isBlank() ? null : g[1].strip();
            ids.add(db.sql("insert into audit_log (actor, actie, object_type, object_id, nieuwe_waarde) "
                    + "values ('t', ?, 'vhb_casus', '1', cast(? as jsonb)) returning id")
                    .params(g[0].strip(), nieuw).query(Long.class).single());
        }
        long anderObject = db.sql("insert into audit_log (actor, actie, object_type, object_id, nieuwe_waarde) "
                + "values ('t', 'RONDE_VASTGESTELD', 'beoordelingsronde', '1', '{}') returning id").query(Long.class)
                .single();

        flyway(ds, "28").migrate();

        for (int i = 0; i < gevallen.size(); i++) {
            assertThat(db.sql("select omschrijving from audit_log where id = ?").param(ids.get(i))
                    .query(String.class).single()).as(String.join("|", gevallen.get(i)))
                    .isEqualTo(gevallen.get(i)[2].strip());
        }
        assertThat(db.sql("select omschrijving from audit_log where id = ?").param(anderObject).query(String.class)
                .optional().orElse(null)).isNull();
        assertThatThrownBy(() -> db.sql("update audit_log set omschrijving = 'x' where id = ?").param(ids.get(0))
                .update()).hasMessageContaining("append-only");
    }
}
