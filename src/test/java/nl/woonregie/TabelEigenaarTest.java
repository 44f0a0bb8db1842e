package nl.woonregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Table ownership: each table belongs to exactly one module (the table in {@code docs/architecture.md}, section
 * "Tables and their owners"), and only that module's code names it in SQL. Dependencies that hide in SQL are
 * invisible to {@code ApplicationModules.verify()}; this test makes them visible.
 */
class TabelEigenaarTest {

    static final Path BRONNEN = Path.of("src", "main", "java", "nl", "woonregie");
    static final Path MIGRATIES = Path.of("src", "main", "resources", "db", "migration");
    static final Pattern RIJ = Pattern.compile("^\\| `([a-z_0-9]+)` \\| `([a-z.]+)` \\|$", Pattern.MULTILINE);
    static final Pattern SQL = Pattern.compile("\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CREATE = Pattern.compile("create table (?:if not exists )?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    static Map<String, String> eigenaars() throws IOException {
        String doc = Files.readString(Path.of("docs", "architecture.md"), StandardCharsets.UTF_8);
        Map<String, String> eigenaar = new TreeMap<>();
        Matcher m = RIJ.matcher(doc);
        while (m.find()) {
            assertThat(eigenaar.put(m.group(1), m.group(2))).as("tabel " + m.group(1) + " staat twee keer in de lijst")
                    .isNull();
        }
        return eigenaar;
    }

    @Test
    void elke_tabel_van_de_migraties_heeft_precies_een_eigenaar() throws IOException {
        Set<String> gemaakt = new TreeSet<>();
        try (Stream<Path> paden = Files.list(MIGRATIES)) {
            for (Path p : paden.filter(x -> x.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    gemaakt.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(eigenaars().keySet()).containsAll(gemaakt);
        assertThat(gemaakt).containsAll(eigenaars().keySet());
    }

    @Test
    void een_module_noemt_in_sql_alleen_haar_eigen_tabellen() throws IOException {
        Map<String, String> eigenaar = eigenaars();
        List<String> overtredingen = new ArrayList<>();
        try (Stream<Path> paden = Files.walk(BRONNEN)) {
            for (Path p : paden.filter(x -> x.toString().endsWith(".java")).toList()) {
                String module = module(BRONNEN.relativize(p));
                Matcher m = SQL.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    String tabel = m.group(1).toLowerCase();
                    String van = eigenaar.get(tabel);
                    // exact: a nested module reads its parent's or a sibling's tables only through their API
                    if (van == null || module.equals(van)) {
                        continue;
                    }
                    overtredingen.add(module + " → " + tabel + " (eigenaar " + van + ") in " + p);
                }
            }
        }
        assertThat(overtredingen).as("SQL op de tabel van een andere module").isEmpty();
    }

    /**
     * The module of a source file: its first package below nl.woonregie, or platform's part, e.g. platform.web; or
     * the nested module it is in, e.g. {@code verhuisbox/traject/internal/X.java} is in {@code verhuisbox.traject}
     * (a package below a module with a package-info annotated {@code @ApplicationModule}).
     */
    static String module(Path relatief) {
        String eerste = relatief.getName(0).toString();
        if (relatief.getNameCount() > 2 && eerste.equals("platform")) {
            return "platform." + relatief.getName(1);
        }
        if (relatief.getNameCount() <= 1) {
            return "";
        }
        String module = eerste;
        for (int i = 1; i < relatief.getNameCount() - 1; i++) {
            if (!genest(relatief.subpath(0, i + 1))) {
                break;
            }
            module += "." + relatief.getName(i);
        }
        return module;
    }

    /** Whether a package (a folder below nl.woonregie) is a nested module: its package-info says so. */
    static boolean genest(Path map) {
        Path info = BRONNEN.resolve(map).resolve("package-info.java");
        try {
            return Files.exists(info) && Files.readString(info, StandardCharsets.UTF_8).contains("@ApplicationModule");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
