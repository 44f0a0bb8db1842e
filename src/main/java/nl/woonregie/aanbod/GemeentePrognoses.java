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
    private final ToezichtHistorie historie;
    private final CijferStanden cijfers;
    private final GebiedService gebied;
    private final Prognoseparameters parameters = Prognoseparameters.vanClasspath();

    /** The earliest day a forecast can be asked for: the first day of the model's dated defaults. */
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(2015, 1, 1);

    GemeentePrognoses(Aanbodbronnen bronnen, Varianten varianten, BronOpslag opslag, ToezichtHistorie historie,
            CijferStanden cijfers, GebiedService gebied) {
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
        return prognose(g, gemeente, scenario, null, null);
    }

    /**
     * The forecast of the scenario; for {@code VARIANT} of the variant {@code variant} (its id as typed; 400 without
     * one, 404 for one the gemeente does not have).
     */
    @Transactional(readOnly = true)
    public GemeentePrognose prognose(Gebruiker g, String gemeente, GemeentePrognose.Scenario scenario,
            String variant) {
        return prognose(g, gemeente, scenario, variant, null);
    }

    /**
     * The forecast as it is computed on the day {@code datum} (as typed, JJJJ-MM-DD; null or blank: today): the
     * half-year of that day, COA's latest standing on or before it, the Trend of the three complete months before it.
     * The sources and variants count as they are stored now. Every invalid parameter is named: {@code scenario},
     * {@code variant} (required with {@code VARIANT} only), {@code datum} (not a date, before {@link #VROEGSTE_DATUM}
     * or after today).
     */
    @Transactional(readOnly = true)
    public GemeentePrognose prognose(Gebruiker g, String gemeente, GemeentePrognose.Scenario scenario,
            String variant, String datum) {
        bronnen.vereisLezen(g, gemeente);
        List<nl.woonregie.platform.web.InvalidParam> fouten = new ArrayList<>();
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
        String naam = gebied.naam(gemeente);
        Periode p = Periode.van(vandaag);
        GemeenteCijfers c = cijfers.lees(List.of(gemeente)).get(gemeente);
        List<String> ontbrekend = new ArrayList<>();

        Long opgave = null;
        Long additioneel = null;
        List<ToezichtHistorie.PeriodeRegel> perioden = historie.van(gemeente, g).perioden();
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
        for (GemeenteCijfers.CoaStand s : c.coaStanden().getOrDefault(p, List.of())) {
            if (!s.datum().isAfter(vandaag) && !s.datum().isBefore(peildatum)) {
                peildatum = s.datum();
                gehuisvest = s.gehuisvest();
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
            for (Aanbodbron b : opslag.vanGemeenten(List.of(gemeente))) {
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
                opgave == null || additioneel == null ? null : opgave + additioneel, peildatum, gehuisvest, trend,
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
                        + procent + " %) uit andere bronnen dan de corporaties: meer dan de afgesproken "
                        + max.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %."));
        return new PrognoseAntwoord(a.gemeente(), a.periode(), a.opgave(), a.ambitie(), a.peildatum(), a.gehuisvest(),
                a.taakstellingGehaaldOp(), a.ambitieGehaaldOp(), a.verwachtGehuisvest(), a.verwachtSaldoUit(),
                a.perBron(), a.reeks(), bevindingen);
    }
}
