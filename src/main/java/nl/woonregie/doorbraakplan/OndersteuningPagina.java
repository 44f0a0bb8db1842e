package nl.woonregie.doorbraakplan;

import static nl.woonregie.doorbraakplan.Formulierjson.aangevuld;
import static nl.woonregie.doorbraakplan.Formulierjson.bedrag;
import static nl.woonregie.doorbraakplan.Formulierjson.geheel;
import static nl.woonregie.doorbraakplan.Formulierjson.leeg;
import static nl.woonregie.doorbraakplan.Formulierjson.tekst;
import static nl.woonregie.doorbraakplan.Formulierjson.totLaatste;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsberekening;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningssoort;
import nl.woonregie.doorbraakplan.ondersteuning.Tariefsoort;
import nl.woonregie.doorbraakplan.ondersteuning.Wonen;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The programme team's page to try the support computation ({@code /gemeenten/{code}/ondersteuning}): a form with the
 * plan's lines, own tariffs and cover per year shaped as the API's request (so the service's invalid fields are the
 * form's property paths, {@code regels[1].vanKwartaal}), the result above the form in Dutch amounts, and the result as
 * XLSX. One call to {@link Ondersteuningsberekeningen}, as the API; nothing is stored.
 */
@Controller
class OndersteuningPagina {

    static final int REGELS = 5;
    static final int TARIEVEN = 2;
    static final int DEKKING = 3;

    /** A line of the form, as typed. */
    public record RegelRij(String project, String soort, String dienst, String wonen, String personen,
            String vanKwartaal, String totKwartaal, String kwartaal, String bedragPerJaar) {

        static RegelRij leeg() {
            return new RegelRij(null, null, null, null, null, null, null, null, null);
        }

        boolean isLeeg() {
            return Stream.of(project, soort, dienst, wonen, personen, vanKwartaal, totKwartaal, kwartaal,
                    bedragPerJaar).allMatch(Formulierjson::leeg);
        }
    }

    /** An own tariff, as typed. */
    public record TariefRij(String soort, String bedrag, String geldigVanaf) {

        boolean isLeeg() {
            return Stream.of(soort, bedrag, geldigVanaf).allMatch(Formulierjson::leeg);
        }
    }

    /** Cover in a year, as typed. */
    public record DekkingRij(String jaar, String bron, String bedrag) {

        boolean isLeeg() {
            return Stream.of(jaar, bron, bedrag).allMatch(Formulierjson::leeg);
        }
    }

    /** The form, with at least its fixed number of rows of each kind. */
    public record Formulier(List<RegelRij> regels, List<TariefRij> tarieven, List<DekkingRij> dekking) {

        public Formulier {
            regels = aangevuld(regels, REGELS, RegelRij.leeg());
            tarieven = aangevuld(tarieven, TARIEVEN, new TariefRij(null, null, null));
            dekking = aangevuld(dekking, DEKKING, new DekkingRij(null, null, null));
        }

        /** The memo's example: Leeghwaterplein and the location management of all locations, cover 2022. */
        static Formulier voorbeeld() {
            return new Formulier(List.of(
                    new RegelRij("Leeghwaterplein", "WOONBEGELEIDING", "OCW", "ONZELFSTANDIG", "40", "2022-Q4",
                            "2027-Q4", null, null),
                    new RegelRij("Leeghwaterplein", "DOORSTROOMBEGELEIDING", "DSO", null, "40", null, null, "2027-Q3",
                            null),
                    new RegelRij("Alle locaties", "LOCATIEMANAGEMENT", "DPZ", null, null, "2023-Q1", "2027-Q4", null,
                            "60.000,00")),
                    List.of(), List.of(new DekkingRij("2022", "Retraiteclaim 2022", "44.400,00")));
        }

        /** The API's request: the gemeente, and the rows up to the last one filled in (a gap is named). */
        JsonNode verzoek(String gemeente) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode root = f.objectNode();
            root.put("gemeente", gemeente);
            var regelsNode = root.putArray("regels");
            for (RegelRij r : totLaatste(regels, RegelRij::isLeeg)) {
                ObjectNode n = regelsNode.addObject();
                tekst(n, "project", r.project());
                tekst(n, "soort", r.soort());
                tekst(n, "dienst", r.dienst());
                tekst(n, "wonen", r.wonen());
                geheel(n, "personen", r.personen());
                tekst(n, "vanKwartaal", r.vanKwartaal());
                tekst(n, "totKwartaal", r.totKwartaal());
                tekst(n, "kwartaal", r.kwartaal());
                bedrag(n, "bedragPerJaar", r.bedragPerJaar());
            }
            List<TariefRij> eigen = totLaatste(tarieven, TariefRij::isLeeg);
            if (!eigen.isEmpty()) {
                var lijst = root.putArray("tarieven");
                for (TariefRij t : eigen) {
                    ObjectNode n = lijst.addObject();
                    tekst(n, "soort", t.soort());
                    bedrag(n, "bedrag", t.bedrag());
                    tekst(n, "geldigVanaf", t.geldigVanaf());
                }
            }
            List<DekkingRij> cover = totLaatste(dekking, DekkingRij::isLeeg);
            if (!cover.isEmpty()) {
                var lijst = root.putArray("dekking");
                for (DekkingRij d : cover) {
                    ObjectNode n = lijst.addObject();
                    geheel(n, "jaar", d.jaar());
                    tekst(n, "bron", d.bron());
                    bedrag(n, "bedrag", d.bedrag());
                }
            }
            return root;
        }

    }

    private final Ondersteuningsberekeningen berekeningen;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final Afdelingen afdelingen;

    OndersteuningPagina(Ondersteuningsberekeningen berekeningen, GebiedService gebied, Toegang toegang,
            Afdelingen afdelingen) {
        this.afdelingen = afdelingen;
        this.berekeningen = berekeningen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/ondersteuning")
    String pagina(@PathVariable String code, @RequestParam(required = false) String voorbeeld, Model model) {
        berekeningen.vereisRekenen(toegang.huidige(), code);
        model.addAttribute("formulier", "ja".equals(voorbeeld) ? Formulier.voorbeeld()
                : new Formulier(null, null, null));
        return pagina(code, model);
    }

    @PostMapping("/gemeenten/{code}/ondersteuning")
    String berekenen(@PathVariable String code, @ModelAttribute("formulier") Formulier f, BindingResult fouten,
            Model model) {
        Ondersteuningsberekening b = bereken(code, f, fouten, model);
        if (b != null) {
            model.addAttribute("berekening", b);
        }
        return pagina(code, model);
    }

    @PostMapping("/gemeenten/{code}/ondersteuning/berekening.xlsx")
    Object xlsx(@PathVariable String code, @ModelAttribute("formulier") Formulier f, BindingResult fouten,
            Model model) {
        Ondersteuningsberekening b = bereken(code, f, fouten, model);
        if (b == null) {
            return pagina(code, model);
        }
        return xlsx(b);
    }

    private Ondersteuningsberekening bereken(String code, Formulier f, BindingResult fouten, Model model) {
        Gebruiker g = berekeningen.vereisRekenen(toegang.huidige(), code);
        try {
            return berekeningen.bereken(g, f.verzoek(code));
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            return null;
        }
    }

    private String pagina(String code, Model model) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("soorten", Ondersteuningssoort.values());
        model.addAttribute("woonvormen", Wonen.values());
        model.addAttribute("tariefsoorten", Tariefsoort.values());
        model.addAttribute("standaardtarieven", berekeningen.standaardtarieven().alle());
        // the municipality's register of departments names the codes typed (a code not in it is shown as typed)
        Map<String, String> diensten = new LinkedHashMap<>();
        Gebruiker g = toegang.huidige();
        if (Steuntoegang.zicht(g, code).isPresent()) {
            afdelingen.vanGemeente(g, code).forEach(a -> diensten.put(a.code(), a.naam()));
        }
        model.addAttribute("diensten", diensten);
        return "doorbraakplan/ondersteuning";
    }

    static ResponseEntity<byte[]> xlsx(Ondersteuningsberekening b) {
        Function<BigDecimal, Spreadsheet.Bedrag> eur = Spreadsheet.Bedrag::new;
        byte[] inhoud = Spreadsheet.werkmap()
                .blad("Per jaar", List.of("Jaar", "Kosten", "Gedekt", "Ongedekt"),
                        b.perJaar().stream().map(j -> List.<Object>of(j.jaar(), eur.apply(j.kosten()),
                                eur.apply(j.gedekt()), eur.apply(j.ongedekt()))).toList(),
                        List.of("Totaal", eur.apply(b.totaal()),
                                eur.apply(som(b.perJaar().stream().map(Ondersteuningsberekening.Jaar::gedekt))),
                                eur.apply(som(b.perJaar().stream().map(Ondersteuningsberekening.Jaar::ongedekt)))))
                .blad("Per dienst", List.of("Dienst", "Jaar", "Kosten"),
                        b.perDienst().stream().map(d -> List.<Object>of(d.dienst(), d.jaar(), eur.apply(d.kosten())))
                                .toList())
                .blad("Per project", List.of("Project", "Kosten"),
                        b.perProject().stream().map(p -> List.<Object>of(p.project(), eur.apply(p.kosten()))).toList(),
                        List.of("Totaal", eur.apply(b.totaal())))
                .blad("Per regel", List.of("Regel", "Project", "Soort", "Kosten", "Per maand"),
                        regels(b, eur))
                .bytes();
        return Download.bijlage(inhoud, Spreadsheet.XLSX, "ondersteuning.xlsx");
    }

    private static List<List<Object>> regels(Ondersteuningsberekening b, Function<BigDecimal, Spreadsheet.Bedrag> eur) {
        List<List<Object>> rijen = new ArrayList<>();
        for (int i = 0; i < b.perRegel().size(); i++) {
            Ondersteuningsberekening.RegelKosten r = b.perRegel().get(i);
            List<Object> rij = new ArrayList<>(List.of(i + 1, r.project(), Labels.van(r.soort()),
                    eur.apply(r.kosten())));
            rij.add(r.perMaand() == null ? "" : eur.apply(r.perMaand()));
            rijen.add(rij);
        }
        return rijen;
    }

    static BigDecimal som(Stream<BigDecimal> bedragen) {
        return bedragen.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

}
