package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.DossierSamensteller;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The national view at a peildatum (issue 15 §4, ADR 0026): per municipality, per province and for the Netherlands
 * the opgave, the housed and the percentage, computed from the stored taakstellingen, beginstanden and COA's
 * standings — which every province has — and, only where a province has a beoordelingsronde on its own judgment
 * date (the latest peildatum of its beleidskader on or before the national one, {@link #eigenPeildatum}), the steps
 * from that round and the number of municipalities per step.
 *
 * <p>The figures are read for all municipalities at once ({@link CijferStanden}: one query per kind of figure) and
 * the rounds of the peildatum in one query (their tables come from {@link ProvincieOverzicht}'s cache).
 *
 * <p>How a municipality's figures count, the same way the engine's input is put together
 * ({@link DossierSamensteller}) but without a beleidskader (most provinces have none in Woonregie) and without the
 * province's own judgments: the opgave of the judged period is its taakstelling plus the saldo carried in, the saldo
 * starting at the beginstand and carried from each ended period as opgave − housed at its end; housed at its end is
 * COA's corrected final figure when there is one, otherwise COA's standing from the period's last month; housed at
 * the peildatum is, for a tussentijdse toets, COA's standing from the month before the mid date, for an eindoordeel
 * the end figure. Leases a municipality sent in (R14) are the province's judgment in its round and are not counted
 * here. A municipality with a figure missing is counted apart and listed with what is missing, never guessed.
 */
@Service
public class LandelijkOverzicht {

    /** The code of the row of the whole country. */
    public static final String NEDERLAND = "NL";

    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final CijferStanden cijfers;
    private final ProvincieOverzicht overzicht;
    private final BeleidskaderRegister kaders;

    LandelijkOverzicht(JdbcClient jdbc, GebiedService gebied, CijferStanden cijfers, ProvincieOverzicht overzicht,
            BeleidskaderRegister kaders) {
        this.jdbc = jdbc;
        this.kaders = kaders;
        this.gebied = gebied;
        this.cijfers = cijfers;
        this.overzicht = overzicht;
    }

    /** The national view at a peildatum. */
    @JsonPropertyOrder({"peildatum", "soort", "periode", "provincies", "nederland", "gemeenten"})
    public record Landelijk(LocalDate peildatum, String soort, String periode, List<ProvincieRegel> provincies,
            ProvincieRegel nederland, List<GemeenteRegel> gemeenten) {
    }

    /**
     * A province (or, with code {@code NL}, the Netherlands): sums over its municipalities with complete figures at
     * the peildatum; the province's own judgment date and kader when a beleidskader of it holds then
     * ({@code peildatumBeleidskader}: the latest peildatum of its kaders on or before the peildatum, the date of its
     * steps); {@code ronde} only when the province has a round on that date.
     */
    @JsonPropertyOrder({"code", "naam", "aantalGemeenten", "aantalZonderCijfers", "taakstelling", "opgave",
        "gehuisvest", "percentageVanOpgave", "nogTeHuisvesten", "beleidskader", "peildatumBeleidskader", "ronde"})
    public record ProvincieRegel(String code, String naam, int aantalGemeenten, int aantalZonderCijfers,
            long taakstelling, long opgave, long gehuisvest, Integer percentageVanOpgave, long nogTeHuisvesten,
            @JsonInclude(JsonInclude.Include.NON_NULL) String beleidskader,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate peildatumBeleidskader,
            @JsonInclude(JsonInclude.Include.NON_NULL) RondeStand ronde) {
    }

    /** A province's own judgment date for a national peildatum and the kader it belongs to. */
    public record EigenPeildatum(String beleidskader, LocalDate peildatum) {
    }

    /** A province's round at the peildatum: its status and the number of municipalities per step after it. */
    @JsonPropertyOrder({"id", "status", "aantalPerTrede"})
    public record RondeStand(long id, String status, Map<String, Integer> aantalPerTrede) {
    }

    /**
     * A municipality: its figures (null when one is missing, {@code ontbrekend} then says which) and its step after
     * the round of its province at the peildatum (null without a round).
     */
    @JsonPropertyOrder({"code", "naam", "provincie", "taakstelling", "saldoIn", "opgave", "gehuisvest",
        "percentageVanOpgave", "trede", "ontbrekend"})
    public record GemeenteRegel(String code, String naam, String provincie, Long taakstelling, Long saldoIn,
            Long opgave, Long gehuisvest, Integer percentageVanOpgave, String trede, List<String> ontbrekend) {

        public boolean volledig() {
            return opgave != null;
        }
    }

    /** Who sees the national view: the State, every supervisor (the letters quote the national figure), BEHEERDER. */
    public Gebruiker vereisZien(Gebruiker g) {
        return Toegang.rol(g, Rol.RIJK, Rol.TOEZICHTHOUDER, Rol.BEHEERDER);
    }

    /**
     * The peildata with stored taakstellingen (the mid date and the end of each period that has any), up to today,
     * the latest first.
     */
    public List<LocalDate> peildata() {
        LocalDate vandaag = gebied.vandaag();
        List<LocalDate> data = new ArrayList<>();
        for (String p : jdbc.sql("select distinct periode from taakstelling where vervangen_op is null")
                .query(String.class).list()) {
            Periode periode = Periode.of(p);
            for (LocalDate d : List.of(periode.peildatumTussentijds(), periode.peildatumEindoordeel())) {
                if (!d.isAfter(vandaag)) {
                    data.add(d);
                }
            }
        }
        data.sort(Comparator.reverseOrder());
        return List.copyOf(data);
    }

    /**
     * The peildatum a page shows first: the latest of {@code peildata} whose half-year has standings of COA (a
     * half-year with only taakstellingen, such as one just distributed, has nothing housed yet), else the latest.
     */
    public Optional<LocalDate> eerstePeildatum(List<LocalDate> peildata) {
        java.util.Set<String> metStanden = new java.util.HashSet<>(jdbc.sql(
                "select distinct periode from coa_stand where vervangen_op is null").query(String.class).list());
        return peildata.stream().filter(d -> metStanden.contains(DossierSamensteller.periodeVan(d).code()))
                .findFirst().or(() -> peildata.stream().findFirst());
    }

    /** The national view at a peildatum (already checked to be one, {@link ProvincieOverzicht#peildatum}). */
    public Landelijk van(Gebruiker g, LocalDate peildatum) {
        vereisZien(g);
        Periode doel = DossierSamensteller.periodeVan(peildatum);
        boolean tussentijds = DossierSamensteller.isTussentijds(peildatum);
        LocalDate indeling = DossierSamensteller.indelingsdatum(peildatum, GebiedService.INDELING_BEKEND_VANAF);
        List<Gemeente> gemeenten = gebied.gemeentenOp(indeling);
        Map<String, GemeenteCijfers> standen = cijfers.lees(gemeenten.stream().map(Gemeente::code).toList());

        // per province its own judgment date (the latest peildatum of its kaders on or before this one) and the round
        // on it: the rounds of the year before, one query; their tables from the province overview (cached)
        Map<String, EigenPeildatum> eigen = new HashMap<>();
        for (Provincie p : gebied.provincies()) {
            eigenPeildatum(p.code(), peildatum).ifPresent(e -> eigen.put(p.code(), e));
        }
        Map<String, RondeStand> rondes = new HashMap<>();
        Map<String, String> treden = new HashMap<>();
        jdbc.sql("select id, provincie_code, status, peildatum from beoordelingsronde where peildatum > ? "
                + "and peildatum <= ?").params(peildatum.minusYears(1).minusMonths(1), peildatum)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, LocalDate.class)}).list()
                .forEach(r -> {
                    String provincie = (String) r[1];
                    LocalDate datum = (LocalDate) r[3];
                    EigenPeildatum e = eigen.get(provincie);
                    if (!datum.equals(e == null ? peildatum : e.peildatum())) {
                        return;
                    }
                    ProvincieOverzicht.Overzicht o = overzicht.van(provincie, datum, null);
                    rondes.put(provincie, new RondeStand((long) r[0], (String) r[2],
                            new TreeMap<>(o.totalen().aantalPerTrede())));
                    o.gemeenten().forEach(x -> {
                        if (x.trede() != null) {
                            treden.put(x.gemeente(), x.trede());
                        }
                    });
                });

        List<GemeenteRegel> regels = new ArrayList<>();
        for (Gemeente gm : gemeenten) {
            regels.add(regel(gm, standen.get(gm.code()), doel, tussentijds, treden.get(gm.code())));
        }
        regels.sort(Comparator.comparing(GemeenteRegel::naam).thenComparing(GemeenteRegel::code));

        Map<String, List<GemeenteRegel>> perProvincie = new LinkedHashMap<>();
        regels.forEach(r -> perProvincie.computeIfAbsent(r.provincie(), k -> new ArrayList<>()).add(r));
        List<ProvincieRegel> provincies = new ArrayList<>();
        for (Provincie p : gebied.provincies()) {
            List<GemeenteRegel> van = perProvincie.getOrDefault(p.code(), List.of());
            if (!van.isEmpty()) {
                provincies.add(som(p.code(), p.naam(), van, eigen.get(p.code()), rondes.get(p.code())));
            }
        }
        ProvincieRegel nederland = som(NEDERLAND, "Nederland", regels, null, null);
        return new Landelijk(peildatum, tussentijds ? "TUSSENTIJDS" : "EINDOORDEEL", doel.code(),
                List.copyOf(provincies), nederland, List.copyOf(regels));
    }

    /**
     * The province's own judgment date for a national peildatum: the latest peildatum of its beleidskaders on or
     * before it (each kader's calendar, only on dates it holds: 25 January 2026 for a kader that judges the year on
     * the 25th, 15 January 2026 for toetsen on the 15th, the peildatum itself for Zuid-Holland's); empty when the
     * province has no kader that held in the year and a month before.
     */
    public Optional<EigenPeildatum> eigenPeildatum(String provincie, LocalDate peildatum) {
        LocalDate van = peildatum.minusYears(1).minusMonths(1).plusDays(1);
        EigenPeildatum beste = null;
        for (Beleidskader k : kaders.vanProvincie(provincie)) {
            for (LocalDate d : k.kalender().peildata(van.isBefore(k.geldigVanaf()) ? k.geldigVanaf() : van,
                    peildatum)) {
                if (kaders.geldigOp(k, d) && (beste == null || d.isAfter(beste.peildatum()))) {
                    beste = new EigenPeildatum(k.id(), d);
                }
            }
        }
        return Optional.ofNullable(beste);
    }

    private static ProvincieRegel som(String code, String naam, List<GemeenteRegel> regels, EigenPeildatum eigen,
            RondeStand ronde) {
        List<GemeenteRegel> met = regels.stream().filter(GemeenteRegel::volledig).toList();
        long taak = met.stream().mapToLong(GemeenteRegel::taakstelling).sum();
        long opgave = met.stream().mapToLong(GemeenteRegel::opgave).sum();
        long gehuisvest = met.stream().mapToLong(GemeenteRegel::gehuisvest).sum();
        return new ProvincieRegel(code, naam, regels.size(), regels.size() - met.size(), taak, opgave, gehuisvest,
                ToezichtEngine.percentage(gehuisvest, opgave), opgave - gehuisvest,
                eigen == null ? null : eigen.beleidskader(), eigen == null ? null : eigen.peildatum(), ronde);
    }

    private GemeenteRegel regel(Gemeente gm, GemeenteCijfers c, Periode doel, boolean tussentijds, String trede) {
        List<String> ontbrekend = new ArrayList<>();
        GemeenteCijfers.Taakstelling taak = c.taakstellingen().get(doel);
        if (taak == null) {
            ontbrekend.add("taakstelling " + doel);
        }
        Long saldo = saldoIn(c, doel, ontbrekend);
        Long gehuisvest = tussentijds ? tussenstand(c, doel, ontbrekend) : eindstand(c, doel, ontbrekend);
        if (!ontbrekend.isEmpty()) {
            return new GemeenteRegel(gm.code(), gm.naam(), gm.provincie().code(),
                    taak == null ? null : taak.taakstelling(), saldo, null, null, null, trede,
                    List.copyOf(ontbrekend));
        }
        long opgave = taak.taakstelling() + saldo;
        return new GemeenteRegel(gm.code(), gm.naam(), gm.provincie().code(), taak.taakstelling(), saldo, opgave,
                gehuisvest, ToezichtEngine.percentage(gehuisvest, opgave), trede, List.of());
    }

    /** The saldo carried into the period: from the beginstand, through every ended period before it. */
    private static Long saldoIn(GemeenteCijfers c, Periode doel, List<String> ontbrekend) {
        GemeenteCijfers.Beginstand begin = c.beginstand();
        if (begin == null) {
            ontbrekend.add("beginstand (saldo waar de registratie begint)");
            return null;
        }
        if (begin.periode().compareTo(doel) > 0) {
            ontbrekend.add("de beginstand (" + begin.periode() + ") ligt na de " + doel.omschrijving());
            return null;
        }
        long saldo = begin.saldoIn();
        for (Periode p = begin.periode(); p.compareTo(doel) < 0; p = p.volgende()) {
            GemeenteCijfers.Taakstelling taak = c.taakstellingen().get(p);
            Long eind = eindstand(c, p, ontbrekend);
            if (taak == null) {
                ontbrekend.add("taakstelling " + p);
            }
            if (taak == null || eind == null) {
                return null;
            }
            saldo = taak.taakstelling() + saldo - eind;
        }
        return saldo;
    }

    /** Housed in an ended period: COA's corrected final figure, or its standing from the period's last month. */
    private static Long eindstand(GemeenteCijfers c, Periode p, List<String> ontbrekend) {
        Long definitief = c.definitief().get(p);
        if (definitief != null) {
            return definitief;
        }
        Optional<GemeenteCijfers.CoaStand> stand = c.coaStanden().getOrDefault(p, List.of()).stream()
                .filter(s -> !s.datum().isAfter(p.laatsteDag()))
                .max(Comparator.comparing(GemeenteCijfers.CoaStand::datum))
                .filter(s -> s.datum().getMonthValue() == p.laatsteDag().getMonthValue());
        if (stand.isEmpty()) {
            ontbrekend.add("COA-eindstand van de " + p.omschrijving() + " (een stand uit "
                    + NlFormaat.maand(p.laatsteDag().getMonthValue()) + ")");
            return null;
        }
        return stand.get().gehuisvest();
    }

    /** Housed by the mid date: COA's latest standing before it, from the month before it. */
    private static Long tussenstand(GemeenteCijfers c, Periode p, List<String> ontbrekend) {
        LocalDate mid = p.peildatumTussentijds();
        Optional<GemeenteCijfers.CoaStand> stand = c.coaStanden().getOrDefault(p, List.of()).stream()
                .filter(s -> s.datum().isBefore(mid))
                .max(Comparator.comparing(GemeenteCijfers.CoaStand::datum))
                .filter(s -> !s.datum().isBefore(mid.minusMonths(1)));
        if (stand.isEmpty()) {
            ontbrekend.add("COA-stand van de " + p.omschrijving() + " uit "
                    + NlFormaat.maand(mid.minusMonths(1).getMonthValue()) + " (vóór " + NlFormaat.datum(mid) + ")");
            return null;
        }
        return stand.get().gehuisvest();
    }
}
