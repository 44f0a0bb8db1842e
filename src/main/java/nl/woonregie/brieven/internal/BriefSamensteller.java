package nl.woonregie.brieven.internal;

import static nl.woonregie.toezicht.regels.NlFormaat.datum;
import static nl.woonregie.toezicht.regels.NlFormaat.getal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.brieven.internal.BriefInhoud.Rij;
import nl.woonregie.brieven.internal.BriefInhoud.Vraag;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.DrempelNietStijgen;
import nl.woonregie.toezicht.regels.Ladder;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Trede;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.verdeling.Herverdeling;

/**
 * Words a letter from the stored round. Every figure is read from the stored outcome record of the municipality
 * ({@link BeoordelingRecord}), the round's decisions and findings, or the province overview of the same round;
 * names and meanings of the steps come from the beleidskader. Nothing here computes a figure of the supervision.
 */
public final class BriefSamensteller {

    private BriefSamensteller() {
    }

    /**
     * The data of one letter. {@code kenmerk} is null for a preview of a CONCEPT round. {@code herverdelingen}: the
     * agreements (art. 29 lid 2) that changed the municipality's taakstelling of the letter's periods, recorded before
     * the round read its figures (module verdeling).
     */
    public record Gegevens(Ronde ronde, Ronde.GemeenteUitkomst gemeente, ProvincieOverzicht.Overzicht overzicht,
            Beleidskader kader, String provincieNaam, String kenmerk, LocalDate datum, boolean concept,
            List<ProvincieOverzicht.Vergelijking> vergelijking, List<Herverdeling> herverdelingen,
            Briefaanvulling aanvulling) {

        public Gegevens {
            aanvulling = aanvulling == null ? Briefaanvulling.LEEG : aanvulling;
        }

        /** Without content set during the review (the letter as before ADR 0050). */
        public Gegevens(Ronde ronde, Ronde.GemeenteUitkomst gemeente, ProvincieOverzicht.Overzicht overzicht,
                Beleidskader kader, String provincieNaam, String kenmerk, LocalDate datum, boolean concept,
                List<ProvincieOverzicht.Vergelijking> vergelijking, List<Herverdeling> herverdelingen) {
            this(ronde, gemeente, overzicht, kader, provincieNaam, kenmerk, datum, concept, vergelijking,
                    herverdelingen, Briefaanvulling.LEEG);
        }
    }

    public static BriefInhoud stel(Gegevens g) {
        return new Samenstelling(g).stel();
    }

    private static final class Samenstelling {

        private final Gegevens g;
        private final BeoordelingRecord b;
        /** The outcome as a tussentijdse toets, or null. */
        private final BeoordelingRecord.Tussentijds t;
        /** The outcome as an eindoordeel, or null. */
        private final BeoordelingRecord.Eindoordeel e;
        private final Beleidskader kader;
        private final BriefTaal taal;
        private final BriefBijlagen bijlagen;
        private final Ladder ladder;
        private final LocalDate peildatum;
        private final Periode periode;
        private final boolean tussentijds;

        Samenstelling(Gegevens g) {
            this.g = g;
            this.b = g.gemeente().beoordeling();
            if (b == null) {
                throw new IllegalArgumentException("gemeente " + g.gemeente().gemeente() + " heeft geen uitkomst");
            }
            this.t = b instanceof BeoordelingRecord.Tussentijds x ? x : null;
            this.e = b instanceof BeoordelingRecord.Eindoordeel x ? x : null;
            this.kader = g.kader();
            this.ladder = kader.ladder();
            this.peildatum = g.ronde().peildatum();
            this.periode = b.periode();
            this.tussentijds = t != null;
            this.taal = new BriefTaal(kader, peildatum);
            this.bijlagen = new BriefBijlagen(g, taal);
        }

        BriefInhoud stel() {
            String onderwerp = "Huisvestingswet: huisvesting vergunninghouders — "
                    + (tussentijds ? "stand van zaken per " : "beoordeling per ") + datum(peildatum);
            List<String> inleiding = new ArrayList<>();
            inleiding.add("Op grond van artikel 28 van de Huisvestingswet 2014 heeft uw gemeente de taak om "
                    + "vergunninghouders te huisvesten. Gedeputeerde Staten houden in het kader van het "
                    + "interbestuurlijk toezicht toezicht op de uitvoering van die taak volgens het "
                    + kader.naam() + ".");
            inleiding.add(tussentijds
                    ? "Met deze brief informeren wij u over de stand van zaken per " + datum(peildatum)
                            + ": de tussentijdse toets over de " + periode.omschrijving() + "."
                    : "Met deze brief informeren wij u over onze beoordeling per " + datum(peildatum)
                            + " van de huisvesting van vergunninghouders in de " + periode.omschrijving()
                            + ", en over de opgave voor de volgende periode.");
            inleiding.addAll(herverdelingen());
            inleiding.addAll(g.aanvulling().alineas());

            List<Rij> tabel = tussentijds ? tabelTussentijds() : tabelEindoordeel();
            List<String> conclusie = tussentijds ? conclusieTussentijds() : conclusieEindoordeel();
            List<Vraag> vragen = tussentijds ? List.of() : vragen();
            List<String> motivering = new ArrayList<>();
            b.motivering().forEach(m -> motivering.add(taal.label(m.tekst())));
            List<Rij> beslissingen = beslissingen();

            String volgendeTitel = null;
            List<Rij> volgende = List.of();
            BeoordelingRecord.VolgendePeriode v = tussentijds ? null : e.volgendePeriode();
            if (v != null) {
                Periode p = v.periode();
                volgendeTitel = "Opgave " + p.omschrijving();
                volgende = List.of(
                        new Rij("Taakstelling " + p.omschrijving(), getal(v.taakstelling())),
                        new Rij("Saldo per " + datum(p.eersteDag()), taal.saldo(v.saldoIn())),
                        new Rij("Trede per " + datum(p.eersteDag()), taal.trede(b.tredeNa().code())),
                        new Rij("Te huisvesten (opgave) in de " + p.omschrijving(), getal(v.opgave())),
                        new Rij(kader.kalender().tussentijds(p)
                                .map(d -> "Minimaal te huisvesten per " + datum(d))
                                .orElse("Minimaal te huisvesten (de helft van de opgave)"), getal(v.minimaal())));
            }

            List<String> slot = new ArrayList<>();
            slot.add("In de bijlagen vindt u de bevindingen bij de cijfers van uw gemeente, een toelichting op de "
                    + "interventieladder en de stand van zaken in de provincie" + (bijlagen.additioneel() > 0
                            ? ", en de ambitie boven de taakstelling." : "."));
            slot.add("Hebt u vragen over deze brief, neem dan contact op met de toezichthouder huisvesting "
                    + "vergunninghouders van de provincie en vermeld het kenmerk van deze brief.");

            List<String> bevindingen = new ArrayList<>();
            g.gemeente().bevindingen().forEach(x -> bevindingen.add(taal.label(x.tekst())));

            return new BriefInhoud(g.concept(), g.kenmerk(), datum(g.datum()), g.provincieNaam(),
                    g.gemeente().naam(), g.gemeente().gemeente(), onderwerp, tussentijds, datum(peildatum),
                    periode.omschrijving(), kader.naam(), inleiding,
                    tussentijds ? "Stand van zaken per " + datum(peildatum) : "Resultaat " + periode.omschrijving(),
                    tabel, conclusie, vragen, motivering, beslissingen, volgendeTitel, volgende, slot, bevindingen,
                    bijlagen.ladderStappen(), bijlagen.ladderUitleg(), "Stand van zaken in de provincie " + g.provincieNaam() + " per "
                            + datum(peildatum), bijlagen.provincieTekst(), bijlagen.provincieTabel(), bijlagen.perTrede(),
                    bijlagen.additioneel() > 0 ? "Ambitie " + periode.omschrijving() : null, bijlagen.additioneelTabel(),
                    bijlagen.additioneelProvincie(), bijlagen.additioneelTekst(), bijlagen.controle(),
                    bijlagen.vergelijking(), g.aanvulling());
        }

        /**
         * One sentence per agreement that moved this municipality's taakstelling (art. 29 lid 2): with whom, the joint
         * decision, and the taakstelling before and after, which this letter uses.
         */
        private List<String> herverdelingen() {
            List<String> zinnen = new ArrayList<>();
            for (Herverdeling h : g.herverdelingen() == null ? List.<Herverdeling>of() : g.herverdelingen()) {
                Herverdeling.Deel eigen = h.deel(g.gemeente().gemeente());
                if (eigen == null) {
                    continue;
                }
                List<String> anderen = h.gemeenten().stream().filter(d -> d != eigen).map(Herverdeling.Deel::naam)
                        .toList();
                String met = anderen.size() == 1 ? anderen.get(0)
                        : String.join(", ", anderen.subList(0, anderen.size() - 1)) + " en " + anderen.get(anderen.size() - 1);
                zinnen.add("Op grond van artikel 29, tweede lid, van de Huisvestingswet 2014 hebben de colleges van "
                        + "uw gemeente en " + met + " bij gezamenlijk besluit " + h.kenmerk() + " van "
                        + datum(h.besluitdatum()) + " taakstelling tussen de gemeenten verschoven. De taakstelling van "
                        + "uw gemeente over de " + Periode.of(h.periode()).omschrijving() + " is daardoor "
                        + getal(eigen.taakstellingNa()) + " in plaats van " + getal(eigen.taakstellingVoor())
                        + "; deze brief gaat uit van die taakstelling.");
            }
            return zinnen;
        }

        // --- tussentijdse toets -------------------------------------------------------------------------------

        private List<Rij> tabelTussentijds() {
            List<Rij> r = new ArrayList<>();
            long minimaal = t.minimaal();
            r.add(new Rij("Taakstelling " + periode.omschrijving(), getal(b.taakstelling())));
            r.add(new Rij("Saldo per " + datum(periode.eersteDag()), taal.saldo(b.saldoIn())));
            r.add(new Rij("Trede per " + datum(periode.eersteDag()), taal.trede(b.tredeVoor().code())));
            r.add(new Rij("Te huisvesten (opgave) in de " + periode.omschrijving(), getal(b.opgave())));
            r.add(new Rij("Minimaal te huisvesten per " + datum(peildatum), getal(minimaal)));
            BigDecimal drempel = t.drempelOpSchema();
            if (drempel != null && drempel.compareTo(BigDecimal.valueOf(minimaal)) != 0 && minimaal > 0) {
                r.add(new Rij("Norm op schema per " + datum(peildatum) + " ("
                        + NlFormaat.procent(kader.tussentijdseFactor(peildatum)) + " van het minimaal)",
                        NlFormaat.decimaal(drempel)));
            }
            r.add(new Rij("Feitelijk gehuisvest per " + datum(peildatum), getal(t.gehuisvest())));
            r.add(new Rij("Op schema", t.opSchema() ? "ja" : "nee"));
            r.add(new Rij("Percentage van de opgave", taal.procent(b.percentageVanOpgave())));
            r.add(new Rij("Conclusie", taal.conclusieLabel(b.conclusie().name())));
            r.add(new Rij("Trede per " + datum(peildatum), taal.trede(b.tredeNa().code())));
            r.add(new Rij("Nog te huisvesten", getal(t.nogTeHuisvesten())));
            r.add(new Rij("Koppelingen per " + datum(peildatum), t.koppelingen() == null ? "onbekend"
                    : getal(t.koppelingen())));
            r.add(new Rij("Koppelingen voldoende", taal.jaNee(b.koppelingenVoldoende())));
            return r;
        }

        private List<String> conclusieTussentijds() {
            List<String> c = new ArrayList<>();
            long gehuisvest = t.gehuisvest();
            long minimaal = t.minimaal();
            long opgave = b.opgave();
            boolean opSchema = t.opSchema();
            String voor = b.tredeVoor().code();
            String na = b.tredeNa().code();
            String conclusie = b.conclusie().name();
            if (opgave <= 0) {
                c.add("De voorsprong van uw gemeente is minstens zo groot als de taakstelling: de opgave is "
                        + getal(opgave) + " en uw gemeente ligt op schema.");
            } else {
                c.add("Per " + datum(peildatum) + " heeft uw gemeente " + getal(gehuisvest)
                        + " vergunninghouders gehuisvest; het minimaal te huisvesten aantal is " + getal(minimaal)
                        + ". Uw gemeente ligt daarmee " + (opSchema ? "op schema." : "niet op schema."));
            }
            if ("VOLGENDE_FASE".equals(conclusie)) {
                c.add("Omdat uw gemeente niet op schema ligt, gaat zij naar de volgende fase: van "
                        + taal.beschrijf(voor) + " naar " + taal.beschrijf(na) + ".");
            } else if ("VOLGENDE_FASE_VOORGESTELD".equals(conclusie)) {
                c.add("Omdat uw gemeente niet op schema ligt, is de stap van " + taal.beschrijf(voor) + " naar "
                        + taal.beschrijf(b.voorgesteldeTrede().code()) + " voorgesteld; die stap gaat pas in "
                        + "met een besluit van Gedeputeerde Staten. Tot dan blijft uw gemeente op "
                        + taal.beschrijf(na) + ".");
            } else if (ladder.trede(na).map(t -> t.equals(ladder.laagste())).orElse(false)) {
                c.add("Uw gemeente staat niet op de interventieladder (" + taal.beschrijf(na) + ").");
            } else {
                c.add("Uw gemeente blijft in dezelfde fase: " + taal.beschrijf(na) + ".");
            }
            long nog = t.nogTeHuisvesten();
            Long k = t.koppelingen();
            if (nog <= 0) {
                c.add("Uw gemeente heeft de opgave voor de " + periode.omschrijving() + " al gerealiseerd.");
            } else if (k == null) {
                c.add("Uw gemeente moet nog " + getal(nog) + " vergunninghouders huisvesten. Het aantal "
                        + "koppelingen is niet bekend.");
            } else {
                boolean voldoende = Boolean.TRUE.equals(t.koppelingenVoldoende());
                c.add("Uw gemeente moet nog " + getal(nog) + " vergunninghouders huisvesten; aan uw gemeente zijn "
                        + getal(k) + " vergunninghouders gekoppeld. " + (voldoende
                                ? "Met deze koppelingen is het haalbaar de opgave vóór "
                                        + datum(kader.kalender().eindoordeel(periode)) + " te realiseren."
                                : "Met deze koppelingen is het niet haalbaar de opgave vóór "
                                        + datum(kader.kalender().eindoordeel(periode)) + " te realiseren. Wij betrekken "
                                        + "dat bij het eindoordeel: onvoldoende koppelingen zonder omkoppelingen en "
                                        + "zonder aanwijzing als stapelgemeente zijn een verschoonbare reden om niet "
                                        + "te stijgen op de ladder."));
            }
            if (opgave > 0) {
                c.add(gevolgBijEinde(na, opgave));
            }
            return c;
        }

        /** What happens at the period end when the opgave is (not) met, from the ladder and the period threshold. */
        private String gevolgBijEinde(String na, long opgave) {
            Trede huidig = ladder.trede(na).orElseThrow();
            Trede volgende = ladder.volgende(huidig);
            String eind = datum(periode.laatsteDag());
            String oordeel = datum(kader.kalender().eindoordeel(periode));
            StringBuilder sb = new StringBuilder("Heeft uw gemeente de opgave van " + getal(opgave) + " op " + eind
                    + " gerealiseerd, dan staat zij bij het eindoordeel per " + oordeel + " op "
                    + taal.beschrijf(ladder.laagste().code()) + ". ");
            if (volgende.equals(huidig)) {
                sb.append("Is de opgave dan niet gerealiseerd, dan blijft uw gemeente op ").append(taal.beschrijf(na))
                        .append(", de hoogste trede.");
                return sb.toString();
            }
            sb.append("Is de opgave dan niet gerealiseerd, dan gaat uw gemeente naar ")
                    .append(taal.beschrijf(volgende.code()));
            if (ladder.besluitVereist(volgende)) {
                sb.append("; die stap vraagt een besluit van Gedeputeerde Staten");
            }
            DrempelNietStijgen drempel = kader.drempelNietStijgen(periode).orElse(null);
            sb.append(drempel == null
                    ? ", tenzij er een verschoonbare reden is."
                    : ", tenzij er een verschoonbare reden is of uw gemeente ten minste " + drempel.omschrijving()
                            + " heeft gehuisvest (drempel 'niet stijgen').");
            return sb.toString();
        }

        // --- eindoordeel --------------------------------------------------------------------------------------

        private List<Rij> tabelEindoordeel() {
            List<Rij> r = new ArrayList<>();
            r.add(new Rij("Taakstelling " + periode.omschrijving(), getal(b.taakstelling())));
            r.add(new Rij("Saldo per " + datum(periode.eersteDag()), taal.saldo(b.saldoIn())));
            r.add(new Rij("Trede per " + datum(periode.eersteDag()), taal.trede(b.tredeVoor().code())));
            r.add(new Rij("Te huisvesten (opgave) in de " + periode.omschrijving(), getal(b.opgave())));
            r.add(new Rij("Gehuisvest volgens COA per " + datum(periode.laatsteDag()),
                    getal(e.gehuisvestCoa())));
            long huur = e.huurcontracten();
            if (huur > 0) {
                r.add(new Rij("Huurcontracten laatste twee weken (ingediend / meegeteld)",
                        getal(huur) + " / " + getal(e.huurcontractenMeegeteld())));
            }
            if (e.gehuisvestCoaDefinitief() != null) {
                r.add(new Rij("Gehuisvest volgens de definitieve opgave van COA",
                        getal(e.gehuisvestCoaDefinitief())));
            }
            r.add(new Rij("Percentage van de opgave", taal.procent(b.percentageVanOpgave())));
            r.add(new Rij("Opgave gerealiseerd", e.gerealiseerd() ? "ja" : "nee"));
            if (e.drempelNietStijgen() != null) {
                boolean metHuur = !e.gerealiseerd() && e.huurcontractenMeegeteld() > 0;
                r.add(new Rij("Drempel 'niet stijgen'", NlFormaat.decimaal(e.drempelNietStijgen())
                        + " (" + kader.drempelNietStijgen(periode).map(DrempelNietStijgen::omschrijving).orElse("")
                        + "); " + (Boolean.TRUE.equals(e.drempelGehaald()) ? "gehaald" : "niet gehaald")
                        + (metHuur ? ", met de huurcontracten" : "")));
            }
            r.add(new Rij("Conclusie", taal.conclusieLabel(b.conclusie().name())));
            r.add(new Rij("Trede per " + datum(peildatum), taal.trede(b.tredeNa().code())));
            r.add(new Rij("Saldo per " + datum(peildatum), taal.saldo(e.saldoUit())));
            return r;
        }

        private List<Vraag> vragen() {
            long opgave = b.opgave();
            long coa = e.gehuisvestCoa();
            long meegeteld = e.huurcontractenMeegeteld();
            boolean gerealiseerd = e.gerealiseerd();
            String pct = taal.procent(b.percentageVanOpgave());
            List<Vraag> v = new ArrayList<>();
            v.add(new Vraag(1, "Heeft uw gemeente de opgave gerealiseerd?", gerealiseerd ? "Ja" : "Nee",
                    "Volgens COA zijn in de " + periode.omschrijving() + " " + getal(coa) + " van de "
                            + getal(opgave) + " te huisvesten vergunninghouders gehuisvest (" + pct
                            + " van de opgave)" + (meegeteld == 0 ? "."
                                    : gerealiseerd ? "; met " + getal(meegeteld)
                                            + " meegetelde huurcontracten uit de laatste twee weken."
                                    : "; de " + getal(meegeteld) + " huurcontracten uit de laatste twee weken tellen "
                                            + "mee voor de drempel 'niet stijgen'.")));
            Boolean kv = b.koppelingenVoldoende();
            LocalDate toets = kader.kalender().tussentijds(periode).orElse(null);
            if (toets == null) {
                // a kader without a tussentijdse toets has no judgment of the koppelingen (ADR 0033)
                v.add(new Vraag(2, "Waren er voldoende koppelingen om de opgave te realiseren?", "Niet beoordeeld",
                        "Het " + kader.naam() + " kent geen tussentijdse toets; de koppelingen worden niet "
                                + "beoordeeld."));
            } else {
                v.add(new Vraag(2, "Waren er per " + datum(toets)
                        + " voldoende koppelingen om de opgave te realiseren?", kv == null
                                ? "Niet bekend" : (kv ? "Ja" : "Nee"),
                        "Zie de tussentijdse toets per " + datum(toets) + "."));
            }
            v.add(new Vraag(3, "Heeft COA vergunninghouders van uw gemeente omgekoppeld (anders dan voor grote "
                    + "gezinnen of om medische redenen)?", omkoppelingenAntwoord(), omkoppelingenToelichting()));
            v.add(new Vraag(4, "Was uw gemeente stapelgemeente (ten minste " + kader.stapelgemeenteMinimaalMaanden()
                    + " maanden van de periode" + (kader.stapelgemeenteLaatsteMaandVereist()
                            ? ", waaronder de laatste maand" : "") + ")?",
                    e.stapelgemeente() ? "Ja" : "Nee", null));
            return v;
        }

        /** Question (3): what COA reported, and whether it counts in this period (R6, R8). */
        private String omkoppelingenAntwoord() {
            long gemeld = e.omkoppelingenGemeld();
            if (!e.omkoppelingenTellenMee() && gemeld > 0) {
                return "Ja, " + getal(gemeld) + ", maar die tellen in deze periode niet mee";
            }
            return e.omkoppelingen() ? "Ja, " + getal(gemeld) : "Nee";
        }

        private String omkoppelingenToelichting() {
            if (e.omkoppelingenTellenMee()) {
                return null;
            }
            return "Omkoppelingen tellen in de " + periode.omschrijving() + " niet mee: zo is bij de drempel 'niet "
                    + "stijgen' voor deze periode besloten" + (e.omkoppelingenGemeld() > 0
                            ? ". De gemelde omkoppelingen hebben op dit oordeel daarom geen invloed." : ".");
        }

        private List<String> conclusieEindoordeel() {
            List<String> c = new ArrayList<>();
            String voor = b.tredeVoor().code();
            String na = b.tredeNa().code();
            switch (b.conclusie().name()) {
                case "GEREALISEERD" -> c.add("Uw gemeente heeft de opgave voor de " + periode.omschrijving()
                        + " gerealiseerd. Per " + datum(peildatum) + " staat zij op " + taal.beschrijf(na) + ".");
                case "VOLGENDE_FASE" -> c.add("Uw gemeente heeft de opgave voor de " + periode.omschrijving()
                        + " niet gerealiseerd en gaat naar de volgende fase: van " + taal.beschrijf(voor) + " naar "
                        + taal.beschrijf(na) + ".");
                case "VOLGENDE_FASE_VOORGESTELD" -> c.add("Uw gemeente heeft de opgave voor de "
                        + periode.omschrijving() + " niet gerealiseerd. Voorgesteld is de stap van " + taal.beschrijf(voor)
                        + " naar " + taal.beschrijf(b.voorgesteldeTrede().code()) + "; die stap gaat pas in "
                        + "met een besluit van Gedeputeerde Staten. Tot dan blijft uw gemeente op " + taal.beschrijf(na)
                        + ".");
                default -> c.add("Uw gemeente " + (e.gerealiseerd() ? "heeft de opgave gerealiseerd"
                        : "heeft de opgave niet gerealiseerd") + " en blijft in dezelfde fase: " + taal.beschrijf(na)
                        + ".");
            }
            if (e.verschoonbareReden() != null) {
                c.add("Als verschoonbare reden is vastgesteld: " + e.verschoonbareReden());
            }
            long saldoUit = e.saldoUit();
            c.add("Het saldo per " + datum(peildatum) + " is " + taal.saldo(saldoUit) + "; het wordt meegenomen naar de "
                    + periode.volgende().omschrijving() + ".");
            return c;
        }

        private List<Rij> beslissingen() {
            List<Rij> r = new ArrayList<>();
            for (Ronde.Beslissing x : g.gemeente().beslissingen()) {
                if (x.vervangenOp() != null) {
                    continue;
                }
                String soort = switch (x.soort()) {
                    case "VERSCHOONBARE_REDEN" -> "Verschoonbare reden: " + x.waarde();
                    case "KOPPELINGEN_OORDEEL" -> "Oordeel over de koppelingen: "
                            + ("true".equals(x.waarde()) ? "voldoende" : "niet voldoende");
                    case "BESLUIT" -> "Besluit van Gedeputeerde Staten: " + taal.beschrijf(x.waarde());
                    default -> x.soort();
                };
                r.add(new Rij(soort, taal.label(x.motivering())));
            }
            return r;
        }

        // --- annexes ------------------------------------------------------------------------------------------

        // --- formats ------------------------------------------------------------------------------------------
    }
}
