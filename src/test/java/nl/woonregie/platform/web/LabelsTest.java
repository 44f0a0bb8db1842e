package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.woonregie.platform.security.Rol;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every code a person may see has its Dutch label in one place, {@code labels/<module>.properties}: every constant of
 * every enum of Woonregie, except the enums named below that never reach a screen (with the reason), and no label
 * for a constant that does not exist.
 */
class LabelsTest {

    /** Enums that are never shown to a person, and why. A new enum is labelled, or listed here with its reason. */
    static final Map<String, String> NIET_OP_HET_SCHERM = Map.ofEntries(
            Map.entry("platform.core.GedateerdeParameters.Datumregel", "a rule of a shipped parameter file, never on screen"),
            Map.entry("platform.export.CsvLezer.Soort", "its own reden() is the Dutch text of a CSV error"),
            Map.entry("platform.importbestand.Bestand.Formaat", "CSV and XLSX: abbreviations people write so"),
            Map.entry("toezicht.opvolging.Actie.Filter", "a query parameter of the API"),
            Map.entry("toezicht.regels.Beoordeling.Conclusie", "the engine's; pages show BeoordelingRecord.Conclusie"),
            Map.entry("toezicht.regels.Bevinding.Type", "a finding is shown by its Dutch text"),
            Map.entry("toezicht.ronde.Controlebevinding.Code", "a finding is shown by its Dutch text"),
            Map.entry("brieven.BriefBundels.Status", "the progress API; the page writes its own Dutch progress"),
            Map.entry("verhuisbox.traject.Handeling", "its own Dutch text is what the processing register shows"),
            Map.entry("verhuisbox.traject.Handeling.Soort", "internal grouping of the processing register"),
            Map.entry("verhuisbox.rapportage.Figuren.Aggregaat", "a figure is shown by its title and unit"));

    /** The enums of Woonregie's own classes (not the tests'), read from the class path without initialising them. */
    static List<Class<?>> enums() throws IOException, ClassNotFoundException {
        List<Class<?>> enums = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:nl/woonregie/**/*.class")) {
            String url = r.getURL().toString();
            if (url.contains("/test-classes/")) {
                continue;
            }
            String naam = url.substring(url.lastIndexOf("nl/woonregie/"), url.length() - ".class".length())
                    .replace('/', '.');
            Class<?> c = Class.forName(naam, false, LabelsTest.class.getClassLoader());
            if (c.isEnum()) {
                enums.add(c);
            }
        }
        return enums;
    }

    @Test
    void elke_constante_van_elk_enum_op_het_scherm_heeft_een_nederlands_label() throws Exception {
        List<Class<?>> enums = enums();
        assertThat(enums).as("the enums of Woonregie").hasSizeGreaterThan(20);
        Set<String> ontbrekend = new TreeSet<>();
        for (Class<?> e : enums) {
            String type = Labels.type(e);
            if (NIET_OP_HET_SCHERM.containsKey(type)) {
                continue;
            }
            for (Object constante : e.getEnumConstants()) {
                String sleutel = type + "." + ((Enum<?>) constante).name();
                if (!Labels.alle().containsKey(sleutel) || Labels.alle().get(sleutel).isBlank()) {
                    ontbrekend.add(sleutel);
                }
            }
        }
        assertThat(ontbrekend).as("labels missing in src/main/resources/labels/*.properties").isEmpty();
    }

    @Test
    void een_label_van_een_enum_hoort_bij_een_constante_die_bestaat() throws Exception {
        Map<String, Class<?>> perType = new HashMap<>();
        enums().forEach(e -> perType.put(Labels.type(e), e));
        Set<String> vreemd = new TreeSet<>();
        for (String sleutel : Labels.alle().keySet()) {
            String type = sleutel.substring(0, sleutel.lastIndexOf('.'));
            String code = sleutel.substring(sleutel.lastIndexOf('.') + 1);
            Class<?> e = perType.get(type);
            if (e != null && Arrays.stream(e.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name()
                    .equals(code))) {
                vreemd.add(sleutel);
            }
        }
        assertThat(vreemd).as("labels of constants that do not exist").isEmpty();
        assertThat(perType.keySet()).as("the enums exempted above exist").containsAll(NIET_OP_HET_SCHERM.keySet());
    }

    @Test
    void een_label_staat_los_met_een_hoofdletter_en_in_een_zin_klein_behalve_een_afkorting() {
        assertThat(Labels.van(Status.ICP_TOETS)).isEqualTo("ICP-toets");
        assertThat(Labels.inZin(Status.ICP_TOETS)).isEqualTo("ICP-toets");
        assertThat(Labels.van(Variant.INTENSIEF)).isEqualTo("Intensieve hulp");
        assertThat(Labels.inZin(Variant.INTENSIEF)).isEqualTo("intensieve hulp");
        assertThat(Labels.inZin(Rol.COORDINATOR)).isEqualTo("coördinator");
        assertThat(Labels.van("verhuisbox.Status", "WACHTLIJST")).isEqualTo("Wachtlijst");
        assertThat(Labels.van((Enum<?>) null)).isEqualTo("–");
    }

    @Test
    void een_code_zonder_label_blijft_zichtbaar_zodat_de_kruiper_hem_vindt() {
        assertThat(Labels.van("verhuisbox.Status", "BESTAAT_NIET")).isEqualTo("BESTAAT_NIET");
        assertThat(Labels.zoek("verhuisbox.Status", "BESTAAT_NIET")).isEmpty();
    }

    @Test
    void het_type_van_een_genest_enum_noemt_ook_de_omringende_klasse() {
        assertThat(Labels.type(Rol.class)).isEqualTo("platform.security.Rol");
        assertThat(Labels.type(nl.woonregie.verhuisbox.Criterium.Uitslag.class))
                .isEqualTo("verhuisbox.Criterium.Uitslag");
    }
}
