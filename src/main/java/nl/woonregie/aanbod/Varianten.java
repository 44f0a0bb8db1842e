package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.woonregie.aanbod.internal.BronOpslag;
import nl.woonregie.aanbod.internal.Bronlezer;
import nl.woonregie.aanbod.internal.VariantOpslag;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User-named variants of a gemeente's Plan: changes to its current sources, judged against them (a change names a
 * current source of the gemeente, once, and only numbers and dates its kind has). Kept and read as the sources
 * ({@link Aanbodbronnen}: the gemeente itself and BEHEERDER keep, its TOEZICHTHOUDER reads); added and removed, each
 * an {@link AanbodGebeurtenis} in the audit trail.
 */
@Service
public class Varianten {

    static final int MAX_AANPASSINGEN = 200;

    /** A variant as typed: its name, the reason and the changes. */
    public record Verzoek(String naam, String reden, List<AanpassingVerzoek> aanpassingen) {
    }

    /** A change as typed (numbers and dates as their text). */
    public record AanpassingVerzoek(String bron, String weglaten, String plaatsen, String personen, String woningen,
            String perWeek, String startInhuizing, String datum) {
    }

    private final Aanbodbronnen bronnen;
    private final BronOpslag bronOpslag;
    private final VariantOpslag opslag;
    private final ApplicationEventPublisher gebeurtenissen;

    Varianten(Aanbodbronnen bronnen, BronOpslag bronOpslag, VariantOpslag opslag,
            ApplicationEventPublisher gebeurtenissen) {
        this.bronnen = bronnen;
        this.bronOpslag = bronOpslag;
        this.opslag = opslag;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The gemeente's variants, in the order they were added. */
    @Transactional(readOnly = true)
    public List<Variant> vanGemeente(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        return opslag.vanGemeente(gemeente);
    }

    /** One current variant of the gemeente: 404 otherwise. */
    @Transactional(readOnly = true)
    public Variant lees(Gebruiker g, String gemeente, long id) {
        bronnen.vereisLezen(g, gemeente);
        return opslag.lees(id).filter(v -> v.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Variant " + id + " bestaat niet (meer)."));
    }

    /** Adds a variant; 400 naming every invalid field ({@code aanpassingen[1].plaatsen}). */
    @Transactional
    public Variant toevoegen(Gebruiker g, String gemeente, Verzoek v, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        String naam = Bronlezer.tekst(v.naam(), "naam", Bronlezer.MAX_NAAM, true, f);
        if (naam != null && opslag.bestaat(gemeente, naam)) {
            f.add(new InvalidParam("naam", "er is al een variant met deze naam"));
        }
        String reden = Bronlezer.reden(v.reden(), f);
        Map<Long, Aanbodbron> huidig = new HashMap<>();
        bronOpslag.vanGemeenten(List.of(gemeente)).forEach(b -> huidig.put(b.id(), b));
        List<Variant.Aanpassing> aanpassingen = new ArrayList<>();
        if (v.aanpassingen() == null || v.aanpassingen().isEmpty()) {
            f.add(new InvalidParam("aanpassingen", "verplicht: ten minste één aanpassing van een bron"));
        } else if (v.aanpassingen().size() > MAX_AANPASSINGEN) {
            f.add(new InvalidParam("aanpassingen", "hoogstens " + MAX_AANPASSINGEN + " aanpassingen"));
        } else {
            Set<Long> gezien = new HashSet<>();
            for (int i = 0; i < v.aanpassingen().size(); i++) {
                Variant.Aanpassing a = aanpassing(v.aanpassingen().get(i), "aanpassingen[" + i + "].", huidig,
                        gezien, f);
                if (a != null) {
                    aanpassingen.add(a);
                }
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De variant is niet opgeslagen.", f);
        }
        long id = opslag.voegToe(gemeente, naam, aanpassingen, reden, g.actor());
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("naam", naam);
        waarden.put("aanpassingen", opslag.alsWaarden(aanpassingen));
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.VariantToegevoegd(id, gemeente, waarden,
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /** Removes a variant, with the reason; 404 when it is not (or no longer) there. */
    @Transactional
    public void verwijderen(Gebruiker g, String gemeente, long id, String reden, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        Variant v = lees(g, gemeente, id);
        List<InvalidParam> f = new ArrayList<>();
        String r = Bronlezer.reden(reden, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De variant is niet verwijderd.", f);
        }
        if (!opslag.verwijder(id, r, g.actor())) {
            throw ApiException.notFound("Variant " + id + " bestaat niet (meer).");
        }
        Map<String, Object> vorige = new LinkedHashMap<>();
        vorige.put("naam", v.naam());
        vorige.put("aanpassingen", opslag.alsWaarden(v.aanpassingen()));
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("reden", r);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.VariantVerwijderd(id, gemeente, vorige, waarden,
                new Actor(g.actor(), client)));
    }

    private static Variant.Aanpassing aanpassing(AanpassingVerzoek a, String pad, Map<Long, Aanbodbron> huidig,
            Set<Long> gezien, List<InvalidParam> f) {
        if (a == null) {
            f.add(new InvalidParam(pad.substring(0, pad.length() - 1), "een aanpassing, geen null"));
            return null;
        }
        int voor = f.size();
        Long bronId = Bronlezer.geheel(a.bron(), pad + "bron", 1, Long.MAX_VALUE / 2, true, f);
        Aanbodbron b = bronId == null ? null : huidig.get(bronId);
        if (bronId != null && b == null) {
            f.add(new InvalidParam(pad + "bron", "geen huidige bron van deze gemeente"));
        } else if (bronId != null && !gezien.add(bronId)) {
            f.add(new InvalidParam(pad + "bron", "deze bron is al aangepast in deze variant"));
        }
        Boolean weglaten = null;
        if (Bronlezer.gevuld(a.weglaten())) {
            String w = a.weglaten().strip().toLowerCase(Locale.ROOT);
            if (w.equals("true") || w.equals("ja")) {
                weglaten = true;
            } else if (!w.equals("false") && !w.equals("nee")) {
                f.add(new InvalidParam(pad + "weglaten", "true of false"));
            }
        }
        Aanbodbron.Soort soort = b == null ? null : b.soort();
        Bronfeiten feiten = b == null ? null : b.feiten();
        boolean project = soort == Aanbodbron.Soort.PROJECT;
        boolean eenmalig = soort == Aanbodbron.Soort.ROUTE && feiten.datum() != null;
        boolean personenBron = (soort == Aanbodbron.Soort.CORPORATIE && feiten.personen() != null) || eenmalig;
        boolean woningenBron = soort == Aanbodbron.Soort.CORPORATIE && feiten.woningen() != null;
        boolean tempoBron = project || soort == Aanbodbron.Soort.TEMPO
                || (soort == Aanbodbron.Soort.ROUTE && feiten.perWeek() != null);
        Long plaatsen = veld(Bronlezer.geheel(a.plaatsen(), pad + "plaatsen", 0, Bronlezer.MAX_AANTAL, false, f),
                soort, project, pad + "plaatsen", f);
        Long personen = veld(Bronlezer.geheel(a.personen(), pad + "personen", 0, Bronlezer.MAX_AANTAL, false, f),
                soort, personenBron, pad + "personen", f);
        Long woningen = veld(Bronlezer.geheel(a.woningen(), pad + "woningen", 0, Bronlezer.MAX_AANTAL, false, f),
                soort, woningenBron, pad + "woningen", f);
        BigDecimal perWeek = veld(Bronlezer.decimaal(a.perWeek(), "perWeek", BigDecimal.valueOf(Bronlezer.MAX_AANTAL),
                false, f), soort, tempoBron, pad + "perWeek", f);
        LocalDate start = veld(Bronlezer.datum(a.startInhuizing(), pad + "startInhuizing", false, f), soort, project,
                pad + "startInhuizing", f);
        LocalDate datum = veld(Bronlezer.datum(a.datum(), pad + "datum", false, f), soort, eenmalig, pad + "datum", f);
        // a decimal's message names the field without its place in the list: put it there
        for (int i = voor; i < f.size(); i++) {
            if (f.get(i).name().equals("perWeek")) {
                f.set(i, new InvalidParam(pad + "perWeek", f.get(i).reason()));
            }
        }
        boolean iets = plaatsen != null || personen != null || woningen != null || perWeek != null || start != null
                || datum != null;
        if (Boolean.TRUE.equals(weglaten) && iets) {
            f.add(new InvalidParam(pad + "weglaten", "een weggelaten bron krijgt geen andere waarden"));
        } else if (!Boolean.TRUE.equals(weglaten) && !iets && f.size() == voor) {
            f.add(new InvalidParam(pad + "bron", "zonder aanpassing: laat de bron weg of geef een nieuwe waarde"));
        }
        if (f.size() > voor) {
            return null;
        }
        return new Variant.Aanpassing(bronId, weglaten, plaatsen, personen, woningen, perWeek, start, datum);
    }

    /** A value the source's kind must have; named otherwise (not when the source itself is unknown). */
    private static <T> T veld(T waarde, Aanbodbron.Soort soort, boolean past, String naam, List<InvalidParam> f) {
        if (waarde != null && soort != null && !past) {
            f.add(new InvalidParam(naam, "past niet bij deze bron (" + Labels.inZin(soort) + ")"));
            return null;
        }
        return waarde;
    }
}
