package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.toezicht.VerwachteVoortgang;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of the plan and the forecast as XLSX (through {@link Spreadsheet}: Dutch headers, numbers as numbers,
 * dates as dates), linked from the pages: a gemeente's plan (its stored sources) with its forecast (the Plan, or the
 * Trend without sources, as on the municipality page: the dates, the series per week against the required pace,
 * each source's contribution, the findings), and a province's forecast list (the dashboard's column for every
 * gemeente of the province).
 */
@Controller
class AanbodExport {

    static final List<String> KOP_PROGNOSE = List.of("onderwerp", "waarde");
    static final List<String> KOP_REEKS = List.of("datum", "verwacht gehuisvest", "nodig volgens het vereiste tempo");
    static final List<String> KOP_BIJDRAGEN = List.of("bron", "soort", "verwachte bijdrage tot het einde van de periode");
    static final List<String> KOP_BRONNEN = List.of("bron", "soort", "versie", "jaar", "personen", "woningen",
            "bezetting", "verwachte verhuringen", "afgesproken aandeel", "duur", "woonvorm", "eenheden",
            "plaatsen voor statushouders", "doelgroepen", "eigenaar", "start inhuizing", "per week", "einde gebruik",
            "status", "route", "partnergemeente", "datum", "vanaf", "tot", "toelichting", "reden", "gewijzigd door",
            "gewijzigd op");
    static final List<String> KOP_BEVINDINGEN = List.of("soort", "bron", "bevinding");
    static final List<String> KOP_PROVINCIE = List.of("gemeente", "naam", "periode", "prognose volgens", "opgave",
            "taakstelling verwacht gehaald op", "verwacht saldo uit (achterstand +, voorsprong −)",
            "haalt de opgave volgens prognose niet", "ontbrekend");

    private final GemeentePrognoses prognoses;
    private final Aanbodbronnen bronnen;
    private final GebiedService gebied;
    private final Toegang toegang;

    AanbodExport(GemeentePrognoses prognoses, Aanbodbronnen bronnen, GebiedService gebied, Toegang toegang) {
        this.prognoses = prognoses;
        this.bronnen = bronnen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/aanbod/prognose.xlsx")
    ResponseEntity<byte[]> gemeente(@PathVariable String code) {
        Gebruiker g = bronnen.vereisLezen(toegang.huidige(), code);
        GemeentePrognose p = prognoses.planOfTrend(g, code);
        List<Aanbodbron> plan = bronnen.vanGemeente(g, code);
        byte[] inhoud = Spreadsheet.werkmap()
                .blad("Prognose", KOP_PROGNOSE, prognose(p))
                .blad("Per week", KOP_REEKS, reeks(p))
                .blad("Bijdrage per bron", KOP_BIJDRAGEN, bijdragen(p))
                .blad("Bronnen", KOP_BRONNEN, bronnen(plan))
                .blad("Bevindingen", KOP_BEVINDINGEN, bevindingen(p))
                .bytes();
        return Download.bijlage(inhoud, Spreadsheet.XLSX, "prognose-" + code + "-" + p.berekendOp() + ".xlsx");
    }

    @GetMapping("/provincies/{code}/prognoses.xlsx")
    ResponseEntity<byte[]> provincie(@PathVariable String code) {
        Gebruiker g = toegang.provincieToezien(code);
        LocalDate vandaag = gebied.vandaag();
        List<Gemeente> gemeenten = gebied.gemeentenVanProvincie(code, vandaag);
        Map<String, GemeentePrognose> perGemeente = prognoses.vanProvincie(g, code,
                gemeenten.stream().map(Gemeente::code).toList());
        List<List<?>> rijen = new ArrayList<>();
        for (Gemeente gm : gemeenten) {
            GemeentePrognose p = perGemeente.get(gm.code());
            if (p == null) {
                continue;
            }
            VerwachteVoortgang.Regel r = Voortgangsprognose.regel(p);
            rijen.add(Arrays.asList(gm.code(), gm.naam(), p.periode(), scenario(p), p.opgave(),
                    r.taakstellingGehaaldOp(), r.verwachtSaldoUit(), r.ontbrekend() == null ? r.haaltOpgaveNiet() : null,
                    r.ontbrekend()));
        }
        byte[] inhoud = Spreadsheet.werkmap().blad("Prognoses", KOP_PROVINCIE, rijen).bytes();
        return Download.bijlage(inhoud, Spreadsheet.XLSX, "prognoses-" + code + "-" + vandaag + ".xlsx");
    }

    private static String scenario(GemeentePrognose p) {
        return p.scenario() == GemeentePrognose.Scenario.PLAN ? "plan (de vastgelegde bronnen)"
                : "trend (het tempo van het COA over de laatste drie volle maanden)";
    }

    static List<List<?>> prognose(GemeentePrognose p) {
        VerwachteVoortgang.Gemeentebeeld b = Voortgangsprognose.beeld(p);
        List<List<?>> rijen = new ArrayList<>();
        rijen.add(Arrays.asList("gemeente", p.gemeente() + " " + p.naam()));
        rijen.add(Arrays.asList("periode", p.periode()));
        rijen.add(Arrays.asList("prognose volgens", scenario(p)));
        rijen.add(Arrays.asList("berekend op", p.berekendOp()));
        rijen.add(Arrays.asList("opgave", p.opgave()));
        rijen.add(Arrays.asList("opgave met de ambitie", p.ambitie()));
        rijen.add(Arrays.asList("peildatum (laatste stand van het COA)", p.peildatum()));
        rijen.add(Arrays.asList("gehuisvest op de peildatum", p.gehuisvest()));
        if (p.trend() != null) {
            rijen.add(Arrays.asList("trend: gehuisvest volgens het COA van", p.trend().van()));
            rijen.add(Arrays.asList("trend: tot en met", p.trend().tot()));
            rijen.add(Arrays.asList("trend: gehuisvest in die maanden", p.trend().gehuisvest()));
            rijen.add(Arrays.asList("trend: per week", p.trend().perWeek()));
        }
        if (p.uitkomst() == null) {
            rijen.add(Arrays.asList("ontbrekend", String.join("; ", p.ontbrekend())));
            return rijen;
        }
        PrognoseAntwoord u = p.uitkomst();
        rijen.add(Arrays.asList("taakstelling verwacht gehaald op", u.taakstellingGehaaldOp() == null
                ? "niet in deze periode" : u.taakstellingGehaaldOp()));
        if (p.ambitie() != null) {
            rijen.add(Arrays.asList("ambitie verwacht gehaald op", u.ambitieGehaaldOp() == null
                    ? "niet in deze periode" : u.ambitieGehaaldOp()));
        }
        rijen.add(Arrays.asList("verwacht gehuisvest aan het einde van de periode", u.verwachtGehuisvest()));
        rijen.add(Arrays.asList("verwacht saldo aan het einde van de periode (achterstand +, voorsprong −)",
                u.verwachtSaldoUit()));
        rijen.add(Arrays.asList("vereist tempo per week (opgave min gehuisvest, gedeeld door de weken die resten)",
                b.vereistPerWeek()));
        return rijen;
    }

    static List<List<?>> reeks(GemeentePrognose p) {
        List<List<?>> rijen = new ArrayList<>();
        for (VerwachteVoortgang.Punt r : Voortgangsprognose.beeld(p).reeks()) {
            rijen.add(Arrays.asList(r.datum(), r.verwacht(), r.nodig()));
        }
        return rijen;
    }

    static List<List<?>> bijdragen(GemeentePrognose p) {
        List<List<?>> rijen = new ArrayList<>();
        for (VerwachteVoortgang.Bijdrage b : Voortgangsprognose.beeld(p).bijdragen()) {
            rijen.add(Arrays.asList(b.naam(), b.soort(), b.verwacht()));
        }
        return rijen;
    }

    static List<List<?>> bevindingen(GemeentePrognose p) {
        List<List<?>> rijen = new ArrayList<>();
        if (p.uitkomst() != null) {
            for (PrognoseAntwoord.BevindingDto b : p.uitkomst().bevindingen()) {
                rijen.add(Arrays.asList(Labels.van(b.type()), b.bron(), b.tekst()));
            }
        }
        return rijen;
    }

    static List<List<?>> bronnen(List<Aanbodbron> plan) {
        List<List<?>> rijen = new ArrayList<>();
        for (Aanbodbron b : plan) {
            Bronfeiten f = b.feiten();
            rijen.add(Arrays.asList(f.naam(), Labels.van(b.soort()), b.versie(), f.jaar(), f.personen(), f.woningen(),
                    f.bezetting(), f.verwachteVerhuringen(), f.maxAandeel(), label(f.duur()), label(f.woonvorm()),
                    f.eenheden(), f.plaatsen(), f.doelgroepen(), f.eigenaar(), f.startInhuizing(), f.perWeek(),
                    f.eindeGebruik(), label(f.status()), label(f.route()), f.partnergemeente(), f.datum(), f.vanaf(),
                    f.tot(), f.toelichting(), b.reden(), b.gewijzigdDoor(), b.gewijzigdOp()));
        }
        return rijen;
    }

    private static String label(Enum<?> e) {
        return e == null ? null : Labels.van(e);
    }
}
