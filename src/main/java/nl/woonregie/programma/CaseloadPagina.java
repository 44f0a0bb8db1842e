package nl.woonregie.programma;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.programma.caseload.Caseloadoverzicht;
import nl.woonregie.programma.caseload.Caseloadregels;
import nl.woonregie.programma.caseload.Inburgeringsroute;
import nl.woonregie.programma.caseload.Leeftijdsband;
import nl.woonregie.programma.caseload.School;
import nl.woonregie.programma.caseload.Statushouder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the integration caseload: the statushouders I may read ({@code /gemeenten/{gemeente}/caseload}, the
 * overdue participatieverklaringen first), a statushouder with the form to change it
 * ({@code /caseload/statushouders/{id}}), the form to register one, and the overview without names with the
 * taakstelling and the yearly figures ({@code /gemeenten/{gemeente}/caseload/overzicht}). {@link Caseload} judges
 * access and input, as for the API, and logs every read of a person; its invalid fields are put at the form's fields
 * and the form is shown again with what was entered.
 */
@Controller
class CaseloadPagina {

    /** A statushouder as typed in the form (checkboxes: "true" when ticked). */
    public record StatushouderFormulier(String naam, String huishouden, String geboortedatum, String aankomstdatum,
            String amv, String participatieverklaring, String inburgeringsroute, String taalniveau,
            String spoorOpleiding, String spoorWerk, String spoorParticipatie, String school,
            String intakeWerkInkomen, String noaAssessment, String casemanager, String uitCaseload,
            String toelichting, String versie) {

        static StatushouderFormulier van(Statushouder s, String casemanager) {
            return new StatushouderFormulier(s.naam(), s.huishouden(), tekst(s.geboortedatum()),
                    tekst(s.aankomstdatum()), vink(s.amv()), tekst(s.participatieverklaring()),
                    s.inburgeringsroute().name(), s.taalniveau(), vink(s.spoorOpleiding()), vink(s.spoorWerk()),
                    vink(s.spoorParticipatie()), s.school().name(), tekst(s.intakeWerkInkomen()),
                    vink(s.noaAssessment()), casemanager, tekst(s.uitCaseload()), s.toelichting(),
                    Integer.toString(s.versie()));
        }

        private static String tekst(LocalDate d) {
            return d == null ? null : d.toString();
        }

        private static String vink(boolean b) {
            return b ? "true" : null;
        }
    }

    private final Caseload caseload;
    private final GebiedService gebied;
    private final Toegang toegang;

    CaseloadPagina(Caseload caseload, GebiedService gebied, Toegang toegang) {
        this.caseload = caseload;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{gemeente}/caseload")
    String lijst(@PathVariable String gemeente, Model model) {
        Gebruiker g = toegang.huidige();
        List<Statushouder> lijst = caseload.lijst(g, gemeente, "statushouderslijst");
        LocalDate vandaag = caseload.vandaag();
        model.addAttribute("titel", "Integratie-caseload " + gebied.naam(gemeente));
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("naam", gebied.naam(gemeente));
        model.addAttribute("statushouders", lijst);
        model.addAttribute("teLaat", lijst.stream().filter(s -> Caseloadregels.participatieverklaringTeLaat(s,
                vandaag)).toList());
        model.addAttribute("banden", lijst.stream().collect(java.util.stream.Collectors.toMap(Statushouder::id,
                s -> Leeftijdsband.op(s.geboortedatum(), vandaag))));
        model.addAttribute("uiterlijk", lijst.stream().collect(java.util.stream.Collectors.toMap(Statushouder::id,
                Caseloadregels::participatieverklaringUiterlijk)));
        model.addAttribute("zonderSpoor", lijst.stream().filter(s -> Caseloadregels.zonderExtraSpoor(s, vandaag))
                .map(Statushouder::id).toList());
        model.addAttribute("regie", caseload.zicht(g, gemeente) == Caseload.Zicht.REGIE);
        model.addAttribute("casemanagers", lijst.stream().filter(s -> s.casemanager() != null).collect(
                java.util.stream.Collectors.toMap(Statushouder::id, s -> caseload.casemanagerNaam(s.casemanager()))));
        return "programma/caseload";
    }

    @GetMapping("/gemeenten/{gemeente}/caseload/overzicht")
    String overzicht(@PathVariable String gemeente, Model model) {
        Gebruiker g = toegang.huidige();
        Caseloadoverzicht o = caseload.overzicht(g, gemeente);
        Map<Long, String> namen = caseload.casemanagers(o);
        model.addAttribute("titel", "Overzicht integratie-caseload " + gebied.naam(gemeente));
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("naam", gebied.naam(gemeente));
        model.addAttribute("o", o);
        model.addAttribute("namen", namen);
        model.addAttribute("t", caseload.taakstelling(g, gemeente));
        return "programma/caseload-overzicht";
    }

    @GetMapping("/gemeenten/{gemeente}/caseload/nieuw")
    String nieuw(@PathVariable String gemeente, Model model) {
        Gebruiker g = toegang.huidige();
        Caseload.Zicht zicht = caseload.vereisZicht(g, gemeente);
        model.addAttribute("formulier", new StatushouderFormulier(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, zicht == Caseload.Zicht.EIGEN
                        ? g.getUsername() : null, null, null, null));
        return formulier(g, gemeente, null, model);
    }

    @PostMapping("/gemeenten/{gemeente}/caseload")
    String registreer(@PathVariable String gemeente, @ModelAttribute("formulier") StatushouderFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        caseload.vereisZicht(g, gemeente);
        Statushouderverzoek v = verzoek(f, fouten);
        return opslaan(g, gemeente, null, fouten, model, redirect, () -> caseload.registreer(g, gemeente, v,
                Client.van(request)), "De statushouder is vastgelegd.");
    }

    @GetMapping("/caseload/statushouders/{id}")
    String statushouder(@PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        Statushouder s = caseload.lees(g, id, "statushouder");
        model.addAttribute("formulier", StatushouderFormulier.van(s, caseload.casemanagerNaam(s.casemanager())));
        return formulier(g, s.gemeente(), s, model);
    }

    @PostMapping("/caseload/statushouders/{id}")
    String wijzig(@PathVariable long id, @ModelAttribute("formulier") StatushouderFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Statushouder s = caseload.lees(g, id, "statushouder (formulier)");
        Statushouderverzoek v = verzoek(f, fouten);
        return opslaan(g, s.gemeente(), s, fouten, model, redirect, () -> caseload.wijzig(g, id, f.versie(), v,
                Client.van(request)), "De statushouder is gewijzigd.");
    }

    private String opslaan(Gebruiker g, String gemeente, Statushouder s, BindingResult fouten, Model model,
            RedirectAttributes redirect, Supplier<Statushouder> actie, String melding) {
        if (!fouten.hasErrors()) {
            try {
                Statushouder opgeslagen = actie.get();
                redirect.addFlashAttribute("melding", melding);
                return "redirect:/caseload/statushouders/" + opgeslagen.id();
            } catch (ApiException e) {
                if (e.status() == HttpStatus.CONFLICT) {
                    redirect.addFlashAttribute("fout", e.getMessage());
                    return "redirect:/caseload/statushouders/" + s.id();
                }
                if (e.status().value() != 400) {
                    throw e;
                }
                Bindingfouten.voegToe(fouten, e);
            }
        }
        model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        return formulier(g, gemeente, s, model);
    }

    private String formulier(Gebruiker g, String gemeente, Statushouder s, Model model) {
        LocalDate vandaag = caseload.vandaag();
        model.addAttribute("titel", s == null ? "Statushouder vastleggen" : s.naam());
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("naam", gebied.naam(gemeente));
        model.addAttribute("s", s);
        if (s != null) {
            model.addAttribute("band", Leeftijdsband.op(s.geboortedatum(), vandaag));
            model.addAttribute("uiterlijk", Caseloadregels.participatieverklaringUiterlijk(s));
            model.addAttribute("teLaat", Caseloadregels.participatieverklaringTeLaat(s, vandaag));
            model.addAttribute("zonderSpoor", Caseloadregels.zonderExtraSpoor(s, vandaag));
            model.addAttribute("amv", Caseloadregels.amv(s, vandaag));
        }
        model.addAttribute("regie", caseload.zicht(g, gemeente) == Caseload.Zicht.REGIE);
        model.addAttribute("routes", Inburgeringsroute.values());
        model.addAttribute("scholen", School.values());
        return "programma/statushouder";
    }

    private static Statushouderverzoek verzoek(StatushouderFormulier f, BindingResult fouten) {
        LocalDate geboren = Bindingfouten.datum(fouten, "geboortedatum", f.geboortedatum());
        LocalDate aankomst = Bindingfouten.datum(fouten, "aankomstdatum", f.aankomstdatum());
        LocalDate pv = Bindingfouten.datum(fouten, "participatieverklaring", f.participatieverklaring());
        LocalDate intake = Bindingfouten.datum(fouten, "intakeWerkInkomen", f.intakeWerkInkomen());
        LocalDate uit = Bindingfouten.datum(fouten, "uitCaseload", f.uitCaseload());
        Inburgeringsroute route = keuze(fouten, "inburgeringsroute", f.inburgeringsroute(), Inburgeringsroute.class);
        School school = keuze(fouten, "school", f.school(), School.class);
        return new Statushouderverzoek(f.naam(), f.huishouden(), geboren, aankomst, vink(f.amv()), pv, route,
                f.taalniveau(), vink(f.spoorOpleiding()), vink(f.spoorWerk()), vink(f.spoorParticipatie()), school,
                intake, vink(f.noaAssessment()), f.casemanager(), uit, f.toelichting());
    }

    private static boolean vink(String s) {
        return "true".equals(s);
    }

    private static <E extends Enum<E>> E keuze(BindingResult fouten, String veld, String tekst, Class<E> soort) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, tekst.strip());
        } catch (IllegalArgumentException e) {
            fouten.rejectValue(veld, "onleesbaar", "een keuze uit de lijst");
            return null;
        }
    }
}
