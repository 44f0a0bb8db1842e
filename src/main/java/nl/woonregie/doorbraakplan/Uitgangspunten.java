package nl.woonregie.doorbraakplan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.woonregie.aanbod.AanbodProjecten;
import nl.woonregie.aanbod.Aanbodbron;
import nl.woonregie.doorbraakplan.internal.Sjablonen;
import nl.woonregie.doorbraakplan.internal.ToetsOpslag;
import nl.woonregie.doorbraakplan.toetsing.Toetsuitkomst;
import nl.woonregie.doorbraakplan.toetsing.Uitgangspuntentoets;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uitgangspunten check of a municipality's doorbraakplan (issue 17 §2): its list of uitgangspunten, kept by its
 * programme team; each location's scores (a change is a new, audited fact); the system's own finding for an
 * uitgangspunt with a limit against the location's places; the table of the memo of 28 January 2022 as JSON and XLSX.
 *
 * <p>Who: as the lead pipeline ({@link Leads}) — the programme team changes, BESTUUR reads, BEHEERDER all, the lead's
 * PROJECTLEIDER reads its lead's scores; others 403, an unknown municipality 404 for BEHEERDER.
 */
@Service
public class Uitgangspunten {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int MAX_UITGANGSPUNTEN = 30;
    static final int MAX_MAXIMUM = 100_000;

    private final ToetsOpslag opslag;
    private final Leads leads;
    private final AanbodProjecten projecten;
    private final ApplicationEventPublisher gebeurtenissen;

    Uitgangspunten(ToetsOpslag opslag, Leads leads, AanbodProjecten projecten,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.leads = leads;
        this.projecten = projecten;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Den Haag's six uitgangspunten with their source, to take over (nothing applies until a list is stored). */
    public static List<Uitgangspunt> startset() {
        return Sjablonen.uitgangspuntenDenHaag();
    }

    // --- the list

    /** The municipality's list (version 0 and empty while none is stored), with the starting set. */
    @Transactional(readOnly = true)
    public Uitgangspuntenlijst lijst(Gebruiker g, String gemeente) {
        leads.vereisLezen(g, gemeente);
        return lijst(gemeente);
    }

    private Uitgangspuntenlijst lijst(String gemeente) {
        Optional<ToetsOpslag.Kop> kop = opslag.kop(gemeente);
        return new Uitgangspuntenlijst(gemeente, kop.map(ToetsOpslag.Kop::versie).orElse(0),
                opslag.uitgangspunten(gemeente), kop.map(ToetsOpslag.Kop::door).orElse(null),
                kop.map(ToetsOpslag.Kop::op).orElse(null), kop.map(ToetsOpslag.Kop::reden).orElse(null), startset());
    }

    /**
     * Stores a new version of the municipality's list (the whole list, in order); 400 naming every invalid field, 409
     * when the list changed in between. {@code legeRegelsOverslaan}: a form's empty rows do not count.
     */
    @Transactional
    public Uitgangspuntenlijst vastleggen(Gebruiker g, String gemeente, Uitgangspuntenverzoek v,
            boolean legeRegelsOverslaan, String client) {
        leads.vereisWijzigen(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        Integer versie = Leads.geheel(v.versie(), "versie", true, f);
        String reden = Leads.tekst(v.reden(), "reden", Leads.TEKST, true, f);
        List<Uitgangspunt> lijst = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (v.uitgangspunten() == null) {
            f.add(new InvalidParam("uitgangspunten", "verplicht (een lege lijst mag)"));
        } else if (v.uitgangspunten().size() > MAX_UITGANGSPUNTEN) {
            f.add(new InvalidParam("uitgangspunten", "hoogstens " + MAX_UITGANGSPUNTEN + " uitgangspunten"));
        } else {
            for (int i = 0; i < v.uitgangspunten().size(); i++) {
                Uitgangspuntenverzoek.Regel r = v.uitgangspunten().get(i);
                String p = "uitgangspunten[" + i + "].";
                if (r == null) {
                    f.add(new InvalidParam("uitgangspunten[" + i + "]", "verplicht"));
                    continue;
                }
                if (legeRegelsOverslaan && r.leeg()) {
                    continue;
                }
                String code = Leads.tekst(r.code(), p + "code", 40, true, f);
                if (code != null && !CODE.matcher(code).matches()) {
                    f.add(new InvalidParam(p + "code", "hoofdletters, cijfers en _, beginnend met een letter "
                            + "(2 tot 40 tekens), bijvoorbeeld KLEINSCHALIG"));
                    code = null;
                } else if (code != null && !codes.add(code)) {
                    f.add(new InvalidParam(p + "code", "komt al eerder in de lijst voor"));
                }
                String naam = Leads.tekst(r.naam(), p + "naam", Leads.NAAM, true, f);
                String omschrijving = Leads.tekst(r.omschrijving(), p + "omschrijving", Leads.TEKST, false, f);
                Integer maximum = Leads.geheel(r.maximum(), p + "maximum", false, f);
                if (maximum != null && maximum > MAX_MAXIMUM) {
                    f.add(new InvalidParam(p + "maximum", "hoogstens " + getal(MAX_MAXIMUM)));
                }
                String bron = Leads.tekst(r.bron(), p + "bron", 500, false, f);
                lijst.add(new Uitgangspunt(code, naam, omschrijving, maximum, bron));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De uitgangspunten zijn niet vastgelegd.", f);
        }
        Uitgangspuntenlijst voor = lijst(gemeente);
        if (voor.versie() != versie || !opslag.vervang(gemeente, versie, lijst, reden, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "De uitgangspunten zijn intussen gewijzigd (nu "
                    + "versie " + lijst(gemeente).versie() + "); bekijk ze opnieuw.", null);
        }
        Uitgangspuntenlijst na = lijst(gemeente);
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("uitgangspunten", alsWaarden(na.uitgangspunten()));
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new ToetsGebeurtenis.UitgangspuntenVastgelegd(gemeente, na.versie(),
                voor.versie() == 0 ? null : Map.of("uitgangspunten", alsWaarden(voor.uitgangspunten())), waarden,
                new Actor(g.actor(), client)));
        return na;
    }

    private static List<Map<String, Object>> alsWaarden(List<Uitgangspunt> lijst) {
        List<Map<String, Object>> w = new ArrayList<>();
        for (Uitgangspunt u : lijst) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", u.code());
            m.put("naam", u.naam());
            m.put("omschrijving", u.omschrijving());
            m.put("maximum", u.maximum());
            m.put("bron", u.bron());
            w.add(m);
        }
        return w;
    }

    // --- a location's scores

    /** May the account read this lead's scores (the pipeline's readers and the lead's projectleider)? */
    private ToetsOpslag.Locatie leesbareLocatie(Gebruiker g, String gemeente, long lead) {
        if (!Leads.isProjectleider(g, lead)) {
            leads.vereisLezen(g, gemeente);
        }
        return opslag.locatie(lead).filter(l -> l.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + lead + " bestaat niet bij deze gemeente."));
    }

    /** A location's check: per uitgangspunt the team's score and the computed finding, with every recorded score. */
    @Transactional(readOnly = true)
    public Locatietoets locatie(Gebruiker g, String gemeente, long lead) {
        ToetsOpslag.Locatie l = leesbareLocatie(g, gemeente, lead);
        return toets(l, opslag.uitgangspunten(gemeente));
    }

    /**
     * Records a location's scores: a new score version with the uitgangspunten whose score changed (the others keep
     * theirs); 400 naming every invalid field, 409 when the scores changed in between.
     */
    @Transactional
    public Locatietoets scoren(Gebruiker g, String gemeente, long lead, Scoreverzoek v, String client) {
        leads.vereisWijzigen(g, gemeente);
        ToetsOpslag.Locatie l = opslag.locatie(lead).filter(x -> x.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + lead + " bestaat niet bij deze gemeente."));
        List<Uitgangspunt> lijst = opslag.uitgangspunten(gemeente);
        Set<String> bekend = new HashSet<>();
        lijst.forEach(u -> bekend.add(u.code()));
        List<InvalidParam> f = new ArrayList<>();
        Integer versie = Leads.geheel(v.versie(), "versie", true, f);
        List<Locatietoets.Score> nieuw = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        if (v.scores() == null || v.scores().isEmpty()) {
            f.add(new InvalidParam("scores", lijst.isEmpty() ? "de gemeente heeft nog geen uitgangspunten"
                    : "verplicht: minstens één uitgangspunt"));
        } else if (v.scores().size() > MAX_UITGANGSPUNTEN) {
            f.add(new InvalidParam("scores", "hoogstens " + MAX_UITGANGSPUNTEN + " scores"));
        } else {
            for (int i = 0; i < v.scores().size(); i++) {
                Scoreverzoek.Regel r = v.scores().get(i);
                String p = "scores[" + i + "].";
                if (r == null) {
                    f.add(new InvalidParam("scores[" + i + "]", "verplicht"));
                    continue;
                }
                String code = Leads.tekst(r.uitgangspunt(), p + "uitgangspunt", 40, true, f);
                if (code != null && !bekend.contains(code)) {
                    f.add(new InvalidParam(p + "uitgangspunt", "geen uitgangspunt van deze gemeente"));
                } else if (code != null && !gezien.add(code)) {
                    f.add(new InvalidParam(p + "uitgangspunt", "komt al eerder voor"));
                }
                Toetsuitkomst u = Leads.code(r.uitkomst(), p + "uitkomst", Toetsuitkomst.class, true, f);
                String t = Leads.tekst(r.toelichting(), p + "toelichting", Leads.TEKST, false, f);
                nieuw.add(new Locatietoets.Score(0, code, u, t, null, null));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De toets is niet vastgelegd.", f);
        }
        int huidig = opslag.scoreversie(lead);
        if (huidig != versie) {
            throw conflict(huidig);
        }
        Map<String, Locatietoets.Score> nu = huidige(opslag.scores(lead));
        List<Locatietoets.Score> gewijzigd = nieuw.stream().filter(s -> {
            Locatietoets.Score oud = nu.get(s.uitgangspunt());
            if (oud == null && s.uitkomst() == Toetsuitkomst.ONBEKEND && s.toelichting() == null) {
                // "onbekend" without a note for one never scored is the form's empty row, not a score somebody gave
                return false;
            }
            return oud == null || oud.uitkomst() != s.uitkomst()
                    || !java.util.Objects.equals(oud.toelichting(), s.toelichting());
        }).toList();
        if (!gewijzigd.isEmpty()) {
            if (!opslag.scoor(lead, huidig + 1, gewijzigd, g.actor())) {
                throw conflict(opslag.scoreversie(lead));
            }
            Map<String, Object> vorige = new LinkedHashMap<>();
            Map<String, Object> waarden = new LinkedHashMap<>();
            for (Locatietoets.Score s : gewijzigd) {
                Locatietoets.Score oud = nu.get(s.uitgangspunt());
                if (oud != null) {
                    vorige.put(s.uitgangspunt(), oud.uitkomst().name() + (oud.toelichting() == null ? ""
                            : ": " + oud.toelichting()));
                }
                waarden.put(s.uitgangspunt(), s.uitkomst().name() + (s.toelichting() == null ? ""
                        : ": " + s.toelichting()));
            }
            gebeurtenissen.publishEvent(new ToetsGebeurtenis.Gescoord(lead, gemeente, huidig + 1,
                    vorige.isEmpty() ? null : vorige, waarden, new Actor(g.actor(), client)));
        }
        return toets(l, lijst);
    }

    private static ApiException conflict(int nu) {
        return new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "De toets van deze locatie is intussen gewijzigd "
                + "(nu versie " + nu + "); bekijk haar opnieuw.", null);
    }

    private static Map<String, Locatietoets.Score> huidige(List<Locatietoets.Score> alle) {
        Map<String, Locatietoets.Score> nu = new LinkedHashMap<>();
        alle.forEach(s -> nu.put(s.uitgangspunt(), s));
        return nu;
    }

    private Locatietoets toets(ToetsOpslag.Locatie l, List<Uitgangspunt> lijst) {
        Integer plaatsen = l.plaatsen();
        String van = "LEAD";
        if (l.aanbodbron() != null) {
            Optional<Aanbodbron> project = projecten.lees(l.gemeente(), l.aanbodbron());
            if (project.isPresent()) {
                Long p = project.get().feiten().plaatsen();
                plaatsen = p == null ? null : (int) Math.min(Integer.MAX_VALUE, p);
                van = "PROJECT";
            }
        }
        List<Locatietoets.Score> alle = opslag.scores(l.id());
        Map<String, Locatietoets.Score> nu = huidige(alle);
        List<Locatietoets.Cel> cellen = new ArrayList<>();
        for (Uitgangspunt u : lijst) {
            Locatietoets.Score s = nu.get(u.code());
            Toetsuitkomst team = s == null ? Toetsuitkomst.ONBEKEND : s.uitkomst();
            Uitgangspuntentoets.Bevinding b = Uitgangspuntentoets.toets(u.maximum(), plaatsen);
            cellen.add(new Locatietoets.Cel(u.code(), u.naam(), u.maximum(), team, s == null ? null : s.toelichting(),
                    s == null ? null : s.door(), s == null ? null : s.op(), b == null ? null : b.uitkomst(),
                    b == null ? null : uitleg(b, van), Uitgangspuntentoets.strijdig(team, b)));
        }
        return new Locatietoets(l.id(), l.naam(), l.status(), l.tranche(), l.trancheNaam(), plaatsen, van,
                alle.stream().mapToInt(Locatietoets.Score::versie).max().orElse(0), cellen, alle);
    }

    /** The finding in a sentence: "40 plaatsen voor de doelgroep (project), meer dan ten hoogste 30." */
    static String uitleg(Uitgangspuntentoets.Bevinding b, String van) {
        String maximum = "ten hoogste " + getal(b.maximum());
        if (b.plaatsen() == null) {
            return "Het aantal plaatsen voor de doelgroep is niet bekend (" + maximum + ").";
        }
        String plaatsen = Weergave.telling(b.plaatsen(), "plaats", "plaatsen") + " voor de doelgroep ("
                + ("PROJECT".equals(van) ? "het project in het aanbod" : "de lead") + ")";
        return b.uitkomst() == Toetsuitkomst.VOLDOET_NIET ? plaatsen + ": meer dan " + maximum + "."
                : plaatsen + ": niet meer dan " + maximum + ".";
    }

    private static String getal(int n) {
        return java.text.NumberFormat.getIntegerInstance(Weergave.NL).format(n);
    }

    // --- the table

    /** The table of the memo: the locations of a tranche (its id) or every lead not dropped out (null). */
    @Transactional(readOnly = true)
    public Toetstabel tabel(Gebruiker g, String gemeente, String tranche) {
        leads.vereisLezen(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        Integer t = Leads.geheel(tranche, "tranche", false, f);
        Tranche tr = null;
        if (t != null) {
            tr = leads.tranches(g, gemeente).stream().filter(x -> x.id() == t).findFirst().orElse(null);
            if (tr == null) {
                f.add(new InvalidParam("tranche", "onbekende tranche van deze gemeente"));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De toets is niet getoond.", f);
        }
        List<Uitgangspunt> lijst = opslag.uitgangspunten(gemeente);
        List<Locatietoets> rijen = opslag.locaties(gemeente, tr == null ? null : tr.id()).stream()
                .map(l -> toets(l, lijst)).toList();
        return new Toetstabel(gemeente, tr == null ? null : tr.id(), tr == null ? null : tr.naam(), lijst, rijen);
    }

    /** A cell as text: the team's outcome, and the computed one beside it when it differs. */
    public static String celtekst(Locatietoets.Cel c) {
        String tekst = Labels.van(c.uitkomst());
        if (c.berekend() != null && c.berekend() != c.uitkomst()) {
            tekst += " (berekend: " + Labels.inZin(c.berekend()) + ")";
        }
        return tekst;
    }

    /**
     * The table as XLSX: sheet Toets (a row per location, a column per uitgangspunt with the outcome as text, the
     * computed outcome beside it when it differs) and sheet Toelichting (every cell's note and computation).
     */
    @Transactional(readOnly = true)
    public byte[] xlsx(Gebruiker g, String gemeente, String tranche) {
        Toetstabel t = tabel(g, gemeente, tranche);
        List<String> kop = new ArrayList<>(List.of("Locatie", "Stand", "Tranche", "Plaatsen voor de doelgroep"));
        t.uitgangspunten().forEach(u -> kop.add(u.naam()));
        List<List<?>> rijen = new ArrayList<>();
        List<List<?>> toelichting = new ArrayList<>();
        for (Locatietoets l : t.locaties()) {
            List<Object> rij = new ArrayList<>(java.util.Arrays.asList(l.naam(), Labels.van(l.status()),
                    l.trancheNaam(), l.plaatsen()));
            for (Locatietoets.Cel c : l.uitgangspunten()) {
                rij.add(celtekst(c));
                if (c.toelichting() != null || c.berekendToelichting() != null) {
                    toelichting.add(java.util.Arrays.asList(l.naam(), c.naam(), Labels.van(c.uitkomst()),
                            c.toelichting(), c.door(), c.berekend() == null ? null : Labels.van(c.berekend()),
                            c.berekendToelichting()));
                }
            }
            rijen.add(rij);
        }
        return Spreadsheet.werkmap().blad("Toets", kop, rijen)
                .blad("Toelichting", List.of("Locatie", "Uitgangspunt", "Uitkomst", "Toelichting", "Door",
                        "Berekend", "Berekening"), toelichting)
                .bytes();
    }
}
