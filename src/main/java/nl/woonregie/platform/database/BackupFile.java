package nl.woonregie.platform.database;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of the embedded database: a logical export through the JDBC driver ({@code COPY … TO STDOUT}), because
 * zonky's bundle has no {@code pg_dump} and the client tools of the operating system need not match the server (see
 * ADR 0017). One ZIP file:
 * <ul>
 * <li>{@code tabellen/<table>.copy}: every table of the schema {@code public} (Flyway's history included) in
 * PostgreSQL's COPY text format, which every version reads the same;</li>
 * <li>{@code manifest.json}: the format, when it was made, the server's version, the schema version (Flyway's last
 * applied migration), per table its columns, its number of rows and the SHA-256 of its entry, and the value of every
 * sequence.</li>
 * </ul>
 * The schema itself is not in the file: a restore migrates an empty cluster with Flyway to the backup's schema
 * version (the same migrations made the original), loads the rows and then migrates the rest. All tables are read in
 * one snapshot (a {@code REPEATABLE READ, READ ONLY} transaction), so a backup of a running application is
 * consistent; it takes no lock that blocks writers.
 */
final class BackupFile {

    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TABLES = """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'r' order by c.relname""";
    private static final String COLUMNS = """
            select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
              join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relname = ? and a.attnum > 0 and not a.attisdropped
              and a.attgenerated = '' order by a.attnum""";
    private static final String SEQUENCES = """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'S' order by c.relname""";

    /** What the file holds; {@code gemaakt} is an ISO instant, {@code schemaversie} Flyway's version. */
    record Manifest(int formaat, String gemaakt, String postgresql, String schemaversie, List<Tabel> tabellen,
            List<Reeks> reeksen) {

        long rijen() {
            return tabellen.stream().mapToLong(Tabel::rijen).sum();
        }

        Set<String> namen() {
            return tabellen.stream().map(Tabel::naam).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    record Tabel(String naam, List<String> kolommen, long rijen, String sha256) {

        String entry() {
            return "tabellen/" + naam + ".copy";
        }
    }

    /** A sequence's state, as {@code setval(naam, waarde, aangeroepen)} restores it. */
    record Reeks(String naam, long waarde, boolean aangeroepen) {
    }

    private BackupFile() {
    }

    /**
     * Writes a backup of the database behind {@code c} (a role that may read every table: the owner or the
     * superuser) to {@code file}: first to a temporary file beside it (0600), flushed to disk, then moved into place,
     * so a file with the final name is always complete.
     */
    static Manifest write(Connection c, Path file, Instant nu) throws IOException, SQLException {
        Path deel = file.resolveSibling("." + file.getFileName() + ".deel");
        Files.deleteIfExists(deel);
        if (posix(file.getParent())) {
            Files.createFile(deel, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(deel);
        }
        boolean autoCommit = c.getAutoCommit();
        int isolatie = c.getTransactionIsolation();
        boolean alleenLezen = c.isReadOnly();
        Manifest manifest;
        try {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try (FileChannel kanaal = FileChannel.open(deel, StandardOpenOption.WRITE);
                    ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(
                            java.nio.channels.Channels.newOutputStream(kanaal), 1 << 16))) {
                zip.setLevel(Deflater.BEST_SPEED);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                List<Tabel> tabellen = new ArrayList<>();
                for (String tabel : strings(c, TABLES)) {
                    List<String> kolommen = columns(c, tabel);
                    zip.putNextEntry(new ZipEntry("tabellen/" + tabel + ".copy"));
                    MessageDigest sha = sha256();
                    long rijen = copy.copyOut("copy " + ident(tabel) + " (" + idents(kolommen) + ") to stdout",
                            new DigestOutputStream(unclosable(zip), sha));
                    zip.closeEntry();
                    tabellen.add(new Tabel(tabel, kolommen, rijen, HexFormat.of().formatHex(sha.digest())));
                }
                List<Reeks> reeksen = new ArrayList<>();
                try (Statement s = c.createStatement()) {
                    for (String reeks : strings(c, SEQUENCES)) {
                        try (ResultSet rs = s.executeQuery("select last_value, is_called from " + ident(reeks))) {
                            rs.next();
                            reeksen.add(new Reeks(reeks, rs.getLong(1), rs.getBoolean(2)));
                        }
                    }
                }
                manifest = new Manifest(FORMAT, nu.toString(), single(c, "show server_version"),
                        schemaVersion(c), tabellen, reeksen);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                zip.finish();
                zip.flush();
                kanaal.force(true);
            }
            c.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            c.rollback();
            Files.deleteIfExists(deel);
            throw e;
        } finally {
            c.setReadOnly(alleenLezen);
            c.setTransactionIsolation(isolatie);
            c.setAutoCommit(autoCommit);
        }
        Files.move(deel, file, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(file.getParent());
        return manifest;
    }

    /**
     * Reads the manifest and checks every table's entry against its SHA-256: a file that was cut short, changed or
     * is not a backup of this format is refused before anything is touched.
     */
    static Manifest verify(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry m = zip.getEntry(MANIFEST);
            if (m == null) {
                throw new IllegalArgumentException(file + " is geen back-up van Woonregie (geen " + MANIFEST + ")");
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(m)) {
                manifest = JSON.readValue(in, Manifest.class);
            }
            if (manifest.formaat() != FORMAT) {
                throw new IllegalArgumentException(file + " heeft back-upformaat " + manifest.formaat()
                        + "; deze versie van Woonregie leest formaat " + FORMAT);
            }
            for (Tabel t : manifest.tabellen()) {
                ZipEntry e = zip.getEntry(t.entry());
                if (e == null) {
                    throw new IllegalArgumentException(file + " mist de tabel " + t.naam());
                }
                MessageDigest sha = sha256();
                try (InputStream in = new DigestInputStream(zip.getInputStream(e), sha)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (!HexFormat.of().formatHex(sha.digest()).equals(t.sha256())) {
                    throw new IllegalArgumentException(file + ": de tabel " + t.naam()
                            + " is beschadigd (SHA-256 klopt niet)");
                }
            }
            return manifest;
        }
    }

    /**
     * Replaces every row of the database behind {@code superuser} with the backup's, in one transaction: the tables
     * must be exactly the backup's, with the same columns (the schema is migrated to the backup's version first).
     * Triggers, the immutability guards and foreign keys included, do not fire ({@code session_replication_role =
     * replica}, which needs the superuser): the rows were consistent when they were exported. The sequences get the
     * backup's values.
     */
    static void load(Connection superuser, Path file, Manifest manifest) throws IOException, SQLException {
        Set<String> inDatabase = new TreeSet<>(strings(superuser, TABLES));
        if (!inDatabase.equals(manifest.namen())) {
            Set<String> teveel = new TreeSet<>(inDatabase);
            teveel.removeAll(manifest.namen());
            Set<String> ontbreekt = new TreeSet<>(manifest.namen());
            ontbreekt.removeAll(inDatabase);
            throw new IllegalStateException("De tabellen van de database na migratie tot versie "
                    + manifest.schemaversie() + " zijn niet die van de back-up: niet in de back-up " + teveel
                    + ", niet in de database " + ontbreekt);
        }
        boolean autoCommit = superuser.getAutoCommit();
        superuser.setAutoCommit(false);
        try (ZipFile zip = new ZipFile(file.toFile()); Statement s = superuser.createStatement()) {
            s.execute("set local session_replication_role = replica");
            for (Tabel t : manifest.tabellen()) {
                Set<String> kolommen = new TreeSet<>(columns(superuser, t.naam()));
                if (!kolommen.equals(new TreeSet<>(t.kolommen()))) {
                    throw new IllegalStateException("De tabel " + t.naam() + " heeft in de database de kolommen "
                            + kolommen + ", in de back-up " + t.kolommen());
                }
            }
            s.execute("truncate table " + manifest.tabellen().stream().map(t -> ident(t.naam()))
                    .collect(Collectors.joining(", ")));
            CopyManager copy = superuser.unwrap(PGConnection.class).getCopyAPI();
            for (Tabel t : manifest.tabellen()) {
                long rijen;
                try (InputStream in = zip.getInputStream(zip.getEntry(t.entry()))) {
                    rijen = copy.copyIn("copy " + ident(t.naam()) + " (" + idents(t.kolommen()) + ") from stdin", in);
                }
                if (rijen != t.rijen()) {
                    throw new IllegalStateException("De tabel " + t.naam() + " kreeg " + rijen + " rijen, de back-up "
                            + "noemt er " + t.rijen());
                }
            }
            try (PreparedStatement setval = superuser.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (Reeks r : manifest.reeksen()) {
                    setval.setString(1, ident(r.naam()));
                    setval.setLong(2, r.waarde());
                    setval.setBoolean(3, r.aangeroepen());
                    setval.execute();
                }
            }
            superuser.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            superuser.rollback();
            throw e;
        } finally {
            superuser.setAutoCommit(autoCommit);
        }
        try (Statement s = superuser.createStatement()) {
            s.execute("analyze");
        }
    }

    /** Flyway's last applied version (the backup's schema version). */
    static String schemaVersion(Connection c) throws SQLException {
        return single(c, """
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""");
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> kolommen = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(COLUMNS)) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    kolommen.add(rs.getString(1));
                }
            }
        }
        return kolommen;
    }

    private static List<String> strings(Connection c, String query) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rijen.add(rs.getString(1));
            }
        }
        return rijen;
    }

    private static String single(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** A quoted identifier ({@code "naam"}). */
    static String ident(String naam) {
        return '"' + naam.replace("\"", "\"\"") + '"';
    }

    private static String idents(List<String> namen) {
        return namen.stream().map(BackupFile::ident).collect(Collectors.joining(", "));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of a whole file, hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The ZIP stream stays open when COPY closes what it wrote to. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The directory's entry of a moved file is on disk too (where the platform allows opening a directory). */
    static void forceDirectory(Path dir) {
        try (FileChannel kanaal = FileChannel.open(dir, StandardOpenOption.READ)) {
            kanaal.force(true);
        } catch (IOException e) {
            // not possible on every platform; the file itself was forced
        }
    }
}
