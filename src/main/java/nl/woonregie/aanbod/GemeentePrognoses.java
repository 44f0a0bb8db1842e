package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.woonregie.aanbod.internal.BronOpslag;
import nl.woonregie.aanbod.internal.Prognoseparameters;
import nl.woonregie.aanbod.prognose.Bevinding;
import nl.woonregie.aanbod.prognose.Bron;
import nl.woonregie.aanbod.prognose.Prognose;
import nl.woonregie.aanbod.prognose.Prognosemodel;
import nl.woonregie.aanbod.prognose.Prognosevraag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.ronde.ToezichtHistorie;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored forecast of a gemeente: the model ({@link Prognosemodel}) over what is stored, for the half-year of
 * today. Computed when read (it is a function of stored, versioned inputs, which it names), never from figures the
 * reader may not see: the opgave comes from toezicht's history as this reader sees it ({@link ToezichtHistorie}),
 * the number housed from COA's latest standing in the period ({@link CijferStanden}); aanbod reads toezicht's
 * figures only through these APIs.
 *
 * <ul>
 *   <li>{@code PLAN}: every stored source; projects, corporation agreements, routes and tempo as the model's kinds,
 *   with the dated defaults of occupancy and share. A finding when the sources other than the corporations bring
 *   more than the dated share (30 %) of the sources' expected total.</li>
 *   <li>{@code VARIANT}: the Plan with a user-named variant's changes (a source left out, numbers or dates
 *   replaced); a change to a source removed since is named as not applied.</li>
 *   <li>{@code TREND}: one tempo at the average weekly number housed according to COA over the last three complete
 *   months before today (across a period boundary: the rest of the earlier period up to COA's final figure, or its
 *   last standing, plus the new period's standing).</li>
 * </ul>
 */
@Service
public class GemeentePrognoses {

    private final Aanbodbronnen bronnen;
    private final Varianten varianten;
    private final BronOpslag opslag;
    private final nl.woonregie.aanbod.internal.TellingOpslag tellingen;
    private final ToezichtHistorie historie;
    private final CijferStanden cijfers;
    private final GebiedService gebied;
    private final Prognoseparameters parameters = Prognoseparameters.vanClasspath();

    /** The earliest day a forecast can be asked for: the first day of the model's dated defaults. */
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(2015, 1, 1);

    GemeentePrognoses(Aanbodbronnen bronnen, Varianten varianten, BronOpslag opslag,
            nl.woonregie.aanbod.internal.TellingOpslag tellingen, ToezichtHistorie historie, CijferStanden cijfers,
            GebiedService gebied) {
        this.tellingen = tellingen;
        this.bronnen = bronnen;
        this.varianten = varianten;
        this.opslag = opslag;
        this.historie = historie;
        this.cijfers = cijfers;
        this.gebied = gebied;
    }

    /** The forecast of the scenario (BEHEERDER, the gemeente's TOEZICHTHOUDER, the gemeente itself). */
    @Transactional(readOnly = true)
    public GemeentePrognose prognose(Gebruiker g, String gemeente, GemeentePrognose.Scenario scenario) {
        return prognose(g, gemeente, scenario, null, GemeentePrognose.Start.COA, null);
    }

    /**
     * The forecast of the scenario; for {@code VARIANT} of the variant {@code variant} (its id as typed; 400 without
     * one, 404 for one the gemeente does not have).
     */
    @Transactional(readOnly = true)
    public GemeentePrognose prognose(Gebruiker g, String gemeente, GemeentePrognose.Scenario scenario,
            String variant) {
        return prognose(g, gemeente, scenario, variant, GemeentePrognose.Start.COA, null);
    }

    /** The forecast of the scenario from {@code start} (see the six-argument form), today. */
    @Transactional(readOnly = true)
    public GemeentePrognose prognose(Gebruiker g, String gemeente, GemeentePrognose.Scenario scenario,
            String variant, GemeentePrognose.Start start) {
        return prognose(g, gemeente, scenario, variant, start, null);
    }

    /** The forecast of the scenario from COA's standing as it is computed on the day {@code datum}. */
    @Transactional(readOnly = true)
    public GemeentePrognose prognose(Gebruiker g, String gemeente, GemeentePrognose.Scenario scenario,
            String variant, String datum) {
        return prognose(g, gemeente, scenario, variant, GemeentePrognose.Start.COA, datum);
    }

    /**
     * The forecast of the scenario from {@code start} as it is computed on the day {@code datum} (as typed,
     * JJJJ-MM-DD; null or blank: today): the half-year of that day, COA's latest standing on or before it (or, with
     * {@code EIGEN_TELLING}, the gemeente's own latest count in the period on or before it; without one no outcome,
     * and {@code ontbrekend} says so — never one for the other: the answer names its start), the Trend of the three
     * complete months before it. The sources and variants count as they are stored now. Every invalid parameter is
     * named: {@code start} (null), {@code scenario}, {@code variant} (required with {@code VARIANT} only),
     * {@code datum} (not a date, before {@link #VROEGSTE_DATUM} or after today).
     */
    @Transactional(readOnly = true)
    public GemeentePrognose prognose(Gebruiker g, String gemeente, GemeentePrognose.Scenario scenario,
            String variant, GemeentePrognose.Start start, String datum) {
        bronnen.vereisLezen(g, gemeente);
        List<nl.woonregie.platform.web.InvalidParam> fouten = new ArrayList<>();
        if (start == null) {
            fouten.add(new nl.woonregie.platform.web.InvalidParam("start", "een van COA, EIGEN_TELLING"));
        }
        if (scenario == null) {
            fouten.add(new nl.woonregie.platform.web.InvalidParam("scenario", "een van PLAN, TREND, VARIANT"));
        }
        if (scenario == GemeentePrognose.Scenario.VARIANT) {
            if (variant == null || !variant.strip().matches("\\d{1,15}")) {
                fouten.add(new nl.woonregie.platform.web.InvalidParam("variant",
                        "verplicht bij VARIANT: het nummer van een variant van de gemeente"));
            }
        } else if (variant != null && !variant.isBlank()) {
            fouten.add(new nl.woonregie.platform.web.InvalidParam("variant", "alleen bij scenario VARIANT"));
        }
        LocalDate vandaag = gebied.vandaag();
        if (datum != null && !datum.isBlank()) {
            try {
                LocalDate d = nl.woonregie.platform.web.IsoDatum.parse(datum.strip());
                if (d.isBefore(VROEGSTE_DATUM) || d.isAfter(vandaag)) {
                    fouten.add(new nl.woonregie.platform.web.InvalidParam("datum", "een dag van "
                            + NlFormaat.datum(VROEGSTE_DATUM) + " tot en met vandaag"));
                } else {
                    vandaag = d;
                }
            } catch (java.time.format.DateTimeParseException e) {
                fouten.add(new nl.woonregie.platform.web.InvalidParam("datum", "een datum als JJJJ-MM-DD"));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid(fouten.size() == 1 && fouten.get(0).name().equals("scenario")
                    ? "Onbekend scenario." : "De prognose kan zo niet gevraagd worden.", fouten);
        }
        Variant gekozen = null;
        if (scenario == GemeentePrognose.Scenario.VARIANT) {
            gekozen = varianten.lees(g, gemeente, Long.parseLong(variant.strip()));
        }
        return bereken(gemeente, scenario, gekozen, cijfers.lees(List.of(gemeente)).get(gemeente),
                historie.van(gemeente, g).perioden(), opslag.vanGemeenten(List.of(gemeente)), vandaag, start);
    }

    /**
     * The forecast shown beside the ladder step: the Plan when the gemeente has stored sources, the Trend otherwise
     * (same readers as {@link #prognose}); its figures and sources read once.
     */
    @Transactional(readOnly = true)
    public GemeentePrognose planOfTrend(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        List<Aanbodbron> eigen = opslag.vanGemeenten(List.of(gemeente));
        return bereken(gemeente, eigen.isEmpty() ? GemeentePrognose.Scenario.TREND : GemeentePrognose.Scenario.PLAN,
                null, cijfers.lees(List.of(gemeente)).get(gemeente), historie.van(gemeente, g).perioden(), eigen,
                gebied.vandaag(), GemeentePrognose.Start.COA);
    }

    /**
     * The forecast of each of the gemeenten of a province for its supervisor (or a BEHEERDER; 403 otherwise): the
     * Plan where a gemeente has stored sources, the Trend otherwise, as {@link #prognose} computes them, in one pass
     * with batched reads (the figures, the history's periods and the sources of all of them at once). Every code
     * of the province asked is a key.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, GemeentePrognose> vanProvincie(Gebruiker g, String provincie,
            List<String> gemeenten) {
        java.util.Map<String, List<ToezichtHistorie.PeriodeRegel>> perioden = historie.perioden(provincie,
                gemeenten, g);
        List<String> codes = List.copyOf(perioden.keySet());
        java.util.Map<String, GemeenteCijfers> standen = cijfers.lees(codes);
        java.util.Map<String, List<Aanbodbron>> perGemeente = new java.util.HashMap<>();
        for (Aanbodbron b : opslag.vanGemeenten(codes)) {
            perGemeente.computeIfAbsent(b.gemeente(), k -> new ArrayList<>()).add(b);
        }
        LocalDate vandaag = gebied.vandaag();
        java.util.Map<String, GemeentePrognose> result = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            List<Aanbodbron> eigen = perGemeente.getOrDefault(code, List.of());
            result.put(code, bereken(code, eigen.isEmpty() ? GemeentePrognose.Scenario.TREND
                    : GemeentePrognose.Scenario.PLAN, null, standen.get(code), perioden.get(code), eigen, vandaag,
                    GemeentePrognose.Start.COA));
        }
        return result;
    }

    /**
     * The forecast from what is read: the gemeente's figures, its periods as the reader sees them, its sources, from
     * COA's latest standing or the gemeente's own latest count.
     */
    private GemeentePrognose bereken(String gemeente, GemeentePrognose.Scenario scenario, Variant gekozen,
            GemeenteCijfers c, List<ToezichtHistorie.PeriodeRegel> perioden, List<Aanbodbron> opgeslagen,
            LocalDate vandaag, GemeentePrognose.Start start) {
        String naam = gebied.naam(gemeente);
        Periode p = Periode.van(vandaag);
        List<String> ontbrekend = new ArrayList<>();

        Long opgave = null;
        Long additioneel = null;
        Optional<ToezichtHistorie.PeriodeRegel> hier = regel(perioden, p);
        GemeenteCijfers.Taakstelling t = c.taakstellingen().get(p);
        if (hier.isPresent()) {
            opgave = hier.get().opgave();
            additioneel = hier.get().additioneleOpgave() > 0 ? hier.get().additioneleOpgave() : null;
        } else if (t == null) {
            ontbrekend.add("de taakstelling van de " + p.omschrijving());
        } else {
            Long saldoIn = regel(perioden, p.vorige()).map(ToezichtHistorie.PeriodeRegel::saldoUit).orElse(null);
            if (saldoIn == null && c.beginstand() != null && c.beginstand().periode().equals(p)) {
                saldoIn = c.beginstand().saldoIn();
            }
            if (saldoIn == null) {
                ontbrekend.add("het saldo uit de " + p.vorige().omschrijving() + " (het eindoordeel van die periode)");
            } else {
                opgave = t.taakstelling() + saldoIn;
                additioneel = t.additioneleOpgave() != null && t.additioneleOpgave() > 0 ? t.additioneleOpgave()
                        : null;
            }
        }

        LocalDate peildatum = p.eersteDag().minusDays(1);
        long gehuisvest = 0;
        GemeentePrognose.Tellingverwijzing eigen = null;
        if (start == GemeentePrognose.Start.COA) {
            for (GemeenteCijfers.CoaStand s : c.coaStanden().getOrDefault(p, List.of())) {
                if (!s.datum().isAfter(vandaag) && !s.datum().isBefore(peildatum)) {
                    peildatum = s.datum();
                    gehuisvest = s.gehuisvest();
                }
            }
        } else {
            for (Eigentelling e : tellingen.vanGemeente(gemeente)) {
                if (!e.datum().isAfter(vandaag) && !e.datum().isBefore(p.eersteDag())) {
                    peildatum = e.datum();
                    gehuisvest = e.feiten().gehuisvest();
                    eigen = new GemeentePrognose.Tellingverwijzing(e.id(), e.versie(), e.datum());
                }
            }
            if (eigen == null) {
                ontbrekend.add("een eigen telling in de " + p.omschrijving() + " (de start vanaf de eigen telling)");
            }
        }

        List<Bron> modelbronnen = new ArrayList<>();
        List<GemeentePrognose.Bronverwijzing> gebruikt = new ArrayList<>();
        GemeentePrognose.Trend trend = null;
        GemeentePrognose.Variantgebruik gebruikteVariant = null;
        var bezetting = parameters.bezetting(p);
        var aandeel = parameters.maxAandeel(p);
        if (bezetting.isEmpty() || aandeel.isEmpty()) {
            ontbrekend.add("de standaardbezetting en het afgesproken aandeel voor de " + p.omschrijving());
        } else if (scenario != GemeentePrognose.Scenario.TREND) {
            java.util.Map<Long, Variant.Aanpassing> aanpassingen = new java.util.HashMap<>();
            if (gekozen != null) {
                gekozen.aanpassingen().forEach(a -> aanpassingen.put(a.bron(), a));
            }
            for (Aanbodbron b : opgeslagen) {
                Variant.Aanpassing a = aanpassingen.remove(b.id());
                if (a != null && Boolean.TRUE.equals(a.weglaten())) {
                    continue;
                }
                Aanbodbron bron = a == null ? b : new Aanbodbron(b.id(), b.gemeente(), b.soort(), b.versie(),
                        a.toegepast(b.feiten()), b.gewijzigdDoor(), b.gewijzigdOp(), b.reden(), null);
                modelbronnen.add(modelbron(bron, bezetting.get().waarde(), aandeel.get().waarde()));
                gebruikt.add(new GemeentePrognose.Bronverwijzing(b.id(), b.versie(), b.feiten().naam(), b.soort()));
            }
            if (gekozen != null) {
                gebruikteVariant = new GemeentePrognose.Variantgebruik(gekozen.id(), gekozen.naam(),
                        aanpassingen.keySet().stream().sorted().toList());
            }
        } else {
            trend = trend(c, vandaag);
            modelbronnen.add(new Bron.Tempo("Trend: " + NlFormaat.decimaal(trend.perWeek()) + " per week", trend.perWeek(),
                    null, null));
        }

        PrognoseAntwoord uitkomst = null;
        if (opgave != null && ontbrekend.isEmpty()) {
            Prognosevraag vraag = new Prognosevraag(p, Math.max(0, opgave), additioneel, peildatum, gehuisvest,
                    modelbronnen);
            Prognose model = Prognosemodel.bereken(vraag);
            uitkomst = PrognoseAntwoord.van(gemeente, vraag, model);
            if (scenario != GemeentePrognose.Scenario.TREND) {
                uitkomst = metNietRegulier(uitkomst, parameters.maxNietRegulier(p).map(x -> x.waarde()).orElse(null));
            }
        }
        return new GemeentePrognose(gemeente, naam, scenario, p.code(), vandaag, opgave,
                opgave == null || additioneel == null ? null : opgave + additioneel, start, eigen, peildatum,
                gehuisvest, trend,
                gebruikteVariant, gebruikt, uitkomst, ontbrekend);
    }

    private static Optional<ToezichtHistorie.PeriodeRegel> regel(List<ToezichtHistorie.PeriodeRegel> perioden,
            Periode p) {
        return perioden.stream().filter(r -> r.periode().equals(p.code())).findFirst();
    }

    /** A stored source as the model's source; the dated defaults where the source gives none. */
    static Bron modelbron(Aanbodbron b, BigDecimal bezetting, BigDecimal aandeel) {
        Bronfeiten f = b.feiten();
        return switch (b.soort()) {
            case CORPORATIE -> new Bron.Corporatie(f.naam(), f.jaar(), f.personen(), f.woningen(),
                    f.bezetting() != null ? f.bezetting() : bezetting, f.verwachteVerhuringen(),
                    f.maxAandeel() != null ? f.maxAandeel() : aandeel);
            case PROJECT -> new Bron.Project(f.naam(), f.plaatsen(), f.startInhuizing(), f.perWeek());
            case ROUTE -> f.datum() != null ? new Bron.Eenmalig(f.naam(), f.datum(), f.personen())
                    : new Bron.Tempo(f.naam(), f.perWeek(), f.vanaf(), f.tot());
            case TEMPO -> new Bron.Tempo(f.naam(), f.perWeek(), f.vanaf(), f.tot());
        };
    }

    /**
     * The average weekly number housed according to COA over the three complete months before {@code vandaag}: the
     * difference of the cumulative standings at the day before the first month and at the last day of the third
     * (each the latest standing in its period on or before that day; none: 0), across a period boundary the earlier
     * period's rest up to its final figure (or last standing) plus the new period's count. Never below zero.
     */
    static GemeentePrognose.Trend trend(GemeenteCijfers c, LocalDate vandaag) {
        LocalDate tot = vandaag.withDayOfMonth(1).minusDays(1);
        LocalDate van = tot.withDayOfMonth(1).minusMonths(2);
        LocalDate voor = van.minusDays(1);
        Periode pv = Periode.van(voor);
        Periode pt = Periode.van(tot);
        long gehuisvest;
        if (pv.equals(pt)) {
            gehuisvest = stand(c, pt, tot) - stand(c, pv, voor);
        } else {
            long einde = c.definitief().containsKey(pv) ? c.definitief().get(pv) : stand(c, pv, pv.laatsteDag());
            gehuisvest = einde - stand(c, pv, voor);
            for (Periode q = pv.volgende(); !q.equals(pt); q = q.volgende()) {
                gehuisvest += c.definitief().containsKey(q) ? c.definitief().get(q) : stand(c, q, q.laatsteDag());
            }
            gehuisvest += stand(c, pt, tot);
        }
        gehuisvest = Math.max(0, gehuisvest);
        long dagen = ChronoUnit.DAYS.between(voor, tot);
        BigDecimal perWeek = BigDecimal.valueOf(gehuisvest * 7).divide(BigDecimal.valueOf(dagen), 4,
                RoundingMode.HALF_UP).stripTrailingZeros();
        if (perWeek.scale() < 0) {
            perWeek = perWeek.setScale(0);
        }
        return new GemeentePrognose.Trend(van, tot, gehuisvest, perWeek);
    }

    private static long stand(GemeenteCijfers c, Periode p, LocalDate dag) {
        long n = 0;
        for (GemeenteCijfers.CoaStand s : c.coaStanden().getOrDefault(p, List.of())) {
            if (!s.datum().isAfter(dag)) {
                n = s.gehuisvest();
            }
        }
        return n;
    }

    /** Adds the finding on non-regular supply: more than {@code max} of the sources' expected total. */
    private static PrognoseAntwoord metNietRegulier(PrognoseAntwoord a, BigDecimal max) {
        if (max == null) {
            return a;
        }
        BigDecimal totaal = BigDecimal.ZERO;
        BigDecimal overig = BigDecimal.ZERO;
        for (PrognoseAntwoord.PerBron b : a.perBron()) {
            totaal = totaal.add(b.verwacht());
            if (b.soort() != nl.woonregie.aanbod.prognose.Bronsoort.CORPORATIE) {
                overig = overig.add(b.verwacht());
            }
        }
        if (totaal.signum() == 0 || overig.compareTo(totaal.multiply(max)) <= 0) {
            return a;
        }
        BigDecimal procent = overig.multiply(BigDecimal.valueOf(100)).divide(totaal, 0, RoundingMode.HALF_UP);
        List<PrognoseAntwoord.BevindingDto> bevindingen = new ArrayList<>(a.bevindingen());
        bevindingen.add(new PrognoseAntwoord.BevindingDto(Bevinding.Type.NIET_REGULIER_BOVEN_AANDEEL, null,
                "Van het verwachte aanbod (" + NlFormaat.decimaal(totaal) + ") komt " + NlFormaat.decimaal(overig) + " ("
                        + procent + "%) uit andere bronnen dan de corporaties: meer dan de afgesproken "
                        + max.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%."));
        return new PrognoseAntwoord(a.gemeente(), a.periode(), a.opgave(), a.ambitie(), a.peildatum(), a.gehuisvest(),
                a.taakstellingGehaaldOp(), a.ambitieGehaaldOp(), a.verwachtGehuisvest(), a.verwachtSaldoUit(),
                a.perBron(), a.reeks(), bevindingen);
    }
}
