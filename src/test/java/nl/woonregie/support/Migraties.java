package nl.woonregie.support;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway as the application runs it, for the tests that migrate a database of their own step by step: the SQL
 * migrations of the class path, the Java migrations (Spring beans, handed in by the test) and the application role
 * that migration 35 grants its rights to. The test adds the data source and, where it stops early, the target.
 */
public final class Migraties {

    /** The application role's name, as the embedded database and the README's external set-up call it. */
    public static final String APPLICATIEROL = "woonregie_app";

    private Migraties() {
    }

    public static FluentConfiguration flyway(List<JavaMigration> javaMigraties) {
        return Flyway.configure().locations("classpath:db/migration")
                .javaMigrations(javaMigraties.toArray(JavaMigration[]::new))
                .placeholders(Map.of("applicatierol", APPLICATIEROL));
    }
}
