package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The course of a toezichtgesprek as the province's file runs it by e-mail (issue 19 §4, ADR 0058): planned, the
 * invitation with the agenda sent, held, the concept-verslag sent for comments until a date, the verslag fixed
 * (vastgesteld). Which step is allowed in which state, and why a step is refused, in plain Java: no Spring, no JSON, no
 * database ({@code ArchitectuurTest} guards the {@code regels} package).
 */
public final class Gespreksverloop {

    /** Days after sending a concept-verslag until which comments are welcome, by default (calendar days). */
    public static final int REACTIETERMIJN_DAGEN = 14;

    private Gespreksverloop() {
    }

    /** The state of a talk as stored. "Gehouden" is also shown for an invited talk whose day has come. */
    public enum Toestand {
        GEPLAND, UITGENODIGD, GEHOUDEN, CONCEPT_TER_REACTIE, VASTGESTELD
    }

    /** A step on a talk. */
    public enum Stap {
        /**
         * Send the invitation with the agenda; again before the talk as a gewijzigde uitnodiging (a later version) or
         * to a contact who did not have this version yet.
         */
        UITNODIGEN,
        /** Correct the talk (a new version with a reason). */
        CORRIGEREN,
        /** Send the concept-verslag to the participants for comments. */
        CONCEPT_VERSTUREN,
        /** Record a comment of the municipality on the concept-verslag. */
        REAGEREN,
        /** Fix the verslag: read-only from then on, sent to the same contacts. */
        VASTSTELLEN
    }

    /**
     * What the step depends on besides the state.
     *
     * @param gehouden                 the day of the talk is today or has passed
     * @param reactietermijnVoorbij    the date until which comments were welcome has passed
     * @param gemeenteAkkoord          the municipality said it agrees with the concept-verslag
     */
    public record Omstandigheden(boolean gehouden, boolean reactietermijnVoorbij,
            boolean gemeenteAkkoord) {
    }

    /** The outcome of a step: allowed (with the state afterwards) or refused (with the reason in Dutch). */
    public sealed interface Uitkomst permits Toegestaan, Geweigerd {
    }

    /** The step is allowed; {@code toestand} is the state afterwards. */
    public record Toegestaan(Toestand toestand) implements Uitkomst {
    }

    /** The step is refused, with the reason as the user reads it. */
    public record Geweigerd(String reden) implements Uitkomst {
    }

    /** Whether {@code stap} may be taken on a talk in {@code toestand}, and the state afterwards. */
    public static Uitkomst stap(Toestand toestand, Stap stap, Omstandigheden o) {
        if (toestand == Toestand.VASTGESTELD) {
            return new Geweigerd("het verslag is vastgesteld; het gesprek kan niet meer worden gewijzigd");
        }
        return switch (stap) {
            case UITNODIGEN -> uitnodigen(toestand, o);
            case CORRIGEREN -> new Toegestaan(toestand);
            case CONCEPT_VERSTUREN -> o.gehouden() ? new Toegestaan(Toestand.CONCEPT_TER_REACTIE)
                    : new Geweigerd("het gesprek is nog niet gehouden; een concept-verslag volgt na het gesprek");
            case REAGEREN -> toestand == Toestand.CONCEPT_TER_REACTIE ? new Toegestaan(toestand)
                    : new Geweigerd("er is geen concept-verslag ter reactie");
            case VASTSTELLEN -> vaststellen(toestand, o);
        };
    }

    private static Uitkomst uitnodigen(Toestand toestand, Omstandigheden o) {
        if (o.gehouden()) {
            return new Geweigerd("het gesprek is al gehouden; een uitnodiging kan niet meer worden verzonden");
        }
        return switch (toestand) {
            case GEPLAND -> new Toegestaan(Toestand.UITGENODIGD);
            // again: a gewijzigde uitnodiging after a change, or to a contact added to the selection; the sender
            // never sends the same version to the same contact twice
            case UITGENODIGD -> new Toegestaan(Toestand.UITGENODIGD);
            default -> new Geweigerd("het gesprek is al gehouden; een uitnodiging kan niet meer worden verzonden");
        };
    }

    private static Uitkomst vaststellen(Toestand toestand, Omstandigheden o) {
        if (toestand != Toestand.CONCEPT_TER_REACTIE) {
            return new Geweigerd("het concept-verslag is nog niet ter reactie verzonden");
        }
        if (!o.reactietermijnVoorbij() && !o.gemeenteAkkoord()) {
            return new Geweigerd("de reactietermijn loopt nog en de gemeente heeft niet ingestemd met het "
                    + "concept-verslag");
        }
        return new Toegestaan(Toestand.VASTGESTELD);
    }

    /** The default date until which comments on a concept-verslag sent on {@code verzonden} are welcome. */
    public static LocalDate standaardReactieTot(LocalDate verzonden) {
        return verzonden.plusDays(REACTIETERMIJN_DAGEN);
    }

    /** The state in Dutch, as the pages and the API show it. */
    public static String label(Toestand toestand, boolean gehouden, LocalDate reactieTot, LocalDate vastgesteldOp) {
        return switch (toestand) {
            case GEPLAND -> gehouden ? "Gehouden" : "Gepland";
            case UITGENODIGD -> gehouden ? "Gehouden" : "Uitnodiging verzonden";
            case GEHOUDEN -> "Gehouden";
            case CONCEPT_TER_REACTIE -> "Concept-verslag ter reactie tot " + NlFormaat.datum(reactieTot);
            case VASTGESTELD -> "Verslag vastgesteld op " + NlFormaat.datum(vastgesteldOp);
        };
    }

    /** 2022-10-04 10:00 → "dinsdag 4 oktober 2022 om 10.00 uur"; without a time only the day. */
    public static String datumEnTijd(LocalDate datum, LocalTime aanvang) {
        String dag = datum.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl")) + " "
                + NlFormaat.datum(datum);
        return aanvang == null ? dag : dag + " om " + String.format("%d.%02d uur", aanvang.getHour(),
                aanvang.getMinute());
    }
}
