package nl.woonregie.toezicht.regels;

import static nl.woonregie.toezicht.regels.NlFormaat.datum;
import static nl.woonregie.toezicht.regels.NlFormaat.decimaal;
import static nl.woonregie.toezicht.regels.NlFormaat.getal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.woonregie.toezicht.regels.Beoordeling.Conclusie;
import nl.woonregie.toezicht.regels.Beoordeling.Eindoordeel;
import nl.woonregie.toezicht.regels.Beoordeling.Motivering;
import nl.woonregie.toezicht.regels.Beoordeling.Tussentijds;
import nl.woonregie.toezicht.regels.Beoordeling.VolgendePeriode;
import nl.woonregie.toezicht.regels.Dossier.Besluit;
import nl.woonregie.toezicht.regels.Dossier.Eindstand;
import nl.woonregie.toezicht.regels.Dossier.PeriodeCijfers;
import nl.woonregie.toezicht.regels.Dossier.Tussenstand;

/**
 * Applies a {@link Beleidskader} to a {@link Dossier}: rules R1–R16 of the toezicht specification. Stateless and
 * thread-safe; one call walks the periods in order and carries the step and the saldo from peildatum to peildatum.
 *
 * <p>The dossier must be valid (consecutive periods, no negative counts, known steps): the API validates it at the
 * edge. Figures that are valid but cannot be true are reported as {@link Bevinding}s, never silently repaired.
 */
public final class ToezichtEngine {

    private ToezichtEngine() {
    }

    /** Judges the dossier with the current rules ({@link Regelversie#HUIDIG}). */
    public static Uitkomst beoordeel(Beleidskader kader, Dossier dossier) {
        return beoordeel(kader, dossier, Regelversie.HUIDIG);
    }

    /**
     * Judges the dossier as the engine of that version did: to replay a stored round exactly as it was computed (a
     * vastgestelde round keeps its outcome after a correction of the engine).
     */
    public static Uitkomst beoordeel(Beleidskader kader, Dossier dossier, Regelversie versie) {
        return new Run(kader, dossier, Objects.requireNonNull(versie, "regelversie")).run();
    }

    /** R2: ceil(opgave / 2); 0 when the opgave is zero or less. */
    public static long minimaal(long opgave) {
        return opgave <= 0 ? 0 : (opgave + 1) / 2;
    }

    /** R16: round_half_up(100 × gehuisvest / opgave); null when the opgave is zero or less. */
    public static Integer percentage(long gehuisvest, long opgave) {
        if (opgave <= 0) {
            return null;
        }
        // floor((200 g + o) / (2 o)) = round half up of 100 g / o, in exact integer arithmetic (g >= 0)
        return Math.toIntExact(Math.floorDiv(200 * gehuisvest + opgave, 2 * opgave));
    }

    /** The result of moving up the ladder at a peildatum: maybe a proposal that needs a decision. */
    private record Stijging(Trede tredeNa, Conclusie conclusie, Trede voorgesteld, boolean besluitVereist,
            Besluit besluit) {
    }

    private static final class Run {
        private final Beleidskader kader;
        private final Ladder ladder;
        private final Dossier dossier;
        private final Regelversie versie;
        private final List<Beoordeling> beoordelingen = new ArrayList<>();
        private final List<Bevinding> bevindingen = new ArrayList<>();
        private final List<Besluit> gebruikteBesluiten = new ArrayList<>();

        Run(Beleidskader kader, Dossier dossier, Regelversie versie) {
            this.kader = kader;
            this.ladder = kader.ladder();
            this.dossier = dossier;
            this.versie = versie;
        }

        Uitkomst run() {
            Trede trede = Objects.requireNonNull(dossier.startTrede(), "startTrede");
            List<PeriodeCijfers> perioden = dossier.perioden();
            Long saldoUitVorige = null;
            for (int i = 0; i < perioden.size(); i++) {
                PeriodeCijfers p = perioden.get(i);
                long saldoIn = saldoIn(p, i == 0, saldoUitVorige);
                long opgave = p.taakstelling() + saldoIn;
                controleerNegatief(p);
                Boolean koppelingenVoldoende = null;
                if (p.tussenstand() != null) {
                    Tussentijds toets = tussentijds(p, saldoIn, opgave, trede);
                    beoordelingen.add(toets);
                    trede = vastgesteld(toets);
                    koppelingenVoldoende = toets.koppelingenVoldoende();
                }
                saldoUitVorige = null;
                if (p.eindstand() != null) {
                    PeriodeCijfers volgende = i + 1 < perioden.size() ? perioden.get(i + 1) : null;
                    Eindoordeel oordeel = eindoordeel(p, saldoIn, opgave, koppelingenVoldoende, trede, volgende);
                    beoordelingen.add(oordeel);
                    trede = vastgesteld(oordeel);
                    saldoUitVorige = oordeel.saldoUit();
                }
            }
            for (Besluit besluit : dossier.besluiten()) {
                if (!gebruikteBesluiten.contains(besluit)) {
                    bevindingen.add(new Bevinding(Bevinding.Type.BESLUIT_NIET_TOEGEPAST, besluit.peildatum(),
                            "Het besluit van " + datum(besluit.peildatum()) + " tot trede " + besluit.trede()
                                    + " hoort bij geen voorstel van die peildatum en heeft geen gevolg gehad."));
                }
            }
            return new Uitkomst(beoordelingen, bevindingen);
        }

        /** The step the chain continues from: the one made final at this peildatum, if any. */
        private Trede vastgesteld(Beoordeling b) {
            Trede vast = dossier.vastgesteldeTreden().get(b.peildatum());
            if (vast == null) {
                return b.tredeNa();
            }
            if (!vast.equals(b.tredeNa())) {
                bevindingen.add(new Bevinding(Bevinding.Type.VASTGESTELDE_TREDE_WIJKT_AF, b.peildatum(),
                        "Na " + datum(b.peildatum()) + " is trede " + vast + " vastgesteld; op de huidige cijfers zou "
                                + "dat trede " + b.tredeNa() + " zijn. De ladder gaat verder vanaf de vastgestelde "
                                + "trede " + vast + "."));
            }
            return vast;
        }

        private long saldoIn(PeriodeCijfers p, boolean eerste, Long berekend) {
            if (eerste || berekend == null) {
                return p.saldoIn() == null ? 0 : p.saldoIn();
            }
            if (p.saldoIn() != null && p.saldoIn().longValue() != berekend) {
                bevindingen.add(new Bevinding(Bevinding.Type.SALDO_GECORRIGEERD, p.periode().eersteDag(),
                        "Het saldo per " + datum(p.periode().eersteDag()) + " is gecorrigeerd van "
                                + getal(berekend) + " (berekend uit de " + p.periode().vorige().omschrijving()
                                + ") naar " + getal(p.saldoIn()) + "; de opgave van de " + p.periode().omschrijving()
                                + " en alles wat daarvan afhangt is met het gecorrigeerde saldo berekend."));
                return p.saldoIn();
            }
            return berekend;
        }

        private Tussentijds tussentijds(PeriodeCijfers p, long saldoIn, long opgave, Trede tredeVoor) {
            Tussenstand t = p.tussenstand();
            LocalDate peildatum = kader.kalender().tussentijds(p.periode()).orElseThrow(() ->
                    new IllegalArgumentException("Het beleidskader " + kader.id() + " kent geen tussentijdse toets, "
                            + "maar de " + p.periode().omschrijving() + " heeft een tussenstand."));
            List<Motivering> m = new ArrayList<>();
            m.add(opgaveMotivering(p, saldoIn, opgave));
            long minimaal = minimaal(opgave);
            BigDecimal factor = kader.tussentijdseFactor(peildatum);
            BigDecimal drempel = factor.multiply(BigDecimal.valueOf(minimaal));
            boolean opSchema = opgave <= 0 || BigDecimal.valueOf(t.gehuisvest()).compareTo(drempel) >= 0;
            if (opgave <= 0) {
                m.add(new Motivering("R2", "De opgave is " + getal(opgave)
                        + ": de voorsprong is minstens zo groot als de taakstelling. Het minimaal te huisvesten "
                        + "aantal is 0 en de gemeente ligt op schema."));
            } else {
                m.add(new Motivering("R2", "Om op schema te liggen moeten op " + datum(peildatum) + " minimaal "
                        + getal(minimaal) + " vergunninghouders gehuisvest zijn: de helft van de opgave van "
                        + getal(opgave) + ", naar boven afgerond."));
                String norm = factor.compareTo(BigDecimal.ONE) == 0 ? "het minimaal van " + getal(minimaal)
                        : (kader.tussentijdseFactorTijdelijk(peildatum) ? "tijdelijk " : "")
                                + NlFormaat.procent(factor) + " van het minimaal, dus " + decimaal(drempel);
                m.add(new Motivering("R3", "Op " + datum(peildatum) + " zijn " + getal(t.gehuisvest())
                        + " vergunninghouders gehuisvest. De norm is " + norm + ". De gemeente ligt "
                        + (opSchema ? "op schema." : "niet op schema.")));
            }
            long nogTeHuisvesten = opgave - t.gehuisvest();
            Boolean berekend = t.koppelingen() == null ? null : t.koppelingen() >= nogTeHuisvesten;
            Boolean voldoende = t.koppelingenVoldoende() != null ? t.koppelingenVoldoende() : berekend;

            Trede tredeNa = tredeVoor;
            Conclusie conclusie = Conclusie.ZELFDE_FASE;
            Trede voorgesteld = null;
            boolean besluitVereist = false;
            if (!opSchema && ladder.index(tredeVoor) < ladder.index(ladder.hoogsteTredeTussentijds())) {
                Stijging s = stijg(tredeVoor, peildatum);
                tredeNa = s.tredeNa();
                conclusie = s.conclusie();
                voorgesteld = s.voorgesteld();
                besluitVereist = s.besluitVereist();
                m.add(new Motivering("R4", "Omdat de gemeente niet op schema ligt, gaat zij van "
                        + ladder.beschrijf(tredeVoor) + " naar " + ladder.beschrijf(s.voorgesteld() != null
                                ? s.voorgesteld() : tredeNa)
                        + (s.besluitVereist() ? "; daarvoor is een besluit van Gedeputeerde Staten nodig." : ".")));
            } else if (!opSchema) {
                m.add(new Motivering("R4", "De gemeente ligt niet op schema en staat op " + ladder.beschrijf(tredeVoor)
                        + ". Bij een tussentijdse toets stijgt een gemeente niet verder dan trede "
                        + ladder.hoogsteTredeTussentijds() + ": zelfde fase."));
            } else {
                m.add(new Motivering("R4", "Op schema liggen verlaagt de trede niet: de gemeente blijft op "
                        + ladder.beschrijf(tredeVoor) + "."));
            }
            m.add(new Motivering("R5", koppelingenTekst(t, nogTeHuisvesten, berekend, voldoende)));
            Integer pct = percentage(t.gehuisvest(), opgave);
            if (pct != null) {
                m.add(new Motivering("R16", "Gehuisvest is " + pct + "% van de opgave."));
            }
            return new Tussentijds(peildatum, p.periode(), p.taakstelling(), saldoIn, p.additioneleOpgave(), opgave,
                    minimaal, opgave <= 0 ? BigDecimal.ZERO : drempel, t.gehuisvest(), opSchema, nogTeHuisvesten,
                    t.koppelingen(), voldoende, pct, tredeVoor, tredeNa, conclusie, voorgesteld, besluitVereist,
                    List.copyOf(m));
        }

        private String koppelingenTekst(Tussenstand t, long nogTeHuisvesten, Boolean berekend, Boolean voldoende) {
            String basis = "Nog te huisvesten: " + getal(nogTeHuisvesten) + "; koppelingen: "
                    + (t.koppelingen() == null ? "onbekend" : getal(t.koppelingen())) + ".";
            if (t.koppelingenVoldoende() != null && !Objects.equals(berekend, t.koppelingenVoldoende())) {
                return basis + " De toezichthouder heeft vastgesteld dat de koppelingen "
                        + (voldoende ? "voldoende" : "niet voldoende") + " zijn"
                        + (berekend == null ? "." : "; dat gaat voor de berekening (" + (berekend ? "voldoende"
                                : "niet voldoende") + ").");
            }
            if (voldoende == null) {
                return basis + " Of de koppelingen voldoende zijn, is niet vastgesteld.";
            }
            return basis + " De koppelingen zijn " + (voldoende ? "voldoende" : "niet voldoende")
                    + " om de opgave te halen.";
        }

        private Eindoordeel eindoordeel(PeriodeCijfers p, long saldoIn, long opgave, Boolean koppelingenVoldoende,
                Trede tredeVoor, PeriodeCijfers volgende) {
            Eindstand e = p.eindstand();
            Periode periode = p.periode();
            LocalDate peildatum = kader.kalender().eindoordeel(periode);
            List<Motivering> m = new ArrayList<>();
            m.add(opgaveMotivering(p, saldoIn, opgave));

            // R7: realised on COA's figure, or only if that fails, with the leases
            long coa = e.gehuisvestCoa();
            long huur = e.huurcontracten();
            boolean gerealiseerdCoa = coa >= opgave;
            boolean gerealiseerd = gerealiseerdCoa || coa + huur >= opgave;

            // R8: the period's threshold "niet stijgen", on COA's figure plus the leases (as R7; not before the
            // correction of Regelversie 2)
            Optional<DrempelNietStijgen> regel = kader.drempelNietStijgen(periode);
            BigDecimal drempel = regel.map(r -> r.bereken(opgave, p.taakstelling(), saldoIn)).orElse(null);
            long huurInDrempel = versie.huurcontractenInDrempel() ? huur : 0;
            Boolean drempelGehaald = drempel == null ? null
                    : BigDecimal.valueOf(coa + huurInDrempel).compareTo(drempel) >= 0;
            boolean drempelAlleenMetHuur = Boolean.TRUE.equals(drempelGehaald) && huurInDrempel > 0
                    && BigDecimal.valueOf(coa).compareTo(drempel) < 0;

            // the leases counted for the judgment: only where they were needed, for R7 or else for R8
            long meegeteld = !gerealiseerdCoa && gerealiseerd ? huur
                    : !gerealiseerd && drempelAlleenMetHuur ? huur : 0;
            m.add(new Motivering("R7", realisatieTekst(p, opgave, gerealiseerdCoa, gerealiseerd,
                    gerealiseerd ? meegeteld : 0)));
            if (drempel == null) {
                m.add(new Motivering("R8", "Voor de " + periode.omschrijving() + " geldt geen drempel 'niet stijgen': "
                        + "volledige realisatie is vereist."));
            } else {
                m.add(new Motivering("R8", "Voor de " + periode.omschrijving() + " geldt de drempel 'niet stijgen' van "
                        + regel.get().omschrijving() + ": " + decimaal(drempel) + ". "
                        + drempelTekst(coa, huurInDrempel, drempel, drempelGehaald)));
            }

            // R6: the four questions
            // (each question counts unless the kader says it does not in this period; omkoppelingen also not when
            // the period's threshold says so)
            boolean omkoppelingenKader = kader.omkoppelingenTellenMee(periode);
            boolean omkoppelingenTellen = omkoppelingenKader
                    && regel.map(DrempelNietStijgen::omkoppelingenTellenMee).orElse(true);
            boolean omkoppelingen = omkoppelingenTellen && e.omkoppelingen() > 0;
            boolean koppelingenTellen = kader.koppelingenTellenMee(periode);
            boolean stapelTelt = kader.stapelgemeenteTeltMee(periode);
            boolean stapelgemeente = stapelTelt
                    && kader.isStapelgemeente(e.stapelgemeenteMaanden(), e.stapelgemeenteLaatsteMaand());
            boolean koppelingenExcuus = koppelingenTellen && Boolean.FALSE.equals(koppelingenVoldoende);
            m.add(new Motivering("R6", vragenTekst(periode, gerealiseerd, koppelingenVoldoende, koppelingenTellen, e,
                    omkoppelingen, omkoppelingenTellen, omkoppelingenKader, stapelgemeente, stapelTelt)));

            // R9–R12, R15: the ladder decision, in this order
            Trede tredeNa = tredeVoor;
            Conclusie conclusie = Conclusie.ZELFDE_FASE;
            Trede voorgesteld = null;
            boolean besluitVereist = false;
            String besluitMotivering = null;
            String reden = e.verschoonbareReden() == null || e.verschoonbareReden().isBlank() ? null
                    : e.verschoonbareReden().strip();
            if (gerealiseerd) {
                tredeNa = ladder.laagste();
                conclusie = Conclusie.GEREALISEERD;
                m.add(new Motivering("R9", "De opgave is gerealiseerd: de gemeente gaat van "
                        + ladder.beschrijf(tredeVoor) + " naar " + ladder.beschrijf(tredeNa) + "."));
            } else if (Boolean.TRUE.equals(drempelGehaald)) {
                m.add(new Motivering("R10", "De opgave is niet gerealiseerd, maar de drempel 'niet stijgen' is gehaald"
                        + (meegeteld > 0 ? " met de " + getal(meegeteld) + " meegetelde huurcontracten" : "")
                        + ": de gemeente blijft op " + ladder.beschrijf(tredeVoor) + "."));
            } else if (koppelingenExcuus && !omkoppelingen && !stapelgemeente) {
                String geenOmkoppelingen = e.omkoppelingen() > 0 && !omkoppelingenTellen
                        ? "de " + getal(e.omkoppelingen()) + " gemelde omkoppelingen tellen in deze periode niet mee"
                        : "er waren geen omkoppelingen";
                m.add(new Motivering("R11", "De koppelingen waren op " + datum(tussentijds(periode))
                        + " niet voldoende, " + geenOmkoppelingen + " en de gemeente was geen stapelgemeente: de "
                        + "gemeente kon niet huisvesten wie COA niet had gekoppeld. Dat is verschoonbaar; zij blijft "
                        + "op " + ladder.beschrijf(tredeVoor) + "."));
            } else if (reden != null) {
                m.add(new Motivering("R12", "De toezichthouder heeft een verschoonbare reden vastgesteld: " + reden
                        + " De gemeente blijft daarom op " + ladder.beschrijf(tredeVoor) + "."));
            } else {
                Stijging s = stijg(tredeVoor, peildatum);
                tredeNa = s.tredeNa();
                conclusie = s.conclusie();
                voorgesteld = s.voorgesteld();
                besluitVereist = s.besluitVereist();
                besluitMotivering = s.besluit() == null ? null : s.besluit().motivering();
                m.add(new Motivering(ladder.stap(tredeVoor).regelBijStijging(), stijgingTekst(tredeVoor, s)));
            }
            if (reden != null && (gerealiseerd || Boolean.TRUE.equals(drempelGehaald)
                    || (koppelingenExcuus && !omkoppelingen && !stapelgemeente))) {
                m.add(new Motivering("R12", "De toezichthouder heeft ook een verschoonbare reden vastgelegd: "
                        + reden + " Die was voor dit oordeel niet nodig."));
            }

            // R13: the saldo carried out, on COA's (final) figure, leases excluded
            long realisatieVoorSaldo = e.gehuisvestCoaDefinitief() != null ? e.gehuisvestCoaDefinitief()
                    : e.gehuisvestCoa();
            long saldoUit = opgave - realisatieVoorSaldo;
            m.add(new Motivering("R13", saldoTekst(periode, saldoUit, e, meegeteld, opgave)));
            if (e.gehuisvestCoaDefinitief() != null && e.gehuisvestCoaDefinitief() != e.gehuisvestCoa()) {
                bevindingen.add(new Bevinding(Bevinding.Type.REALISATIE_GECORRIGEERD, peildatum,
                        "COA heeft de realisatie over de " + periode.omschrijving() + " gecorrigeerd van "
                                + getal(e.gehuisvestCoa()) + " naar " + getal(e.gehuisvestCoaDefinitief())
                                + "; het saldo is berekend met het definitieve cijfer: " + getal(saldoUit) + "."));
            }
            if (p.tussenstand() != null && e.gehuisvestCoa() < p.tussenstand().gehuisvest()) {
                bevindingen.add(new Bevinding(Bevinding.Type.ONMOGELIJK_CIJFER, peildatum,
                        "Gehuisvest aan het eind van de " + periode.omschrijving() + " (" + getal(e.gehuisvestCoa())
                                + ") is lager dan op " + datum(tussentijds(periode)) + " ("
                                + getal(p.tussenstand().gehuisvest()) + "): een realisatie kan niet dalen."));
            }
            if (e.stapelgemeenteLaatsteMaand() && e.stapelgemeenteMaanden() == 0) {
                bevindingen.add(new Bevinding(Bevinding.Type.ONMOGELIJK_CIJFER, peildatum,
                        "De gemeente heet stapelgemeente in de laatste maand van de " + periode.omschrijving()
                                + ", maar het aantal maanden als stapelgemeente is 0."));
            }

            Integer pct = percentage(e.gehuisvestCoa(), opgave);
            if (pct != null) {
                m.add(new Motivering("R16", "Gehuisvest volgens COA is " + pct + "% van de opgave."));
            }
            VolgendePeriode volgendePeriode = null;
            if (volgende != null) {
                long saldoVolgende = volgende.saldoIn() != null ? volgende.saldoIn() : saldoUit;
                long opgaveVolgende = volgende.taakstelling() + saldoVolgende;
                volgendePeriode = new VolgendePeriode(volgende.periode(), volgende.taakstelling(), saldoVolgende,
                        opgaveVolgende, minimaal(opgaveVolgende));
            }
            return new Eindoordeel(peildatum, periode, p.taakstelling(), saldoIn, p.additioneleOpgave(), opgave,
                    e.gehuisvestCoa(), e.huurcontracten(), meegeteld, e.gehuisvestCoaDefinitief(), gerealiseerd,
                    drempel, drempelGehaald, koppelingenVoldoende, omkoppelingen, e.omkoppelingen(),
                    omkoppelingenTellen, stapelgemeente, reden, pct,
                    tredeVoor, tredeNa, conclusie, voorgesteld, besluitVereist, besluitMotivering, saldoUit,
                    volgendePeriode, List.copyOf(m));
        }

        /** NEXT(trede); a move to a decision step is a proposal unless a matching decision was recorded. */
        private Stijging stijg(Trede tredeVoor, LocalDate peildatum) {
            Trede volgende = ladder.volgende(tredeVoor);
            if (volgende.equals(tredeVoor)) {
                return new Stijging(tredeVoor, Conclusie.ZELFDE_FASE, null, false, null);
            }
            if (!ladder.besluitVereist(volgende)) {
                return new Stijging(volgende, Conclusie.VOLGENDE_FASE, null, false, null);
            }
            Optional<Besluit> besluit = dossier.besluiten().stream()
                    .filter(b -> b.peildatum().equals(peildatum) && b.trede().equals(volgende))
                    .findFirst();
            if (besluit.isPresent()) {
                gebruikteBesluiten.add(besluit.get());
                return new Stijging(volgende, Conclusie.VOLGENDE_FASE, null, false, besluit.get());
            }
            return new Stijging(tredeVoor, Conclusie.VOLGENDE_FASE_VOORGESTELD, volgende, true, null);
        }

        private String stijgingTekst(Trede tredeVoor, Stijging s) {
            String basis = "De opgave is niet gerealiseerd, de drempel 'niet stijgen' is niet gehaald en er is geen "
                    + "verschoonbare reden.";
            if (s.conclusie() == Conclusie.ZELFDE_FASE) {
                return basis + " De gemeente staat al op de hoogste trede, " + ladder.beschrijf(tredeVoor)
                        + ", en blijft daar.";
            }
            if (s.conclusie() == Conclusie.VOLGENDE_FASE_VOORGESTELD) {
                return basis + " Voorgesteld wordt de stap van " + ladder.beschrijf(tredeVoor) + " naar "
                        + ladder.beschrijf(s.voorgesteld()) + ". Die stap gaat pas in als Gedeputeerde Staten "
                        + "daartoe met een motivering besluiten; tot dan blijft de gemeente op trede "
                        + tredeVoor + ".";
            }
            String tekst = basis + " De gemeente gaat van " + ladder.beschrijf(tredeVoor) + " naar "
                    + ladder.beschrijf(s.tredeNa()) + ".";
            String toelichting = ladder.stap(tredeVoor).toelichtingBijStijging();
            if (toelichting != null && !toelichting.isBlank()) {
                tekst += " " + toelichting.strip();
            }
            if (s.besluit() != null) {
                tekst += " Gedeputeerde Staten hebben daartoe besloten: " + s.besluit().motivering();
            }
            return tekst;
        }

        private Motivering opgaveMotivering(PeriodeCijfers p, long saldoIn, long opgave) {
            String saldo = saldoIn > 0 ? " plus een achterstand van " + getal(saldoIn)
                    : saldoIn < 0 ? " min een voorsprong van " + getal(-saldoIn)
                    : ", zonder achterstand of voorsprong";
            return new Motivering("R1", "De opgave voor de " + p.periode().omschrijving() + " is " + getal(opgave)
                    + ": de taakstelling van " + getal(p.taakstelling()) + saldo + ".");
        }

        /**
         * R8 in words. Without leases, or when COA's figure alone reaches the threshold, the sentence is the one the
         * engine always wrote; otherwise it says whether the leases lifted the municipality over it.
         */
        private String drempelTekst(long coa, long huur, BigDecimal drempel, boolean gehaald) {
            boolean coaAlleen = BigDecimal.valueOf(coa).compareTo(drempel) >= 0;
            if (huur == 0 || coaAlleen) {
                return "Met " + getal(coa) + " gehuisvest is die drempel " + (gehaald ? "gehaald." : "niet gehaald.");
            }
            if (gehaald) {
                return "Met " + getal(coa) + " gehuisvest volgens COA en de " + getal(huur) + " ingediende "
                        + "huurcontracten, samen " + getal(coa + huur) + ", is die drempel gehaald: huurcontracten "
                        + "tellen voor het oordeel mee, ook voor de drempel.";
            }
            return "Met " + getal(coa) + " gehuisvest is die drempel niet gehaald, ook niet met de " + getal(huur)
                    + " ingediende huurcontracten (samen " + getal(coa + huur) + ").";
        }

        private String realisatieTekst(PeriodeCijfers p, long opgave, boolean gerealiseerdCoa, boolean gerealiseerd,
                long meegeteld) {
            Eindstand e = p.eindstand();
            String basis = "Volgens COA zijn in de " + p.periode().omschrijving() + " " + getal(e.gehuisvestCoa())
                    + " vergunninghouders gehuisvest, bij een opgave van " + getal(opgave) + ".";
            if (gerealiseerdCoa) {
                return basis + " De opgave is gerealiseerd.";
            }
            if (gerealiseerd) {
                return basis + " Met de " + getal(meegeteld) + " ingediende huurcontracten erbij is de opgave "
                        + "gerealiseerd.";
            }
            return basis + " De opgave is niet gerealiseerd" + (e.huurcontracten() > 0
                    ? ", ook niet met de " + getal(e.huurcontracten()) + " ingediende huurcontracten." : ".");
        }

        private String vragenTekst(Periode periode, boolean gerealiseerd, Boolean koppelingenVoldoende,
                boolean koppelingenTellen, Eindstand e, boolean omkoppelingen, boolean omkoppelingenTellen,
                boolean omkoppelingenKader, boolean stapelgemeente, boolean stapelTelt) {
            String koppelingen = koppelingenVoldoende == null ? "niet vastgesteld" : koppelingenVoldoende ? "ja"
                    : "nee";
            Optional<LocalDate> toets = kader.kalender().tussentijds(periode);
            String vraag2 = !koppelingenTellen ? "(2) koppelingen: tellen in deze periode niet mee"
                    : toets.isPresent() ? "(2) koppelingen voldoende op " + datum(toets.get()) + ": " + koppelingen
                    : "(2) koppelingen voldoende: niet vastgesteld (geen tussentijdse toets)";
            String waarom = omkoppelingenKader ? " (zo is voor de " + periode.omschrijving() + " besloten bij de "
                    + "drempel 'niet stijgen')" : " (zo bepaalt het beleidskader)";
            String omk = omkoppelingenTellen ? (omkoppelingen ? "ja (" + getal(e.omkoppelingen()) + ")" : "nee")
                    : e.omkoppelingen() > 0 ? getal(e.omkoppelingen()) + " gemeld, maar omkoppelingen tellen in "
                            + "deze periode niet mee" + waarom
                    : "tellen in deze periode niet mee";
            String maanden = e.stapelgemeenteMaanden() + (e.stapelgemeenteMaanden() == 1 ? " maand" : " maanden")
                    + (e.stapelgemeenteLaatsteMaand() ? ", ook in de laatste maand" : "");
            String vraag4 = stapelTelt ? "(4) stapelgemeente: " + (stapelgemeente ? "ja" : "nee") + " (" + maanden + ")"
                    : "(4) stapelgemeente: telt in deze periode niet mee (" + maanden + ")";
            return "Eindoordeel over de " + periode.omschrijving() + ": (1) opgave gerealiseerd: "
                    + (gerealiseerd ? "ja" : "nee") + "; " + vraag2 + "; (3) omkoppelingen: " + omk
                    + "; " + vraag4 + ".";
        }

        /** The peildatum of the period's tussentijdse toets (only asked where the period had one). */
        private LocalDate tussentijds(Periode periode) {
            return kader.kalender().tussentijds(periode).orElseThrow();
        }

        private String saldoTekst(Periode periode, long saldoUit, Eindstand e, long meegeteld, long opgave) {
            String naar = " gaat mee naar de " + periode.volgende().omschrijving();
            String tekst = saldoUit > 0 ? "Een achterstand van " + getal(saldoUit) + naar + "."
                    : saldoUit < 0 ? "Een voorsprong van " + getal(-saldoUit) + naar + "."
                    : "Er gaat geen achterstand of voorsprong mee naar de " + periode.volgende().omschrijving() + ".";
            if (e.gehuisvestCoaDefinitief() != null) {
                tekst += " Het saldo is berekend met het definitieve COA-cijfer van "
                        + getal(e.gehuisvestCoaDefinitief()) + ".";
            }
            if (meegeteld > 0) {
                long metHuur = opgave - e.gehuisvestCoa() - meegeteld;
                tekst += " Huurcontracten tellen alleen mee voor het oordeel, niet voor het saldo"
                        + (metHuur < 0 ? "; de voorsprong van " + getal(-metHuur)
                                + " die alleen met de huurcontracten bestaat, gaat niet mee." : ".");
            }
            return tekst;
        }

        private void controleerNegatief(PeriodeCijfers p) {
            List<String> negatief = new ArrayList<>();
            if (p.taakstelling() < 0) {
                negatief.add("taakstelling");
            }
            if (p.tussenstand() != null && p.tussenstand().gehuisvest() < 0) {
                negatief.add("gehuisvest");
            }
            if (p.tussenstand() != null && p.tussenstand().koppelingen() != null && p.tussenstand().koppelingen() < 0) {
                negatief.add("koppelingen");
            }
            Eindstand e = p.eindstand();
            if (e != null && (e.gehuisvestCoa() < 0 || e.huurcontracten() < 0 || e.omkoppelingen() < 0
                    || (e.gehuisvestCoaDefinitief() != null && e.gehuisvestCoaDefinitief() < 0))) {
                negatief.add("eindstand");
            }
            if (!negatief.isEmpty()) {
                bevindingen.add(new Bevinding(Bevinding.Type.ONMOGELIJK_CIJFER, p.periode().eersteDag(),
                        "Negatieve cijfers in de " + p.periode().omschrijving() + ": " + String.join(", ", negatief)
                                + "."));
            }
        }
    }
}
