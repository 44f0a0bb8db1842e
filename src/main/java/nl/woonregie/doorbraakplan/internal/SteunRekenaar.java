package nl.woonregie.doorbraakplan.internal;

import java.util.List;

import nl.woonregie.doorbraakplan.Steundekking;
import nl.woonregie.doorbraakplan.Steunregel;
import nl.woonregie.doorbraakplan.ondersteuning.Regel;
import nl.woonregie.doorbraakplan.ondersteuning.Tarieven;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored support plans through the same reader and model as the computation's API: a plan's lines (with their
 * project's name) and cover become the API's request, read by {@link OndersteuningVerzoekLezer} with the
 * municipality's tariff table as its defaults, so that a stored plan is judged and computed exactly as a request.
 */
public final class SteunRekenaar {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A line of a plan with the name of its project. */
    public record ProjectRegel(String project, Steunregel regel) {
    }

    private SteunRekenaar() {
    }

    /** The computation's request of these lines and this cover. */
    public static ObjectNode verzoek(String gemeente, List<ProjectRegel> regels, List<Steundekking> dekking) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("gemeente", gemeente);
        ArrayNode r = root.putArray("regels");
        for (ProjectRegel pr : regels) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("project", pr.project());
            n.setAll((ObjectNode) JSON.valueToTree(pr.regel()));
            r.add(n);
        }
        ArrayNode d = root.putArray("dekking");
        for (Steundekking dk : dekking) {
            d.add((JsonNode) JSON.valueToTree(dk));
        }
        return root;
    }

    /** Reads a request (as the API does) with this tariff table as defaults. */
    public static OndersteuningVerzoekLezer.Resultaat lees(Tarieven tarieven, JsonNode verzoek) {
        return new OndersteuningVerzoekLezer(tarieven).lees(verzoek);
    }

    /** A line of the model as the stored line (without its project). */
    public static Steunregel alsSteunregel(Regel r) {
        if (r instanceof Regel.Woonbegeleiding w) {
            return new Steunregel(w.soort().name(), w.dienst(), w.wonen().name(), w.personen(), w.van().toString(),
                    w.tot().toString(), null, null);
        }
        if (r instanceof Regel.Doorstroombegeleiding d) {
            return new Steunregel(d.soort().name(), d.dienst(), null, d.personen(), null, null,
                    d.kwartaal().toString(), null);
        }
        if (r instanceof Regel.Locatiemanagement l) {
            return new Steunregel(l.soort().name(), l.dienst(), null, null, l.van().toString(), l.tot().toString(),
                    null, l.bedragPerJaar());
        }
        Regel.ZonderKosten z = (Regel.ZonderKosten) r;
        return new Steunregel(z.soort().name(), z.dienst(), null, z.personen(), z.van().toString(),
                z.tot().toString(), null, null);
    }
}
