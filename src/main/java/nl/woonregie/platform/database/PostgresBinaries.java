package nl.woonregie.platform.database;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Where zonky unpacked the PostgreSQL binaries, so that this application can run {@code postgres --single} on the
 * cluster before the server starts (see {@link ClusterAccess}). Zonky unpacks the archive its resolver returns into
 * {@code <working directory>/PG-<MD5 of the archive>}; this resolver hands zonky the default archive and notes its
 * MD5 while zonky reads it. The working directory is zonky's default, passed to zonky explicitly.
 */
final class PostgresBinaries implements PgBinaryResolver {

    /** One instance: zonky caches the unpacked directory per resolver, so the archive is read once per JVM. */
    static final PostgresBinaries INSTANCE = new PostgresBinaries();

    private volatile String md5;

    private PostgresBinaries() {
    }

    /** zonky's default working directory ({@code ot.epg.working-dir}, else {@code <tmp>/embedded-pg}). */
    static File workingDirectory() {
        File standaard = new File(System.getProperty("java.io.tmpdir"), "embedded-pg");
        return new File(System.getProperty("ot.epg.working-dir", standaard.getPath()));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream archief = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        DigestInputStream gelezen = new DigestInputStream(archief, digest);
        return new FilterInputStream(gelezen) {
            private boolean gesloten;

            @Override
            public void close() throws IOException {
                super.close();
                if (!gesloten) { // zonky closes the stream twice; the digest is reset after the first digest()
                    gesloten = true;
                    md5 = HexFormat.of().formatHex(digest.digest());
                }
            }
        };
    }

    /** The directory with {@code bin/postgres}; only known after zonky prepared the binaries (in its constructor). */
    Path directory() {
        String hash = md5;
        if (hash == null) {
            throw new IllegalStateException("zonky has not read the PostgreSQL binaries yet");
        }
        Path dir = workingDirectory().toPath().resolve("PG-" + hash);
        if (!Files.isDirectory(dir.resolve("bin"))) {
            throw new IllegalStateException("PostgreSQL binaries not found in " + dir);
        }
        return dir;
    }

    /**
     * The command line for one of the binaries, as zonky runs them: under {@code unshare -U} when this process runs
     * as root (PostgreSQL refuses to run as root; in its own user namespace it is not).
     */
    List<String> command(String binary, String... args) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.add("unshare");
            command.add("-U");
        }
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        command.add(directory().resolve("bin").resolve(windows ? binary + ".exe" : binary).toString());
        command.addAll(List.of(args));
        return command;
    }
}
