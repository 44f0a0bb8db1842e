package nl.woonregie.verdeling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.Labels;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of the distribution: compute a half-year's distribution and see it (Dutch numbers), download it as XLSX,
 * compare it with the stored taakstellingen of its period and store it. Forms are read as typed; the services judge
 * access and input, as for the API, and their invalid fields are shown at the form's fields.
 */
@Controller
class VerdelingPagina {

    /** The distribution's form (sent with GET: computing stores nothing, and the address can be kept). */
    public record VerdelingFormulier(String periode, String landelijk, String afronding) {
    }

    /** The comparison and storing form: the distribution, the province, a reason, and whether to replace. */
    public record VastleggingFormulier(String periode, String landelijk, String afronding, String provincie,
            String reden, String vervangen) {
    }

    /** A Dutch whole number with thousands separators: 18.750. */
    private static final Pattern DUIZENDTALLEN = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private final VerdelingService verdeling;
    private final Verdelingen verdelingen;
    private final GebiedService gebied;
    private final Toegang toegang;

    VerdelingPagina(VerdelingService verdeling, Verdelingen verdelingen, GebiedService gebied, Toegang toegang) {
        this.verdeling = verdeling;
        this.verdelingen = verdelingen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/verdeling")
    String verdeling(@ModelAttribute("verdeling") VerdelingFormulier f, BindingResult fouten, Model model) {
        Gebruiker g = verdeling.vereisBerekenen(toegang.huidige());
        model.addAttribute("vastgelegd", verdelingen.lijst(g, null).stream().limit(10).toList());
        model.addAttribute("beheerder", g.heeft(Rol.BEHEERDER));
        model.addAttribute("afspraken", Herverdelingen.magVastleggen(g));
        model.addAttribute("provincienamen", provincienamen());
        if (leeg(f.periode()) && leeg(f.landelijk())) {
            return "verdeling/verdeling";
        }
        try {
            Verdeling v = verdeling.bereken(g, f.periode(), getal(f.landelijk()), f.afronding());
            model.addAttribute("uitkomst", v);
            model.addAttribute("herindelingen", v.gemeenten().stream()
                    .filter(x -> x.inwonersBron() != Inwonersbron.CBS).count());
            model.addAttribute("xlsx", adres("/verdeling/taakstellingen.xlsx", v.periode(), v.landelijk(),
                    v.afronding(), null));
            model.addAttribute("vergelijking", adres("/verdeling/vergelijking", v.periode(), v.landelijk(),
                    v.afronding(), null));
        } catch (ApiException e) {
            toon(e, fouten, model);
        }
        return "verdeling/verdeling";
    }

    @GetMapping("/verdeling/taakstellingen.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute VerdelingFormulier f) {
        verdeling.vereisBerekenen(toegang.huidige());
        VerdelingService.Berekening b = verdeling.berekening(f.periode(), getal(f.landelijk()), f.afronding());
        Verdeling v = b.verdeling();
        List<List<?>> rijen = new ArrayList<>();
        for (Verdeling.Gemeente gm : v.gemeenten()) {
            rijen.add(List.of(gm.code(), gm.naam(), gm.provincie().naam(), gm.inwoners(), Labels.van(gm.inwonersBron()),
                    gm.kenmerk() == null ? "" : gm.kenmerk(), gm.taakstelling()));
        }
        List<List<?>> invoer = List.of(
                List.of("Periode", v.periode()),
                List.of("Landelijk aantal vergunninghouders (vg)", v.landelijk()),
                List.of("Afronding", Labels.van(v.afronding())),
                List.of("Bron van de afronding", b.vraag().afrondingGevraagd()
                        ? "gekozen bij het berekenen; de parameter van de periode is "
                                + Labels.inZin(b.vraag().afrondingsparameter().waarde()) + " ("
                                + b.vraag().afrondingsparameter().bron() + ")"
                        : b.vraag().afrondingsparameter().bron()),
                List.of("Peildatum van de bevolking", v.peildatumBevolking()),
                List.of("Bevolkingscijfers van", b.vraag().bevolkingsparameter().waarde().instantie()),
                List.of("Bron van de bevolkingscijfers", b.vraag().bevolkingsparameter().bron()),
                List.of("Inwoners van Nederland (iN)", v.inwonersNederland()),
                List.of("Aantal gemeenten", v.gemeenten().size()),
                List.of("Som van de taakstellingen", v.som()),
                List.of("Berekend op", gebied.vandaag()));
        byte[] bestand = Spreadsheet.werkmap()
                .blad("Verdeling " + v.periode(), List.of("Code", "Gemeente", "Provincie", "Inwoners (iG)",
                        "Herkomst inwoners", "Kenmerk besluit GS", "Taakstelling"), rijen,
                        List.of("Totaal", "", "", "", "", "", v.som()))
                .blad("Invoer", List.of("Gegeven", "Waarde"), invoer)
                .bytes();
        return Download.bijlage(bestand, Spreadsheet.XLSX, "verdeling-" + v.periode() + ".xlsx");
    }

    @GetMapping("/verdeling/vergelijking")
    String vergelijking(@ModelAttribute("vastlegging") VastleggingFormulier f, BindingResult fouten, Model model) {
        Gebruiker g = verdelingen.vereisLezen(toegang.huidige());
        if (leeg(f.periode()) && leeg(f.landelijk())) {
            return "redirect:/verdeling"; // nothing to compare yet: compute a distribution first
        }
        vulVergelijking(g, f, fouten, model);
        return "verdeling/vergelijking";
    }

    @PostMapping("/verdeling/vastleggen")
    String vastleggen(@ModelAttribute("vastlegging") VastleggingFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = verdelingen.vereisVastleggen(toegang.huidige());
        try {
            VastgelegdeVerdeling v = verdelingen.vastleggen(g, f.periode(), getal(f.landelijk()), f.afronding(),
                    f.provincie(), f.reden(), "ja".equals(f.vervangen()), Client.van(request));
            redirect.addFlashAttribute("melding", "De verdeling van " + v.periode() + " is vastgelegd als "
                    + "taakstellingen: " + v.nieuw() + " nieuw, " + v.gewijzigd() + " gewijzigd (nieuwe versie), "
                    + v.ongewijzigd() + " ongewijzigd.");
            return "redirect:" + adres("/verdeling/vergelijking", v.periode(), v.landelijk(), v.afronding(),
                    v.provincie());
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                int aantal = e.bevindingen() == null ? 0 : e.bevindingen().size();
                model.addAttribute("geweigerd", nl.woonregie.platform.web.Weergave.telling(aantal, "gemeente heeft",
                        "gemeenten hebben") + " al een andere taakstelling voor " + f.periode()
                        + "; er is niets opgeslagen.");
            } else if (e.status().value() == 400) {
                toon(e, fouten, model);
            } else {
                throw e;
            }
        }
        vulVergelijking(g, f, null, model);
        return "verdeling/vergelijking";
    }

    private void vulVergelijking(Gebruiker g, VastleggingFormulier f, BindingResult fouten, Model model) {
        boolean landelijk = g.heeft(Rol.BEHEERDER, Rol.RIJK);
        model.addAttribute("provincies", landelijk ? gebied.provincies()
                : g.provincies(Rol.TOEZICHTHOUDER).stream().map(gebied::provincie).flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute("alleGemeenten", landelijk);
        model.addAttribute("magVastleggen", Verdelingen.magVastleggen(g));
        model.addAttribute("magAlleVastleggen", g.heeft(Rol.BEHEERDER));
        try {
            Vergelijking v = verdelingen.vergelijk(g, f.periode(), getal(f.landelijk()), f.afronding(), f.provincie());
            model.addAttribute("uitkomst", v);
            model.addAttribute("afwijkend", v.gemeenten().stream().filter(Vergelijking.Regel::afwijkend).toList());
            model.addAttribute("terug", adres("/verdeling", v.periode(), v.landelijk(), v.afronding(), null));
        } catch (ApiException e) {
            if (fouten == null && e.status().value() == 400) {
                return; // after a refused storing form, whose errors are shown already
            }
            toon(e, fouten, model);
        }
    }

    private java.util.Map<String, String> provincienamen() {
        java.util.Map<String, String> namen = new java.util.HashMap<>();
        gebied.provincies().forEach(p -> namen.put(p.code(), p.naam()));
        return namen;
    }

    /** The page's address with the distribution's parameters (a province only when given). */
    static String adres(String pad, String periode, long landelijk, Afronding afronding, String provincie) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(pad).queryParam("periode", periode)
                .queryParam("landelijk", landelijk).queryParam("afronding", afronding.name());
        if (provincie != null) {
            b.queryParam("provincie", provincie);
        }
        return b.build().encode().toUriString();
    }

    /** The national number as the service reads it: "18.750" (Dutch thousands) is 18750. */
    static String getal(String tekst) {
        if (tekst == null) {
            return null;
        }
        String t = tekst.strip().replace(" ", "").replace("\u00a0", "");
        return DUIZENDTALLEN.matcher(t).matches() ? t.replace(".", "") : t;
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    private static void toon(ApiException e, BindingResult fouten, Model model) {
        if (e.status().value() != 400) {
            throw e;
        }
        Bindingfouten.voegToe(fouten, e);
        model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
    }
}
