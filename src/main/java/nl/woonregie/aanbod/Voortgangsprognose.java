package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.toezicht.VerwachteVoortgang;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.stereotype.Component;

/**
 * The forecast for toezicht's municipality page and province dashboard ({@link VerwachteVoortgang}): the Plan where
 * a gemeente has stored sources, the Trend otherwise, as {@link GemeentePrognoses} computes them. The required pace
 * is the straight line from the number housed at the peildatum to the opgave on the period's last day.
 */
@Component
class Voortgangsprognose implements VerwachteVoortgang {

    private final GemeentePrognoses prognoses;

    Voortgangsprognose(GemeentePrognoses prognoses) {
        this.prognoses = prognoses;
    }

    @Override
    public Optional<Gemeentebeeld> vanGemeente(String gemeente, Gebruiker lezer) {
        return Optional.of(beeld(prognoses.planOfTrend(lezer, gemeente)));
    }

    @Override
    public Map<String, Regel> vanGemeenten(String provincie, List<String> gemeenten, Gebruiker lezer) {
        Map<String, Regel> result = new LinkedHashMap<>();
        prognoses.vanProvincie(lezer, provincie, gemeenten).forEach((code, p) -> result.put(code, regel(p)));
        return result;
    }

    @Override
    public String exportVanProvincie(String provincie) {
        return "/provincies/" + provincie + "/prognoses.xlsx";
    }

    static Regel regel(GemeentePrognose p) {
        PrognoseAntwoord u = p.uitkomst();
        return new Regel(p.gemeente(), p.scenario() == GemeentePrognose.Scenario.PLAN, p.periode(), p.opgave(),
                u == null ? null : u.taakstellingGehaaldOp(), u == null ? null : u.verwachtSaldoUit(),
                u == null ? String.join("; ", p.ontbrekend()) : null);
    }

    static Gemeentebeeld beeld(GemeentePrognose p) {
        PrognoseAntwoord u = p.uitkomst();
        Periode periode = Periode.of(p.periode());
        BigDecimal tempo = vereistPerWeek(p.opgave(), p.gehuisvest(), p.peildatum(), periode.laatsteDag());
        List<Punt> reeks = new ArrayList<>();
        List<Bijdrage> bijdragen = new ArrayList<>();
        List<String> bevindingen = new ArrayList<>();
        if (u != null) {
            for (PrognoseAntwoord.Punt r : u.reeks()) {
                reeks.add(new Punt(r.datum(), r.verwacht(), nodig(p.opgave(), p.gehuisvest(), p.peildatum(),
                        periode.laatsteDag(), r.datum())));
            }
            u.perBron().forEach(b -> bijdragen.add(new Bijdrage(b.naam(), Labels.van(b.soort()), b.verwacht())));
            u.bevindingen().forEach(b -> bevindingen.add(b.tekst()));
        }
        String pagina = "/gemeenten/" + p.gemeente() + "/aanbod";
        return new Gemeentebeeld(p.scenario() == GemeentePrognose.Scenario.PLAN, p.periode(), p.peildatum(),
                p.gehuisvest(), p.opgave(), p.ambitie(), u == null ? null : u.taakstellingGehaaldOp(),
                u == null ? null : u.ambitieGehaaldOp(), u == null ? null : u.verwachtGehuisvest(),
                u == null ? null : u.verwachtSaldoUit(), u == null ? null : tempo, reeks, bijdragen, bevindingen,
                p.ontbrekend(), pagina, pagina + "/prognose.xlsx");
    }

    /**
     * The pace needed to reach the opgave on the period's last day from the number housed at the peildatum:
     * (opgave − gehuisvest) / weeks left, one decimal half up; zero when reached, null without an opgave or weeks.
     */
    static BigDecimal vereistPerWeek(Long opgave, long gehuisvest, LocalDate peildatum, LocalDate einde) {
        long dagen = ChronoUnit.DAYS.between(peildatum, einde);
        if (opgave == null || dagen <= 0) {
            return null;
        }
        long rest = Math.max(0, opgave - gehuisvest);
        return BigDecimal.valueOf(rest * 7).divide(BigDecimal.valueOf(dagen), 1, RoundingMode.HALF_UP);
    }

    /** What the straight line of the required pace needs by {@code datum}, rounded up (a person is housed or not). */
    static Long nodig(Long opgave, long gehuisvest, LocalDate peildatum, LocalDate einde, LocalDate datum) {
        long dagen = ChronoUnit.DAYS.between(peildatum, einde);
        if (opgave == null || dagen <= 0) {
            return null;
        }
        long rest = Math.max(0, opgave - gehuisvest);
        long verstreken = ChronoUnit.DAYS.between(peildatum, datum);
        // gehuisvest + ceil(rest × verstreken / dagen), exactly in whole numbers
        return gehuisvest + Math.floorDiv(rest * verstreken + dagen - 1, dagen);
    }
}
