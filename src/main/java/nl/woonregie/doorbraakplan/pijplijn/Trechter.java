package nl.woonregie.doorbraakplan.pijplijn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel: how many leads reached each state, how many dropped there, how many went on and how many are there
 * now — counted from the leads' paths, never typed. For every state {@code bereikt = afgevallen + doorgegaan + nu}
 * holds by construction, and what remains after a state is {@code bereikt − afgevallen}: "9 put to the wethouder, 3
 * dropped" leaves 6, and a 7 cannot be written down.
 */
public final class Trechter {

    private Trechter() {
    }

    /** A lead's path up to the peildatum: the states in the order it entered them; the drop reason when it dropped. */
    public record Pad(List<Leadstatus> standen, String afvalreden) {
    }

    /** One state of the funnel. */
    public record Trede(Leadstatus stand, int bereikt, int afgevallen, int doorgegaan, int nu) {

        /** What remains after this state: those that went on and those still in it. */
        public int over() {
            return bereikt - afgevallen;
        }
    }

    /** Drops per state and reason. */
    public record Afval(Leadstatus stand, String reden, int aantal) {
    }

    /** The funnel of a set of leads. */
    public record Uitkomst(int leads, List<Trede> treden, List<Afval> afgevallen) {
    }

    /** Counts the paths (leads not yet submitted on the peildatum are left out by the caller: an empty path). */
    public static Uitkomst tel(List<Pad> paden) {
        Map<Leadstatus, int[]> tellers = new EnumMap<>(Leadstatus.class);
        for (Leadstatus s : Leadstatus.values()) {
            if (s != Leadstatus.AFGEVALLEN) {
                tellers.put(s, new int[4]);
            }
        }
        Map<String, Integer> afval = new LinkedHashMap<>();
        int leads = 0;
        for (Pad p : paden) {
            List<Leadstatus> standen = p.standen();
            if (standen.isEmpty()) {
                continue;
            }
            leads++;
            for (int i = 0; i < standen.size(); i++) {
                Leadstatus s = standen.get(i);
                if (s == Leadstatus.AFGEVALLEN) {
                    continue;
                }
                int[] t = tellers.get(s);
                t[0]++;
                Leadstatus volgende = i + 1 < standen.size() ? standen.get(i + 1) : null;
                if (volgende == null) {
                    t[3]++;
                } else if (volgende == Leadstatus.AFGEVALLEN) {
                    t[1]++;
                    afval.merge(s.name() + "\u0000" + (p.afvalreden() == null ? "" : p.afvalreden()), 1,
                            Integer::sum);
                } else {
                    t[2]++;
                }
            }
        }
        List<Trede> treden = new ArrayList<>();
        tellers.forEach((s, t) -> treden.add(new Trede(s, t[0], t[1], t[2], t[3])));
        List<Afval> afgevallen = new ArrayList<>();
        afval.forEach((k, n) -> {
            String[] delen = k.split("\u0000", -1);
            afgevallen.add(new Afval(Leadstatus.valueOf(delen[0]), delen[1], n));
        });
        afgevallen.sort(java.util.Comparator.comparing(Afval::stand).thenComparing(Afval::reden));
        return new Uitkomst(leads, treden, afgevallen);
    }
}
