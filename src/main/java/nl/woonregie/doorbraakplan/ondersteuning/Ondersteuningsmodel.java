package nl.woonregie.doorbraakplan.ondersteuning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The support computation (issue 17, "The support computation as an API"). Every amount is a {@link BigDecimal} with
 * two decimals; the only rounding is a quarter of a yearly sum, half up to the cent. A line's costs fall in the year of
 * the month or quarter they belong to.
 *
 * <ul>
 * <li>WOONBEGELEIDING: persons × the tariff of their way of living valid on the first day of the month, for every
 * month of the quarters from {@code van} to {@code tot} inclusive;</li>
 * <li>DOORSTROOMBEGELEIDING: persons × the tariff valid on the quarter's first day, once;</li>
 * <li>LOCATIEMANAGEMENT: the yearly sum / 4, rounded half up to the cent, in every quarter of the range;</li>
 * <li>MAATSCHAPPELIJKE_BEGELEIDING and TRAJECTBEGELEIDING: 0 in every year of the range.</li>
 * </ul>
 * The years of the outcome are those in which a line runs (even at cost 0) or that have cover.
 */
public final class Ondersteuningsmodel {

    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal VIER = BigDecimal.valueOf(4);

    private Ondersteuningsmodel() {
    }

    /** A tariff a line needs is missing from the table (a request is judged before, so this does not happen). */
    public static final class GeenTarief extends IllegalArgumentException {
        GeenTarief(Tariefsoort soort, LocalDate dag) {
            super("geen tarief " + soort + " op " + dag);
        }
    }

    public static Ondersteuningsberekening bereken(Ondersteuningsvraag vraag) {
        TreeMap<Integer, BigDecimal> perJaar = new TreeMap<>();
        Map<String, TreeMap<Integer, BigDecimal>> perDienst = new LinkedHashMap<>();
        Map<String, BigDecimal> perProject = new LinkedHashMap<>();
        List<Ondersteuningsberekening.RegelKosten> perRegel = new ArrayList<>();
        BigDecimal totaal = NUL;
        for (Regel regel : vraag.regels()) {
            TreeMap<Integer, BigDecimal> kosten = new TreeMap<>();
            BigDecimal perMaand = kosten(regel, vraag.tarieven(), kosten);
            BigDecimal regelTotaal = kosten.values().stream().reduce(NUL, BigDecimal::add);
            TreeMap<Integer, BigDecimal> dienst = perDienst.computeIfAbsent(regel.dienst(), d -> new TreeMap<>());
            kosten.forEach((jaar, bedrag) -> {
                perJaar.merge(jaar, bedrag, BigDecimal::add);
                dienst.merge(jaar, bedrag, BigDecimal::add);
            });
            perProject.merge(regel.project(), regelTotaal, BigDecimal::add);
            perRegel.add(new Ondersteuningsberekening.RegelKosten(regel.project(), regel.soort(), regelTotaal,
                    perMaand));
            totaal = totaal.add(regelTotaal);
        }
        Map<Integer, BigDecimal> dekking = new TreeMap<>();
        for (Dekking d : vraag.dekking()) {
            dekking.merge(d.jaar(), d.bedrag().setScale(2), BigDecimal::add);
            perJaar.putIfAbsent(d.jaar(), NUL);
        }
        List<Ondersteuningsberekening.Jaar> jaren = new ArrayList<>();
        perJaar.forEach((jaar, kosten) -> {
            BigDecimal gedekt = kosten.min(dekking.getOrDefault(jaar, NUL));
            jaren.add(new Ondersteuningsberekening.Jaar(jaar, kosten, gedekt, kosten.subtract(gedekt)));
        });
        List<Ondersteuningsberekening.DienstJaar> diensten = new ArrayList<>();
        perDienst.forEach((dienst, kosten) -> kosten.forEach((jaar, bedrag) ->
                diensten.add(new Ondersteuningsberekening.DienstJaar(dienst, jaar, bedrag))));
        List<Ondersteuningsberekening.Project> projecten = new ArrayList<>();
        perProject.forEach((project, bedrag) -> projecten.add(new Ondersteuningsberekening.Project(project, bedrag)));
        return new Ondersteuningsberekening(totaal, List.copyOf(jaren), List.copyOf(diensten), List.copyOf(projecten),
                List.copyOf(perRegel));
    }

    /** Adds the line's costs per year to {@code kosten}; returns the cost of its first month (woonbegeleiding). */
    private static BigDecimal kosten(Regel regel, Tarieven tarieven, TreeMap<Integer, BigDecimal> kosten) {
        if (regel instanceof Regel.Woonbegeleiding w) {
            Tariefsoort soort = Tariefsoort.woonbegeleiding(w.wonen());
            BigDecimal personen = BigDecimal.valueOf(w.personen());
            BigDecimal eerste = null;
            for (Kwartaal k = w.van(); k.compareTo(w.tot()) <= 0; k = k.volgende()) {
                for (LocalDate maand : k.maanden()) {
                    BigDecimal bedrag = personen.multiply(tarief(tarieven, soort, maand)).setScale(2);
                    kosten.merge(k.jaar(), bedrag, BigDecimal::add);
                    if (eerste == null) {
                        eerste = bedrag;
                    }
                }
            }
            return eerste;
        }
        if (regel instanceof Regel.Doorstroombegeleiding d) {
            BigDecimal bedrag = BigDecimal.valueOf(d.personen())
                    .multiply(tarief(tarieven, Tariefsoort.DOORSTROOMBEGELEIDING, d.kwartaal().eersteDag()))
                    .setScale(2);
            kosten.merge(d.kwartaal().jaar(), bedrag, BigDecimal::add);
            return null;
        }
        if (regel instanceof Regel.Locatiemanagement l) {
            BigDecimal kwart = l.bedragPerJaar().divide(VIER, 2, RoundingMode.HALF_UP);
            for (Kwartaal k = l.van(); k.compareTo(l.tot()) <= 0; k = k.volgende()) {
                kosten.merge(k.jaar(), kwart, BigDecimal::add);
            }
            return null;
        }
        Regel.ZonderKosten z = (Regel.ZonderKosten) regel;
        for (Kwartaal k = z.van(); k.compareTo(z.tot()) <= 0; k = k.volgende()) {
            kosten.merge(k.jaar(), NUL, BigDecimal::add);
        }
        return null;
    }

    private static BigDecimal tarief(Tarieven tarieven, Tariefsoort soort, LocalDate dag) {
        Optional<Tarief> t = tarieven.geldig(soort, dag);
        return t.orElseThrow(() -> new GeenTarief(soort, dag)).bedrag();
    }
}
