package nl.woonregie.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Toetsbesluit;
import nl.woonregie.verhuisbox.Variant;
import nl.woonregie.verhuisbox.nazorg.NazorgGebeurtenis;
import nl.woonregie.verhuisbox.traject.CasusGebeurtenis;
import nl.woonregie.verhuisbox.traject.Checkstand;
import nl.woonregie.verhuisbox.zoeken.ZoekGebeurtenis;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 36 writes the descriptions of the audit entries of Verhuisbox cases written before again, with labels
 * instead of codes and dates in words: for each kind of entry, exactly the description the event now gives itself;
 * other entries and other objects keep theirs, and the trail stays append-only.
 */
@IntegratieTest
class AuditOmschrijvingLabelsMigratieTest {

    /** This migration's version. */
    static final String DEZE = "36";

    static final Actor WIE = new Actor("t", null);

    /** Every kind of entry whose description changed, with codes, dates and counts of both kinds. */
    static final List<AuditGebeurtenis> GEBEURTENISSEN = List.of(
            new CasusGebeurtenis.StatusGewijzigd(1, Status.WACHTLIJST, Status.INTAKE, "plek vrij", WIE),
            new CasusGebeurtenis.StatusGewijzigd(1, Status.ICP_TOETS, Status.GEWEIGERD, "ICP-toets", WIE),
            new CasusGebeurtenis.StatusGewijzigd(1, null, Status.MELDING, "Melding gedaan", WIE),
            new CasusGebeurtenis.Gemeld(1, Categorie.JONGERE, "Leger des Heils", WIE),
            new CasusGebeurtenis.Getoetst(1, 2024, Toetsbesluit.WACHTLIJST, List.of(), WIE),
            new CasusGebeurtenis.Getoetst(1, 2024, Toetsbesluit.ONVOLLEDIG, List.of(), WIE),
            new CasusGebeurtenis.Toegewezen(1, "cm1", null, WIE),
            new CasusGebeurtenis.IntakeVastgelegd(1, Variant.INTENSIEF, List.of(), WIE),
            new CasusGebeurtenis.ChecklistGewijzigd(1, "INTAKE", "AANMELDER_GEINFORMEERD", Checkstand.GEDAAN, WIE),
            new CasusGebeurtenis.ChecklistGewijzigd(1, "AANBOD", "BRP_HISTORIE", Checkstand.NVT, WIE),
            new CasusGebeurtenis.ChecklistGewijzigd(1, "VERHUIZING", "WARME_OVERDRACHT", Checkstand.OPEN, WIE),
            new CasusGebeurtenis.UitkeringVastgelegd(1, null, null, true, LocalDate.of(2024, 3, 1), WIE),
            new CasusGebeurtenis.UitkeringVastgelegd(1, true, LocalDate.of(2024, 3, 1), false, null, WIE),
            new CasusGebeurtenis.Geanonimiseerd(List.of(1L, 2L), 84, WIE),
            new CasusGebeurtenis.Geanonimiseerd(List.of(3L), 1, WIE),
            new ZoekGebeurtenis.Gereageerd(1, "Lange Voorhout 1", "LOTING", WIE),
            new NazorgGebeurtenis.ContactVastgelegd(1, 1, true, "uitkering", false, null, null, WIE),
            new NazorgGebeurtenis.ContactVastgelegd(1, 12, null, null, null, null, null, WIE),
            new NazorgGebeurtenis.EnqueteVastgelegd(1, Map.of("proces", 4), "CLIENT", WIE),
            new NazorgGebeurtenis.EnquetelinkGemaakt(1, LocalDate.of(2026, 10, 1), 0, WIE),
            new NazorgGebeurtenis.EnquetelinkGemaakt(1, LocalDate.of(2026, 12, 31), 1, WIE));

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    List<JavaMigration> javaMigraties;

    /** The application's mapper, as AuditLog writes the values with it. */
    @Autowired
    JsonMapper json;

    private Flyway flyway(DataSource ds, String doel) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(javaMigraties.toArray(JavaMigration[]::new))
                .placeholders(java.util.Map.of("applicatierol", "woonregie_app")).target(doel).load();
    }

    @Test
    void oude_omschrijvingen_van_een_casus_noemen_labels_en_datums_in_woorden_zoals_de_gebeurtenis_nu() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists migratie_audit_labels");
            s.execute("create database migratie_audit_labels");
        }
        DataSource ds = postgres.getDatabase("postgres", "migratie_audit_labels");
        // the migration before this one, whatever its number
        MigrationVersion deze = MigrationVersion.fromVersion(DEZE);
        MigrationVersion voor = Arrays.stream(flyway(ds, DEZE).info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(deze) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway(ds, voor.getVersion()).migrate();
        JdbcClient db = JdbcClient.create(ds);
        List<Long> ids = new ArrayList<>();
        for (AuditGebeurtenis g : GEBEURTENISSEN) {
            ids.add(db.sql("insert into audit_log (actor, actie, object_type, object_id, nieuwe_waarde, omschrijving) "
                    + "values ('t', ?, 'vhb_casus', ?, cast(? as jsonb), 'oude tekst met CODES') returning id")
                    .params(g.actie(), g.objectId(), json.writeValueAsString(g.nieuw())).query(Long.class).single());
        }
        long ongewijzigd = db.sql("insert into audit_log (actor, actie, object_type, object_id, nieuwe_waarde, "
                + "omschrijving) values ('t', 'VHB_INSCHRIJVING', 'vhb_casus', '1', '{\"website\": \"Woonnet\"}', "
                + "'Ingeschreven op Woonnet') returning id").query(Long.class).single();
        long anderObject = db.sql("insert into audit_log (actor, actie, object_type, object_id, nieuwe_waarde) "
                + "values ('t', 'RONDE_VASTGESTELD', 'beoordelingsronde', '1', '{}') returning id").query(Long.class)
                .single();

        flyway(ds, DEZE).migrate();

        for (int i = 0; i < GEBEURTENISSEN.size(); i++) {
            assertThat(db.sql("select omschrijving from audit_log where id = ?").param(ids.get(i))
                    .query(String.class).single()).as(GEBEURTENISSEN.get(i).toString())
                    .isEqualTo(GEBEURTENISSEN.get(i).omschrijving());
        }
        assertThat(db.sql("select omschrijving from audit_log where id = ?").param(ongewijzigd).query(String.class)
                .single()).isEqualTo("Ingeschreven op Woonnet");
        assertThat(db.sql("select omschrijving from audit_log where id = ?").param(anderObject).query(String.class)
                .optional().orElse(null)).isNull();
        assertThatThrownBy(() -> db.sql("update audit_log set omschrijving = 'x' where id = ?").param(ids.get(0))
                .update()).hasMessageContaining("append-only");
    }
}
