package nl.woonregie.verhuisbox.rapportage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Verhuisbox figures as API: the report of a period (figures with their definitions, the reconciliation checks,
 * budget per pot), the drill-down of one figure (the cases behind the number, logged as reads), and the annual
 * report as XLSX. The report is for the COORDINATOR and (read-only, aggregates only) the CONSULENT; the drill-down
 * shows case numbers and is for the COORDINATOR, who may read every case of the team. Only translates.
 */
@RestController
@Tag(name = "Verhuisbox rapportage", description = "Cijfers over een periode met één definitie per cijfer; elk "
        + "cijfer is te openen tot de casussen erachter (het aantal is de grootte van die lijst).")
class RapportageController {

    static final String API = "/api/v1/verhuisbox/rapportage";

    private final VerhuisboxToegang toegang;
    private final Rapportage rapportage;

    RapportageController(VerhuisboxToegang toegang, Rapportage rapportage) {
        this.toegang = toegang;
        this.rapportage = rapportage;
    }

    @GetMapping(API)
    @Operation(summary = "De cijfers van een periode [van, tot] (beide dagen inbegrepen) voor het eigen team, met de "
            + "definitie van elk cijfer, de sluitcontroles en het budget per pot (COORDINATOR, CONSULENT)")
    Map<String, Object> rapport(
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", format = "date")) String van,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", format = "date")) String tot) {
        Gebruiker g = toegang.huidige();
        Rapportage.Rapport r = rapportage.rapport(g, van, tot);
        return json(r, rapportage.aannames(r.periode()), g.heeft(Rol.COORDINATOR));
    }

    @GetMapping(API + "/{figuur}/casussen")
    @Operation(summary = "De casussen achter een cijfer (eventueel van één sleutel, zoals een reden of gemeente): "
            + "dezelfde definitie als het cijfer; elke getoonde casus wordt gelogd als inzage (COORDINATOR)")
    Map<String, Object> casussen(@PathVariable String figuur,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", format = "date")) String van,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", format = "date")) String tot,
            @RequestParam(required = false) String sleutel) {
        Rapportage.Uitsplitsing u = rapportage.casussen(toegang.huidige(), figuur, van, tot, sleutel, "rapportage");
        Periode p = u.periode();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figuur", u.figuur());
        m.put("van", p.van());
        m.put("tot", p.tot());
        m.put("sleutel", u.sleutel());
        m.put("sleutelLabel", u.sleutelLabel());
        m.put("waarde", u.waarde());
        m.put("aantal", u.casussen().size());
        m.put("casussen", u.casussen());
        return m;
    }

    @GetMapping(API + "/jaar/{jaar}/jaarverslag.xlsx")
    @Operation(summary = "Het jaarverslag als XLSX: kerncijfers met legenda, redenen, bestemmingen, geld per pot, "
            + "enquête en nazorg, sluitcontroles (COORDINATOR, CONSULENT)")
    @ApiResponse(responseCode = "200", description = "Het jaarverslag als XLSX",
            content = @Content(mediaType = Spreadsheet.XLSX,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> jaarXlsx(@PathVariable int jaar) {
        Rapportage.Rapport r = rapportage.jaarrapport(toegang.huidige(), jaar);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("verhuisbox-jaarcijfers-" + jaar + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType(Spreadsheet.XLSX)).body(xlsx(r, rapportage.aannames(r.periode())));
    }

    /**
     * The annual report's earlier address ({@code …/jaar/2025.xlsx}), kept for clients that use it; left out of the
     * OpenAPI document (an extension right after a path variable is no valid path there) and listed in docs/api.md.
     */
    @Hidden
    @GetMapping(API + "/jaar/{jaar}.xlsx")
    ResponseEntity<byte[]> jaarXlsxOudAdres(@PathVariable int jaar) {
        return jaarXlsx(jaar);
    }

    /** The report as JSON: every figure with its definition, and (for the coordinator) the drill-down link. */
    static Map<String, Object> json(Rapportage.Rapport r, List<Rapportage.Aanname> aannames, boolean metLinks) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("team", r.teamNaam());
        m.put("van", r.periode().van());
        m.put("tot", r.periode().tot());
        List<Map<String, Object>> cijfers = new ArrayList<>();
        for (Rapportage.Cijfer c : r.cijfers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", c.figuur().code());
            x.put("titel", c.figuur().titel());
            x.put("definitie", c.figuur().legenda());
            x.put("verzameling", c.figuur().verzameling());
            x.put("aggregaat", c.figuur().aggregaat());
            x.put("eenheid", c.figuur().eenheid());
            x.put("beschikbaar", c.beschikbaar());
            x.put("waarde", c.waarde());
            x.put("casussen", c.casussen());
            if (metLinks && c.beschikbaar()) {
                x.put("casussenUrl", link(c.figuur().code(), r.periode(), null));
            }
            if (!c.delen().isEmpty()) {
                List<Map<String, Object>> delen = new ArrayList<>();
                for (Rapportage.Deel d : c.delen()) {
                    Map<String, Object> y = new LinkedHashMap<>();
                    y.put("sleutel", d.sleutel());
                    y.put("label", d.label());
                    y.put("waarde", d.waarde());
                    y.put("casussen", d.casussen());
                    if (metLinks) {
                        y.put("casussenUrl", link(c.figuur().code(), r.periode(), d.sleutel()));
                    }
                    delen.add(y);
                }
                x.put("delen", delen);
            }
            cijfers.add(x);
        }
        m.put("cijfers", cijfers);
        m.put("controles", r.controles());
        m.put("potten", r.potten());
        m.put("aannames", aannames);
        return m;
    }

    static String link(String figuur, Periode p, String sleutel) {
        return API + "/" + figuur + "/casussen?van=" + p.van() + "&tot=" + p.tot()
                // a space as %20, not as the form encoding's "+", which not every client decodes in a query (a
                // literal "+" is %2B either way): "Zilveren Toren" as a key of GEHUISVEST_PER_OPVANG
                + (sleutel == null ? "" : "&sleutel=" + java.net.URLEncoder.encode(sleutel,
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static final List<String> KOP_KERN = List.of("Code", "Cijfer", "Waarde", "Eenheid", "Casussen (drill-down)",
            "Definitie");

    /** The columns of the derived success rate per referring organisation (Rapportage.slagingPerOrganisatie). */
    static final List<String> KOP_SLAGING = List.of("Aanmeldende organisatie", "Aangemeld in de periode",
            "Gehuisvest in de periode", "Slagingspercentage (afgeleid: gehuisvest ÷ aangemeld; — zonder aanmeldingen)");

    /** The annual report workbook. */
    static byte[] xlsx(Rapportage.Rapport r, List<Rapportage.Aanname> aannames) {
        List<List<?>> kern = new ArrayList<>();
        List<List<?>> redenen = new ArrayList<>();
        List<List<?>> bestemmingen = new ArrayList<>();
        List<List<?>> enquete = new ArrayList<>();
        List<List<?>> uitsplitsingen = new ArrayList<>();
        for (Rapportage.Cijfer c : r.cijfers()) {
            Figuren.Figuur f = c.figuur();
            kern.add(Arrays.asList(f.code(), f.titel(), c.beschikbaar() ? c.waarde() : "niet beschikbaar",
                    f.eenheid(), c.casussen(), f.legenda()));
            for (Rapportage.Deel d : c.delen()) {
                List<?> rij = Arrays.asList(f.code(), d.sleutel(), d.label(), d.waarde(), d.casussen());
                switch (f.code()) {
                    case "GEWEIGERD_PER_REDEN", "GESTOPT_PER_REDEN", "GESTOPT_PER_FASE" -> redenen.add(rij);
                    case "BESTEMMING_PER_PROVINCIE", "BESTEMMING_PER_GEMEENTE", "VERHUISD_PER_GEBIED" ->
                            bestemmingen.add(rij);
                    case "ENQUETE_GEMIDDELDE_PER_VRAAG", "NAZORG_VASTGELEGD", "NAZORG_WOONT_ER_NOG" -> enquete.add(rij);
                    default -> uitsplitsingen.add(rij);
                }
            }
        }
        List<List<?>> slaging = new ArrayList<>();
        for (Rapportage.Slaging x : Rapportage.slagingPerOrganisatie(r)) {
            slaging.add(Arrays.asList(x.organisatie(), x.aangemeld(), x.gehuisvest(), x.weergave()));
        }
        List<List<?>> potten = new ArrayList<>();
        for (Rapportage.Pot p : r.potten()) {
            potten.add(Arrays.asList(p.jaar(), p.code(), p.naam(), p.budget(), p.betaaldInPeriode(),
                    p.betaaldTotaal(), p.budget().subtract(p.betaaldTotaal()), p.binnenBudget() ? "✓ binnen budget"
                            : p.overschrijdingVastgelegd() ? "✓ overschreden met vastgelegde toestemming"
                                    : "✗ overschreden zonder vastgelegde toestemming"));
        }
        List<List<?>> controles = new ArrayList<>();
        for (Rapportage.Controle c : r.controles()) {
            controles.add(Arrays.asList(c.code(), c.omschrijving(), c.klopt() ? "✓ klopt" : "✗ klopt niet",
                    c.toelichting()));
        }
        List<List<?>> legenda = new ArrayList<>();
        legenda.add(Arrays.asList("Periode", r.periode().van() + " tot en met " + r.periode().tot()
                + " (Nederlandse tijd), team " + r.teamNaam()));
        legenda.add(Arrays.asList("Regel", "Elk cijfer heeft één definitie; het aantal is het aantal casussen in de "
                + "drill-down (API: " + API + "/{code}/casussen)."));
        for (Figuren.Figuur f : Figuren.FIGUREN) {
            legenda.add(Arrays.asList(f.code(), f.titel() + ": " + f.legenda()));
        }
        List<String> kopDeel = List.of("Cijfer", "Sleutel", "Omschrijving", "Waarde", "Casussen");
        List<List<?>> normen = new ArrayList<>();
        for (Rapportage.Aanname a : aannames) {
            normen.add(Arrays.asList(a.omschrijving(), a.bedrag() == null ? "geen norm bekend (€ 0)" : a.bedrag(),
                    a.bron()));
        }
        return Spreadsheet.werkmap()
                .blad("Kerncijfers", KOP_KERN, kern)
                .blad("Legenda", List.of("Code", "Definitie"), legenda)
                .blad("Controles", List.of("Controle", "Omschrijving", "Uitkomst", "Toelichting"), controles)
                .blad("Redenen", kopDeel, redenen)
                .blad("Bestemmingen", kopDeel, bestemmingen)
                .blad("Uitsplitsingen", kopDeel, uitsplitsingen)
                .blad("Slaging per organisatie", KOP_SLAGING, slaging)
                .blad("Geld per pot", List.of("Jaar", "Pot", "Naam", "Budget", "Betaald in periode",
                        "Betaald totaal", "Resterend", "Controle"), potten)
                .blad("Enquête en nazorg", kopDeel, enquete)
                .blad("Aannames schattingen", List.of("Soort inkomen", "Jaarnorm (euro)", "Bron"), normen)
                .bytes();
    }
}
