package nl.woonregie.gebied;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Municipal boundaries (CBS 2024, simplified; {@code referentiedata/gemeenten-2024.geojson}) as SVG paths, projected
 * per set of municipalities so that a province or region fills the map. No map service is needed.
 */
@Component
public class GemeenteKaart {

    /** SVG paths per municipality code, in a viewBox of {@code breedte × hoogte}. */
    public record Kaart(double breedte, double hoogte, Map<String, String> paden) {
    }

    private final Map<String, List<List<double[]>>> ringen = new HashMap<>();
    private final Map<String, Kaart> cache = new ConcurrentHashMap<>();

    public GemeenteKaart(JsonMapper json) {
        try (InputStream in = new ClassPathResource("referentiedata/gemeenten-2024.geojson").getInputStream()) {
            JsonNode root = json.readTree(in);
            for (JsonNode f : root.get("features")) {
                String code = f.get("properties").get("code").asString();
                JsonNode g = f.get("geometry");
                List<List<double[]>> lijst = new ArrayList<>();
                if ("Polygon".equals(g.get("type").asString())) {
                    polygon(g.get("coordinates"), lijst);
                } else {
                    for (JsonNode p : g.get("coordinates")) {
                        polygon(p, lijst);
                    }
                }
                ringen.put(code, lijst);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void polygon(JsonNode polygon, List<List<double[]>> lijst) {
        for (JsonNode ring : polygon) {
            List<double[]> punten = new ArrayList<>(ring.size());
            ring.forEach(p -> punten.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            lijst.add(punten);
        }
    }

    public boolean heeftVorm(String code) {
        return ringen.containsKey(code);
    }

    /** The map of these municipalities (those without a 2024 boundary are left out), 600 units wide. */
    public Kaart kaart(Collection<String> codes) {
        List<String> gesorteerd = codes.stream().filter(ringen::containsKey).sorted().toList();
        return cache.computeIfAbsent(String.join(",", gesorteerd), k -> teken(gesorteerd));
    }

    private Kaart teken(List<String> codes) {
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE;
        for (String c : codes) {
            for (List<double[]> ring : ringen.get(c)) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        if (codes.isEmpty()) {
            return new Kaart(600, 400, Map.of());
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double breedte = 600;
        double schaal = breedte / ((maxLon - minLon) * cos);
        double hoogte = (maxLat - minLat) * schaal;
        Map<String, String> paden = new HashMap<>();
        for (String c : codes) {
            StringBuilder sb = new StringBuilder();
            for (List<double[]> ring : ringen.get(c)) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] - minLon) * cos * schaal;
                    double y = (maxLat - ring.get(i)[1]) * schaal;
                    sb.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                }
                sb.append('Z');
            }
            paden.put(c, sb.toString());
        }
        return new Kaart(breedte, Math.ceil(hoogte), Map.copyOf(paden));
    }
}
