package nl.woonregie.doorbraakplan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.woonregie.doorbraakplan.Uitgangspunt;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The shipped starting data of the check and the planning, data with their source and not code:
 * {@code doorbraakplan/uitgangspunten-den-haag.yaml} (Den Haag's six uitgangspunten) and
 * {@code doorbraakplan/planning-tweede-tranche-2022.yaml} (the 16 dated steps of the memo of 28 January 2022,
 * 000:L397-413). Read and checked once; a wrong file fails at start-up naming what is wrong.
 */
public final class Sjablonen {

    public static final String UITGANGSPUNTEN = "doorbraakplan/uitgangspunten-den-haag.yaml";
    public static final String PLANNING = "doorbraakplan/planning-tweede-tranche-2022.yaml";

    /** A step of the planning template. */
    public record Stap(LocalDate van, LocalDate tot, String wat, String bron) {
    }

    private static final List<Uitgangspunt> DEN_HAAG = leesUitgangspunten();
    private static final List<Stap> TWEEDE_TRANCHE = leesPlanning();

    private Sjablonen() {
    }

    public static List<Uitgangspunt> uitgangspuntenDenHaag() {
        return DEN_HAAG;
    }

    public static List<Stap> planningTweedeTranche() {
        return TWEEDE_TRANCHE;
    }

    private static Map<String, Object> yaml(String bestand) {
        try (InputStream in = Sjablonen.class.getClassLoader().getResourceAsStream(bestand)) {
            if (in == null) {
                throw new IllegalStateException(bestand + " ontbreekt");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new IllegalStateException(bestand + " is niet te lezen", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Uitgangspunt> leesUitgangspunten() {
        List<Uitgangspunt> lijst = new ArrayList<>();
        for (Map<String, Object> u : (List<Map<String, Object>>) yaml(UITGANGSPUNTEN).get("uitgangspunten")) {
            Object max = u.get("maximum");
            String code = (String) u.get("code");
            if (code == null || u.get("naam") == null || u.get("bron") == null) {
                throw new IllegalStateException(UITGANGSPUNTEN + ": code, naam en bron zijn verplicht (" + u + ")");
            }
            lijst.add(new Uitgangspunt(code, (String) u.get("naam"), (String) u.get("omschrijving"),
                    max == null ? null : ((Number) max).intValue(), (String) u.get("bron")));
        }
        return List.copyOf(lijst);
    }

    @SuppressWarnings("unchecked")
    private static List<Stap> leesPlanning() {
        Map<String, Object> bestand = yaml(PLANNING);
        String bron = (String) bestand.get("bron");
        if (bron == null) {
            throw new IllegalStateException(PLANNING + ": bron is verplicht");
        }
        List<Stap> lijst = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) bestand.get("mijlpalen")) {
            LocalDate van = datum(m.get("van"));
            LocalDate tot = datum(m.get("tot"));
            if (van == null || m.get("wat") == null || (tot != null && !tot.isAfter(van))) {
                throw new IllegalStateException(PLANNING + ": van en wat verplicht, tot na van (" + m + ")");
            }
            lijst.add(new Stap(van, tot, (String) m.get("wat"), bron));
        }
        return List.copyOf(lijst);
    }

    private static LocalDate datum(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
