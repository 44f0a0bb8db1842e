package nl.woonregie.aanbod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.woonregie.aanbod.internal.Bronlezer;
import nl.woonregie.aanbod.internal.HuishoudensOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Households waiting by size against the dwellings of that size expected in a half-year (issue 16 §5), so a
 * shortage for large families is a figure per size class (Den Haag 2022: 225 persons in 31 families waiting).
 * Versioned per gemeente and period, every version audited ({@link AanbodGebeurtenis.HuishoudensVastgelegd}); access
 * as for the sources ({@link Aanbodbronnen}).
 */
@Service
public class HuishoudensService {

    private final HuishoudensOpslag opslag;
    private final Aanbodbronnen bronnen;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;
    private final JsonMapper json = JsonMapper.builder().build();

    HuishoudensService(HuishoudensOpslag opslag, Aanbodbronnen bronnen, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.bronnen = bronnen;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** A new version as sent, every value as typed. */
    public record Verzoek(String versie, List<RegelVerzoek> regels, String reden) {
    }

    /**
     * One size class as sent: {@code personen} may be left out below {@link Huishoudens#GROOTSTE} (size ×
     * households), {@code woningen} (default 0) are the dwellings of that size expected in the period.
     */
    public record RegelVerzoek(String grootte, String huishoudens, String personen, String woningen) {
    }

    /** The period as typed ({@code 2022-II}); empty or null: the half-year of today. 400 for another text. */
    public Periode periode(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Periode.van(gebied.vandaag());
        }
        return Periode.parse(tekst.strip()).orElseThrow(() -> ApiException.invalid("Onbekende periode.",
                List.of(new InvalidParam("periode", "een halfjaar als JJJJ-I of JJJJ-II"))));
    }

    /** The current version for the period, all classes (BEHEERDER, the gemeente's TOEZICHTHOUDER, itself). */
    @Transactional(readOnly = true)
    public Huishoudens lees(Gebruiker g, String gemeente, Periode p) {
        bronnen.vereisLezen(g, gemeente);
        return opslag.huidig(gemeente, p.code())
                .map(s -> huishoudens(gemeente, p, s.versie(), s.regels(), s.door(), s.op(), s.reden()))
                .orElseGet(() -> huishoudens(gemeente, p, 0, List.of(), null, null, null));
    }

    /**
     * Records a new version of the period's table from {@code versie} (0 for the first); 400 naming every invalid
     * field, 409 when another version came first. Size classes not sent are zero.
     */
    @Transactional
    public Huishoudens vastleggen(Gebruiker g, String gemeente, Periode p, Verzoek v, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        Long van = Bronlezer.geheel(v.versie(), "versie", 0, 1_000_000, true, fouten);
        List<Huishoudens.Invoer> regels = regels(v.regels(), fouten);
        String reden = Bronlezer.reden(v.reden(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De huishoudens zijn niet opgeslagen.", fouten);
        }
        Huishoudens vorige = lees(g, gemeente, p);
        if (!opslag.schrijf(gemeente, p.code(), van.intValue(), regels, reden, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "De huishoudens van de " + p.omschrijving()
                    + " zijn intussen gewijzigd (nu versie " + vorige.versie() + "); bekijk ze opnieuw.", null);
        }
        Map<String, Object> voor = new LinkedHashMap<>();
        if (vorige.versie() > 0) {
            voor.put("regels", alsLijst(invoer(vorige)));
        }
        Map<String, Object> na = new LinkedHashMap<>();
        na.put("versie", van + 1);
        na.put("regels", alsLijst(regels));
        na.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.HuishoudensVastgelegd(gemeente, p.code(), voor, na,
                new Actor(g.actor(), client)));
        return lees(g, gemeente, p);
    }

    /** The columns of an import, by field: the header a file's first line names. */
    public static final Map<String, String> KOLOMMEN = Map.of("grootte", "Grootte", "huishoudens", "Huishoudens",
            "personen", "Personen", "woningen", "Woningen");
    private static final List<String> VOLGORDE = List.of("grootte", "huishoudens", "personen", "woningen");

    /**
     * Imports a period's table from a CSV or XLSX file (its first sheet) whose first line names the columns
     * Grootte, Huishoudens, Personen and Woningen ({@code Grootte} and {@code Huishoudens} required; a size "7 of
     * meer" is 7): a new version as {@link #vastleggen}, all or nothing, every error named by line and column
     * ("regel 3, kolom Personen").
     */
    @Transactional
    public Huishoudens importeren(Gebruiker g, String gemeente, Periode p, byte[] inhoud, String versie,
            String reden, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        List<RegelVerzoek> rijen = List.of();
        List<Integer> regelnummers = new ArrayList<>();
        if (inhoud == null || inhoud.length == 0) {
            fouten.add(new InvalidParam("bestand", "verplicht: een CSV- of XLSX-bestand met de kolommen Grootte, "
                    + "Huishoudens, Personen en Woningen"));
        } else if (inhoud.length > Jaartabellen.MAX_BESTAND) {
            fouten.add(new InvalidParam("bestand", "groter dan 1 MiB; deze tabel heeft zeven regels"));
        } else {
            rijen = uitBestand(inhoud, regelnummers, fouten);
        }
        if (!fouten.isEmpty()) {
            // the reason and version are named too, so one answer names every error
            Bronlezer.geheel(versie, "versie", 0, 1_000_000, true, fouten);
            Bronlezer.reden(reden, fouten);
            throw ApiException.invalid("De huishoudens zijn niet geïmporteerd: er is niets opgeslagen.", fouten);
        }
        List<InvalidParam> regelfouten = new ArrayList<>();
        regels(rijen, (i, veld) -> "regel " + regelnummers.get(i) + (veld == null ? ""
                : ", kolom " + KOLOMMEN.get(veld)), regelfouten);
        if (!regelfouten.isEmpty()) {
            Bronlezer.geheel(versie, "versie", 0, 1_000_000, true, regelfouten);
            Bronlezer.reden(reden, regelfouten);
            throw ApiException.invalid("De huishoudens zijn niet geïmporteerd: er is niets opgeslagen.",
                    regelfouten);
        }
        return vastleggen(g, gemeente, p, new Verzoek(versie, rijen, reden), client);
    }

    private static List<RegelVerzoek> uitBestand(byte[] inhoud, List<Integer> regelnummers,
            List<InvalidParam> fouten) {
        nl.woonregie.platform.export.Tabelbestand.Gelezen gelezen = nl.woonregie.platform.export.Tabelbestand
                .lees(inhoud, null, Huishoudens.GROOTSTE + 1);
        if (gelezen.fout() != null) {
            fouten.add(new InvalidParam("bestand", gelezen.fout()));
            return List.of();
        }
        if (gelezen.regels().size() < 2) {
            fouten.add(new InvalidParam("bestand", "geen regels; de eerste regel noemt de kolommen Grootte, "
                    + "Huishoudens, Personen en Woningen"));
            return List.of();
        }
        Map<String, Integer> kolom = new java.util.HashMap<>();
        List<String> kop = gelezen.regels().get(0).velden();
        for (int i = 0; i < kop.size(); i++) {
            String k = nl.woonregie.platform.export.Tabelbestand.kop(kop.get(i));
            if (k.isEmpty()) {
                continue;
            }
            String veld = VOLGORDE.stream().filter(v -> nl.woonregie.platform.export.Tabelbestand
                    .kop(KOLOMMEN.get(v)).equals(k)).findFirst().orElse(null);
            if (veld == null) {
                fouten.add(new InvalidParam("kolom " + kop.get(i).strip(), "onbekende kolom; verwacht: Grootte, "
                        + "Huishoudens, Personen, Woningen"));
            } else if (kolom.putIfAbsent(veld, i) != null) {
                fouten.add(new InvalidParam("kolom " + kop.get(i).strip(), "staat twee keer in de kopregel"));
            }
        }
        for (String verplicht : List.of("grootte", "huishoudens")) {
            if (!kolom.containsKey(verplicht)) {
                fouten.add(new InvalidParam("kolom " + KOLOMMEN.get(verplicht), "ontbreekt in de kopregel"));
            }
        }
        if (!fouten.isEmpty()) {
            return List.of();
        }
        List<RegelVerzoek> rijen = new ArrayList<>();
        for (nl.woonregie.platform.export.CsvLezer.Regel r : gelezen.regels().subList(1, gelezen.regels().size())) {
            String[] w = new String[VOLGORDE.size()];
            for (int j = 0; j < w.length; j++) {
                Integer k = kolom.get(VOLGORDE.get(j));
                w[j] = k == null || k >= r.velden().size() ? null : r.velden().get(k);
            }
            if (w[0] != null && w[0].strip().toLowerCase(java.util.Locale.ROOT).matches("7\\s*(of meer|\\+)")) {
                w[0] = "7";
            }
            rijen.add(new RegelVerzoek(w[0], w[1], w[2], w[3]));
            regelnummers.add(r.regel());
        }
        return rijen;
    }

    private static List<Huishoudens.Invoer> invoer(Huishoudens h) {
        return h.regels().stream().filter(r -> r.huishoudens() > 0 || r.woningen() > 0)
                .map(r -> new Huishoudens.Invoer(r.grootte(), r.huishoudens(), r.personen(), r.woningen())).toList();
    }

    private Object alsLijst(List<Huishoudens.Invoer> regels) {
        return json.convertValue(regels, new TypeReference<List<Map<String, Object>>>() { });
    }

    static List<Huishoudens.Invoer> regels(List<RegelVerzoek> rijen, List<InvalidParam> fouten) {
        return regels(rijen, (i, veld) -> "regels[" + i + "]" + (veld == null ? "" : "." + veld), fouten);
    }

    /** Judges the rows, naming each invalid field with {@code naam(index, field)} ({@code regels[2].personen}). */
    static List<Huishoudens.Invoer> regels(List<RegelVerzoek> rijen,
            java.util.function.BiFunction<Integer, String, String> naam, List<InvalidParam> fouten) {
        Map<Integer, Huishoudens.Invoer> perGrootte = new TreeMap<>();
        List<RegelVerzoek> lijst = rijen == null ? List.of() : rijen;
        for (int i = 0; i < lijst.size(); i++) {
            final int index = i;
            java.util.function.Function<String, String> pad = veld -> naam.apply(index, veld);
            RegelVerzoek r = lijst.get(i);
            if (r == null) {
                fouten.add(new InvalidParam(pad.apply(null), "een regel, geen null"));
                continue;
            }
            Long grootte = Bronlezer.geheel(r.grootte(), pad.apply("grootte"), 1, Huishoudens.GROOTSTE, true, fouten);
            if (grootte != null && perGrootte.containsKey(grootte.intValue())) {
                fouten.add(new InvalidParam(pad.apply("grootte"), "staat al eerder in de lijst"));
                grootte = null;
            }
            Long huishoudens = Bronlezer.geheel(r.huishoudens(), pad.apply("huishoudens"), 0, Bronlezer.MAX_AANTAL,
                    true, fouten);
            Long personen = Bronlezer.geheel(r.personen(), pad.apply("personen"), 0, Bronlezer.MAX_AANTAL, false, fouten);
            Long woningen = Bronlezer.geheel(r.woningen(), pad.apply("woningen"), 0, Bronlezer.MAX_AANTAL, false, fouten);
            if (grootte == null || huishoudens == null) {
                continue;
            }
            boolean personenFout = false;
            if (grootte < Huishoudens.GROOTSTE) {
                long verwacht = grootte * huishoudens;
                if (personen != null && personen != verwacht) {
                    fouten.add(new InvalidParam(pad.apply("personen"), huishoudens + " huishoudens van " + grootte
                            + " zijn " + verwacht + " personen (of laat het veld leeg)"));
                    personenFout = true;
                }
                personen = verwacht;
            } else if (Bronlezer.gevuld(r.personen()) && personen == null) {
                personenFout = true;
            } else if (personen == null && huishoudens > 0) {
                fouten.add(new InvalidParam(pad.apply("personen"), "verplicht bij huishoudens van " + Huishoudens.GROOTSTE
                        + " of meer: het aantal personen"));
                personenFout = true;
            } else if (personen == null) {
                personen = 0L;
            } else if (personen < Huishoudens.GROOTSTE * huishoudens) {
                fouten.add(new InvalidParam(pad.apply("personen"), "minstens " + Huishoudens.GROOTSTE * huishoudens
                        + " bij " + huishoudens + " huishoudens van " + Huishoudens.GROOTSTE + " of meer"));
                personenFout = true;
            } else if (huishoudens == 0 && personen > 0) {
                fouten.add(new InvalidParam(pad.apply("personen"), "personen zonder huishoudens"));
                personenFout = true;
            }
            if (!personenFout && (!Bronlezer.gevuld(r.woningen()) || woningen != null)) {
                perGrootte.put(grootte.intValue(), new Huishoudens.Invoer(grootte.intValue(), huishoudens, personen,
                        woningen == null ? 0 : woningen));
            }
        }
        return new ArrayList<>(perGrootte.values());
    }

    private Huishoudens huishoudens(String gemeente, Periode p, int versie, List<Huishoudens.Invoer> invoer,
            String door, java.time.OffsetDateTime op, String reden) {
        Map<Integer, Huishoudens.Invoer> perGrootte = new TreeMap<>();
        invoer.forEach(i -> perGrootte.put(i.grootte(), i));
        List<Huishoudens.Regel> regels = new ArrayList<>();
        long h = 0;
        long pers = 0;
        long w = 0;
        long t = 0;
        for (int grootte = 1; grootte <= Huishoudens.GROOTSTE; grootte++) {
            Huishoudens.Regel r = Huishoudens.Regel.van(perGrootte.getOrDefault(grootte,
                    new Huishoudens.Invoer(grootte, 0, 0, 0)));
            regels.add(r);
            h += r.huishoudens();
            pers += r.personen();
            w += r.woningen();
            t += r.tekort();
        }
        return new Huishoudens(gemeente, p.code(), versie, regels, new Huishoudens.Regel(0, h, pers, w, t), door, op,
                reden);
    }
}
