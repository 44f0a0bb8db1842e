package nl.woonregie.gebied;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of the {@code gebied} module for other modules: provinces, gemeenten (with herindelingen),
 * regions and population. Read only; the data comes from migrations.
 *
 * <p>Dates select the gemeentelijke indeling: a gemeente is valid on a day from its {@code geldigVanaf} (inclusive)
 * until its {@code geldigTot} (exclusive: a half-open period). The register of gemeenten is complete from
 * {@link #GEMEENTEN_BEKEND_VANAF}, the whole indeling with the regions from {@link #INDELING_BEKEND_VANAF}; earlier
 * dates are refused (mergers before then are not recorded, so the answer would be wrong).
 */
@Service
@Transactional(readOnly = true)
public class GebiedService {

    /**
     * The first day for which the whole indeling is known: the gemeenten and their regions (the veiligheidsregio's of
     * gemeenten that ended before 2022 are not in the sources). The REST API, rounds and overviews start here.
     */
    public static final LocalDate INDELING_BEKEND_VANAF = LocalDate.of(2022, 1, 1);
    /**
     * The first day for which the register of gemeenten (without their regions) is complete: the herindelingen of
     * 2021 and 2022 are recorded, so {@link #gemeentenOp}, {@link #gemeentenVanProvincie} and {@link #opvolgerOp}
     * answer from here (the distribution of the taakstelling of 2020-I … 2022-II needs them).
     */
    public static final LocalDate GEMEENTEN_BEKEND_VANAF = LocalDate.of(2020, 1, 1);
    /** The time zone in which "today" is determined. */
    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");
    static final Pattern PROVINCIECODE = Pattern.compile("PV\\d{2}");
    static final Pattern REGIOCODE = Pattern.compile("[A-Z]{2}\\d{2,4}");

    private final GebiedRepository repository;
    private final Clock clock;

    GebiedService(GebiedRepository repository, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.clock = clock.getIfAvailable(() -> Clock.system(TIJDZONE));
    }

    /** Today in {@link #TIJDZONE} (or by the application's {@link Clock} bean, when there is one). */
    public LocalDate vandaag() {
        return LocalDate.now(clock.withZone(TIJDZONE));
    }

    public List<Provincie> provincies() {
        return provincies.updateAndGet(p -> p != null ? p : List.copyOf(repository.provincies()));
    }

    /**
     * A province by code. Reference data does not change while the application runs (it comes from migrations),
     * so lookups are kept in memory: scope checks ask for them on every request.
     */
    public Optional<Provincie> provincie(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Provincie bekend = provincieCache.get(code);
        if (bekend != null) {
            return Optional.of(bekend);
        }
        Optional<Provincie> p = repository.provincie(code);
        p.ifPresent(x -> provincieCache.put(code, x)); // only existing ones: unknown input never fills the cache
        return p;
    }

    /** A gemeente by CBS code, also when it no longer exists (then with {@code geldigTot} and {@code opgegaanIn}). */
    public Optional<Gemeente> gemeente(String code) {
        if (code == null || !GEMEENTECODE.matcher(code).matches()) {
            return Optional.empty();
        }
        Gemeente bekend = gemeenteCache.get(code);
        if (bekend != null) {
            return Optional.of(bekend);
        }
        Optional<Gemeente> g = repository.gemeente(code).map(GebiedRepository.GemeenteMetInwoners::gemeente);
        g.ifPresent(x -> gemeenteCache.put(code, x));
        return g;
    }

    /** The name of a gemeente by CBS code (also of one that no longer exists); the code itself when unknown. */
    public String naam(String code) {
        return gemeente(code).map(Gemeente::naam).orElse(code);
    }

    /** The code of the province a gemeente belongs (or belonged) to, when the gemeente is known. */
    public Optional<String> provincieVan(String gemeenteCode) {
        return gemeente(gemeenteCode).map(g -> g.provincie().code());
    }

    private final java.util.concurrent.atomic.AtomicReference<List<Provincie>> provincies =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.Map<String, Provincie> provincieCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Gemeente> gemeenteCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The gemeente that {@code code} is part of on {@code datum}: itself, or the one it merged into (transitively). */
    public Optional<Gemeente> opvolgerOp(String code, LocalDate datum) {
        Optional<Gemeente> gemeente = gemeente(code);
        for (int i = 0; i < 20 && gemeente.isPresent() && !gemeente.get().geldigOp(datum); i++) {
            String opgegaanIn = gemeente.get().opgegaanIn();
            if (opgegaanIn == null) {
                return Optional.empty();
            }
            gemeente = gemeente(opgegaanIn);
        }
        return gemeente.filter(g -> g.geldigOp(datum));
    }

    /** The gemeenten of a province that are valid on {@code datum}, by code. */
    public List<Gemeente> gemeentenVanProvincie(String provincieCode, LocalDate datum) {
        return zoek(new GebiedRepository.GemeenteFilter(binnenRegister(datum), provincieCode, null));
    }

    /** The gemeenten that are valid on {@code datum} and member of the region on that date, by code. */
    public List<Gemeente> gemeentenVanRegio(String regioCode, LocalDate datum) {
        return zoek(new GebiedRepository.GemeenteFilter(binnenRegister(datum, INDELING_BEKEND_VANAF), null, regioCode));
    }

    /** All gemeenten valid on {@code datum}, by code. */
    public List<Gemeente> gemeentenOp(LocalDate datum) {
        return zoek(new GebiedRepository.GemeenteFilter(binnenRegister(datum), null, null));
    }

    /**
     * The population of a gemeente on {@code datum}: the most recent figure with a peildatum on or before it (figures
     * are per 1 January, on the indeling of their own peildatum; some years may be missing). Empty when there is none.
     */
    public Optional<Bevolking> bevolkingOp(String gemeenteCode, LocalDate datum) {
        return repository.bevolkingOp(gemeenteCode, datum);
    }

    /**
     * Every population figure of one peildatum (1 January), by gemeente code, on the indeling of that day: the
     * national population is their sum. Empty when there are no figures for that day.
     */
    public java.util.SortedMap<String, Integer> inwonersOp(LocalDate peildatum) {
        return repository.inwonersOp(peildatum);
    }

    /** The peildata that have population figures, oldest first. */
    public List<LocalDate> bevolkingspeildata() {
        return repository.bevolkingspeildata();
    }

    /**
     * The gemeenten that received a part of {@code code} when it was split (by code); empty for a gemeente that was
     * not split (a merger is {@link Gemeente#opgegaanIn()}).
     */
    public List<String> delenNaar(String code) {
        return repository.delenNaar(code);
    }

    /** Every population figure of a gemeente, oldest first. */
    public List<Bevolking> bevolking(String gemeenteCode) {
        return repository.bevolking(gemeenteCode);
    }

    /** All regions, or those of one soort (e.g. {@link Regio#VEILIGHEIDSREGIO}); null for all. */
    public List<Regio> regios(String soort) {
        return repository.regios(soort);
    }

    public Optional<Regio> regio(String code) {
        return code == null ? Optional.empty() : repository.regio(code);
    }

    /** The regions a gemeente belongs to on {@code datum}. */
    public List<Regio> regiosVan(String gemeenteCode, LocalDate datum) {
        return repository.regiosVan(List.of(gemeenteCode), binnenRegister(datum, INDELING_BEKEND_VANAF))
                .getOrDefault(gemeenteCode, List.of());
    }

    /** Every region membership of a gemeente, current and past. */
    public List<RegioLidmaatschap> lidmaatschappen(String gemeenteCode) {
        return repository.lidmaatschappen(gemeenteCode);
    }

    private List<Gemeente> zoek(GebiedRepository.GemeenteFilter filter) {
        return repository.zoekGemeenten(filter, 0, Integer.MAX_VALUE).stream()
                .map(GebiedRepository.GemeenteMetInwoners::gemeente).toList();
    }

    private static LocalDate binnenRegister(LocalDate datum) {
        return binnenRegister(datum, GEMEENTEN_BEKEND_VANAF);
    }

    private static LocalDate binnenRegister(LocalDate datum, LocalDate bekendVanaf) {
        if (datum == null) {
            throw new IllegalArgumentException("datum is verplicht");
        }
        if (datum.isBefore(bekendVanaf)) {
            throw new IllegalArgumentException((bekendVanaf.equals(GEMEENTEN_BEKEND_VANAF) ? "De gemeentelijke indeling"
                    : "De regio-indeling") + " is bekend vanaf " + bekendVanaf + "; " + datum + " ligt daarvoor");
        }
        return datum;
    }
}
