package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.gebied.Regio;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.cijfers.DossierSamensteller;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Kalender;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The province (or regional) table at a peildatum, taken from the round of that peildatum — the single source of
 * truth the letters use as well — with totals computed from the same rows.
 */
@Service
public class ProvincieOverzicht {

    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final RondeOpslag opslag;
    private final BeleidskaderRegister kaders;

    ProvincieOverzicht(JdbcClient jdbc, GebiedService gebied, RondeOpslag opslag, BeleidskaderRegister kaders) {
        this.jdbc = jdbc;
        this.kaders = kaders;
        this.gebied = gebied;
        this.opslag = opslag;
    }

    /**
     * The overview; {@code ambitie} only for a period with an ambition above the taakstelling (absent otherwise).
     */
    @JsonPropertyOrder({"provincie", "regio", "peildatum", "soort", "ronde", "status", "gemeenten", "totalen",
        "ambitie"})
    public record Overzicht(String provincie, RegioKop regio, LocalDate peildatum, String soort, long ronde,
            String status, List<Regel> gemeenten, Totalen totalen,
            @JsonInclude(JsonInclude.Include.NON_NULL) Ambitie ambitie) {
    }

    /**
     * The extra ambition of the judged period beside the taakstelling (toezicht.md, "Additional opgave"), from the same
     * stored outcomes: per municipality with a judgment its opgave, its ambition (taakstelling plus the additional
     * opgave), the opgave with the ambition (opgave plus the additional opgave: the saldo counts as for the
     * taakstelling), housed (as the overview counts it) and still to house for the ambition; and the province's total.
     * It never changes the judgment.
     */
    @JsonPropertyOrder({"periode", "gemeenten", "totaal"})
    public record Ambitie(String periode, List<AmbitieRegel> gemeenten, AmbitieRegel totaal) {
    }

    /** One municipality (or, as {@code totaal}, the province: {@code gemeente} null) in the ambition's table. */
    @JsonPropertyOrder({"gemeente", "naam", "taakstelling", "additioneleOpgave", "ambitie", "opgave",
        "opgaveMetAmbitie", "gehuisvest", "nogTeHuisvesten", "percentageVanOpgaveMetAmbitie"})
    public record AmbitieRegel(String gemeente, String naam, long taakstelling, long additioneleOpgave, long ambitie,
            long opgave, long opgaveMetAmbitie, long gehuisvest, long nogTeHuisvesten,
            Integer percentageVanOpgaveMetAmbitie) {

        /** The row from the stored outcome's figures: ambition and opgave with it from the additional opgave. */
        public static AmbitieRegel van(String gemeente, String naam, long taakstelling, long additioneel, long opgave,
                long gehuisvest) {
            long metAmbitie = opgave + additioneel;
            return new AmbitieRegel(gemeente, naam, taakstelling, additioneel, taakstelling + additioneel, opgave,
                    metAmbitie, gehuisvest, metAmbitie - gehuisvest, ToezichtEngine.percentage(gehuisvest, metAmbitie));
        }
    }

    public record RegioKop(String code, String naam) {
    }

    @JsonPropertyOrder({"gemeente", "naam", "taakstelling", "opgave", "minimaal", "gehuisvest", "percentageVanOpgave",
        "nogTeHuisvesten", "koppelingen", "koppelingenVoldoende", "tredeVoor", "trede", "conclusie", "besluitVereist",
        "ontbrekend"})
    public record Regel(String gemeente, String naam, Long taakstelling, Long opgave, Long minimaal, Long gehuisvest,
            Integer percentageVanOpgave, Long nogTeHuisvesten, Long koppelingen, Boolean koppelingenVoldoende,
            String tredeVoor, String trede, String conclusie, boolean besluitVereist, List<String> ontbrekend) {
    }

    /**
     * Totals. {@code helft} = ceil(opgave / 2); {@code nogTeHuisvesten} = opgave − gehuisvest; {@code haalbaar}
     * when the koppelingen cover what is still to house. Municipalities without figures are counted apart.
     *
     * <p>The koppelingen are counted at a tussentijdse toets only (R5). {@code koppelingenOordeelPer} is the date of
     * the koppelingen judgment that the rows' {@code koppelingenVoldoende} and {@code gemeentenMetTeWeinigKoppelingen}
     * refer to: the peildatum of a tussentijdse toets; at an eindoordeel the mid date of the judged period, whose
     * judgment the eindoordeel uses (R6 question 2, R11). At an eindoordeel {@code koppelingen} and {@code haalbaar}
     * are null (nothing is left to house in the ended period), and the list names only the municipalities that had
     * too few koppelingen at the mid date <em>and</em> did not realise their opgave: one that realised it evidently
     * had the koppelingen it needed, and only for the others does the judgment count (R11).
     */
    @JsonPropertyOrder({"aantalGemeenten", "aantalZonderCijfers", "taakstelling", "opgave", "helft", "gehuisvest",
        "percentageVanOpgave", "nogTeHuisvesten", "koppelingen", "haalbaar", "koppelingenOordeelPer",
        "gemeentenMetTeWeinigKoppelingen", "aantalPerTrede"})
    public record Totalen(int aantalGemeenten, int aantalZonderCijfers, long taakstelling, long opgave, long helft,
            long gehuisvest, Integer percentageVanOpgave, long nogTeHuisvesten, Long koppelingen, Boolean haalbaar,
            LocalDate koppelingenOordeelPer, List<String> gemeentenMetTeWeinigKoppelingen,
            Map<String, Integer> aantalPerTrede) {
    }

    /**
     * The region of a request parameter: none (the whole province) when it is absent or empty — a form's choice "Hele
     * provincie" sends {@code regio=}.
     */
    public static String regio(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter.strip();
    }

    /**
     * The peildatum of a request parameter, as the overview endpoints (JSON and exports) read it: 400 when it is no
     * date (JJJJ-MM-DD) or no peildatum (1 January, 1 April, 1 July, 1 October).
     */
    public static LocalDate peildatum(String tekst) {
        LocalDate datum;
        try {
            datum = IsoDatum.parse(tekst);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("Ongeldige peildatum.", List.of(new InvalidParam("peildatum", "JJJJ-MM-DD")));
        }
        if (!DossierSamensteller.isPeildatum(datum)) {
            throw ApiException.invalid("Ongeldige peildatum.", List.of(new InvalidParam("peildatum",
                    "moet 1 januari, 1 april, 1 juli of 1 oktober zijn")));
        }
        return datum;
    }

    /**
     * The peildatum of a request parameter for a province's overview: as {@link #peildatum(String)}, but a date is
     * also accepted when it is a peildatum of the province's beleidskader in force then (25 January for a kader that
     * judges the year on the 25th; ADR 0033).
     */
    public LocalDate peildatum(String tekst, String provincie) {
        LocalDate datum;
        try {
            datum = IsoDatum.parse(tekst);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("Ongeldige peildatum.", List.of(new InvalidParam("peildatum", "JJJJ-MM-DD")));
        }
        Kalender kalender = provincie == null ? null : kaders.voorProvincie(provincie, datum)
                .map(Beleidskader::kalender).orElse(null);
        if (kalender != null && kalender.isPeildatum(datum)) {
            return datum;
        }
        return peildatum(tekst);
    }

    /**
     * The overview of a round is computed once per version of the round (every change raises the version), so the
     * dashboard, the letters and the exports of the same round share it. At most {@value #CACHE} overviews are kept.
     */
    public Overzicht van(String provincie, LocalDate peildatum, String regioParameter) {
        String regioCode = regio(regioParameter);
        var ronde = jdbc.sql("select id, status, versie, beleidskader from beoordelingsronde "
                        + "where provincie_code = ? and peildatum = ?")
                .params(provincie, peildatum)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)})
                .optional()
                .orElseThrow(() -> ApiException.notFound("Er is geen beoordelingsronde van " + provincie + " per "
                        + peildatum + "."));
        String sleutel = ronde[0] + "/" + ronde[2] + "/" + ronde[1] + "/" + regioCode;
        Overzicht bekend = cache.get(sleutel);
        if (bekend != null) {
            return bekend;
        }
        Overzicht o = bereken(provincie, peildatum, regioCode, ronde);
        cache.put(sleutel, o);
        return o;
    }

    static final int CACHE = 64;
    private final java.util.Map<String, Overzicht> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(CACHE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Overzicht> eldest) {
                    return size() > CACHE;
                }
            });

    private Overzicht bereken(String provincie, LocalDate peildatum, String regioCode, Object[] ronde) {
        Kalender kalender = kaders.vind((String) ronde[3]).map(Beleidskader::kalender)
                .orElse(Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS);
        RegioKop regio = null;
        Set<String> inRegio = null;
        if (regioCode != null) {
            Regio r = gebied.regio(regioCode).orElseThrow(() -> ApiException.invalid("Onbekende regio.",
                    List.of(new InvalidParam("regio", "onbekende regio '" + regioCode + "'"))));
            regio = new RegioKop(r.code(), r.naam());
            LocalDate indeling = DossierSamensteller.indelingsdatum(peildatum, GebiedService.INDELING_BEKEND_VANAF,
                    kalender);
            inRegio = gebied.gemeentenVanRegio(regioCode, indeling).stream().map(Gemeente::code)
                    .collect(Collectors.toSet());
        }
        Set<String> filter = inRegio;
        List<Regel> regels = opslag.vanRonde((long) ronde[0]).stream()
                .filter(r -> filter == null || filter.contains(r.gemeente()))
                .map(this::regel)
                .sorted(java.util.Comparator.comparing(Regel::naam))
                .toList();
        if (filter != null && regels.isEmpty()) {
            throw ApiException.invalid("Regio buiten de provincie.", List.of(new InvalidParam("regio",
                    "geen gemeenten van regio " + regioCode + " in provincie " + provincie)));
        }
        List<RondeGemeente> rijen = opslag.vanRonde((long) ronde[0]).stream()
                .filter(r -> filter == null || filter.contains(r.gemeente())).toList();
        return new Overzicht(provincie, regio, peildatum, kalender.isEindoordeel(peildatum) ? "EINDOORDEEL"
                : "TUSSENTIJDS", (long) ronde[0], (String) ronde[1], regels, totalen(peildatum, kalender, regels),
                ambitie(DossierSamensteller.periodeVan(peildatum, kalender), rijen));
    }

    /** The ambition's table, or null when no municipality has an ambition above its taakstelling in the period. */
    private Ambitie ambitie(nl.woonregie.toezicht.regels.Periode periode, List<RondeGemeente> rijen) {
        List<BeoordelingRecord> met = rijen.stream().map(RondeGemeente::beoordeling).filter(java.util.Objects::nonNull)
                .toList();
        if (met.stream().noneMatch(u -> u.additioneleOpgave() > 0)) {
            return null;
        }
        List<AmbitieRegel> gemeenten = rijen.stream().filter(RondeGemeente::beoordeeld)
                .map(r -> AmbitieRegel.van(r.gemeente(), gebied.naam(r.gemeente()), r.beoordeling().taakstelling(),
                        r.beoordeling().additioneleOpgave(), r.beoordeling().opgave(),
                        r.beoordeling().gehuisvestVoorOordeel()))
                .sorted(java.util.Comparator.comparing(AmbitieRegel::naam)).toList();
        AmbitieRegel totaal = AmbitieRegel.van(null, "Totaal", gemeenten.stream().mapToLong(AmbitieRegel::taakstelling)
                .sum(), gemeenten.stream().mapToLong(AmbitieRegel::additioneleOpgave).sum(),
                gemeenten.stream().mapToLong(AmbitieRegel::opgave).sum(),
                gemeenten.stream().mapToLong(AmbitieRegel::gehuisvest).sum());
        return new Ambitie(periode.code(), gemeenten, totaal);
    }

    private Regel regel(RondeGemeente r) {
        String naam = gebied.naam(r.gemeente());
        String conclusie = r.conclusie() == null ? null : r.conclusie().name();
        BeoordelingRecord u = r.beoordeling();
        if (u == null) {
            return new Regel(r.gemeente(), naam, null, null, null, null, null, null, null, null, null, null, null,
                    false, r.ontbrekend());
        }
        long opgave = u.opgave();
        long gehuisvest = u.gehuisvestVoorOordeel();
        Long koppelingen = u instanceof BeoordelingRecord.Tussentijds t ? t.koppelingen() : null;
        return new Regel(r.gemeente(), naam, u.taakstelling(), opgave, ToezichtEngine.minimaal(opgave), gehuisvest,
                ToezichtEngine.percentage(gehuisvest, opgave), opgave - gehuisvest, koppelingen,
                u.koppelingenVoldoende(), r.tredeVoor(), r.tredeNa(), conclusie, u.besluitVereist(), r.ontbrekend());
    }

    /** One province in the comparison of provinces at a peildatum. */
    public record Vergelijking(String code, String naam, long opgave, long gehuisvest, Integer percentageVanOpgave) {
    }

    /**
     * Realisation per province at a peildatum, for the provinces that have a round then, plus their total (code
     * {@code NL}); empty when fewer than two provinces have one (there is nothing to compare).
     */
    public List<Vergelijking> vergelijking(LocalDate peildatum) {
        java.util.Set<String> metRonde = new java.util.HashSet<>(jdbc.sql(
                "select distinct provincie_code from beoordelingsronde where peildatum = ?").param(peildatum)
                .query(String.class).list());
        if (metRonde.size() < 2) {
            return List.of();
        }
        List<Vergelijking> regels = new ArrayList<>();
        for (nl.woonregie.gebied.Provincie p : gebied.provincies()) {
            if (metRonde.contains(p.code())) {
                Totalen t = van(p.code(), peildatum, null).totalen();
                regels.add(new Vergelijking(p.code(), p.naam(), t.opgave(), t.gehuisvest(), t.percentageVanOpgave()));
            }
        }
        long opgave = regels.stream().mapToLong(Vergelijking::opgave).sum();
        long gehuisvest = regels.stream().mapToLong(Vergelijking::gehuisvest).sum();
        regels.add(new Vergelijking("NL", "Totaal van deze provincies", opgave, gehuisvest,
                ToezichtEngine.percentage(gehuisvest, opgave)));
        return List.copyOf(regels);
    }

    static Totalen totalen(LocalDate peildatum, List<Regel> regels) {
        return totalen(peildatum, Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS, regels);
    }

    /** The totals at a peildatum of the kader's calendar; the koppelingen were judged on its toets, if it has one. */
    static Totalen totalen(LocalDate peildatum, Kalender kalender, List<Regel> regels) {
        boolean tussentijds = !kalender.isEindoordeel(peildatum);
        List<Regel> met = regels.stream().filter(r -> r.opgave() != null).toList();
        long taak = met.stream().mapToLong(Regel::taakstelling).sum();
        long opgave = met.stream().mapToLong(Regel::opgave).sum();
        long gehuisvest = met.stream().mapToLong(Regel::gehuisvest).sum();
        boolean koppelingenBekend = tussentijds && !met.isEmpty() && met.stream().allMatch(r -> r.koppelingen() != null);
        Long koppelingen = koppelingenBekend ? met.stream().mapToLong(Regel::koppelingen).sum() : null;
        long nog = opgave - gehuisvest;
        Map<String, Integer> perTrede = new TreeMap<>();
        met.forEach(r -> perTrede.merge(r.trede(), 1, Integer::sum));
        // at an eindoordeel the mid date's judgment counts only where the opgave was not realised (R11)
        List<String> teWeinig = met.stream().filter(r -> Boolean.FALSE.equals(r.koppelingenVoldoende()))
                .filter(r -> tussentijds || !BeoordelingRecord.Conclusie.GEREALISEERD.name().equals(r.conclusie()))
                .map(Regel::naam).toList();
        return new Totalen(regels.size(), regels.size() - met.size(), taak, opgave, ToezichtEngine.minimaal(opgave),
                gehuisvest, ToezichtEngine.percentage(gehuisvest, opgave), nog, koppelingen,
                koppelingen == null ? null : koppelingen >= nog,
                kalender.periodeVan(peildatum).flatMap(kalender::tussentijds).orElse(null), teWeinig, perTrede);
    }
}
