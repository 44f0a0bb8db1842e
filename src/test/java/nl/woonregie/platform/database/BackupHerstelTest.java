package nl.woonregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.WoonregieApplication;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.core.DataMap;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A backup of the embedded database, restored into a fresh data directory by starting Woonregie with
 * {@code --woonregie.herstel=<file>}, has every row of every table (counted and digested per table, as
 * {@code DocumentenOpvragenTest} does), the sequences where they were, and the two roles of ADR 0011 with the new
 * data directory's passwords; the audit trail gains one entry that says so. A damaged backup is refused before
 * anything changes; the backup directory is never in or around the data directory; retention keeps the newest; the
 * command {@code --woonregie.backup.nu} reads a running Woonregie's database without stopping it.
 */
@IntegratieTest
class BackupHerstelTest {

    static final String V = "/api/v1/verhuisbox";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    Backups backups;

    @Autowired
    DataMap data;

    @Autowired
    EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    /**
     * The background jobs' bookkeeping, which a running instance keeps changing by itself (heartbeats, the next run of
     * a recurring job, its last outcome): compared by the jobs it holds, not by their state.
     */
    static final Map<String, String> TAKEN = Map.of("scheduled_tasks", "task_name || '/' || task_instance",
            "achtergrondtaak", "soort || '/' || coalesce(sleutel, '')");

    /**
     * Every table of the schema: its number of rows and an MD5 of all its rows in order ({@code audit_log} to
     * {@code totAudit}; the job tables by their jobs, {@link #TAKEN}).
     */
    static Map<String, String> opslag(JdbcClient j, long totAudit) {
        Map<String, String> foto = new TreeMap<>();
        for (String tabel : j.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'""").query(String.class).list()) {
            String waar = tabel.equals("audit_log") ? " where id <= " + totAudit : "";
            String rij = TAKEN.getOrDefault(tabel, "t::text");
            foto.put(tabel, j.sql("select count(*) || ' ' || coalesce(md5(string_agg(" + rij + ", chr(10) "
                    + "order by " + rij + ")), '-') from " + tabel + " t" + waar).query(String.class).single());
        }
        return foto;
    }

    /** Rounds with letters, figures, a Verhuisbox case with an offer and an approved grant with its beschikking. */
    void gegevens() {
        RondeFixture.Toezicht t = new RondeFixture(mvc, jdbc, gebied).nieuw();
        t.gemeente();
        t.vastgesteld(t.tussentijds());
        Testteam team = new Testteam(mvc, jdbc);
        int jaar = LocalDate.now().getYear();
        team.capaciteit(jaar, 500);
        team.geldjaar(jaar, "220000.00");
        long casus = team.metAanvaardAanbod("Testcliënt Back-up \u00e9\u00ebn d'Ancona", "Heerlen");
        long verstrekking = team.api.als(team.casemanager).post(V + "/casussen/" + casus + "/verstrekkingen",
                "{\"soort\":\"REISKOSTEN\",\"bedrag\":60.00,\"toelichting\":\"regel 1\\nregel 2\"}").json(201)
                .path("id").asLong();
        team.api.als(team.consulent).post(V + "/verstrekkingen/" + verstrekking + "/goedkeuring", "{}").status(200);
    }

    @Test
    void een_backup_teruggezet_in_een_nieuwe_datamap_heeft_elke_rij_van_elke_tabel_en_beide_rollen() throws Exception {
        gegevens();
        // the beschikking and the letters are made by background jobs: the backup is of the finished work
        nl.woonregie.support.Achtergrondwerk.wacht(jdbc);
        long laatsteAudit = jdbc.sql("select max(id) from audit_log").query(Long.class).single();
        Map<String, String> voor = opslag(jdbc, laatsteAudit);
        Backups.Backup backup = backups.maak();
        assertThat(opslag(jdbc, laatsteAudit)).as("nothing changed while the backup was made").isEqualTo(voor);
        assertThat(voor).containsKeys("audit_log", "brief", "brief_kenmerk", "vhb_beschikking", "vhb_casus",
                "flyway_schema_history", "spring_session", "gemeente");
        assertThat(voor.values().stream().filter(v -> !v.startsWith("0 "))).as("tables with rows").hasSizeGreaterThan(30);
        assertThat(backup.tabellen()).isEqualTo(voor.size());
        assertThat(backup.bestand().getParent()).isEqualTo(backups.map());
        assertThat(backups.map().startsWith(data.pad())).isFalse();
        assertThat(Files.getPosixFilePermissions(backup.bestand())).isEqualTo(BackupFile.OWNER_ONLY);
        long volgendeAudit = jdbc.sql("select nextval(pg_get_serial_sequence('audit_log', 'id'))").query(Long.class)
                .single();

        Path nieuw = dir.resolve("nieuwe-datamap");
        try (ConfigurableApplicationContext hersteld = new SpringApplicationBuilder(WoonregieApplication.class)
                .run("--woonregie.data-dir=" + nieuw, "--woonregie.herstel=" + backup.bestand(),
                        "--woonregie.backup.map=" + dir.resolve("backups-nieuw"),
                        "--woonregie.embedded.tijdelijk=true", "--woonregie.embedded.duurzaam=false",
                        "--woonregie.wachtwoorden.argon2-geheugen-kib=1024",
                        "--WOONREGIE_ADMIN_PASSWORD=niet-gebruikt-12", "--server.port=0",
                        "--woonregie.backup.schema=-", "--woonregie.achtergrond.uitvoeren=false")) {
            JdbcClient h = JdbcClient.create(hersteld.getBean(DataSource.class));
            assertThat(opslag(h, laatsteAudit)).isEqualTo(voor);

            // the restore's own entry, after the restored trail: the sequence continued where the backup left it
            List<Map<String, Object>> nieuwe = h.sql("select id, actor, actie, nieuwe_waarde::text as nieuw "
                    + "from audit_log where id > ?").param(laatsteAudit).query().listOfRows();
            assertThat(nieuwe).hasSize(1);
            assertThat(nieuwe.get(0)).containsEntry("actor", "systeem").containsEntry("actie", "DATABASE_HERSTELD");
            assertThat((String) nieuwe.get(0).get("nieuw")).contains(backup.bestand().getFileName().toString())
                    .contains("HERSTEL");
            assertThat(((Number) nieuwe.get(0).get("id")).longValue()).isGreaterThanOrEqualTo(volgendeAudit);

            // the roles of ADR 0011, with the passwords of the new data directory
            DatabaseSecrets secrets = DatabaseSecrets.read(nieuw.resolve(DatabaseSecrets.FILE));
            assertThat(Files.getPosixFilePermissions(nieuw.resolve(DatabaseSecrets.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            int poort = hersteld.getBean(EmbeddedPostgres.class).getPort();
            String url = "jdbc:postgresql://localhost:" + poort + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, DatabaseRoles.APP, "").close())
                    .isInstanceOf(java.sql.SQLException.class);
            SingleConnectionDataSource app = new SingleConnectionDataSource(url, DatabaseRoles.APP, secrets.app(), true);
            SingleConnectionDataSource su = new SingleConnectionDataSource(url, DatabaseRoles.SUPERUSER,
                    secrets.superuser(), true);
            try {
                JdbcClient a = JdbcClient.create(app);
                assertThat(a.sql("select current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APP);
                assertThatThrownBy(() -> a.sql("alter table audit_log disable trigger all").update()).rootCause()
                        .hasMessageContaining("must be owner of table audit_log");
                assertThatThrownBy(() -> a.sql("delete from audit_log").update()).rootCause()
                        .hasMessageContaining("permission denied for table audit_log");
                JdbcClient s = JdbcClient.create(su);
                assertThat(s.sql("select count(*) from pg_roles where rolname in (?, ?) and not rolsuper")
                        .params(DatabaseRoles.OWNER, DatabaseRoles.APP).query(Long.class).single()).isEqualTo(2);
                assertThat(s.sql("""
                        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relowner <> ?::regrole""").param(DatabaseRoles.OWNER)
                        .query(Long.class).single()).as("objects in public not owned by the owner role").isZero();
                assertThat(s.sql("show fsync").query(String.class).single()).isEqualTo("off"); // a test cluster
            } finally {
                app.destroy();
                su.destroy();
            }
            assertThat(nieuw.resolve(RestoreOrder.FILE)).doesNotExist();
            assertThat(Files.readString(nieuw.resolve(RestoreOrder.DONE))).contains(BackupFile.sha256(backup.bestand()));
        } finally {
            Files.deleteIfExists(backup.bestand());
        }
    }

    @Test
    void een_beschadigde_backup_wordt_geweigerd_voordat_er_iets_verandert() throws Exception {
        Path backup;
        try (var c = Backups.owner(postgres.getPort(), DatabaseSecrets.read(data.pad(DatabaseSecrets.FILE)))) {
            backup = Backups.maak(c, new BackupDirectory(dir.resolve("backups")), 3, Clock.systemUTC()).bestand();
        }
        Path beschadigd = dir.resolve("beschadigd.zip");
        try (ZipFile in = new ZipFile(backup.toFile());
                ZipOutputStream uit = new ZipOutputStream(Files.newOutputStream(beschadigd))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                byte[] inhoud;
                try (InputStream i = in.getInputStream(entry)) {
                    inhoud = i.readAllBytes();
                }
                if (entry.getName().equals("tabellen/gemeente.copy")) {
                    inhoud[10] ^= 1;
                }
                uit.putNextEntry(new ZipEntry(entry.getName()));
                uit.write(inhoud);
                uit.closeEntry();
            }
        }
        Path datamap = dir.resolve("datamap");
        Files.createDirectories(datamap.resolve("postgres"));
        Files.writeString(datamap.resolve("postgres/PG_VERSION"), PostgresBinaries.CURRENT_MAJOR + "\n");

        assertThatThrownBy(() -> RestoreOrder.prepare(datamap, beschadigd.toString(),
                new BackupDirectory(dir.resolve("backups")), null, Clock.systemUTC()))
                .hasMessageContaining("gemeente").hasMessageContaining("beschadigd");
        assertThat(datamap.resolve("postgres/PG_VERSION")).exists();
        assertThat(datamap.resolve(RestoreOrder.FILE)).doesNotExist();
        try (OutputStream niets = Files.newOutputStream(dir.resolve("geen-zip.zip"))) {
            niets.write("geen back-up".getBytes());
        }
        assertThatThrownBy(() -> RestoreOrder.prepare(datamap, dir.resolve("geen-zip.zip").toString(),
                new BackupDirectory(dir.resolve("backups")), null, Clock.systemUTC()));
        assertThat(datamap.resolve("postgres/PG_VERSION")).exists();
        // the intact backup is accepted
        assertThat(BackupFile.verify(backup).tabellen()).isNotEmpty();
    }

    @Test
    void een_herstel_dat_halverwege_stopte_verliest_de_vorige_database_niet() throws Exception {
        Path backup;
        try (var c = Backups.owner(postgres.getPort(), DatabaseSecrets.read(data.pad(DatabaseSecrets.FILE)))) {
            backup = Backups.maak(c, new BackupDirectory(dir.resolve("backups")), 3, Clock.systemUTC()).bestand();
        }
        Path datamap = dir.resolve("datamap");
        Files.createDirectories(datamap.resolve("postgres"));
        Files.writeString(datamap.resolve("postgres/PG_VERSION"), "de database van daarvoor");
        // the order was written, the start stopped before the cluster was moved aside
        Path vorige = datamap.resolve("postgres-voor-herstel-20261205-120000");
        new RestoreOrder(backup, BackupFile.sha256(backup), RestoreOrder.Reden.HERSTEL, vorige).write(datamap);

        RestoreOrder opnieuw = RestoreOrder.prepare(datamap, "", null, null, Clock.systemUTC());
        assertThat(opnieuw.bestand()).isEqualTo(backup);
        assertThat(Files.readString(vorige.resolve("PG_VERSION"))).isEqualTo("de database van daarvoor");
        assertThat(datamap.resolve("postgres")).doesNotExist();

        // the next attempt finds the half-made cluster and removes it, never the one set aside
        Files.createDirectories(datamap.resolve("postgres"));
        Files.writeString(datamap.resolve("postgres/PG_VERSION"), "half gemaakt");
        RestoreOrder.prepare(datamap, "", null, null, Clock.systemUTC());
        assertThat(datamap.resolve("postgres")).doesNotExist();
        assertThat(Files.readString(vorige.resolve("PG_VERSION"))).isEqualTo("de database van daarvoor");
        assertThat(datamap.resolve(RestoreOrder.FILE)).exists();
    }

    @Test
    void de_backupmap_ligt_nooit_in_of_om_de_datamap_met_de_kluissleutel() {
        Path datamap = dir.resolve("data");
        assertThat(BackupDirectory.of("", datamap).pad()).isEqualTo(dir.resolve("data-backup"));
        assertThat(BackupDirectory.of(dir.resolve("elders").toString(), datamap).pad()).isEqualTo(dir.resolve("elders"));
        assertThatThrownBy(() -> BackupDirectory.of(datamap.toString(), datamap)).hasMessageContaining("kluissleutel");
        assertThatThrownBy(() -> BackupDirectory.of(datamap.resolve("backup").toString(), datamap))
                .hasMessageContaining("kluissleutel");
        assertThatThrownBy(() -> BackupDirectory.of(dir.toString(), datamap)).hasMessageContaining("kluissleutel");
        assertThatThrownBy(() -> BackupDirectory.of(datamap + "/../data/x", datamap))
                .hasMessageContaining("kluissleutel");
    }

    @Test
    void alleen_de_nieuwste_backups_worden_bewaard() throws Exception {
        BackupDirectory map = new BackupDirectory(dir.resolve("bewaren"));
        Instant t = Instant.parse("2026-12-01T01:30:00Z");
        try (var c = Backups.owner(postgres.getPort(), DatabaseSecrets.read(data.pad(DatabaseSecrets.FILE)))) {
            for (int dag = 0; dag < 4; dag++) {
                Backups.maak(c, map, 2, Clock.fixed(t.plusSeconds(86_400L * dag), ZoneId.of("Europe/Amsterdam")));
            }
        }
        assertThat(Backups.lijst(map.pad())).extracting(p -> p.getFileName().toString())
                .containsExactly("woonregie-backup-20261204-023000.zip", "woonregie-backup-20261203-023000.zip");
        assertThat(Files.getPosixFilePermissions(map.pad())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void het_commando_leest_de_database_van_een_draaiende_woonregie_zonder_iets_te_stoppen() throws Exception {
        assertThat(BackupCommand.runningPort(data.pad("postgres"))).hasValue(postgres.getPort());
        MockEnvironment env = new MockEnvironment().withProperty("woonregie.data-dir", data.pad().toString())
                .withProperty("woonregie.backup.map", dir.resolve("commando").toString());
        Backups.Backup b = BackupCommand.maak(env);
        assertThat(b.bestand()).hasParentRaw(dir.resolve("commando"));
        assertThat(BackupFile.verify(b.bestand()).schemaversie()).isEqualTo(
                jdbc.sql("select max(version::int)::text from flyway_schema_history").query(String.class).single());
        assertThat(jdbc.sql("select 1").query(Integer.class).single()).as("still running").isEqualTo(1);
        assertThat(BackupCommand.requested(new String[] {"--woonregie.backup.nu"})).isTrue();
        assertThat(BackupCommand.requested(new String[] {"--woonregie.demo"})).isFalse();
        assertThatThrownBy(() -> BackupCommand.maak(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/woonregie")
                .withProperty("woonregie.data-dir", dir.toString()))).hasMessageContaining("pg_dump");
    }
}
