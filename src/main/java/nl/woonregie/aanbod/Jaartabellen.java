package nl.woonregie.aanbod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import nl.woonregie.aanbod.internal.Bronlezer;
import nl.woonregie.aanbod.internal.JaartabelOpslag;
import nl.woonregie.aanbod.internal.Jaartabel;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.export.CsvLezer;
import nl.woonregie.platform.export.Tabelbestand;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.regels.NlFormaat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gemeente's own multi-year table (issue 16 §7, the memo's Table 1), typed or imported from CSV/XLSX with the
 * columns of the year view's export, versioned (who, when, why, from which file) and audited
 * ({@link AanbodGebeurtenis.JaartabelVastgelegd}); read with the findings where it does not add up by itself and
 * where it differs from the table computed from the stored figures ({@link Jaaroverzichten}, as this reader sees it).
 * Access as for the sources ({@link Aanbodbronnen}): the gemeente itself and BEHEERDER keep it, the province's
 * supervisor reads it.
 */
@Service
public class Jaartabellen {

    /** At most this many years in a table. */
    public static final int MAX_JAREN = 50;
    /** An imported file is at most this large. */
    public static final int MAX_BESTAND = 1024 * 1024;
    static final int VROEGSTE_JAAR = 2000;
    private static final long MAX = Bronlezer.MAX_AANTAL;

    private final JaartabelOpslag opslag;
    private final Aanbodbronnen bronnen;
    private final Jaaroverzichten jaaroverzichten;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;
    private final JsonMapper json = JsonMapper.builder().build();

    Jaartabellen(JaartabelOpslag opslag, Aanbodbronnen bronnen, Jaaroverzichten jaaroverzichten,
            GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.bronnen = bronnen;
        this.jaaroverzichten = jaaroverzichten;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** A new version as typed: the version replaced (0 for the first), a row per year, the reason. */
    public record Verzoek(String versie, List<RegelVerzoek> regels, String reden) {
    }

    /** A year as typed; every field but {@code jaar} may be left empty (not given). */
    public record RegelVerzoek(String jaar, String taakstelling1, String taakstelling2, String saldoIn,
            String extraAmbitie, String totaal, String gehuisvest, String saldoUit) {

        static RegelVerzoek leeg() {
            return new RegelVerzoek(null, null, null, null, null, null, null, null);
        }

        boolean isLeeg() {
            return java.util.stream.Stream.of(jaar, taakstelling1, taakstelling2, saldoIn, extraAmbitie, totaal,
                    gehuisvest, saldoUit).allMatch(x -> x == null || x.isBlank());
        }

        static RegelVerzoek van(EigenJaartabel.Regel r) {
            return new RegelVerzoek(String.valueOf(r.jaar()), tekst(r.taakstelling1()), tekst(r.taakstelling2()),
                    tekst(r.saldoIn()), tekst(r.extraAmbitie()), tekst(r.totaal()), tekst(r.gehuisvest()),
                    tekst(r.saldoUit()));
        }

        private static String tekst(Long n) {
            return n == null ? null : n.toString();
        }

        String veld(String naam) {
            return switch (naam) {
                case "jaar" -> jaar;
                case "taakstelling1" -> taakstelling1;
                case "taakstelling2" -> taakstelling2;
                case "saldoIn" -> saldoIn;
                case "extraAmbitie" -> extraAmbitie;
                case "totaal" -> totaal;
                case "gehuisvest" -> gehuisvest;
                case "saldoUit" -> saldoUit;
                default -> throw new IllegalArgumentException(naam);
            };
        }
    }

    /** The current version with its findings (version 0 and no rows when none was recorded). */
    @Transactional(readOnly = true)
    public EigenJaartabel lees(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        String code = gemeente.strip();
        return opslag.huidig(code)
                .map(s -> new EigenJaartabel(code, s.versie(), s.herkomst(), s.bestand(), s.regels(),
                        controleer(s.regels(), jaaroverzichten.van(g, code)), s.door(), s.op(), s.reden()))
                .orElseGet(() -> new EigenJaartabel(code, 0, null, null, List.of(), List.of(), null, null, null));
    }

    /** Records a typed table from {@code versie}; 400 naming every invalid field, 409 when another came first. */
    @Transactional
    public EigenJaartabel vastleggen(Gebruiker g, String gemeente, Verzoek v, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        Long van = Bronlezer.geheel(v.versie(), "versie", 0, 1_000_000, true, fouten);
        List<RegelVerzoek> rijen = v.regels() == null ? List.of() : v.regels();
        if (rijen.isEmpty()) {
            fouten.add(new InvalidParam("regels", "minstens één jaar"));
        }
        List<EigenJaartabel.Regel> regels = regels(rijen, (i, veld) -> "regels[" + i + "]" + (veld == null ? ""
                : "." + veld), laatsteJaar(), fouten);
        String reden = Bronlezer.reden(v.reden(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De jaartabel is niet opgeslagen.", fouten);
        }
        return schrijf(g, gemeente, van.intValue(), regels, EigenJaartabel.Herkomst.INVOER, null, reden, client);
    }

    /**
     * Imports a table from a CSV or XLSX file (sheet Jaren, else the first) whose first line names the columns of
     * the year view's export ({@link EigenJaartabel#KOLOMMEN}; {@code Jaar} required, the others may be absent or
     * empty): all or nothing, every error named by line and column ("regel 3, kolom Totaal te huisvesten").
     */
    @Transactional
    public EigenJaartabel importeren(Gebruiker g, String gemeente, byte[] inhoud, String bestandsnaam, String versie,
            String reden, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        Long van = Bronlezer.geheel(versie, "versie", 0, 1_000_000, true, fouten);
        String r = Bronlezer.reden(reden, fouten);
        List<EigenJaartabel.Regel> regels = List.of();
        if (inhoud == null || inhoud.length == 0) {
            fouten.add(new InvalidParam("bestand", "verplicht: een CSV- of XLSX-bestand met de kolommen "
                    + String.join(", ", EigenJaartabel.KOLOMMEN.values())));
        } else if (inhoud.length > MAX_BESTAND) {
            fouten.add(new InvalidParam("bestand", "groter dan 1 MiB; een jaartabel is een paar regels"));
        } else {
            regels = uitBestand(inhoud, laatsteJaar(), fouten);
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De jaartabel is niet geïmporteerd: er is niets opgeslagen.", fouten);
        }
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? null : bestandsnaam.strip();
        if (naam != null && naam.length() > 200) {
            naam = naam.substring(0, 200);
        }
        return schrijf(g, gemeente, van.intValue(), regels, EigenJaartabel.Herkomst.IMPORT, naam, r, client);
    }

    private EigenJaartabel schrijf(Gebruiker g, String gemeente, int van, List<EigenJaartabel.Regel> regels,
            EigenJaartabel.Herkomst herkomst, String bestand, String reden, String client) {
        String code = gemeente.strip();
        EigenJaartabel vorige = lees(g, code);
        if (!opslag.schrijf(code, van, regels, herkomst, bestand, reden, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "De jaartabel is intussen gewijzigd (nu versie "
                    + vorige.versie() + "); bekijk haar opnieuw.", null);
        }
        Map<String, Object> voor = new LinkedHashMap<>();
        if (vorige.versie() > 0) {
            voor.put("regels", alsLijst(vorige.regels()));
        }
        Map<String, Object> na = new LinkedHashMap<>();
        na.put("versie", van + 1);
        na.put("herkomst", herkomst.name());
        if (bestand != null) {
            na.put("bestand", bestand);
        }
        na.put("regels", alsLijst(regels));
        na.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.JaartabelVastgelegd(code, voor, na,
                new Actor(g.actor(), client)));
        return lees(g, code);
    }

    private Object alsLijst(List<EigenJaartabel.Regel> regels) {
        return json.convertValue(regels, new TypeReference<List<Map<String, Object>>>() { });
    }

    /** The rows of a file, its errors named by line and column. */
    /** The last year a table may have: next year (a plan may run ahead of today). */
    private int laatsteJaar() {
        return gebied.vandaag().getYear() + 1;
    }

    static List<EigenJaartabel.Regel> uitBestand(byte[] inhoud, int laatsteJaar, List<InvalidParam> fouten) {
        Tabelbestand.Gelezen gelezen = Tabelbestand.lees(inhoud, "Jaren", MAX_JAREN + 1);
        if (gelezen.fout() != null) {
            fouten.add(new InvalidParam("bestand", gelezen.fout()));
            return List.of();
        }
        if (gelezen.regels().isEmpty()) {
            fouten.add(new InvalidParam("bestand", "het bestand is leeg; de eerste regel noemt de kolommen "
                    + String.join(", ", EigenJaartabel.KOLOMMEN.values())));
            return List.of();
        }
        Map<String, String> perKop = new HashMap<>();
        EigenJaartabel.KOLOMMEN.forEach((veld, kop) -> perKop.put(Tabelbestand.kop(kop), veld));
        perKop.put(Tabelbestand.kop("Saldo voorgaande periode"), "saldoIn");
        String negeren = Tabelbestand.kop("Realisatie: stand op");
        List<String> kop = gelezen.regels().get(0).velden();
        Map<String, Integer> kolom = new LinkedHashMap<>();
        for (int i = 0; i < kop.size(); i++) {
            String k = Tabelbestand.kop(kop.get(i));
            if (k.isEmpty() || k.equals(negeren)) {
                continue;
            }
            String veld = perKop.get(k);
            if (veld == null) {
                fouten.add(new InvalidParam("kolom " + kop.get(i).strip(), "onbekende kolom; verwacht: "
                        + String.join(", ", EigenJaartabel.KOLOMMEN.values())));
            } else if (kolom.putIfAbsent(veld, i) != null) {
                fouten.add(new InvalidParam("kolom " + kop.get(i).strip(), "staat twee keer in de kopregel"));
            }
        }
        if (!kolom.containsKey("jaar")) {
            fouten.add(new InvalidParam("kolom Jaar", "ontbreekt in de kopregel"));
        }
        if (!fouten.isEmpty()) {
            return List.of();
        }
        List<CsvLezer.Regel> data = gelezen.regels().subList(1, gelezen.regels().size());
        if (data.isEmpty()) {
            fouten.add(new InvalidParam("bestand", "geen jaren onder de kopregel"));
            return List.of();
        }
        List<RegelVerzoek> rijen = new ArrayList<>();
        for (CsvLezer.Regel r : data) {
            String[] w = new String[EigenJaartabel.KOLOMMEN.size()];
            int j = 0;
            for (String veld : EigenJaartabel.KOLOMMEN.keySet()) {
                Integer k = kolom.get(veld);
                w[j++] = k == null || k >= r.velden().size() ? null : r.velden().get(k);
            }
            rijen.add(new RegelVerzoek(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]));
        }
        return regels(rijen, (i, veld) -> "regel " + data.get(i).regel() + (veld == null ? ""
                : ", kolom " + EigenJaartabel.KOLOMMEN.get(veld)), laatsteJaar, fouten);
    }

    /** Judges the rows, naming each invalid cell with {@code naam(index, field)}. */
    static List<EigenJaartabel.Regel> regels(List<RegelVerzoek> rijen, BiFunction<Integer, String, String> naam,
            int laatsteJaar, List<InvalidParam> fouten) {
        if (rijen.size() > MAX_JAREN) {
            fouten.add(new InvalidParam("regels", "hoogstens " + MAX_JAREN + " jaren"));
            return List.of();
        }
        Map<Integer, EigenJaartabel.Regel> perJaar = new TreeMap<>();
        java.util.Set<Integer> gezien = new java.util.HashSet<>();
        for (int i = 0; i < rijen.size(); i++) {
            RegelVerzoek r = rijen.get(i);
            if (r == null) {
                fouten.add(new InvalidParam(naam.apply(i, null), "een jaar, geen null"));
                continue;
            }
            int voor = fouten.size();
            Long jaar = Bronlezer.geheel(r.jaar(), naam.apply(i, "jaar"), VROEGSTE_JAAR, laatsteJaar, true, fouten);
            if (jaar != null && !gezien.add(jaar.intValue())) {
                fouten.add(new InvalidParam(naam.apply(i, "jaar"), jaar + " staat al eerder in de tabel"));
            }
            Long t1 = getal(r, "taakstelling1", 0, i, naam, fouten);
            Long t2 = getal(r, "taakstelling2", 0, i, naam, fouten);
            Long saldoIn = getal(r, "saldoIn", -MAX, i, naam, fouten);
            Long ambitie = getal(r, "extraAmbitie", 0, i, naam, fouten);
            Long totaal = getal(r, "totaal", -MAX, i, naam, fouten);
            Long gehuisvest = getal(r, "gehuisvest", 0, i, naam, fouten);
            Long saldoUit = getal(r, "saldoUit", -MAX, i, naam, fouten);
            if (fouten.size() == voor) {
                perJaar.put(jaar.intValue(), new EigenJaartabel.Regel(jaar.intValue(), t1, t2, saldoIn, ambitie,
                        totaal, gehuisvest, saldoUit));
            }
        }
        return new ArrayList<>(perJaar.values());
    }

    private static Long getal(RegelVerzoek r, String veld, long min, int i, BiFunction<Integer, String, String> naam,
            List<InvalidParam> fouten) {
        String t = r.veld(veld);
        if (t != null) {
            t = t.strip().replace('\u2212', '-');
            if (t.startsWith("+")) {
                t = t.substring(1);
            }
            boolean min2 = t.startsWith("-") && t.length() > 1 && t.substring(1).matches("\\d{1,3}(\\.\\d{3})+");
            if (min2) {
                t = "-" + t.substring(1).replace(".", "");
            }
        }
        return Bronlezer.geheel(t, naam.apply(i, veld), min, MAX, false, fouten);
    }

    /**
     * The findings of a table: its own arithmetic ({@link Jaartabel#controleer}) per cell, and each figure against
     * the computed year where the computation covers it (both halves registered for the ambition and the total; the
     * year ended, as this reader may see it, for the realisation and the saldo at the end).
     */
    static List<EigenJaartabel.Bevinding> controleer(List<EigenJaartabel.Regel> regels, Jaaroverzicht o) {
        List<EigenJaartabel.Bevinding> uit = new ArrayList<>();
        List<Jaartabel.Jaarregel> jaarregels = regels.stream().map(r -> new Jaartabel.Jaarregel(r.jaar(),
                java.util.Arrays.asList(r.taakstelling1(), r.taakstelling2()), r.saldoIn(),
                r.extraAmbitie() == null ? 0 : r.extraAmbitie(), r.totaal(), r.gehuisvest(), r.saldoUit())).toList();
        for (Jaaroverzicht.Bevinding b : Jaartabel.controleer(jaarregels)) {
            String kolom = switch (b.soort()) {
                case TOTAAL_TELT_NIET_OP -> "totaal";
                case SALDO_TELT_NIET_OP -> "saldoUit";
                default -> "saldoIn";
            };
            uit.add(new EigenJaartabel.Bevinding(b.soort(), Integer.parseInt(b.periode()), kolom, b.gevonden(),
                    b.berekend(), b.tekst()));
        }
        Map<Integer, Jaaroverzicht.Jaar> jaren = new HashMap<>();
        o.jaren().forEach(j -> jaren.put(j.jaar(), j));
        Map<String, Jaaroverzicht.Halfjaar> halfjaren = new HashMap<>();
        o.halfjaren().forEach(h -> halfjaren.put(h.periode(), h));
        for (EigenJaartabel.Regel r : regels) {
            Jaaroverzicht.Jaar j = jaren.get(r.jaar());
            if (j == null) {
                continue;
            }
            Jaaroverzicht.Halfjaar h1 = halfjaren.get(r.jaar() + "-I");
            Jaaroverzicht.Halfjaar h2 = halfjaren.get(r.jaar() + "-II");
            if (h1 != null) {
                wijkt(uit, r, "taakstelling1", r.taakstelling1(), h1.taakstelling());
                wijkt(uit, r, "saldoIn", r.saldoIn(), j.saldoIn());
            }
            if (h2 != null) {
                wijkt(uit, r, "taakstelling2", r.taakstelling2(), h2.taakstelling());
            }
            if (h1 != null && h2 != null) {
                wijkt(uit, r, "extraAmbitie", r.extraAmbitie(), j.extraAmbitie());
                wijkt(uit, r, "totaal", r.totaal(), j.totaal());
                if (j.saldoUit() != null) {
                    wijkt(uit, r, "gehuisvest", r.gehuisvest(), j.gehuisvest());
                    wijkt(uit, r, "saldoUit", r.saldoUit(), j.saldoUit());
                }
            }
        }
        uit.sort(java.util.Comparator.comparing(EigenJaartabel.Bevinding::jaar)
                .thenComparing(b -> new ArrayList<>(EigenJaartabel.KOLOMMEN.keySet()).indexOf(b.kolom())));
        return uit;
    }

    private static void wijkt(List<EigenJaartabel.Bevinding> uit, EigenJaartabel.Regel r, String kolom, Long gegeven,
            Long berekend) {
        if (gegeven == null || berekend == null || gegeven.equals(berekend)) {
            return;
        }
        if (uit.stream().anyMatch(b -> b.jaar() == r.jaar() && b.kolom().equals(kolom))) {
            return; // the cell already has a finding of its own arithmetic
        }
        uit.add(new EigenJaartabel.Bevinding(Jaaroverzicht.Soort.WIJKT_AF_VAN_BEREKENING, r.jaar(), kolom, gegeven,
                berekend, r.jaar() + ": " + EigenJaartabel.KOLOMMEN.get(kolom).replaceAll(" \\(.*\\)", "")
                        + " is in de eigen tabel " + NlFormaat.getal(gegeven) + ", berekend uit de opgeslagen cijfers "
                        + NlFormaat.getal(berekend) + "."));
    }
}
