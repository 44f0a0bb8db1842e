package nl.woonregie.doorbraakplan;

import java.util.List;

/**
 * An action as typed (numbers and dates as their text): the {@code versie} it changes (a change only), its
 * {@code tranche} and/or {@code lead} (ids), {@code wat}, {@code wie}, {@code uitvoerders} (codes), {@code datum}
 * ({@code JJJJ-MM-DD} or "29 maart 2022"; {@code JJJJ-MM} or "april 2022" when only the month is known) and {@code precisie}, {@code doelgroepen}
 * (codes), {@code kanaal}, {@code extra}, {@code stand} with {@code gedaanOp} or {@code vervallenReden}, and the
 * {@code reden} of a change.
 */
public record Communicatieverzoek(String versie, String tranche, String lead, String wat, String wie,
        List<String> uitvoerders, String datum, String precisie, List<String> doelgroepen, String kanaal, String extra,
        String stand, String gedaanOp, String vervallenReden, String reden) {

    /** An empty form for a tranche or a lead. */
    public static Communicatieverzoek leeg(Long tranche, Long lead) {
        return new Communicatieverzoek(null, tranche == null ? null : tranche.toString(),
                lead == null ? null : lead.toString(), null, null, List.of(), null, null, List.of(), null, null,
                null, null, null, null);
    }

    /** The form of a stored action. */
    public static Communicatieverzoek van(Communicatieactie a) {
        return new Communicatieverzoek(Integer.toString(a.versie()), a.tranche() == null ? null
                : a.tranche().toString(), a.lead() == null ? null : a.lead().toString(), a.wat(), a.wie(),
                a.uitvoerders().stream().map(Enum::name).toList(),
                a.moment().tekst(),
                a.precisie().name(), a.doelgroepen(), a.kanaal() == null ? null : a.kanaal().name(), a.extra(),
                a.stand().name(), a.gedaanOp() == null ? null : a.gedaanOp().toString(), a.vervallenReden(), null);
    }
}
