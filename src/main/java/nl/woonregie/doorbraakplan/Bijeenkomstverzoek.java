package nl.woonregie.doorbraakplan;

import java.util.List;

/**
 * A meeting as typed: the {@code versie} it changes (a change only), its {@code tranche} and/or {@code lead},
 * {@code naam}, {@code plaats}, {@code datum} (empty: still to be set), {@code doelgroepen}, {@code wie},
 * {@code aanmeldingen} and {@code aanmeldingenMeerDan} ("true": more than that number), {@code uitkomst}, and the
 * {@code reden} of a change.
 */
public record Bijeenkomstverzoek(String versie, String tranche, String lead, String naam, String plaats,
        String datum, List<String> doelgroepen, String wie, String aanmeldingen, String aanmeldingenMeerDan,
        String uitkomst, String reden) {

    public static Bijeenkomstverzoek leeg(Long tranche, Long lead) {
        return new Bijeenkomstverzoek(null, tranche == null ? null : tranche.toString(),
                lead == null ? null : lead.toString(), null, null, null, List.of(), null, null, null, null, null);
    }

    public static Bijeenkomstverzoek van(Bijeenkomst b) {
        return new Bijeenkomstverzoek(Integer.toString(b.versie()), b.tranche() == null ? null
                : b.tranche().toString(), b.lead() == null ? null : b.lead().toString(), b.naam(), b.plaats(),
                b.datum() == null ? null : b.datum().toString(), b.doelgroepen(), b.wie(),
                b.aanmeldingen() == null ? null : b.aanmeldingen().toString(),
                Boolean.toString(b.aanmeldingenMeerDan()), b.uitkomst(), null);
    }
}
