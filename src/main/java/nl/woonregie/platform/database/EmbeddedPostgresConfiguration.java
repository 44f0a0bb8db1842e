package nl.woonregie.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.platform.core.DataMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so that
 * {@code java -jar woonregie.jar} works on a fresh machine. The cluster lives in {@code <data-dir>/postgres} and
 * survives restarts; a server left behind by a killed application is stopped first (see {@link StalePostmaster}).
 *
 * <p>Durable: a commit is on disk before the application answers (PostgreSQL's defaults {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on; zonky's own defaults switch the first two off). Only a
 * temporary test cluster may switch them off ({@code woonregie.embedded.duurzaam=false}).
 *
 * <p>Closed to the rest of the machine: no unix socket, TCP on localhost only, a password for every role
 * ({@link ClusterAccess}, {@link DatabaseSecrets}); Flyway migrates as the owner role and the application connects as
 * a role that owns nothing ({@link DatabaseRoles}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** Removes the data directory of a temporary (test) cluster after the server stopped. */
    @Bean
    TemporaryCluster temporaryCluster() {
        return new TemporaryCluster();
    }

    @Bean
    DatabaseSecrets databaseSecrets(DataMap data) {
        return DatabaseSecrets.readOrCreate(data.pad(DatabaseSecrets.FILE));
    }

    @Bean
    BackupDirectory backupDirectory(DataMap data, @Value("${woonregie.backup.map:}") String map) {
        return BackupDirectory.of(map, data.pad());
    }

    /**
     * What this start restores, if anything: a backup named with {@code --woonregie.herstel=<file>}, the export of a
     * cluster of an earlier PostgreSQL major version ({@link PostgresUpgrade}), or a restore a previous start left
     * unfinished. Decided (and the old cluster moved aside) before the server starts; the rows are loaded when Flyway
     * runs ({@link Restore}).
     */
    @Bean
    Restore restore(DataMap data, DatabaseSecrets secrets, BackupDirectory backups,
            @Value("${woonregie.herstel:}") String herstel, Clock klok) {
        return new Restore(data.pad(), RestoreOrder.prepare(data.pad(), herstel, backups, secrets, klok), klok);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataMap data, DatabaseSecrets secrets,
            @Value("${woonregie.embedded.tijdelijk:false}") boolean tijdelijk,
            @Value("${woonregie.embedded.duurzaam:true}") boolean duurzaam, TemporaryCluster opruimen,
            Restore restore) throws IOException, SQLException {
        if (!duurzaam && !tijdelijk) {
            throw new IllegalStateException("woonregie.embedded.duurzaam=false is only for temporary test clusters "
                    + "(woonregie.embedded.tijdelijk=true): a confirmed write must be on disk");
        }
        Path cluster = data.pad("postgres");
        if (tijdelijk) {
            opruimen.ruimOp(cluster.getParent());
        }
        EmbeddedPostgres postgres = start(cluster, secrets, PostgresBinaries.CURRENT, duurzaam);
        if (!duurzaam) {
            log.info("The embedded PostgreSQL is NOT durable: test cluster");
        }
        return postgres;
    }

    /**
     * Starts the cluster in {@code cluster} (made when missing) with {@code binaries}, secured (passwords, no
     * socket) and with both roles; also used for the server of an earlier major version that an upgrade exports and
     * by the backup command when Woonregie is not running.
     */
    static EmbeddedPostgres start(Path cluster, DatabaseSecrets secrets, PostgresBinaries binaries, boolean duurzaam)
            throws IOException, SQLException {
        Files.createDirectories(cluster);
        StalePostmaster.clear(cluster);
        String aan = duurzaam ? "on" : "off";
        long start = System.nanoTime();
        long[] beveiligen = {0}; // time spent on passwords and roles
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setPgBinaryResolver(binaries)
                .setOverrideWorkingDirectory(PostgresBinaries.workingDirectory())
                // zonky starts the server with -F (fsync off) and synchronous_commit off; these come after and win
                .setServerConfig("fsync", aan)
                .setServerConfig("synchronous_commit", aan)
                .setServerConfig("full_page_writes", aan)
                .setServerConfig("max_connections", "50")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setLocaleConfig("encoding", "UTF8")
                // zonky checks that the server is up by connecting as postgres: with its password
                .setConnectConfig("password", secrets.superuser())
                .setDataDirectoryCustomizer(dir -> {
                    long t = System.nanoTime();
                    ClusterAccess.secure(dir.toPath(), secrets, binaries);
                    beveiligen[0] += System.nanoTime() - t;
                })
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                // stopped by Spring when the context closes (destroy method), after everything that uses the database
                // has shut down; zonky's own shutdown hook would stop it while the context is still closing
                .setRegisterShutdownHook(false)
                .start();
        try {
            long t = System.nanoTime();
            DatabaseRoles.ensure(postgres.getPostgresDatabase(), secrets);
            beveiligen[0] += System.nanoTime() - t;
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        log.info("Embedded PostgreSQL started on port {} with data in {} ({}; {} ms, of which {} ms for passwords "
                + "and roles)", postgres.getPort(), cluster, binaries, (System.nanoTime() - start) / 1_000_000,
                beveiligen[0] / 1_000_000);
        return postgres;
    }

    /** Flyway migrates, and restores first when this start restores ({@link Restore}). */
    @Bean
    FlywayMigrationStrategy flywayWithRestore(Restore restore, EmbeddedPostgres postgres) {
        return flyway -> restore.migrate(flyway, postgres);
    }

    /** The audit entry of a restore, once the application is ready. */
    @Bean
    RestoreAudit restoreAudit(Restore restore, ApplicationEventPublisher gebeurtenissen, TransactionTemplate tx) {
        return new RestoreAudit(restore, gebeurtenissen, tx);
    }

    @Bean
    Backups backups(EmbeddedPostgres postgres, DatabaseSecrets secrets, BackupDirectory map,
            @Value("${woonregie.backup.bewaren:14}") int bewaren, Clock klok, MeterRegistry registry) {
        return new Backups(postgres, secrets, map, bewaren, klok, registry);
    }

    /** The nightly backup; not of a temporary (test) cluster, which is thrown away. */
    @Bean
    @ConditionalOnBooleanProperty(name = "woonregie.embedded.tijdelijk", havingValue = false, matchIfMissing = true)
    NachtelijkeBackup nachtelijkeBackup(Backups backups,
            @Value("${woonregie.backup.schema:0 30 2 * * *}") String schema) {
        return new NachtelijkeBackup(backups, schema);
    }

    /** The application's pool: the application role, which owns no table. */
    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, DatabaseSecrets secrets) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl(DatabaseRoles.APP, DatabaseRoles.DATABASE));
        config.setUsername(DatabaseRoles.APP);
        config.setPassword(secrets.app());
        config.setMaximumPoolSize(20);
        config.setPoolName("woonregie-embedded");
        return new HikariDataSource(config);
    }

    /** Flyway migrates as the owner role (with an external database: {@code spring.flyway.user}). */
    @Bean
    FlywayConfigurationCustomizer flywayAsOwner(EmbeddedPostgres postgres, DatabaseSecrets secrets) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("applicatierol", DatabaseRoles.APP);
            configuration.dataSource(postgres.getJdbcUrl(DatabaseRoles.OWNER, DatabaseRoles.DATABASE),
                    DatabaseRoles.OWNER, secrets.owner()).placeholders(placeholders);
        };
    }
}
