package nl.woonregie.brieven.internal;

import static nl.woonregie.toezicht.regels.NlFormaat.datum;
import static nl.woonregie.toezicht.regels.NlFormaat.getal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.brieven.internal.BriefInhoud.LadderStap;
import nl.woonregie.brieven.internal.BriefInhoud.Rij;
import nl.woonregie.brieven.internal.BriefSamensteller.Gegevens;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Kalender;
import nl.woonregie.toezicht.regels.Ladder;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Trede;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht;

/**
 * The annexes of a letter and what the letter takes from the round as a whole: the interventieladder with the
 * municipality's step, the province's figures and steps, the comparison of provinces, the additional task, and in a
 * preview the consistency check's findings.
 */
final class BriefBijlagen {

    private final Gegevens g;
    private final BriefTaal taal;
    private final BeoordelingRecord b;
    private final Beleidskader kader;
    private final Ladder ladder;
    private final LocalDate peildatum;
    private final Periode periode;
    private final boolean tussentijds;

    BriefBijlagen(Gegevens g, BriefTaal taal) {
        this.g = g;
        this.taal = taal;
        this.b = g.gemeente().beoordeling();
        this.kader = g.kader();
        this.ladder = kader.ladder();
        this.peildatum = g.ronde().peildatum();
        this.periode = b.periode();
        this.tussentijds = b.tussentijds();
    }

    /** The provinces compared (their realisation at this peildatum), when two or more have a round. */
    List<Rij> vergelijking() {
        List<Rij> rijen = new ArrayList<>();
        if (g.vergelijking() == null) {
            return rijen;
        }
        for (ProvincieOverzicht.Vergelijking v : g.vergelijking()) {
            rijen.add(new Rij(v.naam(), v.percentageVanOpgave() == null ? "–"
                    : v.percentageVanOpgave() + "%"));
        }
        return rijen;
    }

    /** In a preview only: what the round's consistency check found for this municipality (§3 of the spec). */
    List<String> controle() {
        if (!g.concept() || g.ronde().controle() == null) {
            return List.of();
        }
        return g.ronde().controle().van(g.gemeente().gemeente()).stream()
                .map(b -> (b.niveau().name().equals("FOUT") ? "Fout: " : "Waarschuwing: ") + taal.label(b.tekst()))
                .toList();
    }

    List<LadderStap> ladderStappen() {
        List<LadderStap> stappen = new ArrayList<>();
        String huidig = taal.tredeLabel(b.tredeNa().code());
        String vorige = null;
        for (Ladder.Stap s : ladder.treden()) {
            String label = kader.tredeLabel(s.trede(), peildatum);
            if (label.equals(vorige)) {
                continue; // before the 3a/3b split the letters know one step 3
            }
            vorige = label;
            String naam = label.equals(s.trede().code()) ? s.naam()
                    : s.naam().replaceAll("\\s*\\((ambtelijk|bestuurlijk)\\)", "");
            stappen.add(new LadderStap(label, naam, s.betekenis(), s.besluitVereist()
                    ? "besluit van Gedeputeerde Staten" : "—", label.equals(huidig)));
        }
        return stappen;
    }

    /**
     * The days of a year on which the kader's tussentijdse toetsen (or eindoordelen) fall, without the year, in the
     * order of the calendar year: "1 april en 1 oktober", "1 januari en 1 juli", "25 januari".
     */
    static String dagen(Kalender kalender, boolean tussentijds) {
        int jaar = 2001;
        List<String> dagen = kalender.peildata(java.time.LocalDate.of(jaar, 1, 1), java.time.LocalDate.of(jaar, 12, 31))
                .stream().filter(d -> kalender.isEindoordeel(d) != tussentijds)
                .map(d -> datum(d).replace(" " + jaar, "")).toList();
        if (dagen.size() <= 1) {
            return String.join("", dagen);
        }
        return String.join(", ", dagen.subList(0, dagen.size() - 1)) + " en " + dagen.get(dagen.size() - 1);
    }

    List<String> ladderUitleg() {
        List<String> t = new ArrayList<>();
        t.add("Gedeputeerde Staten houden toezicht volgens een interventieladder. De trede geeft aan hoe "
                + "intensief het toezicht op uw gemeente is. Per " + datum(peildatum) + " staat uw gemeente op "
                + taal.beschrijf(b.tredeNa().code()) + ".");
        Trede hoogste = ladder.hoogsteTredeTussentijds();
        // the dates of the kader's calendar (Zuid-Holland: 1 april en 1 oktober; 1 januari en 1 juli)
        Kalender kalender = kader.kalender();
        if (kalender.tussentijdseToets()) {
            t.add("Bij een tussentijdse toets (" + dagen(kalender, true) + ") gaat een gemeente die niet op schema "
                    + "ligt één trede omhoog, maar niet verder dan trede " + kader.tredeLabel(hoogste, peildatum) + ".");
        }
        String eind = "Bij het eindoordeel (" + dagen(kalender, false) + ") gaat een gemeente die haar opgave heeft "
                + "gerealiseerd terug naar trede " + kader.tredeLabel(ladder.laagste(), peildatum)
                + "; anders gaat zij één trede omhoog, tenzij de drempel 'niet stijgen' is gehaald of er een "
                + "verschoonbare reden is.";
        if (kalender.tussentijdseToets()) {
            t.set(t.size() - 1, t.get(t.size() - 1) + " " + eind);
        } else {
            t.add(eind);
        }
        List<String> besluit = ladder.treden().stream().filter(Ladder.Stap::besluitVereist)
                .map(s -> kader.tredeLabel(s.trede(), peildatum)).distinct().toList();
        if (!besluit.isEmpty()) {
            t.add("De stap naar trede " + taal.opsomming(besluit) + " gaat alleen in met een gemotiveerd besluit "
                    + "van Gedeputeerde Staten.");
        }
        return t;
    }

    List<String> provincieTekst() {
        ProvincieOverzicht.Totalen t = g.overzicht().totalen();
        List<String> r = new ArrayList<>();
        String gehuisvest = tussentijds ? "Per " + datum(peildatum) + " zijn er "
                : "Volgens COA zijn in de " + periode.omschrijving() + " ";
        r.add("In de gemeenten van de provincie " + g.provincieNaam() + " moeten in de "
                + periode.omschrijving() + " " + getal(t.opgave()) + " vergunninghouders worden gehuisvest "
                + "(taakstelling plus saldo); de helft daarvan is " + getal(t.helft()) + ". " + gehuisvest
                + getal(t.gehuisvest()) + " vergunninghouders gehuisvest, " + (t.percentageVanOpgave() == null
                        ? "" : t.percentageVanOpgave() + "% van de opgave; ")
                + "er moeten er nog " + getal(t.nogTeHuisvesten()) + " worden gehuisvest.");
        if (t.koppelingen() != null) {
            r.add("Aan de gemeenten zijn " + getal(t.koppelingen()) + " vergunninghouders gekoppeld; "
                    + (Boolean.TRUE.equals(t.haalbaar()) ? "daarmee is de opgave van de provincie als geheel "
                            + "haalbaar." : "daarmee is de opgave van de provincie als geheel niet haalbaar."));
        }
        if (!t.gemeentenMetTeWeinigKoppelingen().isEmpty()) {
            r.add(tussentijds ? "Gemeenten met te weinig koppelingen voor wat zij nog moeten huisvesten: "
                    + taal.opsomming(t.gemeentenMetTeWeinigKoppelingen()) + "."
                    : "Gemeenten die hun opgave niet hebben gerealiseerd en bij de tussentijdse toets per "
                            + datum(t.koppelingenOordeelPer()) + " te weinig koppelingen hadden: "
                            + taal.opsomming(t.gemeentenMetTeWeinigKoppelingen()) + ".");
        }
        if (t.aantalZonderCijfers() > 0) {
            r.add("Van " + t.aantalZonderCijfers() + " van de " + t.aantalGemeenten() + " gemeenten ontbreken "
                    + "cijfers; zij tellen niet mee in deze totalen.");
        }
        return r;
    }

    List<Rij> provincieTabel() {
        ProvincieOverzicht.Totalen t = g.overzicht().totalen();
        List<Rij> r = new ArrayList<>();
        r.add(new Rij("Gemeenten (met cijfers)", getal(t.aantalGemeenten() - t.aantalZonderCijfers())
                + " van " + getal(t.aantalGemeenten())));
        r.add(new Rij("Taakstelling " + periode.omschrijving(), getal(t.taakstelling())));
        r.add(new Rij("Te huisvesten (opgave)", getal(t.opgave())));
        r.add(new Rij("Helft van de opgave", getal(t.helft())));
        r.add(new Rij(tussentijds ? "Gehuisvest per " + datum(peildatum)
                : "Gehuisvest volgens COA per " + datum(periode.laatsteDag()), getal(t.gehuisvest())));
        r.add(new Rij("Percentage van de opgave", t.percentageVanOpgave() == null ? "—"
                : t.percentageVanOpgave() + "%"));
        r.add(new Rij("Nog te huisvesten", getal(t.nogTeHuisvesten())));
        if (!tussentijds) {
            // the ended period has no koppelingen left to count; the mid date's judgment is what the eindoordeel uses
            // (a kader without a tussentijdse toets has none)
            if (t.koppelingenOordeelPer() == null) {
                return r;
            }
            r.add(new Rij("Niet gerealiseerd, met te weinig koppelingen op " + datum(t.koppelingenOordeelPer()),
                    getal(t.gemeentenMetTeWeinigKoppelingen().size())));
            return r;
        }
        r.add(new Rij("Koppelingen", t.koppelingen() == null ? "niet bekend" : getal(t.koppelingen())));
        r.add(new Rij("Haalbaar met de koppelingen", t.haalbaar() == null ? "niet bekend"
                : (t.haalbaar() ? "ja" : "nee")));
        if (t.koppelingen() != null) {
            r.add(new Rij("Gemeenten met te weinig koppelingen",
                    getal(t.gemeentenMetTeWeinigKoppelingen().size())));
        }
        return r;
    }

    List<Rij> perTrede() {
        Map<String, Integer> perLabel = new LinkedHashMap<>();
        Map<String, String> naam = new LinkedHashMap<>();
        for (LadderStap s : ladderStappen()) {
            perLabel.put(s.label(), 0);
            naam.put(s.label(), s.naam());
        }
        g.overzicht().totalen().aantalPerTrede().forEach((code, n) -> ladder.trede(code)
                .ifPresent(t -> perLabel.merge(kader.tredeLabel(t, peildatum), n, Integer::sum)));
        List<Rij> r = new ArrayList<>();
        perLabel.forEach((label, n) -> r.add(new Rij("Trede " + label + " (" + naam.get(label) + ")",
                getal(n))));
        return r;
    }

    long additioneel() {
        return b.additioneleOpgave();
    }

    /**
     * The municipality's ambition above the taakstelling (issue 15, §3), beside its opgave: what it housed and what it
     * still has to house for the ambition. Only for a period with an ambition; the ambition never changes the
     * judgment.
     */
    List<Rij> additioneelTabel() {
        if (additioneel() <= 0) {
            return List.of();
        }
        ProvincieOverzicht.AmbitieRegel a = ProvincieOverzicht.AmbitieRegel.van(null, null, b.taakstelling(),
                additioneel(), b.opgave(), b.gehuisvestVoorOordeel());
        return ambitieRijen(a, "Gehuisvest " + (tussentijds ? "per " + datum(peildatum)
                : "volgens COA per " + datum(periode.laatsteDag())));
    }

    /** The same table for the province as a whole (the municipalities with a judgment), when the overview has it. */
    List<Rij> additioneelProvincie() {
        ProvincieOverzicht.Ambitie a = g.overzicht() == null ? null : g.overzicht().ambitie();
        if (additioneel() <= 0 || a == null) {
            return List.of();
        }
        return ambitieRijen(a.totaal(), "Gehuisvest");
    }

    private List<Rij> ambitieRijen(ProvincieOverzicht.AmbitieRegel a, String gehuisvest) {
        List<Rij> r = new ArrayList<>();
        r.add(new Rij("Taakstelling " + periode.omschrijving(), getal(a.taakstelling())));
        r.add(new Rij("Ambitie " + periode.omschrijving(), getal(a.ambitie())));
        r.add(new Rij("Ambitie boven de taakstelling (additionele opgave)", getal(a.additioneleOpgave())));
        r.add(new Rij("Opgave (taakstelling en saldo)", getal(a.opgave())));
        r.add(new Rij("Opgave met de ambitie", getal(a.opgaveMetAmbitie())));
        r.add(new Rij(gehuisvest, getal(a.gehuisvest())));
        r.add(new Rij("Nog te huisvesten voor de ambitie", getal(a.nogTeHuisvesten())));
        r.add(new Rij("Percentage van de opgave met de ambitie", BriefTaal.procent(a.percentageVanOpgaveMetAmbitie())));
        return r;
    }

    List<String> additioneelTekst() {
        if (additioneel() <= 0) {
            return List.of();
        }
        return List.of("Naast de wettelijke taakstelling is voor de " + periode.omschrijving() + " een gezamenlijke "
                + "ambitie afgesproken: geen officiële verhoging van de taakstelling, wel een afspraak om meer "
                + "vergunninghouders te huisvesten. De ambitie van uw gemeente is " + getal(b.taakstelling()
                        + additioneel()) + ", " + getal(additioneel()) + " boven de taakstelling. De ambitie telt niet "
                + "mee voor de beoordeling op de interventieladder; zij wordt hier afzonderlijk gevolgd. De opgave met "
                + "de ambitie is uw opgave (taakstelling en saldo) plus wat de ambitie boven de taakstelling uitgaat.");
    }
}
