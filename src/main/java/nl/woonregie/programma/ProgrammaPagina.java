package nl.woonregie.programma;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.programma.begroting.Begroting;
import nl.woonregie.programma.voortgang.Streefrichting;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of programmes: the list ({@code /programmas}), a programme's plan with its computed budget and the
 * derivation of every total ({@code /programmas/{id}}), and the forms to add or change a project, a budget line and an
 * indicator and to add a measurement. {@link ProgrammaService} judges access and input, as for the API; its invalid
 * fields are put at the form's fields and the form is shown again with what was entered.
 */
@Controller
class ProgrammaPagina {

    /** A project as typed in the form. */
    public record ProjectFormulier(String nummer, String doel, String naam, String soort, String status,
            String planning, String eigenaar, String partners, String verwachtResultaat, String versie,
            String reden) {
    }

    /** A budget line as typed in the form (the projects as numbers separated by commas). */
    public record RegelFormulier(String nummer, String omschrijving, String bedrag, String vanJaar, String totJaar,
            String kostensoort, String financieringsbron, String thema, String doel, String projecten,
            String restmiddelen, String versie, String reden) {
    }

    /** A line of income or spending as typed in the form (only the fields of its kind of computation filled). */
    public record DekkingsregelFormulier(String nummer, String jaar, String stroom, String omschrijving,
            String berekening, String bedrag, String aantal, String tarief, String tariefsoort, String deelVanRegel,
            String teller, String noemer, String vermeldBedrag, String versie, String reden) {
    }

    /** An indicator as typed in the form. */
    public record IndicatorFormulier(String nummer, String naam, String eenheid, String streefwaarde,
            String deadline, String doel, String project, String richting, String versie, String reden) {
    }

    /** A measurement as typed in the form. */
    public record MetingFormulier(String datum, String waarde, String bron, String toelichting, String versie,
            String reden) {
    }

    private final ProgrammaService programmas;
    private final GebiedService gebied;
    private final Toegang toegang;

    ProgrammaPagina(ProgrammaService programmas, GebiedService gebied, Toegang toegang) {
        this.programmas = programmas;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/programmas")
    String lijst(Model model) {
        Gebruiker g = toegang.huidige();
        List<Programma> lijst = programmas.lijst(g);
        model.addAttribute("titel", "Programma's");
        model.addAttribute("programmas", lijst);
        model.addAttribute("totalen", lijst.stream().collect(Collectors.toMap(Programma::id,
                p -> ProgrammaService.begroting(p.plan()).totaal().bedrag())));
        model.addAttribute("gemeenten", namen(lijst.stream().map(p -> p.plan().eigenaar()).toList()));
        return "programma/lijst";
    }

    @GetMapping("/programmas/{id}")
    String programma(@PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        Programma p = programmas.lees(g, id);
        Begroting b = ProgrammaService.begroting(p.plan());
        model.addAttribute("p", p);
        model.addAttribute("plan", p.plan());
        model.addAttribute("b", BegrotingAntwoord.van(p.plan(), b));
        model.addAttribute("rechten", programmas.rechten(g, p));
        List<String> codes = new ArrayList<>(p.plan().partnergemeenten());
        codes.add(p.plan().eigenaar());
        model.addAttribute("gemeenten", namen(codes));
        model.addAttribute("koppeling", p.plan().regels().stream().collect(Collectors.toMap(
                Programmaplan.Begrotingsregel::nummer, r -> BegrotingExport.koppeling(p.plan(), r))));
        model.addAttribute("themasZonderDoel", p.plan().themas().stream().map(Programmaplan.Thema::nummer)
                .filter(t -> p.plan().doelen().stream().noneMatch(d -> d.thema() == t)).toList());
        model.addAttribute("jaren", p.plan().regels().stream().collect(Collectors.toMap(
                Programmaplan.Begrotingsregel::nummer, r -> BegrotingExport.jaren(r.vanJaar(), r.totJaar()))));
        return "programma/programma";
    }

    // --- projects

    @GetMapping("/programmas/{id}/projecten/nieuw")
    String nieuwProject(@PathVariable long id, Model model) {
        Programma p = vereis(toegang.huidige(), id, "project");
        int nummer = p.plan().projecten().stream().mapToInt(Programmaplan.Project::nummer).max().orElse(0) + 1;
        model.addAttribute("formulier", new ProjectFormulier(Integer.toString(nummer), null, null, null, null, null,
                null, null, null, Integer.toString(p.versie()), null));
        return formulier(p, "project", null, model);
    }

    @GetMapping("/programmas/{id}/projecten/{nummer}")
    String project(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereisProject(toegang.huidige(), id, nummer);
        Programmaplan.Project x = p.plan().projecten().stream().filter(pr -> pr.nummer() == nummer).findFirst()
                .orElseThrow(() -> ApiException.notFound("Project " + nummer + " bestaat niet in dit programma."));
        model.addAttribute("formulier", new ProjectFormulier(Integer.toString(x.nummer()), Integer.toString(x.doel()),
                x.naam(), x.soort() == null ? null : x.soort().name(), x.status() == null ? null : x.status().name(),
                x.planning(), x.eigenaar(), String.join(", ", x.partners()), x.verwachtResultaat(),
                Integer.toString(p.versie()), null));
        return formulier(p, "project", nummer, model);
    }

    @PostMapping("/programmas/{id}/projecten")
    String projectOpslaan(@PathVariable long id, @ModelAttribute("formulier") ProjectFormulier f,
            BindingResult fouten, @RequestParam(name = "nieuw", required = false) String nieuw, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Integer nummer = Bindingfouten.geheel(fouten, "nummer", f.nummer());
        Programma p = nieuw != null || nummer == null ? vereis(g, id, "project") : vereisProject(g, id, nummer);
        Integer doel = Bindingfouten.geheel(fouten, "doel", f.doel());
        Programmaplan.Projectsoort soort = keuze(fouten, "soort", f.soort(), Programmaplan.Projectsoort.class);
        Programmaplan.Projectstatus status = keuze(fouten, "status", f.status(), Programmaplan.Projectstatus.class);
        List<String> partners = f.partners() == null || f.partners().isBlank() ? List.of()
                : Arrays.stream(f.partners().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Integer getoond = nieuw != null ? null : nummer;
        return opslaan(p, "project", getoond, fouten, model, redirect, () -> programmas.zetProject(g, id, f.versie(),
                new Programmaplan.Project(nummer == null ? 0 : nummer, doel == null ? 0 : doel, f.naam(), soort,
                        status, leeg(f.planning()), leeg(f.eigenaar()), partners, leeg(f.verwachtResultaat())),
                f.reden(), Client.van(request)), "Project " + nummer + " is opgeslagen.");
    }

    // --- budget lines

    @GetMapping("/programmas/{id}/regels/nieuw")
    String nieuweRegel(@PathVariable long id, Model model) {
        Programma p = vereis(toegang.huidige(), id, "regel");
        int nummer = p.plan().regels().stream().mapToInt(Programmaplan.Begrotingsregel::nummer).max().orElse(0) + 1;
        model.addAttribute("formulier", new RegelFormulier(Integer.toString(nummer), null, null, null, null,
                Programmaplan.Kostensoort.INCIDENTEEL.name(), null, null, null, null, null,
                Integer.toString(p.versie()), null));
        return formulier(p, "regel", null, model);
    }

    @GetMapping("/programmas/{id}/regels/{nummer}")
    String regel(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id, "regel");
        Programmaplan.Begrotingsregel r = regel(p, nummer);
        Weergave nl = new Weergave();
        model.addAttribute("formulier", new RegelFormulier(Integer.toString(r.nummer()), r.omschrijving(),
                r.bedrag() == null ? null : nl.invoer(r.bedrag()), tekst(r.vanJaar()), tekst(r.totJaar()),
                r.kostensoort() == null ? null : r.kostensoort().name(), r.financieringsbron(), tekst(r.thema()),
                tekst(r.doel()), r.projecten().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                r.restmiddelen(), Integer.toString(p.versie()), null));
        return formulier(p, "regel", nummer, model);
    }

    @PostMapping("/programmas/{id}/regels")
    String regelOpslaan(@PathVariable long id, @ModelAttribute("formulier") RegelFormulier f,
            BindingResult fouten, @RequestParam(name = "nieuw", required = false) String nieuw, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id, "regel");
        Integer nummer = Bindingfouten.geheel(fouten, "nummer", f.nummer());
        BigDecimal bedrag = Bindingfouten.bedrag(fouten, "bedrag", f.bedrag());
        Integer van = Bindingfouten.geheel(fouten, "vanJaar", f.vanJaar());
        Integer tot = Bindingfouten.geheel(fouten, "totJaar", f.totJaar());
        if (van != null && tot == null && !fouten.hasFieldErrors("totJaar")) {
            tot = van;
        }
        Integer totJaar = tot;
        Programmaplan.Kostensoort soort = keuze(fouten, "kostensoort", f.kostensoort(),
                Programmaplan.Kostensoort.class);
        Integer thema = Bindingfouten.geheel(fouten, "thema", f.thema());
        Integer doel = Bindingfouten.geheel(fouten, "doel", f.doel());
        List<Integer> projecten = new ArrayList<>();
        if (f.projecten() != null && !f.projecten().isBlank()) {
            for (String s : f.projecten().replace(" en ", ",").split(",")) {
                if (!s.isBlank()) {
                    Integer n = Bindingfouten.geheel(fouten, "projecten", s);
                    if (n != null) {
                        projecten.add(n);
                    }
                }
            }
        }
        Integer getoond = nieuw != null ? null : nummer;
        return opslaan(p, "regel", getoond, fouten, model, redirect, () -> programmas.zetRegel(g, id, f.versie(),
                new Programmaplan.Begrotingsregel(nummer == null ? 0 : nummer, f.omschrijving(), bedrag, van, totJaar,
                        soort, f.financieringsbron(), thema, doel, projecten, leeg(f.restmiddelen())), f.reden(),
                Client.van(request)), "Regel " + nummer + " is opgeslagen.");
    }

    // --- lines of a budget of persons × rates

    @GetMapping("/programmas/{id}/dekkingsregels/nieuw")
    String nieuweDekkingsregel(@PathVariable long id, Model model) {
        Programma p = vereis(toegang.huidige(), id, "dekkingsregel");
        int nummer = p.plan().dekking() == null ? 1 : p.plan().dekking().regels().stream()
                .mapToInt(Programmaplan.Dekkingsregel::nummer).max().orElse(0) + 1;
        model.addAttribute("formulier", new DekkingsregelFormulier(Integer.toString(nummer),
                Integer.toString(p.plan().vanJaar()), null, null, null, null, null, null, null, null, null, null, null,
                Integer.toString(p.versie()), null));
        return formulier(p, "dekkingsregel", null, model);
    }

    @GetMapping("/programmas/{id}/dekkingsregels/{nummer}")
    String dekkingsregel(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id, "dekkingsregel");
        Programmaplan.Dekkingsregel r = (p.plan().dekking() == null ? List.<Programmaplan.Dekkingsregel>of()
                : p.plan().dekking().regels()).stream().filter(x -> x.nummer() == nummer).findFirst()
                .orElseThrow(() -> ApiException.notFound("Regel " + nummer + " van inkomsten en uitgaven bestaat "
                        + "niet in dit programma."));
        Weergave nl = new Weergave();
        model.addAttribute("formulier", new DekkingsregelFormulier(Integer.toString(r.nummer()),
                Integer.toString(r.jaar()), naam(r.stroom()), r.omschrijving(), naam(r.berekening()),
                r.bedrag() == null ? null : nl.invoer(r.bedrag()), tekst(r.aantal()),
                r.tarief() == null ? null : nl.invoer(r.tarief()), naam(r.tariefsoort()), tekst(r.deelVanRegel()),
                tekst(r.teller()), tekst(r.noemer()), r.vermeldBedrag() == null ? null : nl.invoer(r.vermeldBedrag()),
                Integer.toString(p.versie()), null));
        return formulier(p, "dekkingsregel", nummer, model);
    }

    @PostMapping("/programmas/{id}/dekkingsregels")
    String dekkingsregelOpslaan(@PathVariable long id, @ModelAttribute("formulier") DekkingsregelFormulier f,
            BindingResult fouten, @RequestParam(name = "nieuw", required = false) String nieuw, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id, "dekkingsregel");
        Integer nummer = Bindingfouten.geheel(fouten, "nummer", f.nummer());
        Integer jaar = Bindingfouten.geheel(fouten, "jaar", f.jaar());
        Programmaplan.Geldstroom stroom = keuze(fouten, "stroom", f.stroom(), Programmaplan.Geldstroom.class);
        Programmaplan.Berekening berekening = keuze(fouten, "berekening", f.berekening(),
                Programmaplan.Berekening.class);
        BigDecimal bedrag = Bindingfouten.bedrag(fouten, "bedrag", f.bedrag());
        Integer aantal = Bindingfouten.geheel(fouten, "aantal", f.aantal());
        BigDecimal tarief = Bindingfouten.bedrag(fouten, "tarief", f.tarief());
        Programmaplan.Persoonstarief tariefsoort = keuze(fouten, "tariefsoort", f.tariefsoort(),
                Programmaplan.Persoonstarief.class);
        Integer deelVanRegel = Bindingfouten.geheel(fouten, "deelVanRegel", f.deelVanRegel());
        Integer teller = Bindingfouten.geheel(fouten, "teller", f.teller());
        Integer noemer = Bindingfouten.geheel(fouten, "noemer", f.noemer());
        BigDecimal vermeld = Bindingfouten.bedrag(fouten, "vermeldBedrag", f.vermeldBedrag());
        Integer getoond = nieuw != null ? null : nummer;
        return opslaan(p, "dekkingsregel", getoond, fouten, model, redirect, () -> programmas.zetDekkingsregel(g, id,
                f.versie(), new Programmaplan.Dekkingsregel(nummer == null ? 0 : nummer, jaar == null ? 0 : jaar,
                        stroom, f.omschrijving(), berekening, bedrag, aantal, tarief, tariefsoort, deelVanRegel,
                        teller, noemer, vermeld), f.reden(), Client.van(request)),
                "Regel " + nummer + " van inkomsten en uitgaven is opgeslagen.");
    }

    // --- indicators and measurements

    @GetMapping("/programmas/{id}/indicatoren/nieuw")
    String nieuweIndicator(@PathVariable long id, Model model) {
        Programma p = vereis(toegang.huidige(), id, "indicator");
        int nummer = p.plan().indicatoren().stream().mapToInt(Programmaplan.Indicator::nummer).max().orElse(0) + 1;
        model.addAttribute("formulier", new IndicatorFormulier(Integer.toString(nummer), null, null, null, null, null,
                null, Streefrichting.TEN_MINSTE.name(), Integer.toString(p.versie()), null));
        return formulier(p, "indicator", null, model);
    }

    @GetMapping("/programmas/{id}/indicatoren/{nummer}")
    String indicator(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id, "indicator");
        Programmaplan.Indicator in = indicator(p, nummer);
        Weergave nl = new Weergave();
        model.addAttribute("formulier", new IndicatorFormulier(Integer.toString(in.nummer()), in.naam(),
                in.eenheid(), in.streefwaarde() == null ? null : nl.invoer(in.streefwaarde()),
                in.deadline() == null ? null : in.deadline().toString(), tekst(in.doel()), tekst(in.project()),
                (in.richting() == null ? Streefrichting.TEN_MINSTE : in.richting()).name(),
                Integer.toString(p.versie()), null));
        return formulier(p, "indicator", nummer, model);
    }

    @PostMapping("/programmas/{id}/indicatoren")
    String indicatorOpslaan(@PathVariable long id, @ModelAttribute("formulier") IndicatorFormulier f,
            BindingResult fouten, @RequestParam(name = "nieuw", required = false) String nieuw, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id, "indicator");
        Integer nummer = Bindingfouten.geheel(fouten, "nummer", f.nummer());
        BigDecimal streef = Bindingfouten.bedrag(fouten, "streefwaarde", f.streefwaarde());
        var deadline = Bindingfouten.datum(fouten, "deadline", f.deadline());
        Integer doel = Bindingfouten.geheel(fouten, "doel", f.doel());
        Integer project = Bindingfouten.geheel(fouten, "project", f.project());
        // the form always names the direction (an empty choice is the default, at least)
        Streefrichting richting = keuze(fouten, "richting", f.richting(), Streefrichting.class);
        Streefrichting gekozen = richting == null ? Streefrichting.TEN_MINSTE : richting;
        Integer getoond = nieuw != null ? null : nummer;
        return opslaan(p, "indicator", getoond, fouten, model, redirect, () -> programmas.zetIndicator(g, id,
                f.versie(), new Programmaplan.Indicator(nummer == null ? 0 : nummer, f.naam(), f.eenheid(), streef,
                        deadline, doel, project, List.of(), gekozen), f.reden(), Client.van(request)),
                "Indicator " + nummer + " is opgeslagen.");
    }

    @GetMapping("/programmas/{id}/indicatoren/{nummer}/metingen/nieuw")
    String nieuweMeting(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id, "indicator");
        model.addAttribute("indicator", indicator(p, nummer));
        model.addAttribute("formulier", new MetingFormulier(null, null, null, null, Integer.toString(p.versie()),
                null));
        return formulier(p, "meting", nummer, model);
    }

    @PostMapping("/programmas/{id}/indicatoren/{nummer}/metingen")
    String metingOpslaan(@PathVariable long id, @PathVariable int nummer, @ModelAttribute("formulier")
            MetingFormulier f, BindingResult fouten, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id, "indicator");
        model.addAttribute("indicator", indicator(p, nummer));
        var datum = Bindingfouten.datum(fouten, "datum", f.datum());
        BigDecimal waarde = Bindingfouten.bedrag(fouten, "waarde", f.waarde());
        return opslaan(p, "meting", nummer, fouten, model, redirect, () -> programmas.voegMetingToe(g, id,
                f.versie(), nummer, new Programmaplan.Meting(datum, waarde, f.bron(), leeg(f.toelichting())),
                f.reden(), Client.van(request)), "De meting is toegevoegd aan indicator " + nummer + ".");
    }

    // --- shared

    private String opslaan(Programma p, String soort, Integer nummer, BindingResult fouten, Model model,
            RedirectAttributes redirect, Supplier<Programma> actie, String melding) {
        if (!fouten.hasErrors()) {
            try {
                actie.get();
                redirect.addFlashAttribute("melding", melding);
                return "redirect:/programmas/" + p.id() + "#" + soort + "en";
            } catch (ApiException e) {
                if (e.status() == HttpStatus.CONFLICT || e.status() == HttpStatus.FORBIDDEN) {
                    redirect.addFlashAttribute("fout", e.getMessage());
                    return "redirect:/programmas/" + p.id();
                }
                if (e.status().value() != 400) {
                    throw e;
                }
                Bindingfouten.voegToe(fouten, e);
            }
        }
        model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        return formulier(p, soort, nummer, model);
    }

    private String formulier(Programma p, String soort, Integer nummer, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("plan", p.plan());
        model.addAttribute("soort", soort);
        model.addAttribute("nummer", nummer);
        model.addAttribute("projectsoorten", Programmaplan.Projectsoort.values());
        model.addAttribute("projectstatussen", Programmaplan.Projectstatus.values());
        model.addAttribute("kostensoorten", Programmaplan.Kostensoort.values());
        model.addAttribute("geldstromen", Programmaplan.Geldstroom.values());
        model.addAttribute("berekeningen", Programmaplan.Berekening.values());
        model.addAttribute("tariefsoorten", Programmaplan.Persoonstarief.values());
        model.addAttribute("richtingen", Streefrichting.values());
        ProgrammaService.Rechten r = programmas.rechten(toegang.huidige(), p);
        boolean alleenProjectleider = "project".equals(soort) && nummer != null && r.alleenProjectleider(nummer);
        model.addAttribute("alleenProjectleider", alleenProjectleider);
        if (alleenProjectleider) {
            model.addAttribute("project", p.plan().projecten().stream().filter(x -> x.nummer() == nummer)
                    .findFirst().orElseThrow());
        }
        return "programma/formulier";
    }

    /** A budget line by its number, 404 if the plan has none (also for the realisation and split pages). */
    static Programmaplan.Begrotingsregel regel(Programma p, int nummer) {
        return p.plan().regels().stream().filter(x -> x.nummer() == nummer).findFirst()
                .orElseThrow(() -> ApiException.notFound("Regel " + nummer + " bestaat niet in dit programma."));
    }

    /** The forms are for who may save them: the controller's budget lines, the programme manager's other parts. */
    private Programma vereis(Gebruiker g, long id, String soort) {
        Programma p = programmas.lees(g, id);
        ProgrammaService.Rechten r = programmas.rechten(g, p);
        boolean begroting = soort.equals("regel") || soort.equals("dekkingsregel");
        if (begroting ? !r.begrotingWijzigen() : !r.planWijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", begroting
                    ? "De begrotingsregels houdt de controller van het programma bij."
                    : "Het plan houdt de programmamanager van het programma bij.", null);
        }
        return p;
    }

    /** A project's form: the programme manager's, or its projectleider's (status, planning, expected result). */
    private Programma vereisProject(Gebruiker g, long id, int nummer) {
        Programma p = programmas.lees(g, id);
        if (!programmas.rechten(g, p).projectBijwerken(nummer)) {
            return vereis(g, id, "project");
        }
        return p;
    }

    private static Programmaplan.Indicator indicator(Programma p, int nummer) {
        return p.plan().indicatoren().stream().filter(i -> i.nummer() == nummer).findFirst()
                .orElseThrow(() -> ApiException.notFound("Indicator " + nummer + " bestaat niet in dit programma."));
    }

    private Map<String, String> namen(List<String> codes) {
        return codes.stream().distinct().collect(Collectors.toMap(c -> c, gebied::naam));
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

    /** A typed value without its surrounding spaces; null when nothing was typed (also for the programme's forms). */
    static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String naam(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String tekst(Integer n) {
        return n == null ? null : n.toString();
    }
}
