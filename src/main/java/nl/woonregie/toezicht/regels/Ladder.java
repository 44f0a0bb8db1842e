package nl.woonregie.toezicht.regels;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interventieladder of a beleidskader: its steps in order, which steps only take effect by a recorded decision
 * of the province, accepted aliases (e.g. {@code 3} read as {@code 3a}), and how far a tussentijdse toets can move a
 * municipality.
 */
public record Ladder(List<Stap> treden, Map<String, String> aliassen, Trede hoogsteTredeTussentijds) {

    /**
     * One step: code, Dutch name, meaning, and whether moving to it needs a decision of Gedeputeerde Staten.
     *
     * @param regelBijStijging       the rule a negative eindoordeel on this step is reported under (R12, or R15 for
     *                               Zuid-Holland's step 3a)
     * @param toelichtingBijStijging a sentence the motivering adds when a municipality rises from this step, or null
     */
    public record Stap(Trede trede, String naam, String betekenis, boolean besluitVereist, String regelBijStijging,
            String toelichtingBijStijging) {

        public Stap {
            regelBijStijging = regelBijStijging == null || regelBijStijging.isBlank() ? "R12" : regelBijStijging;
        }

        public Stap(Trede trede, String naam, String betekenis, boolean besluitVereist) {
            this(trede, naam, betekenis, besluitVereist, null, null);
        }
    }

    public Ladder {
        if (treden.isEmpty()) {
            throw new IllegalArgumentException("ladder zonder treden");
        }
        treden = List.copyOf(treden);
        aliassen = Map.copyOf(aliassen);
    }

    /** The step for a code or alias, empty when unknown. */
    public Optional<Trede> trede(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String resolved = aliassen.getOrDefault(code, code);
        return treden.stream().map(Stap::trede).filter(t -> t.code().equals(resolved)).findFirst();
    }

    public Trede laagste() {
        return treden.get(0).trede();
    }

    public Trede hoogste() {
        return treden.get(treden.size() - 1).trede();
    }

    public int index(Trede trede) {
        for (int i = 0; i < treden.size(); i++) {
            if (treden.get(i).trede().equals(trede)) {
                return i;
            }
        }
        throw new IllegalArgumentException("trede " + trede + " staat niet op deze ladder");
    }

    /** NEXT(trede): the following step, or the same step at the top of the ladder. */
    public Trede volgende(Trede trede) {
        int i = index(trede);
        return i + 1 < treden.size() ? treden.get(i + 1).trede() : trede;
    }

    public Stap stap(Trede trede) {
        return treden.get(index(trede));
    }

    public boolean besluitVereist(Trede trede) {
        return stap(trede).besluitVereist();
    }

    /** "trede 1 (signaleren)". */
    public String beschrijf(Trede trede) {
        return "trede " + trede.code() + " (" + stap(trede).naam() + ")";
    }
}
