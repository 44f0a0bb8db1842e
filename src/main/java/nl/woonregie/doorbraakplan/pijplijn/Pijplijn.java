package nl.woonregie.doorbraakplan.pijplijn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline's rules: which steps a lead in a state may take, and each step's entry conditions. A pure function of
 * a lead's facts ({@link Feiten}) and the step's input ({@link Invoer}); the objections name the input's fields (or
 * the lead's, for a condition not met), in Dutch.
 *
 * <ul>
 *   <li>every step: the lead is in the step's starting state (a drop: in any state that is not final) and the step's
 *       date is given, not before the lead's last step and not in the future;</li>
 *   <li>{@link Stap#HAALBAARHEIDSONDERZOEK_STARTEN}: all four aspects analysed, a decision reference (kenmerk);</li>
 *   <li>{@link Stap#NAAR_COLLEGE}: the study's conclusion written down, a kenmerk;</li>
 *   <li>{@link Stap#AANWIJZEN}: a kenmerk, a colour (oranje or groen) and a tranche;</li>
 *   <li>{@link Stap#AFVALLEN}: a reason from the municipality's active list and a note.</li>
 * </ul>
 */
public final class Pijplijn {

    private Pijplijn() {
    }

    /** An objection: the field it concerns and why. */
    public record Bezwaar(String veld, String melding) {
    }

    /** What the rules need to know of a lead. */
    public record Feiten(Leadstatus status, LocalDate laatsteStap, Set<Aspect> geanalyseerd, boolean conclusie) {
    }

    /** A step's input as the rules judge it (the service has parsed dates and codes; null when absent or invalid). */
    public record Invoer(Stap stap, LocalDate datum, String kenmerk, Kleur kleur, Long tranche, String reden,
            String toelichting) {
    }

    /** The steps a lead in this state may take (for the buttons), in order. */
    public static List<Stap> mogelijk(Leadstatus status) {
        List<Stap> stappen = new ArrayList<>();
        if (status == null || status.eind()) {
            return stappen;
        }
        for (Stap s : Stap.values()) {
            if (s.van() == status) {
                stappen.add(s);
            }
        }
        stappen.add(Stap.AFVALLEN);
        return stappen;
    }

    /** The state after the step. */
    public static Leadstatus na(Stap stap) {
        return stap.naar();
    }

    /**
     * Judges a step: every objection, empty when it may be taken. {@code redenen}: the codes of the municipality's
     * active reasons for dropping, with their descriptions.
     */
    public static List<Bezwaar> beoordeel(Feiten lead, Invoer in, Map<String, String> redenen, LocalDate vandaag) {
        List<Bezwaar> b = new ArrayList<>();
        if (in.stap() == null) {
            b.add(new Bezwaar("stap", "verplicht: een van " + String.join(", ", namen(mogelijk(lead.status())))));
            return b;
        }
        Stap stap = in.stap();
        if (lead.status().eind()) {
            b.add(new Bezwaar("stap", "de lead is " + (lead.status() == Leadstatus.AANGEWEZEN ? "aangewezen"
                    : "afgevallen") + "; er volgt geen stap meer"));
            return b;
        }
        if (stap == Stap.INDIENEN || stap.van() != null && stap.van() != lead.status()) {
            b.add(new Bezwaar("stap", "deze stap kan niet vanuit de huidige stand; mogelijk: "
                    + String.join(", ", namen(mogelijk(lead.status())))));
            return b;
        }
        if (in.datum() == null) {
            b.add(new Bezwaar("datum", "verplicht (JJJJ-MM-DD)"));
        } else if (in.datum().isAfter(vandaag)) {
            b.add(new Bezwaar("datum", "ligt in de toekomst"));
        } else if (lead.laatsteStap() != null && in.datum().isBefore(lead.laatsteStap())) {
            b.add(new Bezwaar("datum", "ligt vóór de vorige stap van de lead (" + lead.laatsteStap() + ")"));
        }
        boolean kenmerkNodig = stap == Stap.HAALBAARHEIDSONDERZOEK_STARTEN || stap == Stap.NAAR_COLLEGE
                || stap == Stap.AANWIJZEN;
        if (kenmerkNodig && leeg(in.kenmerk())) {
            b.add(new Bezwaar("kenmerk", "verplicht: het kenmerk van het besluit"));
        }
        switch (stap) {
            case HAALBAARHEIDSONDERZOEK_STARTEN -> {
                for (Aspect a : Aspect.values()) {
                    if (!lead.geanalyseerd().contains(a)) {
                        b.add(new Bezwaar("analyse." + a.name(), "eerst analyseren: alle vier de aspecten zijn "
                                + "nodig voordat de wethouders besluiten"));
                    }
                }
            }
            case NAAR_COLLEGE -> {
                if (!lead.conclusie()) {
                    b.add(new Bezwaar("haalbaarheidsonderzoek.conclusie", "eerst de conclusie van het "
                            + "haalbaarheidsonderzoek vastleggen"));
                }
            }
            case AANWIJZEN -> {
                if (in.kleur() == null) {
                    b.add(new Bezwaar("kleur", "verplicht: ORANJE (onderzoekslocatie) of GROEN"));
                }
                if (in.tranche() == null) {
                    b.add(new Bezwaar("tranche", "verplicht: de tranche van het collegebesluit"));
                }
            }
            case AFVALLEN -> {
                if (leeg(in.reden())) {
                    b.add(new Bezwaar("reden", "verplicht: een reden uit de lijst van de gemeente"));
                } else if (!redenen.containsKey(in.reden())) {
                    b.add(new Bezwaar("reden", "onbekende of ingetrokken reden; mogelijk: "
                            + String.join(", ", redenen.keySet())));
                }
                if (leeg(in.toelichting())) {
                    b.add(new Bezwaar("toelichting", "verplicht: waarom de lead afvalt"));
                }
            }
            default -> {
            }
        }
        return b;
    }

    private static List<String> namen(List<Stap> stappen) {
        return stappen.stream().map(Enum::name).toList();
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
