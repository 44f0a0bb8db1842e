package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.BevindingRecord;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.DossierSamensteller;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Beoordeling;
import nl.woonregie.toezicht.regels.Kalender;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import nl.woonregie.toezicht.regels.Trede;
import nl.woonregie.toezicht.regels.Uitkomst;
import nl.woonregie.toezicht.simulatie.SimulatieAntwoord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A municipality's supervision history: every period computed from the stored figures (with the steps and
 * judgments of the final rounds), every judgment as recorded in the rounds, the decisions with their motivation,
 * the findings, and the current step.
 *
 * <p>What a reader sees depends on who it is. The province's supervisor (and a BEHEERDER) sees every judgment,
 * drafts included. The municipality sees only vastgestelde judgments and the drafts the province shared with it
 * ({@link RondeService#deel}), with the decisions in force, and the periods computed only up to the last of those
 * judgments: a period table that ran further would show the outcome of a judgment not yet made.
 */
@Service
public class ToezichtHistorie {

    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final CijferStanden cijfers;
    private final BeleidskaderRegister kaders;
    private final RondeOpslag opslag;
    private final RondeBerekening berekening;
    private final RondeDelingen delingen;
    private final Toegang toegang;

    ToezichtHistorie(JdbcClient jdbc, GebiedService gebied, CijferStanden cijfers, BeleidskaderRegister kaders,
            RondeOpslag opslag, RondeBerekening berekening, RondeDelingen delingen, Toegang toegang) {
        this.jdbc = jdbc;
        this.delingen = delingen;
        this.toegang = toegang;
        this.opslag = opslag;
        this.berekening = berekening;
        this.gebied = gebied;
        this.cijfers = cijfers;
        this.kaders = kaders;
    }

    @JsonPropertyOrder({"gemeente", "naam", "provincie", "beleidskader", "huidigeTrede", "berekendTotEnMet",
        "perioden", "oordelen", "bevindingen", "ontbrekend"})
    public record Historie(String gemeente, String naam, String provincie, String beleidskader,
            HuidigeTrede huidigeTrede, LocalDate berekendTotEnMet, List<PeriodeRegel> perioden,
            List<Oordeel> oordelen, List<BevindingRecord> bevindingen, List<String> ontbrekend) {
    }

    public record HuidigeTrede(String trede, String naam, String betekenis, LocalDate vastgesteldPer) {
    }

    @JsonPropertyOrder({"periode", "omschrijving", "taakstelling", "additioneleOpgave", "saldoIn", "opgave",
        "minimaal", "gehuisvestTussentijds", "gehuisvest", "percentageVanOpgave", "saldoUit", "tredeNaEindoordeel"})
    public record PeriodeRegel(String periode, String omschrijving, long taakstelling, long additioneleOpgave,
            long saldoIn, long opgave, long minimaal, Long gehuisvestTussentijds, Long gehuisvest,
            Integer percentageVanOpgave, Long saldoUit, String tredeNaEindoordeel) {
    }

    /** One judgment; {@code gedeeld}: a draft the province shared with the municipality (absent otherwise). */
    @JsonPropertyOrder({"peildatum", "soort", "ronde", "status", "gedeeld", "tredeVoor", "tredeNa", "conclusie",
        "uitkomst", "beslissingen"})
    public record Oordeel(LocalDate peildatum, String soort, long ronde, String status,
            @JsonInclude(JsonInclude.Include.NON_NULL) Ronde.Deling gedeeld, String tredeVoor,
            String tredeNa, String conclusie, @JsonIgnore BeoordelingRecord beoordeling,
            List<Ronde.Beslissing> beslissingen) {

        /** The outcome as the API shows it (the what-if answer's shape), or null. */
        @JsonProperty("uitkomst")
        public Object uitkomst() {
            return beoordeling == null ? null : SimulatieAntwoord.dto(beoordeling);
        }
    }

    /**
     * The history as this account may read it (403 for an account that may not read the municipality's supervision
     * data, 404 for an unknown municipality): everything for the province's supervisor and a BEHEERDER; for the
     * municipality itself only what is vastgesteld or shared with it (see the class).
     */
    public Historie van(String code, Gebruiker kijker) {
        toegang.toezichtLezen(kijker, code);
        Gemeente gemeente = gebied.gemeente(code).orElseThrow();
        String provincie = gemeente.provincie().code();
        boolean alles = Toegang.magProvincieToezien(kijker, provincie);
        List<Oordeel> oordelen = oordelen(code, alles);
        LocalDate grens = alles ? null : grens(code, oordelen);
        LocalDate vandaag = gebied.vandaag();
        Optional<Beleidskader> kader = kaders.voorProvincie(provincie, vandaag);
        if (kader.isEmpty() && !oordelen.isEmpty()) {
            String id = jdbc.sql("select beleidskader from beoordelingsronde where id = ?")
                    .param(oordelen.get(oordelen.size() - 1).ronde()).query(String.class).single();
            kader = kaders.vind(id);
        }
        HuidigeTrede huidige = null;
        for (int i = oordelen.size() - 1; i >= 0 && kader.isPresent(); i--) {
            Oordeel o = oordelen.get(i);
            if ("VASTGESTELD".equals(o.status()) && o.tredeNa() != null) {
                Trede t = kader.get().ladder().trede(o.tredeNa()).orElseThrow();
                var stap = kader.get().ladder().stap(t);
                huidige = new HuidigeTrede(t.code(), stap.naam(), stap.betekenis(), o.peildatum());
                break;
            }
        }
        if (kader.isEmpty()) {
            return new Historie(code, gemeente.naam(), provincie, null, null, null, List.of(), oordelen, List.of(),
                    List.of("geen beleidskader voor provincie " + provincie));
        }
        Beleidskader k = kader.get();
        GemeenteCijfers c = cijfers.lees(List.of(code)).get(code);
        LocalDate morgen = vandaag.plusDays(1);
        Berekend b = bereken(c, vandaag, grens, berekening.beslissingen(null, morgen, List.of(code), k)
                .getOrDefault(code, Map.of()), berekening.vastgesteldeTreden(morgen, List.of(code), k)
                .getOrDefault(code, Map.of()), k);
        return new Historie(code, gemeente.naam(), provincie, k.id(), huidige, b.totEnMet(), b.perioden(), oordelen,
                b.bevindingen(), b.ontbrekend());
    }

    /**
     * The periods of several municipalities of one province as its supervisor (or a BEHEERDER) reads them: for each
     * the same rows as {@code van(code, kijker).perioden()}, computed in one pass with a fixed number of queries for
     * all of them (the figures, the decisions and the steps of the final rounds, the beleidskader of the latest
     * round where the province has none), not a query per municipality. 403 for another account; a code of
     * another province is left out.
     */
    public Map<String, List<PeriodeRegel>> perioden(String provincie, List<String> codes, Gebruiker kijker) {
        toegang.provincieToezien(kijker, provincie);
        List<String> eigen = codes.stream().distinct().filter(code -> gebied.gemeente(code)
                .map(x -> x.provincie().code().equals(provincie)).orElse(false)).toList();
        Map<String, List<PeriodeRegel>> result = new LinkedHashMap<>();
        if (eigen.isEmpty()) {
            return result;
        }
        LocalDate vandaag = gebied.vandaag();
        Optional<Beleidskader> provinciekader = kaders.voorProvincie(provincie, vandaag);
        Map<String, Beleidskader> kaderPerGemeente = new LinkedHashMap<>();
        if (provinciekader.isPresent()) {
            eigen.forEach(code -> kaderPerGemeente.put(code, provinciekader.get()));
        } else {
            // as van(): without a beleidskader of the province, that of the municipality's latest round
            jdbc.sql("""
                    select distinct on (rg.gemeente_code) rg.gemeente_code, o.beleidskader
                    from ronde_gemeente rg join beoordelingsronde o on o.id = rg.ronde_id
                    where rg.gemeente_code = any(?) order by rg.gemeente_code, o.peildatum desc, o.id desc""")
                    .param(eigen.toArray(String[]::new))
                    .query(rs -> {
                        String gemeente = rs.getString(1);
                        kaders.vind(rs.getString(2)).ifPresent(k -> kaderPerGemeente.put(gemeente, k));
                    });
        }
        Map<String, GemeenteCijfers> standen = cijfers.lees(kaderPerGemeente.keySet());
        LocalDate morgen = vandaag.plusDays(1);
        Map<Beleidskader, List<String>> perKader = new LinkedHashMap<>();
        kaderPerGemeente.forEach((code, k) -> perKader.computeIfAbsent(k, x -> new ArrayList<>()).add(code));
        perKader.forEach((k, groep) -> {
            var beslissingen = berekening.beslissingen(null, morgen, groep, k);
            var treden = berekening.vastgesteldeTreden(morgen, groep, k);
            for (String code : groep) {
                result.put(code, bereken(standen.get(code), vandaag, null, beslissingen.getOrDefault(code, Map.of()),
                        treden.getOrDefault(code, Map.of()), k).perioden());
            }
        });
        eigen.forEach(code -> result.putIfAbsent(code, List.of()));
        return result;
    }

    /** The periods computed up to {@code totEnMet} (null: none complete), with the findings and what is missing. */
    private record Berekend(LocalDate totEnMet, List<PeriodeRegel> perioden, List<BevindingRecord> bevindingen,
            List<String> ontbrekend) {
    }

    private static Berekend bereken(GemeenteCijfers c, LocalDate vandaag, LocalDate grens,
            Map<LocalDate, DossierSamensteller.Beslissing> alleBeslissingen, Map<LocalDate, Trede> alleTreden,
            Beleidskader k) {
        if (c == null || c.beginstand() == null) {
            return new Berekend(null, List.of(), List.of(),
                    List.of("beginstand (saldo en trede waar de registratie begint)"));
        }
        // the latest peildatum of the kader's calendar up to today for which the figures are complete: start at the
        // peildatum after the last COA standing (figures never run ahead of COA), and step back; the judgments are
        // read once
        Kalender kalender = k.kalender();
        if (kalender.lengte() == Periode.Lengte.KWARTAAL) {
            // rounds refuse such a kader (ADR 0033): the stored figures are half years
            return new Berekend(null, List.of(), List.of(), List.of("beleidskader " + k.id()
                    + " oordeelt per kwartaal; de cijfers zijn per halfjaar"));
        }
        LocalDate laatsteStand = c.coaStanden().values().stream().flatMap(List::stream)
                .map(GemeenteCijfers.CoaStand::datum).max(LocalDate::compareTo).orElse(null);
        List<LocalDate> peildata = new ArrayList<>(kalender.peildata(c.beginstand().periode().eersteDag().plusDays(1),
                vandaag));
        if (laatsteStand != null) {
            peildata.stream().filter(d -> d.isAfter(laatsteStand)).findFirst()
                    .ifPresent(na -> peildata.removeIf(d -> d.isAfter(na)));
        }
        if (grens != null) {
            peildata.removeIf(d -> d.isAfter(grens));
        }
        DossierSamensteller.Samenstelling s = null;
        List<String> ontbrekend = List.of();
        LocalDate peildatum = null;
        for (int i = peildata.size() - 1; i >= 0; i--) {
            LocalDate tot = peildata.get(i);
            peildatum = tot;
            s = DossierSamensteller.stel(c, tot, totEnMet(alleBeslissingen, tot), totEnMet(alleTreden, tot),
                    k.ladder(), kalender);
            if (s.volledig()) {
                break;
            }
            // keep what is missing for the peildatum just after the last complete one: that is the next step
            ontbrekend = s.ontbrekend();
        }
        if (s == null || !s.volledig()) {
            return new Berekend(null, List.of(), List.of(), ontbrekend);
        }
        Uitkomst u = ToezichtEngine.beoordeel(k, s.dossier());
        return new Berekend(peildatum, perioden(u), u.bevindingen().stream().map(BevindingRecord::van).toList(),
                ontbrekend);
    }

    /**
     * How far a municipality's table of periods may run: up to its last judgment it may see, and never as far as a
     * judgment it may not see yet (a period table that ran there would show that judgment's outcome); none without
     * a judgment it may see.
     */
    private LocalDate grens(String code, List<Oordeel> zichtbaar) {
        LocalDate grens = zichtbaar.stream().filter(o -> o.beoordeling() != null).map(Oordeel::peildatum)
                .max(LocalDate::compareTo).orElse(LocalDate.MIN);
        java.util.Set<Long> gezien = new java.util.HashSet<>(zichtbaar.stream().map(Oordeel::ronde).toList());
        LocalDate verborgen = oordelen(code, true).stream()
                .filter(o -> o.beoordeling() != null && !gezien.contains(o.ronde())).map(Oordeel::peildatum)
                .min(LocalDate::compareTo).orElse(null);
        if (verborgen != null && !grens.isBefore(verborgen)) {
            grens = verborgen.minusMonths(3);
        }
        return grens;
    }

    /** The entries of a per-peildatum map up to and including {@code tot}. */
    private static <T> Map<LocalDate, T> totEnMet(Map<LocalDate, T> perDatum, LocalDate tot) {
        Map<LocalDate, T> result = new java.util.TreeMap<>();
        perDatum.forEach((d, v) -> {
            if (!d.isAfter(tot)) {
                result.put(d, v);
            }
        });
        return result;
    }


    private static List<PeriodeRegel> perioden(Uitkomst u) {
        Map<Periode, Beoordeling.Tussentijds> tussen = new LinkedHashMap<>();
        Map<Periode, Beoordeling.Eindoordeel> eind = new HashMap<>();
        List<Periode> volgorde = new ArrayList<>();
        for (Beoordeling b : u.beoordelingen()) {
            if (!volgorde.contains(b.periode())) {
                volgorde.add(b.periode());
            }
            if (b instanceof Beoordeling.Tussentijds t) {
                tussen.put(b.periode(), t);
            } else {
                eind.put(b.periode(), (Beoordeling.Eindoordeel) b);
            }
        }
        List<PeriodeRegel> regels = new ArrayList<>();
        for (Periode p : volgorde) {
            Beoordeling.Tussentijds t = tussen.get(p);
            Beoordeling.Eindoordeel e = eind.get(p);
            long taak = t != null ? t.taakstelling() : e.taakstelling();
            long additioneel = t != null ? t.additioneleOpgave() : e.additioneleOpgave();
            long saldoIn = t != null ? t.saldoIn() : e.saldoIn();
            long opgave = t != null ? t.opgave() : e.opgave();
            Long gehuisvest = e != null ? Long.valueOf(e.gehuisvestCoa()) : null;
            Integer pct = e != null ? e.percentageVanOpgave() : t.percentageVanOpgave();
            regels.add(new PeriodeRegel(p.code(), p.omschrijving(), taak, additioneel, saldoIn, opgave,
                    ToezichtEngine.minimaal(opgave), t == null ? null : t.gehuisvest(), gehuisvest, pct,
                    e == null ? null : e.saldoUit(), e == null ? null : e.tredeNa().code()));
        }
        return regels;
    }

    /**
     * The judgments of the municipality: all ({@code alles}), or only the vastgestelde ones and the drafts shared
     * with it, with the decisions in force.
     */
    private List<Oordeel> oordelen(String code, boolean alles) {
        Map<Long, List<Ronde.Beslissing>> beslissingen = new HashMap<>();
        jdbc.sql("""
                select ronde_id, id, soort, waarde, motivering, door, op, vervangen_op from ronde_beslissing
                where gemeente_code = ? order by id""").param(code)
                .query(rs -> {
                    beslissingen.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Ronde.Beslissing(
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class)));
                });
        Map<Long, Ronde.Deling> gedeeld = delingen.vanGemeente(code);
        return opslag.vanGemeente(code).stream()
                .filter(r -> alles || Ronde.VASTGESTELD.equals(r.status()) || gedeeld.containsKey(r.ronde()))
                .map(r -> new Oordeel(r.peildatum(),
                        DossierSamensteller.isTussentijds(r.peildatum()) ? "TUSSENTIJDS" : "EINDOORDEEL", r.ronde(),
                        r.status(), gedeeld.get(r.ronde()), r.gemeente().tredeVoor(), r.gemeente().tredeNa(),
                        r.gemeente().conclusie() == null ? null : r.gemeente().conclusie().name(),
                        r.gemeente().beoordeling(), beslissingen.getOrDefault(r.ronde(), List.<Ronde.Beslissing>of())
                                .stream().filter(b -> alles || b.vervangenOp() == null).toList()))
                .toList();
    }
}
