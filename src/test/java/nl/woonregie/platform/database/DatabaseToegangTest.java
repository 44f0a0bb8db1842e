package nl.woonregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.platform.core.DataMap;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded database is not open to the machine: a password for every connection (none for nobody), the passwords
 * in a file only the application's account can read, no unix socket; the application connects as a role that owns
 * nothing and therefore cannot switch off the triggers that keep the audit trail and other history unchanged.
 */
@IntegratieTest
class DatabaseToegangTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    DataMap data;

    @Autowired
    DatabaseSecrets secrets;

    String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** A client on one connection as {@code rol}, closed after the test. */
    JdbcClient als(String rol, String wachtwoord) throws SQLException {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url(), rol, wachtwoord, true);
        verbindingen.add(ds);
        return JdbcClient.create(ds);
    }

    final List<SingleConnectionDataSource> verbindingen = new java.util.ArrayList<>();

    @AfterEach
    void sluit() {
        verbindingen.forEach(SingleConnectionDataSource::destroy);
    }

    @Test
    void de_applicatie_verbindt_als_een_rol_die_niets_bezit_en_niets_mag_beheren() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APP);
        assertThat(jdbc.sql("""
                select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls
                from pg_roles where rolname = current_user""").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select pg_has_role(current_user, ?, 'member')").param(DatabaseRoles.OWNER)
                .query(Boolean.class).single()).isFalse();
        for (String eigenaarKolom : List.of("pg_class.relowner", "pg_proc.proowner", "pg_type.typowner",
                "pg_namespace.nspowner")) {
            String tabel = eigenaarKolom.substring(0, eigenaarKolom.indexOf('.'));
            assertThat(jdbc.sql("select count(*) from " + tabel + " where " + eigenaarKolom
                    + " = (select oid from pg_roles where rolname = current_user)").query(Long.class).single())
                    .as("objects in %s owned by the application role", tabel).isZero();
        }
        assertThat(jdbc.sql("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relowner <> (select oid from pg_roles where rolname = ?)""")
                .param(DatabaseRoles.OWNER).query(Long.class).single()).as("objects in public not owned by the owner")
                .isZero();
        assertThatThrownBy(() -> jdbc.sql("create table eigen (id int)").update())
                .rootCause().hasMessageContaining("permission denied for schema public");
    }

    @Test
    void de_applicatie_kan_geen_trigger_uitzetten_of_weghalen() {
        List<String> tabellen = jdbc.sql("""
                select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal
                order by 1""").query(String.class).list();
        assertThat(tabellen).contains("audit_log", "brief", "brief_kenmerk", "toezichtgesprek_versie",
                "ronde_gemeente", "ronde_beslissing", "vhb_statuswijziging", "vhb_verwerking", "vhb_toetsing",
                "vhb_verstrekking", "vhb_beschikking", "vhb_overschrijding");
        for (String tabel : tabellen) {
            assertThatThrownBy(() -> jdbc.sql("alter table " + tabel + " disable trigger all").update())
                    .as(tabel).rootCause().hasMessageContaining("must be owner of table " + tabel);
        }
        assertThatThrownBy(() -> jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update())
                .rootCause().hasMessageContaining("must be owner of table audit_log");
        assertThatThrownBy(() -> jdbc.sql("drop trigger audit_log_no_update on audit_log").update())
                .rootCause().hasMessageContaining("must be owner of relation audit_log");
        assertThatThrownBy(() -> jdbc.sql("create or replace function audit_log_append_only() returns trigger "
                + "language plpgsql as $$ begin return new; end $$").update())
                .rootCause().hasMessageContaining("permission denied for schema public"); // nor replace its function
        // replica mode skips ordinary triggers; only a superuser may set it
        assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update())
                .rootCause().hasMessageContaining("permission denied to set parameter \"session_replication_role\"");
    }

    @Test
    void de_applicatie_kan_de_audit_trail_alleen_aanvullen() throws SQLException {
        assertThat(jdbc.sql("select has_table_privilege('audit_log', 'insert')").query(Boolean.class).single())
                .isTrue();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'x'").update())
                .rootCause().hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .rootCause().hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .rootCause().hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.sql("delete from flyway_schema_history").update())
                .rootCause().hasMessageContaining("permission denied for table flyway_schema_history");
        // and whoever owns the table still meets the trigger
        JdbcClient eigenaar = als(DatabaseRoles.OWNER, secrets.owner());
        assertThat(eigenaar.sql("select count(*) from audit_log").query(Long.class).single()).isPositive();
        assertThatThrownBy(() -> eigenaar.sql("update audit_log set actor = 'x'").update())
                .rootCause().hasMessageContaining("audit_log is append-only (UPDATE refused)");
        assertThatThrownBy(() -> eigenaar.sql("delete from audit_log").update())
                .rootCause().hasMessageContaining("audit_log is append-only (DELETE refused)");
        assertThatThrownBy(() -> eigenaar.sql("truncate audit_log").update())
                .rootCause().hasMessageContaining("audit_log is append-only (TRUNCATE refused)");
    }

    @Test
    void de_applicatie_mag_rijen_lezen_en_schrijven_in_elke_andere_tabel() {
        List<String> zonder = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.relname not in ('audit_log', 'flyway_schema_history')
                  and not (has_table_privilege(c.oid, 'select') and has_table_privilege(c.oid, 'insert')
                       and has_table_privilege(c.oid, 'update') and has_table_privilege(c.oid, 'delete'))""")
                .query(String.class).list();
        assertThat(zonder).isEmpty();
        assertThat(jdbc.sql("select has_sequence_privilege('vhb_beschikking_nummer', 'usage')").query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void de_ingebouwde_server_is_een_ondersteunde_postgresql_van_de_versie_die_de_upgrade_verwacht() {
        int versie = jdbc.sql("show server_version_num").query(Integer.class).single();
        assertThat(versie / 10000).as("PostgresBinaries.CURRENT_MAJOR").isEqualTo(PostgresBinaries.CURRENT_MAJOR)
                .isGreaterThan(PostgresBinaries.PREVIOUS_MAJOR);
    }

    @Test
    void zonder_of_met_een_verkeerd_wachtwoord_geen_verbinding() {
        for (String rol : List.of(DatabaseRoles.SUPERUSER, DatabaseRoles.OWNER, DatabaseRoles.APP)) {
            assertThatThrownBy(() -> DriverManager.getConnection(url(), rol, "").close()).as(rol)
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url(), rol, "verkeerd").close()).as(rol)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed for user \"" + rol + "\"");
        }
    }

    @Test
    void alleen_tcp_op_deze_machine_met_scram_en_geen_unix_socket() throws Exception {
        JdbcClient superuser = als(DatabaseRoles.SUPERUSER, secrets.superuser());
        assertThat(superuser.sql("select distinct auth_method from pg_hba_file_rules").query(String.class).list())
                .containsExactly("scram-sha-256");
        assertThat(superuser.sql("select distinct type from pg_hba_file_rules").query(String.class).list())
                .containsExactly("host");
        assertThat(superuser.sql("select string_agg(distinct address, ',' order by address) from pg_hba_file_rules")
                .query(String.class).single()).isEqualTo("127.0.0.1,::1");
        assertThat(superuser.sql("show unix_socket_directories").query(String.class).single()).isEmpty();
        assertThat(superuser.sql("show listen_addresses").query(String.class).single()).isEqualTo("localhost");
        assertThat(Path.of("/tmp/.s.PGSQL." + postgres.getPort())).doesNotExist();
        assertThat(superuser.sql("select count(*) from pg_authid where rolcanlogin and (rolpassword is null "
                + "or rolpassword not like 'SCRAM-SHA-256$%')").query(Long.class).single()).isZero();
    }

    @Test
    void het_wachtwoordbestand_is_alleen_voor_de_eigenaar_leesbaar() throws Exception {
        Path bestand = data.pad(DatabaseSecrets.FILE);
        assertThat(Files.getPosixFilePermissions(bestand)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(DatabaseSecrets.read(bestand)).isEqualTo(secrets);
        try (Connection c = DriverManager.getConnection(url(), DatabaseRoles.APP, secrets.app())) {
            assertThat(c.isValid(1)).isTrue();
        }
    }
}
