package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.woonregie.aanbod.internal.Concepttekst;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.Ladder;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Trede;
import nl.woonregie.toezicht.ronde.ToezichtHistorie;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft of a gemeente's plan van aanpak (required from step 3a of the ladder): the stored standing (step,
 * opgave, housed), the taakstelling, the forecast (scenario Plan, Trend when the gemeente has no sources) and the
 * measures (its stored sources), with the parts the gemeente must write marked as such; as PDF/A and as an editable
 * ODT. Made when asked, from stored figures only, and stored nowhere; it names no person (the sources' authors are
 * left out), so reading it is not audited. Readers as the sources: the gemeente itself, the province's supervisor,
 * BEHEERDER.
 */
@Service
public class PlanVanAanpak {

    /** The step from which a plan van aanpak is required. */
    static final String VERPLICHT_VANAF = "3a";

    /**
     * Whether the plan is required: the gemeente's current step (vastgesteld) and whether it is 3a or higher on its
     * beleidskader's ladder.
     */
    public record Stand(String trede, String tredeNaam, LocalDate vastgesteldPer, boolean verplicht) {
    }

    private final Aanbodbronnen bronnen;
    private final GemeentePrognoses prognoses;
    private final ToezichtHistorie historie;
    private final BeleidskaderRegister kaders;
    private final CijferStanden cijfers;
    private final GebiedService gebied;

    PlanVanAanpak(Aanbodbronnen bronnen, GemeentePrognoses prognoses, ToezichtHistorie historie,
            BeleidskaderRegister kaders, CijferStanden cijfers, GebiedService gebied) {
        this.bronnen = bronnen;
        this.prognoses = prognoses;
        this.historie = historie;
        this.kaders = kaders;
        this.cijfers = cijfers;
        this.gebied = gebied;
    }

    /** The gemeente's step and whether the plan is required (readers as the sources). */
    @Transactional(readOnly = true)
    public Stand stand(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        return stand(historie.van(gemeente, g));
    }

    private Stand stand(ToezichtHistorie.Historie h) {
        if (h.huidigeTrede() == null) {
            return new Stand(null, null, null, false);
        }
        Optional<Ladder> ladder = Optional.ofNullable(h.beleidskader()).flatMap(kaders::vind).map(k -> k.ladder());
        boolean verplicht = ladder.flatMap(l -> l.trede(VERPLICHT_VANAF).map(drempel -> {
            Optional<Trede> t = l.trede(h.huidigeTrede().trede());
            return t.isPresent() && l.index(t.get()) >= l.index(drempel);
        })).orElse(false);
        return new Stand(h.huidigeTrede().trede(), h.huidigeTrede().naam(), h.huidigeTrede().vastgesteldPer(),
                verplicht);
    }

    /** The draft as PDF/A-2a. */
    @Transactional(readOnly = true)
    public byte[] pdf(Gebruiker g, String gemeente) {
        return concept(g, gemeente).pdf();
    }

    /** The draft as an OpenDocument text, to complete. */
    @Transactional(readOnly = true)
    public byte[] odt(Gebruiker g, String gemeente) {
        return concept(g, gemeente).odt();
    }

    /** The draft's text (403/404 as the sources). */
    @Transactional(readOnly = true)
    public Concepttekst concept(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        ToezichtHistorie.Historie h = historie.van(gemeente, g);
        Stand stand = stand(h);
        String naam = gebied.naam(gemeente);
        LocalDate vandaag = gebied.vandaag();
        Periode p = Periode.van(vandaag);
        List<Aanbodbron> maatregelen = bronnen.vanGemeente(g, gemeente);
        GemeentePrognose.Scenario scenario = maatregelen.isEmpty() ? GemeentePrognose.Scenario.TREND
                : GemeentePrognose.Scenario.PLAN;
        GemeentePrognose prognose = prognoses.prognose(g, gemeente, scenario);
        GemeenteCijfers c = cijfers.lees(List.of(gemeente)).get(gemeente);
        GemeenteCijfers.Taakstelling taak = c.taakstellingen().get(p);

        List<Concepttekst.Deel> d = new ArrayList<>();
        d.add(new Concepttekst.Alinea("Concept, opgesteld op " + Weergave.dag(vandaag) + " door Woonregie uit de "
                + "opgeslagen cijfers van het toezicht en de bronnen van aanbod van de gemeente. De gemeente vult de "
                + "delen aan die gemarkeerd zijn met '" + Concepttekst.MARKERING + "' en past de rest aan waar nodig."));
        if (stand.trede() == null) {
            d.add(new Concepttekst.Alinea("Concept op verzoek: er is nog geen vastgestelde trede op de "
                    + "interventieladder. Een plan van aanpak is verplicht vanaf trede " + VERPLICHT_VANAF + "."));
        } else if (!stand.verplicht()) {
            d.add(new Concepttekst.Alinea("Concept op verzoek: de gemeente staat op trede " + stand.trede() + " ("
                    + stand.tredeNaam() + "). Een plan van aanpak is verplicht vanaf trede " + VERPLICHT_VANAF + "."));
        } else {
            d.add(new Concepttekst.Alinea("De gemeente staat op trede " + stand.trede() + " (" + stand.tredeNaam()
                    + ") van de interventieladder: een plan van aanpak is verplicht."));
        }

        d.add(new Concepttekst.Kop(1, "1. Stand van zaken"));
        List<List<String>> rijen = new ArrayList<>();
        rijen.add(List.of("Onderdeel", "Stand"));
        rijen.add(List.of("Trede op de interventieladder", stand.trede() == null ? "nog geen vastgestelde trede"
                : stand.trede() + " (" + stand.tredeNaam() + "), vastgesteld per "
                        + Weergave.dag(stand.vastgesteldPer())));
        rijen.add(List.of("Periode", p.omschrijving()));
        rijen.add(List.of("Taakstelling", taak == null ? "nog niet bekend" : NlFormaat.getal(taak.taakstelling())));
        if (prognose.opgave() != null) {
            if (taak != null) {
                long saldo = prognose.opgave() - taak.taakstelling();
                rijen.add(List.of("Saldo uit de vorige periode", saldo > 0 ? "achterstand van " + NlFormaat.getal(saldo)
                        : saldo < 0 ? "voorsprong van " + NlFormaat.getal(-saldo) : "nul"));
            }
            rijen.add(List.of("Opgave (taakstelling en saldo)", NlFormaat.getal(prognose.opgave())));
        } else {
            rijen.add(List.of("Opgave (taakstelling en saldo)", "nog niet te berekenen"));
        }
        if (prognose.ambitie() != null) {
            rijen.add(List.of("Ambitie (opgave en additionele opgave)", NlFormaat.getal(prognose.ambitie())));
        }
        rijen.add(List.of("Gehuisvest volgens het COA tot en met " + Weergave.dag(prognose.peildatum()),
                NlFormaat.getal(prognose.gehuisvest())));
        if (prognose.opgave() != null) {
            long nog = Math.max(0, prognose.opgave() - prognose.gehuisvest());
            rijen.add(List.of("Nog te huisvesten voor de opgave", NlFormaat.getal(nog)));
        }
        d.add(new Concepttekst.Tabel("De stand van de gemeente volgens de opgeslagen cijfers", rijen, true));

        d.add(new Concepttekst.Kop(1, "2. Prognose"));
        PrognoseAntwoord u = prognose.uitkomst();
        String bron = scenario == GemeentePrognose.Scenario.PLAN
                ? "Scenario Plan: alle opgeslagen bronnen van aanbod van de gemeente."
                : "Scenario Trend: de gemeente heeft nog geen bronnen van aanbod opgeslagen; de prognose rekent met het "
                        + "tempo van de laatste drie maanden volgens het COA"
                        + (prognose.trend() == null ? "." : " (" + NlFormaat.decimaal(prognose.trend().perWeek())
                                + " per week).");
        d.add(new Concepttekst.Alinea(bron));
        if (u == null) {
            d.add(new Concepttekst.Alinea("De prognose kan nog niet gemaakt worden. Er ontbreekt: "
                    + String.join("; ", prognose.ontbrekend()) + "."));
        } else {
            d.add(new Concepttekst.Alinea(u.taakstellingGehaaldOp() != null
                    ? "Taakstelling verwacht gehaald op " + Weergave.dag(u.taakstellingGehaaldOp()) + "."
                    : "De taakstelling wordt volgens deze prognose in deze periode niet gehaald."));
            if (u.ambitie() != null) {
                d.add(new Concepttekst.Alinea(u.ambitieGehaaldOp() != null
                        ? "Ambitie verwacht gehaald op " + Weergave.dag(u.ambitieGehaaldOp()) + "."
                        : "De ambitie wordt volgens deze prognose in deze periode niet gehaald."));
            }
            long saldo = u.verwachtSaldoUit();
            d.add(new Concepttekst.Alinea("Verwacht gehuisvest aan het einde van de periode: "
                    + NlFormaat.getal(u.verwachtGehuisvest()) + "; verwacht saldo: " + (saldo > 0
                            ? "een achterstand van " + NlFormaat.getal(saldo)
                            : saldo < 0 ? "een voorsprong van " + NlFormaat.getal(-saldo) : "nul") + "."));
            if (!u.perBron().isEmpty()) {
                List<List<String>> perBron = new ArrayList<>();
                perBron.add(List.of("Bron", "Verwachte bijdrage tot het einde van de periode"));
                for (PrognoseAntwoord.PerBron b : u.perBron()) {
                    perBron.add(List.of(b.naam(), NlFormaat.decimaal(b.verwacht())));
                }
                d.add(new Concepttekst.Tabel("Bijdrage per bron na " + Weergave.dag(u.peildatum()), perBron, true));
            }
            for (PrognoseAntwoord.BevindingDto b : u.bevindingen()) {
                d.add(new Concepttekst.Alinea("Bevinding (" + Labels.inZin(b.type()) + "): " + b.tekst()));
            }
        }

        d.add(new Concepttekst.Kop(1, "3. Maatregelen: de opgeslagen bronnen van aanbod"));
        if (maatregelen.isEmpty()) {
            d.add(new Concepttekst.Alinea("Nog geen bronnen van aanbod opgeslagen."));
        } else {
            List<List<String>> m = new ArrayList<>();
            m.add(List.of("Maatregel", "Soort", "Wat", "Toelichting"));
            for (Aanbodbron b : maatregelen) {
                m.add(List.of(b.feiten().naam(), Labels.van(b.soort()), wat(b),
                        b.feiten().toelichting() == null ? "" : b.feiten().toelichting()));
            }
            d.add(new Concepttekst.Tabel("De bronnen van aanbod zoals opgeslagen op " + Weergave.dag(vandaag), m,
                    false));
        }

        d.add(new Concepttekst.InTeVullen("4. Oorzaken van de achterstand",
                "waarom de opgave tot nu toe niet gehaald is, met de knelpunten per bron van aanbod."));
        d.add(new Concepttekst.InTeVullen("5. Aanvullende maatregelen",
                "welke maatregelen de gemeente neemt bovenop de bronnen hierboven, met het aantal personen per "
                        + "maatregel en vanaf wanneer."));
        d.add(new Concepttekst.InTeVullen("6. Acties, termijnen en verantwoordelijken",
                "de acties met hun datum en wie ervoor verantwoordelijk is (ambtelijk en bestuurlijk)."));
        d.add(new Concepttekst.InTeVullen("7. Risico's en terugvalopties",
                "wat de planning kan vertragen en wat de gemeente dan doet."));
        d.add(new Concepttekst.InTeVullen("8. Overleg met de provincie",
                "wanneer en hoe de gemeente de provincie over de voortgang informeert."));
        return new Concepttekst("Plan van aanpak huisvesting vergunninghouders " + naam, d);
    }

    /** The facts of a source in a few words (numbers and dates the Dutch way). */
    static String wat(Aanbodbron b) {
        Bronfeiten f = b.feiten();
        return switch (b.soort()) {
            case CORPORATIE -> (f.personen() != null ? NlFormaat.getal(f.personen()) + " personen"
                    : NlFormaat.getal(f.woningen()) + " woningen") + " in " + f.jaar()
                    + (f.verwachteVerhuringen() == null ? ""
                            : ", van " + NlFormaat.getal(f.verwachteVerhuringen()) + " verwachte verhuringen");
            case PROJECT -> NlFormaat.getal(f.plaatsen()) + " plaatsen"
                    + (f.eenheden() == null ? "" : " van " + NlFormaat.getal(f.eenheden()))
                    + ", inhuizing vanaf " + Weergave.dag(f.startInhuizing())
                    + (f.perWeek() == null ? "" : ", " + perWeek(f.perWeek()))
                    + (f.status() == null ? "" : "; " + Labels.inZin(f.status()));
            case ROUTE -> Labels.van(f.route()) + ": " + (f.datum() != null
                    ? NlFormaat.getal(f.personen()) + " personen op " + Weergave.dag(f.datum())
                    : perWeek(f.perWeek()));
            case TEMPO -> perWeek(f.perWeek());
        };
    }

    private static String perWeek(BigDecimal n) {
        return NlFormaat.decimaal(n) + " per week";
    }
}
