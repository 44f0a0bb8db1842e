package nl.woonregie.doorbraakplan.ondersteuning;

import java.util.List;

/** What the computation needs: the plan's lines in order, the tariff table, the cover per year. */
public record Ondersteuningsvraag(List<Regel> regels, Tarieven tarieven, List<Dekking> dekking) {

    public Ondersteuningsvraag {
        regels = List.copyOf(regels);
        dekking = List.copyOf(dekking);
    }
}
