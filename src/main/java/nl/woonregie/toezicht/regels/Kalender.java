package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.woonregie.toezicht.regels.Periode.Lengte;

/**
 * When a beleidskader judges: the length of its periods (quarter, half year, year), whether a period has a
 * tussentijdse toets half way, and the day of the month its peildata fall on.
 *
 * <p>Zuid-Holland 2020: half years, a tussentijdse toets on 1 April and 1 October, the eindoordeel on 1 July and
 * 1 January. A kader with {@code peildag: 25} and years judges on 25 January of the next year.
 *
 * @param peildag the day of the month of every peildatum (1–28): the eindoordeel falls {@code peildag − 1} days
 *                after the first day following the period
 */
public record Kalender(Lengte lengte, boolean tussentijdseToets, int peildag) {

    /** The calendar of Zuid-Holland 2020, also the default of a kader that names none. */
    public static final Kalender HALFJAAR_MET_TUSSENTIJDSE_TOETS = new Kalender(Lengte.HALFJAAR, true, 1);

    public Kalender {
        if (lengte == null) {
            throw new IllegalArgumentException("kalender.periode ontbreekt");
        }
        if (peildag < 1 || peildag > 28) {
            throw new IllegalArgumentException("kalender.peildag moet tussen 1 en 28 liggen, niet " + peildag);
        }
    }

    /** The peildatum of the period's tussentijdse toets (half way), or empty when the kader has none. */
    public Optional<LocalDate> tussentijds(Periode periode) {
        return tussentijdseToets ? Optional.of(periode.peildatumTussentijds().plusDays(peildag - 1L))
                : Optional.empty();
    }

    /** The peildatum of the period's eindoordeel. */
    public LocalDate eindoordeel(Periode periode) {
        return periode.peildatumEindoordeel().plusDays(peildag - 1L);
    }

    /** The period that ends with an eindoordeel on, or has its tussentijdse toets on, this peildatum, if any. */
    public Optional<Periode> periodeVan(LocalDate peildatum) {
        Periode lopend = Periode.van(peildatum, lengte);
        for (Periode p : List.of(lopend.vorige(), lopend)) {
            if (eindoordeel(p).equals(peildatum) || tussentijds(p).filter(peildatum::equals).isPresent()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether a peildatum of this calendar falls on the date. */
    public boolean isPeildatum(LocalDate datum) {
        return periodeVan(datum).isPresent();
    }

    /** Whether the peildatum is the eindoordeel of a period (not a tussentijdse toets). */
    public boolean isEindoordeel(LocalDate peildatum) {
        return periodeVan(peildatum).map(p -> eindoordeel(p).equals(peildatum)).orElse(false);
    }

    /** Every peildatum from {@code van} up to and including {@code tot}, in order. */
    public List<LocalDate> peildata(LocalDate van, LocalDate tot) {
        List<LocalDate> data = new ArrayList<>();
        for (Periode p = Periode.van(van, lengte).vorige(); !p.eersteDag().isAfter(tot); p = p.volgende()) {
            tussentijds(p).filter(d -> !d.isBefore(van) && !d.isAfter(tot)).ifPresent(data::add);
            LocalDate eind = eindoordeel(p);
            if (!eind.isBefore(van) && !eind.isAfter(tot)) {
                data.add(eind);
            }
        }
        return data;
    }

    /** "halfjaarlijks eindoordeel op de 1e, met tussentijdse toets". */
    public String omschrijving() {
        String per = switch (lengte) {
            case KWARTAAL -> "elk kwartaal";
            case HALFJAAR -> "elk half jaar";
            case JAAR -> "elk jaar";
        };
        return "eindoordeel " + per + " op de " + peildag + "e van de maand, "
                + (tussentijdseToets ? "met" : "zonder") + " tussentijdse toets";
    }
}
