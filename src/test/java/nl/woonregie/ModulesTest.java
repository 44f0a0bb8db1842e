package nl.woonregie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure (Spring Modulith): every module declares the modules it may use, and {@code verify()} refuses
 * cycles, undeclared dependencies and access to another module's internals. The module documentation in
 * {@code docs/modules/} is generated here, so it cannot drift from the code.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(WoonregieApplication.class);

    @Test
    void de_modules_houden_zich_aan_hun_grenzen() {
        MODULES.verify();
    }

    @Test
    void de_moduledocumentatie_wordt_gegenereerd() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
        ordenRegels(Path.of("docs", "modules"));
        tekenSvg(Path.of("docs", "modules", "components.puml"), Path.of("docs", "modules", "components.svg"));
        // the Documenter reads the Javadoc from the JSON that spring-modulith-apt writes; an unmatched bracket in a
        // comment (a half-open period written "[a, b)") derails that reading, and the rest of the JSON then lands in
        // the pages as text
        try (Stream<Path> paginas = Files.list(Path.of("docs", "modules"))) {
            for (Path pagina : paginas.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                org.assertj.core.api.Assertions.assertThat(Files.readString(pagina, StandardCharsets.UTF_8))
                        .as("%s: Javadoc as JSON text; look for an unmatched [ or ( in a comment", pagina)
                        .doesNotContain("\",\"methods\":[{\"name\"");
            }
        }
    }

    /** The module diagram as SVG, for readers without PlantUML (laid out in Java, no Graphviz). */
    static void tekenSvg(Path puml, Path svg) throws IOException {
        String bron = Files.readString(puml, StandardCharsets.UTF_8).replaceFirst("@startuml",
                "@startuml\n!pragma layout smetana");
        try (var uit = Files.newOutputStream(svg)) {
            new net.sourceforge.plantuml.SourceStringReader(bron).outputImage(uit,
                    new net.sourceforge.plantuml.FileFormatOption(net.sourceforge.plantuml.FileFormat.SVG));
        }
    }

    /**
     * The Documenter writes the relations of a diagram in the order it finds them, which differs from run to run;
     * sorted, a test run leaves the committed diagrams unchanged unless the modules changed.
     */
    static void ordenRegels(Path map) throws IOException {
        try (Stream<Path> bestanden = Files.list(map)) {
            for (Path p : bestanden.filter(x -> x.toString().endsWith(".puml")).toList()) {
                List<String> regels = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
                int i = 0;
                while (i < regels.size()) {
                    String soort = soort(regels.get(i));
                    int j = i;
                    while (soort != null && j < regels.size() && soort.equals(soort(regels.get(j)))) {
                        j++;
                    }
                    if (j > i + 1) {
                        Collections.sort(regels.subList(i, j));
                    }
                    i = Math.max(j, i + 1);
                }
                Files.write(p, regels, StandardCharsets.UTF_8);
            }
        }
    }

    private static String soort(String regel) {
        String r = regel.strip();
        int haakje = r.indexOf('(');
        return haakje > 0 && r.endsWith(")") ? regel.substring(0, regel.indexOf(r)) + r.substring(0, haakje) : null;
    }
}
