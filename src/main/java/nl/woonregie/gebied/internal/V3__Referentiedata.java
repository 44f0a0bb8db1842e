package nl.woonregie.gebied.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3: loads the reference data of {@code classpath:referentiedata/} (provinces, gemeenten with the
 * herindelingen since 2022, veiligheidsregio's and population per 1 January) into the tables of {@code V2__gebied}.
 *
 * <p>A Spring bean: Spring Boot hands every {@link org.flywaydb.core.api.migration.JavaMigration} bean to Flyway.
 * The data is read from the application's own class path, checked for consistency first (see
 * {@link Referentiedata}), and written with JDBC batches in the migration's transaction. The checksum covers the
 * contents of the files, so changing an applied file makes Flyway's validation fail: new or corrected reference data
 * belongs in a new migration.
 */
@Component
class V3__Referentiedata extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V3__Referentiedata.class);
    private static final int BATCH = 500;

    @Override
    public Integer getChecksum() {
        return (int) Referentiedata.checksum(Referentiedata::bytesVanClasspath);
    }

    @Override
    public void migrate(Context context) throws Exception {
        long start = System.nanoTime();
        Referentiedata data = Referentiedata.vanClasspath();
        Connection c = context.getConnection();
        schrijf(c, "insert into provincie (code, naam) values (?, ?)", data.provincies, (ps, p) -> {
            ps.setString(1, p.code());
            ps.setString(2, p.naam());
        });
        schrijf(c, """
                insert into gemeente (code, naam, provincie_code, geldig_vanaf, geldig_tot, opgegaan_in)
                values (?, ?, ?, ?, ?, ?)""", data.gemeenten, (ps, g) -> {
            ps.setString(1, g.code());
            ps.setString(2, g.naam());
            ps.setString(3, g.provincieCode());
            datum(ps, 4, g.geldigVanaf());
            datum(ps, 5, g.geldigTot());
            ps.setString(6, g.opgegaanIn());
        });
        schrijf(c, "insert into regio (code, naam, soort) values (?, ?, ?)", data.regios, (ps, r) -> {
            ps.setString(1, r.code());
            ps.setString(2, r.naam());
            ps.setString(3, r.soort());
        });
        schrijf(c, """
                insert into regio_gemeente (regio_code, gemeente_code, geldig_vanaf, geldig_tot)
                values (?, ?, ?, ?)""", data.lidmaatschappen, (ps, l) -> {
            ps.setString(1, l.regioCode());
            ps.setString(2, l.gemeenteCode());
            datum(ps, 3, l.geldigVanaf());
            datum(ps, 4, l.geldigTot());
        });
        schrijf(c, "insert into bevolking (gemeente_code, peildatum, inwoners, naam_in_bron) values (?, ?, ?, ?)",
                data.bevolking, (ps, b) -> {
                    ps.setString(1, b.gemeenteCode());
                    datum(ps, 2, b.peildatum());
                    ps.setInt(3, b.inwoners());
                    ps.setString(4, b.naamInBron());
                });
        log.info("Referentiedata geladen: {} provincies, {} gemeenten, {} regio's, {} lidmaatschappen, "
                + "{} bevolkingscijfers ({} ms)", data.provincies.size(), data.gemeenten.size(), data.regios.size(),
                data.lidmaatschappen.size(), data.bevolking.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T rij) throws SQLException;
    }

    private static <T> void schrijf(Connection c, String sql, List<T> rijen, Binder<T> binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int inBatch = 0;
            for (T rij : rijen) {
                binder.bind(ps, rij);
                ps.addBatch();
                if (++inBatch == BATCH) {
                    ps.executeBatch();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void datum(PreparedStatement ps, int index, LocalDate datum) throws SQLException {
        if (datum == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, datum);
        }
    }
}
