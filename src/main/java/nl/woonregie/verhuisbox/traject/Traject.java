package nl.woonregie.verhuisbox.traject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.woonregie.verhuisbox.Afsluiting;
import nl.woonregie.verhuisbox.Route;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Toetsbesluit;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.Variant;

/**
 * The state machine of a Verhuisbox trajectory: which transitions exist and their entry conditions, as plain Java.
 * {@link #bezwaren} names every unmet condition as a {@link Bezwaar} (empty: the transition may happen). Every
 * transition also needs a reason and an author; stopping is possible from every active state with a reason from the fixed list.
 *
 * <pre>
 * MELDING → ICP_TOETS → GEWEIGERD | WACHTLIJST → INTAKE → ZOEKEN ⇄ AANBOD → VERHUIZING → AFGESLOTEN
 * route ALLEEN_GELD:       ICP_TOETS → ALLEEN_GELD ⇄ AANBOD → VERHUIZING → AFGESLOTEN
 * (every active state) → AFGESLOTEN (GESTOPT, stopreden)
 * </pre>
 *
 * The route of the referral (ADR 0043) decides where a passed toets and a refused offer lead: REGULIER to the
 * waiting list and back to searching, ALLEEN_GELD to {@link Status#ALLEEN_GELD} (no waiting-list order, no capacity).
 * The CJG rule (issue 20 §1; 002:L7559–L7566): with minor children in the household the CJG gezinscoach leads and
 * holds a family talk about a move; Intake → Zoeken needs it recorded. Housing in the client's own network (002:L85–L87)
 * closes the trajectory from Intake, Zoeken or Aanbod with the outcome GEHUISVEST_NETWERK once it is recorded.
 */
public final class Traject {

    private Traject() {
    }

    /** Why the search cannot start yet in a household with minor children (the CJG rule). */
    public static final String GEZINSGESPREK_NODIG = "met minderjarige kinderen in het huishouden leidt de "
            + "gezinscoach van het CJG: leg eerst het gezinsgesprek vast (datum en gezinscoach) voordat het zoeken "
            + "begint";

    /** The transitions that exist (apart from stopping, which is allowed from every active state). */
    public static final Map<Status, Set<Status>> OVERGANGEN = Map.of(
            Status.MELDING, Set.of(Status.ICP_TOETS),
            Status.ICP_TOETS, Set.of(Status.GEWEIGERD, Status.WACHTLIJST, Status.ALLEEN_GELD),
            Status.WACHTLIJST, Set.of(Status.INTAKE),
            Status.ALLEEN_GELD, Set.of(Status.AANBOD),
            Status.INTAKE, Set.of(Status.ZOEKEN),
            Status.ZOEKEN, Set.of(Status.AANBOD),
            Status.AANBOD, Set.of(Status.ZOEKEN, Status.ALLEEN_GELD, Status.VERHUIZING),
            Status.VERHUIZING, Set.of(Status.AFGESLOTEN));

    /**
     * The facts about a case that the entry conditions look at.
     *
     * @param route             the route of the referral (REGULIER or ALLEEN_GELD)
     * @param toets             the outcome of the ICP-toets so far (null when none recorded)
     * @param eersteInWachtrij  first of its category in the waiting-list order
     * @param capaciteitOver    places left this year for its category
     * @param openIntakeItems   intake checklist items still open
     * @param zeerKansrijk      at least one very promising search region
     * @param openAanbod        an offer without a decision
     * @param aanbodAanvaard    the client accepted an offer
     * @param openAanbodItems   offer document checklist items still open
     * @param openVerhuisItems  moving checklist items still open
     * @param minderjarigen     minor children in the household (the CJG rule applies)
     * @param gezinsgesprek     the family talk of the CJG gezinscoach is recorded
     * @param netwerk           housing in the client's own network is recorded
     */
    public record Stand(Status status, Route route, Toetsuitslag toets, boolean casemanager, boolean eersteInWachtrij,
            boolean capaciteitOver, Variant variant, int openIntakeItems, boolean zeerKansrijk, boolean openAanbod,
            boolean aanbodAanvaard, int openAanbodItems, int openVerhuisItems, boolean minderjarigen,
            boolean gezinsgesprek, boolean netwerk) {

        /** A household without minor children (the CJG rule does not apply). */
        public Stand(Status status, Route route, Toetsuitslag toets, boolean casemanager, boolean eersteInWachtrij,
                boolean capaciteitOver, Variant variant, int openIntakeItems, boolean zeerKansrijk, boolean openAanbod,
                boolean aanbodAanvaard, int openAanbodItems, int openVerhuisItems) {
            this(status, route, toets, casemanager, eersteInWachtrij, capaciteitOver, variant, openIntakeItems,
                    zeerKansrijk, openAanbod, aanbodAanvaard, openAanbodItems, openVerhuisItems, false, false, false);
        }
    }

    /** An unmet condition: the field (or fact) it is about and the message, as the API names it in invalidParams. */
    public record Bezwaar(String veld, String melding) {
    }

    /** Every unmet entry condition of going from the case's state to {@code naar}; empty when allowed. */
    public static List<Bezwaar> bezwaren(Stand s, Status naar, String reden, Afsluiting afsluiting) {
        List<Bezwaar> b = new ArrayList<>();
        if (reden == null || reden.isBlank()) {
            b.add(new Bezwaar("reden", "verplicht bij elke statuswijziging"));
        }
        boolean stoppen = naar == Status.AFGESLOTEN && afsluiting != null && afsluiting.uitkomst() == Uitkomst.GESTOPT;
        // housing in the own network closes the trajectory from Intake, Zoeken or Aanbod (checked with the closing)
        boolean netwerk = naar == Status.AFGESLOTEN && afsluiting != null
                && afsluiting.uitkomst() == Uitkomst.GEHUISVEST_NETWERK;
        if (!s.status().actief()) {
            b.add(new Bezwaar("status", s.status().label() + " is een eindstatus"));
            return b;
        }
        if (!stoppen && !netwerk && !OVERGANGEN.getOrDefault(s.status(), Set.of()).contains(naar)) {
            b.add(new Bezwaar("naar", "van " + s.status().label() + " kan niet naar " + (naar == null ? "?" : naar.label())));
            return b;
        }
        if (naar == Status.AFGESLOTEN) {
            afsluiting(s, afsluiting, b);
            return b;
        }
        switch (naar) {
            case GEWEIGERD -> {
                if (s.toets() == null || s.toets().besluit() != Toetsbesluit.GEWEIGERD) {
                    b.add(new Bezwaar("toets", "weigeren kan alleen als een uitsluitend criterium niet voldaan is"));
                }
            }
            case WACHTLIJST, ALLEEN_GELD -> {
                if (s.status() == Status.ICP_TOETS) {
                    if (s.toets() == null || s.toets().besluit() == Toetsbesluit.ONVOLLEDIG) {
                        b.add(new Bezwaar("toets", "elk uitsluitend criterium moet voldaan of niet voldaan zijn"));
                    } else if (s.toets().besluit() == Toetsbesluit.GEWEIGERD) {
                        b.add(new Bezwaar("toets", "een uitsluitend criterium is niet voldaan"));
                    }
                }
                if (naar == Status.WACHTLIJST && s.route() == Route.ALLEEN_GELD) {
                    b.add(new Bezwaar("route", "route alleen geld: de casus gaat niet naar de wachtlijst"));
                } else if (naar == Status.ALLEEN_GELD && s.route() != Route.ALLEEN_GELD) {
                    b.add(new Bezwaar("route", "alleen bij de route alleen geld (de cliënt heeft een woning in zicht)"));
                }
            }
            case INTAKE -> {
                if (!s.casemanager()) {
                    b.add(new Bezwaar("casemanager", "wijs eerst een casemanager toe"));
                }
                if (!s.eersteInWachtrij()) {
                    b.add(new Bezwaar("wachtlijst", "een ander staat eerder op de wachtlijst van deze categorie"));
                }
                if (!s.capaciteitOver()) {
                    b.add(new Bezwaar("capaciteit", "de capaciteit van dit jaar voor deze categorie is bereikt"));
                }
            }
            case ZOEKEN -> {
                if (s.route() == Route.ALLEEN_GELD) {
                    b.add(new Bezwaar("route", "route alleen geld: geen zoekfase; leg een andere woning vast als "
                            + "aanbod"));
                    return b;
                }
                if (s.variant() == null) {
                    b.add(new Bezwaar("variant", "kies de dienstverlening (intensief, licht of advies)"));
                }
                if (s.openIntakeItems() > 0) {
                    b.add(new Bezwaar("intakechecklist", "nog " + punten(s.openIntakeItems()) + " open"));
                }
                if (!s.zeerKansrijk()) {
                    b.add(new Bezwaar("zoekregios", "minstens één zeer kansrijke regio is verplicht"));
                }
                // the CJG rule: from the intake only (a refused offer returns to searching without it)
                if (s.status() == Status.INTAKE && s.minderjarigen() && !s.gezinsgesprek()) {
                    b.add(new Bezwaar("gezinsgesprek", GEZINSGESPREK_NODIG));
                }
            }
            case AANBOD -> {
                if (!s.openAanbod()) {
                    b.add(new Bezwaar("aanbod", "leg eerst het aanbod vast"));
                }
                if (s.status() == Status.ALLEEN_GELD && !s.casemanager()) {
                    b.add(new Bezwaar("casemanager", "wijs eerst een casemanager toe"));
                }
            }

            case VERHUIZING -> {
                if (!s.aanbodAanvaard()) {
                    b.add(new Bezwaar("aanbod", "de cliënt heeft (nog) geen aanbod aanvaard"));
                }
                if (s.openAanbodItems() > 0) {
                    b.add(new Bezwaar("documenten", "nog " + s.openAanbodItems()
                            + " document(en) bij het aanbod open"));
                }
            }
            case ICP_TOETS -> {
                // a complete referral with recorded consent is checked when it is made
            }
            default -> b.add(new Bezwaar("naar", "onbekende overgang"));
        }
        return b;
    }

    private static void afsluiting(Stand s, Afsluiting a, List<Bezwaar> b) {
        if (a == null || a.uitkomst() == null) {
            b.add(new Bezwaar("uitkomst", "verplicht (VERHUISD, GEHUISVEST_DEN_HAAG, GEHUISVEST_NETWERK of GESTOPT)"));
            return;
        }
        switch (a.uitkomst()) {
            case GESTOPT -> {
                if (a.stopreden() == null) {
                    b.add(new Bezwaar("stopreden", "kies een reden uit de vaste lijst"));
                }
            }
            case GEHUISVEST_NETWERK -> {
                if (s.status() != Status.INTAKE && s.status() != Status.ZOEKEN && s.status() != Status.AANBOD) {
                    b.add(new Bezwaar("uitkomst", a.uitkomst().label() + " kan alleen vanuit Intake, Zoeken of "
                            + "Aanbod"));
                } else if (!s.netwerk()) {
                    b.add(new Bezwaar("netwerk", "leg eerst de huisvesting in het eigen netwerk vast (bij wie, vanaf "
                            + "wanneer, briefadres, kostendelersnorm)"));
                }
                if (s.status() == Status.AANBOD && s.openAanbod()) {
                    b.add(new Bezwaar("aanbod", "beslis eerst over het openstaande aanbod"));
                }
                if (a.stopreden() != null) {
                    b.add(new Bezwaar("stopreden", "alleen bij GESTOPT"));
                }
                if (a.bestemmingCode() != null && !a.bestemmingCode().isBlank()) {
                    b.add(new Bezwaar("bestemmingCode", "alleen bij VERHUISD"));
                }
            }
            case VERHUISD, GEHUISVEST_DEN_HAAG -> {
                if (s.status() != Status.VERHUIZING) {
                    b.add(new Bezwaar("uitkomst", a.uitkomst().label() + " kan alleen vanuit Verhuizing"));
                }
                if (s.openVerhuisItems() > 0) {
                    b.add(new Bezwaar("verhuischecklist", "nog " + punten(s.openVerhuisItems()) + " open"));
                }
                if (a.uitkomst() == Uitkomst.VERHUISD && (a.bestemming() == null || a.bestemming().isBlank())
                        && (a.bestemmingCode() == null || a.bestemmingCode().isBlank())) {
                    b.add(new Bezwaar("bestemming", "de gemeente waarheen verhuisd is"));
                }
                if (a.stopreden() != null) {
                    b.add(new Bezwaar("stopreden", "alleen bij GESTOPT"));
                }
                if (a.uitkomst() == Uitkomst.GEHUISVEST_DEN_HAAG && a.bestemmingCode() != null
                        && !a.bestemmingCode().isBlank()) {
                    b.add(new Bezwaar("bestemmingCode",
                            "alleen bij VERHUISD (gehuisvest in Den Haag is de eigen gemeente)"));
                }
            }
        }
    }

    /** "1 punt", "3 punten" (this class stays plain Java, without platform.web's Weergave). */
    static String punten(int n) {
        return n + (n == 1 ? " punt" : " punten");
    }
}
