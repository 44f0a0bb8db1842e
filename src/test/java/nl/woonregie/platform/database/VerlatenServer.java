package nl.woonregie.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Run in a child JVM by {@link StalePostmasterTest}: starts PostgreSQL on a directory, writes a row, then waits to be killed. */
public final class VerlatenServer {

    private VerlatenServer() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false).start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bewaard (id int); insert into bewaard values (42)");
        }
        System.out.println("GEREED");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
