package nl.woonregie.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.platform.core.DataMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so that
 * {@code java -jar woonregie.jar} works on a fresh machine. The cluster lives in {@code <data-dir>/postgres} and
 * survives restarts; a server left behind by a killed application is stopped first (see {@link StalePostmaster}).
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

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataMap data,
            @Value("${woonregie.embedded.tijdelijk:false}") boolean tijdelijk, TemporaryCluster opruimen)
            throws IOException {
        Path cluster = data.pad("postgres");
        if (tijdelijk) {
            opruimen.ruimOp(cluster.getParent());
        }
        Files.createDirectories(cluster);
        StalePostmaster.clear(cluster);
        long start = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("listen_addresses", "localhost")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                // stopped by Spring when the context closes (destroy method), after everything that uses the database
                // has shut down; zonky's own shutdown hook would stop it while the context is still closing
                .setRegisterShutdownHook(false)
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), cluster,
                (System.nanoTime() - start) / 1_000_000);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("woonregie-embedded");
        return new HikariDataSource(config);
    }
}
