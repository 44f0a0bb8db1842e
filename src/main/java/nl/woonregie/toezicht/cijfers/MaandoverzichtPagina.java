package nl.woonregie.toezicht.cijfers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The province's page of COA's monthly overview ({@link Maandoverzicht}) and its XLSX: one month, chosen with
 * {@code ?maand=2022-05} (default: the month of COA's latest standing). A month that is not one is shown at the
 * field, with the default month's overview beside it.
 */
@Controller
class MaandoverzichtPagina {

    static final List<String> KOP = List.of("Gemeente", "CBS-code", "Taakstelling", "Additionele opgave",
            "Stand van", "Gehuisvest (COA)", "Nog te huisvesten", "Realisatie (%)", "Koppelingen", "Omkoppelingen",
            "Stapelgemeente");

    private final Maandoverzicht maandoverzicht;
    private final Toegang toegang;
    private final Clock klok;

    MaandoverzichtPagina(Maandoverzicht maandoverzicht, Toegang toegang, Clock klok) {
        this.maandoverzicht = maandoverzicht;
        this.toegang = toegang;
        this.klok = klok;
    }

    @GetMapping("/provincies/{code}/maandoverzicht")
    String pagina(@PathVariable String code, @RequestParam(required = false) String maand, Model model) {
        Gebruiker g = toegang.huidige();
        maandoverzicht.vereisLezen(g, code);
        YearMonth m;
        try {
            m = maand(maand, g, code);
        } catch (ApiException e) {
            model.addAttribute("maandFout", e.invalidParams().get(0).reason());
            model.addAttribute("ingevuld", maand);
            m = maandoverzicht.standaardMaand(g, code, vandaag());
        }
        Maandoverzicht.Overzicht o = maandoverzicht.van(g, code, m);
        model.addAttribute("overzicht", o);
        // issue 19 §8: the province's supervisor sends each municipality its row (module brieven's form handler)
        model.addAttribute("magVersturen", Toegang.magProvincieToezien(g, code));
        model.addAttribute("vorige", m.minusMonths(1).toString());
        model.addAttribute("volgende", m.plusMonths(1).toString());
        return "toezicht/maandoverzicht";
    }

    @GetMapping("/provincies/{code}/maandoverzicht.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) String maand) {
        Gebruiker g = toegang.huidige();
        maandoverzicht.vereisLezen(g, code);
        Maandoverzicht.Overzicht o = maandoverzicht.van(g, code, maand(maand, g, code));
        List<List<Object>> rijen = new ArrayList<>();
        for (Maandoverzicht.Regel r : o.regels()) {
            rijen.add(Arrays.asList(r.naam(), r.gemeente(), r.taakstelling(), r.additioneleOpgave(), r.standVan(),
                    r.gehuisvest(), r.nogTeHuisvesten(), r.realisatie() == null ? null
                            : java.math.BigDecimal.valueOf(r.realisatie() * 100).setScale(1,
                                    java.math.RoundingMode.HALF_UP), r.koppelingen(), r.omkoppelingen(),
                    r.stapelgemeente() == null ? null : r.stapelgemeente() ? "ja" : "nee"));
        }
        List<Object> totaal = Arrays.asList("Totaal " + o.provincieNaam(), null, o.taakstelling(), null, null,
                o.gehuisvest(), o.taakstelling() - o.gehuisvest(), null, o.koppelingen(), o.omkoppelingen(), null);
        byte[] bestand = Spreadsheet.werkmap().blad("Maandoverzicht " + o.maand(), KOP, rijen, totaal).bytes();
        return Download.bijlage(bestand, Spreadsheet.XLSX, "maandoverzicht-" + code + "-" + o.maand() + ".xlsx");
    }

    /** The month asked for, or the default one; 400 naming {@code maand} for one that is not jjjj-mm. */
    private YearMonth maand(String maand, Gebruiker g, String code) {
        if (maand == null || maand.isBlank()) {
            return maandoverzicht.standaardMaand(g, code, vandaag());
        }
        try {
            YearMonth m = YearMonth.parse(maand.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw new DateTimeParseException("buiten bereik", maand, 0);
            }
            return m;
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("Ongeldige maand.", List.of(new InvalidParam("maand",
                    "een maand als jjjj-mm tussen 2000 en 2100, bijvoorbeeld 2022-05")));
        }
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok.withZone(GebiedService.TIJDZONE));
    }
}
