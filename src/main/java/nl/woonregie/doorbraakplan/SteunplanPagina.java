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

import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningssoort;
import nl.woonregie.doorbraakplan.ondersteuning.Tariefsoort;
import nl.woonregie.doorbraakplan.ondersteuning.Wonen;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pages of a municipality's stored support: the overview of its plans ({@code /gemeenten/{code}/steunplannen},
 * per year covered and uncovered, incidental and structural, per department, per project; XLSX; a printable PDF/A per
 * department), a plan's page with its form ({@code …/steunplannen/{plan}}), the register of departments
 * ({@code /gemeenten/{code}/afdelingen}) and the tariff table ({@code /gemeenten/{code}/steuntarieven}). Forms are
 * shaped as the API's requests, so the services' invalid fields are the forms' property paths.
 */
@Controller
class SteunplanPagina {

    static final int REGELS = 8;
    static final int DEKKING = 4;
    static final int TARIEVEN = 8;
    private static final Weergave NL = new Weergave();

    /** A line of the plan's form, as typed. */
    public record RegelRij(String soort, String dienst, String wonen, String personen, String vanKwartaal,
            String totKwartaal, String kwartaal, String bedragPerJaar) {

        boolean isLeeg() {
            return Stream.of(soort, dienst, wonen, personen, vanKwartaal, totKwartaal, kwartaal, bedragPerJaar)
                    .allMatch(Formulierjson::leeg);
        }
    }

    /** Cover of the plan's form, as typed. */
    public record DekkingRij(String jaar, String bron, String bedrag, String dienst) {

        boolean isLeeg() {
            return Stream.of(jaar, bron, bedrag, dienst).allMatch(Formulierjson::leeg);
        }
    }

    /** The plan's form, with at least its fixed number of rows. */
    public record Formulier(String versie, List<RegelRij> regels, List<DekkingRij> dekking, String reden) {

        public Formulier {
            regels = aangevuld(regels, REGELS, new RegelRij(null, null, null, null, null, null, null, null));
            dekking = aangevuld(dekking, DEKKING, new DekkingRij(null, null, null, null));
        }

        static Formulier van(Steunplan p) {
            return new Formulier(Integer.toString(p.versie()), p.regels().stream().map(r -> new RegelRij(r.soort(),
                    r.dienst(), r.wonen(), r.personen() == null ? null : Long.toString(r.personen()), r.vanKwartaal(),
                    r.totKwartaal(), r.kwartaal(), r.bedragPerJaar() == null ? null : NL.invoer(r.bedragPerJaar())))
                    .toList(), p.dekking().stream().map(d -> new DekkingRij(Integer.toString(d.jaar()), d.bron(),
                    NL.invoer(d.bedrag()), d.dienst())).toList(), null);
        }

        JsonNode verzoek() {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            geheel(root, "versie", versie);
            tekst(root, "reden", reden);
            var r = root.putArray("regels");
            for (RegelRij x : totLaatste(regels, RegelRij::isLeeg)) {
                ObjectNode n = r.addObject();
                tekst(n, "soort", x.soort());
                tekst(n, "dienst", x.dienst());
                tekst(n, "wonen", x.wonen());
                geheel(n, "personen", x.personen());
                tekst(n, "vanKwartaal", x.vanKwartaal());
                tekst(n, "totKwartaal", x.totKwartaal());
                tekst(n, "kwartaal", x.kwartaal());
                bedrag(n, "bedragPerJaar", x.bedragPerJaar());
            }
            var d = root.putArray("dekking");
            for (DekkingRij x : totLaatste(dekking, DekkingRij::isLeeg)) {
                ObjectNode n = d.addObject();
                geheel(n, "jaar", x.jaar());
                tekst(n, "bron", x.bron());
                bedrag(n, "bedrag", x.bedrag());
                tekst(n, "dienst", x.dienst());
            }
            return root;
        }
    }

    /** A department as typed. */
    public record AfdelingFormulier(String code, String naam, String reden) {
    }

    /** A tariff of the table's form, as typed. */
    public record TariefRij(String soort, String bedrag, String geldigVanaf, String bron) {

        boolean isLeeg() {
            return Stream.of(soort, bedrag, geldigVanaf, bron).allMatch(Formulierjson::leeg);
        }
    }

    /** The tariff table's form. */
    public record TarievenFormulier(String versie, List<TariefRij> tarieven, String reden) {

        public TarievenFormulier {
            tarieven = aangevuld(tarieven, TARIEVEN, new TariefRij(null, null, null, null));
        }

        static TarievenFormulier van(Steuntarieftabel t) {
            return new TarievenFormulier(Integer.toString(t.versie()), t.tarieven().stream().map(w -> new TariefRij(
                    w.soort().name(), NL.invoer(w.bedrag()), w.geldigVanaf().toString(), w.bron())).toList(), null);
        }

        JsonNode verzoek() {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            geheel(root, "versie", versie);
            tekst(root, "reden", reden);
            var l = root.putArray("tarieven");
            for (TariefRij x : totLaatste(tarieven, TariefRij::isLeeg)) {
                ObjectNode n = l.addObject();
                tekst(n, "soort", x.soort());
                bedrag(n, "bedrag", x.bedrag());
                tekst(n, "geldigVanaf", x.geldigVanaf());
                tekst(n, "bron", x.bron());
            }
            return root;
        }
    }

    private final Steunplannen plannen;
    private final Steuntarieven tarieven;
    private final Afdelingen afdelingen;
    private final Steuntoegang steuntoegang;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final ITemplateEngine templates;

    SteunplanPagina(Steunplannen plannen, Steuntarieven tarieven, Afdelingen afdelingen, Steuntoegang steuntoegang,
            GebiedService gebied, Toegang toegang, ITemplateEngine templates) {
        this.plannen = plannen;
        this.tarieven = tarieven;
        this.afdelingen = afdelingen;
        this.steuntoegang = steuntoegang;
        this.gebied = gebied;
        this.toegang = toegang;
        this.templates = templates;
    }

    // --- overview

    @GetMapping("/gemeenten/{code}/steunplannen")
    String overzicht(@PathVariable String code, Model model) {
        Gebruiker g = toegang.huidige();
        Steunoverzicht o = plannen.overzicht(g, code);
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("o", o);
        model.addAttribute("zicht", steuntoegang.vereisLezen(g, code));
        model.addAttribute("afdelingen", afdelingen.vanGemeente(g, code));
        model.addAttribute("diensten", dienstnamen(g, code));
        return "doorbraakplan/steunplannen";
    }

    @GetMapping("/gemeenten/{code}/steunplannen.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code) {
        Gebruiker g = toegang.huidige();
        Steunoverzicht o = plannen.overzicht(g, code);
        Map<String, String> namen = dienstnamen(g, code);
        Function<BigDecimal, Spreadsheet.Bedrag> eur = Spreadsheet.Bedrag::new;
        var b = o.berekening();
        var werkmap = Spreadsheet.werkmap()
                .blad("Per jaar", List.of("Jaar", "Kosten", "Incidenteel", "Structureel", "Gedekt", "Ongedekt"),
                        o.perJaar().stream().map(j -> List.<Object>of(j.jaar(), eur.apply(j.kosten()),
                                eur.apply(j.incidenteel()), eur.apply(j.structureel()), eur.apply(j.gedekt()),
                                eur.apply(j.ongedekt()))).toList(),
                        List.of("Totaal", eur.apply(som(o.perJaar().stream().map(Steunoverzicht.Jaar::kosten))),
                                eur.apply(som(o.perJaar().stream().map(Steunoverzicht.Jaar::incidenteel))),
                                eur.apply(som(o.perJaar().stream().map(Steunoverzicht.Jaar::structureel))),
                                eur.apply(som(o.perJaar().stream().map(Steunoverzicht.Jaar::gedekt))),
                                eur.apply(som(o.perJaar().stream().map(Steunoverzicht.Jaar::ongedekt)))))
                .blad("Per dienst", List.of("Dienst", "Jaar", "Kosten"), b == null ? List.of()
                        : b.perDienst().stream().map(d -> List.<Object>of(namen.getOrDefault(d.dienst(), d.dienst()),
                                d.jaar(), eur.apply(d.kosten()))).toList())
                .blad("Per project", List.of("Project", "Versie", "Kosten"), o.plannen().stream()
                        .map(p -> List.<Object>of(p.projectnaam(), p.versie(), eur.apply(p.kosten()))).toList());
        return Download.bijlage(werkmap.bytes(), Spreadsheet.XLSX, "steunplannen-" + code + ".xlsx");
    }

    @GetMapping("/gemeenten/{code}/steunplannen/afdelingen/{afdeling}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String afdeling) {
        Gebruiker g = toegang.huidige();
        Steuntoegang.Zicht z = steuntoegang.vereisLezen(g, code);
        if (!z.ziet(afdeling)) {
            throw Steuntoegang.geenToegang();
        }
        Steunoverzicht o = plannen.overzicht(g, code);
        if (afdelingen.vanGemeente(g, code).stream().noneMatch(a -> a.code().equals(afdeling))) {
            throw ApiException.notFound("De afdeling " + afdeling + " staat niet in het register van "
                    + gebied.naam(code) + ".");
        }
        // the PDF is rendered outside a web request: every text is formatted here (Dutch amounts, labels)
        List<Map<String, Object>> regels = new ArrayList<>();
        List<Map<String, Object>> dekking = new ArrayList<>();
        for (Steunoverzicht.Plan p : o.plannen()) {
            if (p.versie() == 0) {
                continue;
            }
            Steunplan plan = plannen.lees(g, code, p.plan());
            for (int i = 0; i < plan.regels().size(); i++) {
                Steunregel r = plan.regels().get(i);
                if (afdeling.equals(r.dienst())) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("project", plan.projectnaam());
                    m.put("soort", Labels.van("doorbraakplan.ondersteuning.Ondersteuningssoort", r.soort())
                            + (r.wonen() == null ? "" : ", " + Labels.inZin("doorbraakplan.ondersteuning.Wonen",
                            r.wonen())));
                    m.put("personen", r.personen() == null ? "–" : NL.getal(r.personen()));
                    m.put("periode", r.kwartaal() != null ? kwartaal(r.kwartaal())
                            : kwartaal(r.vanKwartaal()) + " tot en met " + kwartaal(r.totKwartaal()));
                    m.put("kosten", Weergave.euro(plan.berekening().perRegel().get(i).kosten()));
                    regels.add(m);
                }
            }
            for (Steundekking d : plan.dekking()) {
                if (afdeling.equals(d.dienst())) {
                    dekking.add(Map.of("project", plan.projectnaam(), "jaar", d.jaar(), "bron", d.bron(),
                            "bedrag", Weergave.euro(d.bedrag())));
                }
            }
        }
        Context context = new Context(Weergave.NL);
        context.setVariable("gemeente", gebied.naam(code));
        context.setVariable("afdeling", afdelingen.naam(code, afdeling));
        context.setVariable("code", afdeling);
        context.setVariable("perJaar", o.berekening() == null ? List.of() : o.berekening().perDienst().stream()
                .filter(d -> d.dienst().equals(afdeling)).map(d -> Map.of("jaar", d.jaar(), "kosten",
                        Weergave.euro(d.kosten()))).toList());
        context.setVariable("regels", regels);
        context.setVariable("dekking", dekking);
        byte[] inhoud = PdfADocument.render(templates.process("doorbraakplan/steunplan-afdeling", context));
        return Download.bijlage(inhoud, "application/pdf", "ondersteuning-" + code + "-" + afdeling + ".pdf");
    }

    // --- a plan

    @GetMapping("/gemeenten/{code}/steunplannen/{plan}")
    String plan(@PathVariable String code, @PathVariable String plan, Model model) {
        Steunplan p = plannen.lees(toegang.huidige(), code, plan);
        model.addAttribute("formulier", Formulier.van(p));
        return planPagina(code, p, model);
    }

    @PostMapping("/gemeenten/{code}/steunplannen/{plan}")
    String vastleggen(@PathVariable String code, @PathVariable String plan,
            @ModelAttribute("formulier") Formulier f, BindingResult fouten, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        steuntoegang.vereisWijzigen(g, code);
        try {
            Steunplan p = plannen.vastleggen(g, code, plan, f.verzoek(), null, Client.van(request));
            redirect.addFlashAttribute("melding", "Het ondersteuningsplan " + p.projectnaam() + " is vastgelegd "
                    + "(versie " + p.versie() + ").");
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
            } else if (e.status().value() == 400) {
                Bindingfouten.voegToe(fouten, e);
                model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
                return planPagina(code, plannen.lees(g, code, plan), model);
            } else {
                throw e;
            }
        }
        return "redirect:/gemeenten/" + code + "/steunplannen/" + plan;
    }

    private String planPagina(String code, Steunplan p, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("p", p);
        model.addAttribute("zicht", steuntoegang.vereisLezen(g, code));
        model.addAttribute("afdelingen", afdelingen.vanGemeente(g, code));
        model.addAttribute("diensten", dienstnamen(g, code));
        model.addAttribute("soorten", Ondersteuningssoort.values());
        model.addAttribute("woonvormen", Wonen.values());
        return "doorbraakplan/steunplan";
    }

    // --- the register of departments

    @GetMapping("/gemeenten/{code}/afdelingen")
    String afdelingen(@PathVariable String code, Model model) {
        model.addAttribute("formulier", new AfdelingFormulier(null, null, null));
        return afdelingenPagina(code, model);
    }

    @PostMapping("/gemeenten/{code}/afdelingen")
    String afdelingVastleggen(@PathVariable String code, @ModelAttribute("formulier") AfdelingFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        steuntoegang.vereisBeheren(g, code);
        try {
            Afdeling a = afdelingen.vastleggen(g, code, f.code() == null ? null : f.code().strip(), f.naam(),
                    f.reden(), Client.van(request));
            redirect.addFlashAttribute("melding", "De afdeling " + a.naam() + " (" + a.code() + ") is vastgelegd.");
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            return afdelingenPagina(code, model);
        }
        return "redirect:/gemeenten/" + code + "/afdelingen";
    }

    private String afdelingenPagina(String code, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("afdelingen", afdelingen.vanGemeente(g, code));
        model.addAttribute("zicht", steuntoegang.vereisLezen(g, code));
        return "doorbraakplan/afdelingen";
    }

    // --- the tariff table

    @GetMapping("/gemeenten/{code}/steuntarieven")
    String tarieven(@PathVariable String code, Model model) {
        Steuntarieftabel t = tarieven.tabel(toegang.huidige(), code);
        model.addAttribute("formulier", TarievenFormulier.van(t));
        return tarievenPagina(code, t, model);
    }

    @PostMapping("/gemeenten/{code}/steuntarieven")
    String tarievenVastleggen(@PathVariable String code, @ModelAttribute("formulier") TarievenFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        steuntoegang.vereisBeheren(g, code);
        try {
            Steuntarieftabel t = tarieven.vastleggen(g, code, f.verzoek(), null, Client.van(request),
                    nieuw -> plannen.toetsTarieven(code, nieuw));
            redirect.addFlashAttribute("melding", "De tarieven zijn vastgelegd (versie " + t.versie() + ").");
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
            } else if (e.status().value() == 400) {
                Bindingfouten.voegToe(fouten, e);
                model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
                return tarievenPagina(code, tarieven.tabel(g, code), model);
            } else {
                throw e;
            }
        }
        return "redirect:/gemeenten/" + code + "/steuntarieven";
    }

    private String tarievenPagina(String code, Steuntarieftabel t, Model model) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("t", t);
        model.addAttribute("zicht", steuntoegang.vereisLezen(toegang.huidige(), code));
        model.addAttribute("tariefsoorten", Tariefsoort.values());
        return "doorbraakplan/steuntarieven";
    }

    // --- helpers

    private Map<String, String> dienstnamen(Gebruiker g, String code) {
        Map<String, String> namen = new LinkedHashMap<>();
        afdelingen.vanGemeente(g, code).forEach(a -> namen.put(a.code(), a.naam()));
        return namen;
    }

    /** 2022-Q4 as "4e kwartaal 2022". */
    static String kwartaal(String k) {
        return k == null ? "" : k.substring(6) + "e kwartaal " + k.substring(0, 4);
    }

    static BigDecimal som(Stream<BigDecimal> bedragen) {
        return bedragen.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

}
