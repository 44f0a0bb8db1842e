package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.platform.core.DataMap;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar woonregie.jar --woonregie.backup.nu}: makes a backup of the embedded database now, with the same
 * settings as the application ({@code woonregie.data-dir}, {@code woonregie.backup.map},
 * {@code woonregie.backup.bewaren}; from {@code application.properties}, the environment or the command line), and
 * ends. When Woonregie is running, the backup is read from its server (port from {@code postmaster.pid}, the owner
 * role's password from the data directory), without stopping anything; otherwise the command starts the server
 * itself for the backup and stops it again. It starts no web server and no part of the application.
 */
public final class BackupCommand {

    static final String OPTIE = "--woonregie.backup.nu";

    private BackupCommand() {
    }

    /** True when the command line asks for a backup ({@code --woonregie.backup.nu}, bare or {@code =true}). */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(OPTIE) || a.equalsIgnoreCase(OPTIE + "=true"));
    }

    /** Runs the command; returns the process's exit status (0: a backup was made). */
    public static int run(String[] args) {
        String[] rest = Arrays.stream(args).filter(a -> !a.startsWith(OPTIE)).toArray(String[]::new);
        SpringApplication app = new SpringApplication(Instellingen.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = app.run(rest)) {
            Backups.Backup b = maak(context.getEnvironment());
            System.out.printf("Back-up gemaakt: %s%n  %d tabellen, %d rijen, schemaversie %s, %d kB, %d ms%n",
                    b.bestand(), b.tabellen(), b.rijen(), b.schemaversie(), b.bytes() / 1024, b.duur().toMillis());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Back-up mislukt: " + e.getMessage());
            return 1;
        }
    }

    static Backups.Backup maak(Environment env) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            throw new IllegalStateException("Woonregie gebruikt een externe PostgreSQL (spring.datasource.url): maak "
                    + "back-ups met de gereedschappen van de databasebeheerder (pg_dump, pgBackRest, Barman)");
        }
        DataMap data = new DataMap(env.getRequiredProperty("woonregie.data-dir"));
        BackupDirectory map = BackupDirectory.of(env.getProperty("woonregie.backup.map", ""), data.pad());
        int bewaren = env.getProperty("woonregie.backup.bewaren", Integer.class, 14);
        Clock klok = Clock.system(ZoneId.of("Europe/Amsterdam"));
        Path cluster = data.pad("postgres");
        try {
            OptionalInt major = PostgresUpgrade.major(cluster);
            if (major.isEmpty()) {
                throw new IllegalStateException("Er is geen database in " + cluster);
            }
            OptionalInt poort = runningPort(cluster);
            if (poort.isPresent()) {
                DatabaseSecrets secrets = DatabaseSecrets.read(data.pad(DatabaseSecrets.FILE));
                if (secrets == null) {
                    throw new IllegalStateException(data.pad(DatabaseSecrets.FILE) + " ontbreekt of is onvolledig");
                }
                try (Connection c = Backups.owner(poort.getAsInt(), secrets)) {
                    return Backups.maak(c, map, bewaren, klok);
                }
            }
            PostgresBinaries binaries = major.getAsInt() == PostgresBinaries.CURRENT_MAJOR ? PostgresBinaries.CURRENT
                    : PostgresBinaries.PREVIOUS;
            if (binaries.major() != major.getAsInt() || !binaries.available()) {
                throw new IllegalStateException("De database in " + cluster + " is van PostgreSQL " + major.getAsInt()
                        + "; daarvoor heeft Woonregie hier geen binaries");
            }
            DatabaseSecrets secrets = DatabaseSecrets.readOrCreate(data.pad(DatabaseSecrets.FILE));
            try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(cluster, secrets, binaries, true);
                    Connection c = Backups.owner(postgres.getPort(), secrets)) {
                return Backups.maak(c, map, bewaren, klok);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The port of the server that runs on this cluster now (Woonregie's, or one left by a killed run). */
    static OptionalInt runningPort(Path cluster) throws IOException {
        Path pid = cluster.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return OptionalInt.empty();
        }
        List<String> regels = Files.readAllLines(pid);
        if (regels.size() < 4) {
            return OptionalInt.empty();
        }
        try {
            boolean leeft = ProcessHandle.of(Long.parseLong(regels.get(0).strip())).map(ProcessHandle::isAlive)
                    .orElse(false);
            return leeft ? OptionalInt.of(Integer.parseInt(regels.get(3).strip())) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Only the settings: no component of the application. */
    @Configuration(proxyBeanMethods = false)
    static class Instellingen {
    }
}
