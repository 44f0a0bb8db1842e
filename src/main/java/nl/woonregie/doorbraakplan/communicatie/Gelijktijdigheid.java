package nl.woonregie.doorbraakplan.communicatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The same-moment rule of memo 5 as a check on a tranche's communication plan: "Raad, bewonersorganisaties en
 * omwonenden worden gelijktijdig geïnformeerd" (000:L894-897), and after the college decision a letter to the
 * omwonenden of every new project (000:L386-391).
 *
 * <ul>
 * <li>The check runs once the tranche has a college decision; before, it answers "not checked".</li>
 * <li>An action counts for its audiences unless it lapsed; its moment is the day it was done, else its planned
 * moment (a day or a month).</li>
 * <li>Per audience the earliest action is the moment it is informed; the omwonenden of a new project are informed by
 * the earliest action for the omwonenden of that project, the omwonenden in general by one without a project.</li>
 * <li>Findings: an audience without any action ({@link Soort#DOELGROEP_ONTBREEKT}); moments that certainly differ
 * ({@link Soort#VERSCHILLENDE_MOMENTEN}, e.g. the raadsmededeling on 29 March and the letters on 30 March); moments of
 * which only the month is known, so that the same day cannot be confirmed ({@link Soort#ALLEEN_MAAND_BEKEND}); a new
 * project without a letter to its omwonenden ({@link Soort#BRIEF_OMWONENDEN_ONTBREEKT}). A lapsed letter (with its
 * reason, e.g. "Wonen in ontwikkeling: communicatie met Haagwonen") is a recorded exception, not a finding.</li>
 * </ul>
 */
public final class Gelijktijdigheid {

    public static final String RAAD = "RAAD";
    public static final String BEWONERSORGANISATIES = "BEWONERSORGANISATIES";
    public static final String OMWONENDEN = "OMWONENDEN";
    /** The three audiences of the rule, in the memo's order. */
    public static final List<String> DOELGROEPEN = List.of(RAAD, BEWONERSORGANISATIES, OMWONENDEN);

    private Gelijktijdigheid() {
    }

    /** An action as the check sees it. {@code lead}: the project it concerns, null for the whole tranche. */
    public record Actie(long id, String wat, Set<String> doelgroepen, Kanaal kanaal, Long lead, Moment gepland,
            Actiestand stand, LocalDate gedaanOp) {

        /** The moment it counts for: the day it was done, else when it is planned; empty when it lapsed. */
        public Optional<Moment> moment() {
            return switch (stand) {
                case VERVALLEN -> Optional.empty();
                case GEDAAN -> Optional.of(gedaanOp == null ? gepland : Moment.dag(gedaanOp));
                case GEPLAND -> Optional.of(gepland);
            };
        }
    }

    /** A new project of the tranche (a lead the college designated). */
    public record Project(long lead, String naam) {
    }

    /** What is checked: the college decision's date (null: none yet), the tranche's actions and new projects. */
    public record Vraag(LocalDate besluitdatum, List<Actie> acties, List<Project> projecten) {
    }

    public enum Soort {
        DOELGROEP_ONTBREEKT, VERSCHILLENDE_MOMENTEN, ALLEEN_MAAND_BEKEND, BRIEF_OMWONENDEN_ONTBREEKT
    }

    /**
     * When an audience is informed. {@code doelgroep} one of {@link #DOELGROEPEN}; {@code lead} the project for the
     * omwonenden of one project.
     */
    public record Informatiemoment(String doelgroep, Long lead, String wie, Moment moment, long actie, String wat) {
    }

    /** A finding: its kind, the audience or project it concerns, the actions it is about and a Dutch sentence. */
    public record Bevinding(Soort soort, String doelgroep, Long lead, List<Long> acties, String tekst) {
    }

    /** The outcome: whether it was checked (a college decision), the moments found and the findings. */
    public record Uitkomst(boolean getoetst, List<Informatiemoment> momenten, List<Bevinding> bevindingen) {

        public boolean inOrde() {
            return getoetst && bevindingen.isEmpty();
        }
    }

    public static Uitkomst toets(Vraag v) {
        if (v.besluitdatum() == null) {
            return new Uitkomst(false, List.of(), List.of());
        }
        List<Bevinding> bevindingen = new ArrayList<>();
        List<Informatiemoment> momenten = new ArrayList<>();
        Set<Long> projecten = new java.util.HashSet<>();
        v.projecten().forEach(p -> projecten.add(p.lead()));
        for (String doelgroep : DOELGROEPEN) {
            List<Actie> voor = v.acties().stream()
                    .filter(a -> a.doelgroepen().contains(doelgroep) && a.moment().isPresent()).toList();
            if (voor.isEmpty()) {
                bevindingen.add(new Bevinding(Soort.DOELGROEP_ONTBREEKT, doelgroep, null, List.of(),
                        "Geen actie die " + naam(doelgroep) + " informeert."));
                continue;
            }
            if (!doelgroep.equals(OMWONENDEN)) {
                vroegste(voor).ifPresent(a -> momenten.add(moment(doelgroep, null, naam(doelgroep), a)));
                continue;
            }
            // the omwonenden in general (no project, or a project that is not new), then per new project
            vroegste(voor.stream().filter(a -> a.lead() == null || !projecten.contains(a.lead())).toList())
                    .ifPresent(a -> momenten.add(moment(doelgroep, null, naam(doelgroep), a)));
            for (Project p : v.projecten()) {
                vroegste(voor.stream().filter(a -> a.lead() != null && a.lead() == p.lead()).toList())
                        .ifPresent(a -> momenten.add(moment(doelgroep, p.lead(), "de omwonenden van " + p.naam(), a)));
            }
        }
        vergelijk(momenten, bevindingen);
        for (Project p : v.projecten()) {
            boolean brief = v.acties().stream().anyMatch(a -> a.lead() != null && a.lead() == p.lead()
                    && a.kanaal() == Kanaal.BRIEF && a.doelgroepen().contains(OMWONENDEN));
            if (!brief) {
                bevindingen.add(new Bevinding(Soort.BRIEF_OMWONENDEN_ONTBREEKT, OMWONENDEN, p.lead(), List.of(),
                        "Geen brief aan de omwonenden van " + p.naam() + " na het collegebesluit."));
            }
        }
        return new Uitkomst(true, List.copyOf(momenten), List.copyOf(bevindingen));
    }

    private static void vergelijk(List<Informatiemoment> momenten, List<Bevinding> bevindingen) {
        boolean verschillend = false;
        boolean onzeker = false;
        for (int i = 0; i < momenten.size(); i++) {
            for (int j = i + 1; j < momenten.size(); j++) {
                Moment a = momenten.get(i).moment();
                Moment b = momenten.get(j).moment();
                if (a.zekerVerschillend(b)) {
                    verschillend = true;
                } else if (!a.zekerGelijk(b)) {
                    onzeker = true;
                }
            }
        }
        if (momenten.size() == 1 && momenten.get(0).moment().precisie() == Precisie.MAAND) {
            onzeker = true;
        }
        List<Long> acties = momenten.stream().map(Informatiemoment::actie).distinct().toList();
        String lijst = String.join("; ", momenten.stream()
                .map(m -> m.wie() + ": " + m.moment().tekst() + " (" + m.wat() + ")").toList());
        if (verschillend) {
            bevindingen.add(new Bevinding(Soort.VERSCHILLENDE_MOMENTEN, null, null, acties,
                    "Niet op hetzelfde moment geïnformeerd: " + lijst + "."));
        } else if (onzeker) {
            bevindingen.add(new Bevinding(Soort.ALLEEN_MAAND_BEKEND, null, null, acties,
                    "Alleen de maand is bekend, dus niet na te gaan of op dezelfde dag wordt geïnformeerd: " + lijst
                            + "."));
        }
    }

    private static Optional<Actie> vroegste(List<Actie> acties) {
        return acties.stream().min(Comparator.comparing((Actie a) -> a.moment().orElseThrow())
                .thenComparingLong(Actie::id));
    }

    private static Informatiemoment moment(String doelgroep, Long lead, String wie, Actie a) {
        return new Informatiemoment(doelgroep, lead, hoofdletter(wie), a.moment().orElseThrow(), a.id(), a.wat());
    }

    private static String naam(String doelgroep) {
        return switch (doelgroep) {
            case RAAD -> "de raad";
            case BEWONERSORGANISATIES -> "de bewonersorganisaties";
            default -> "de omwonenden";
        };
    }

    private static String hoofdletter(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
