package nl.woonregie.verhuisbox.rapportage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
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
 * The coordinator's form for the spend of a year as the team stated it ({@link Uitgavenopgaven}, the same call as the
 * API; ADR 0064): the source, the stated total and up to {@value #REGELS} categories, each optionally tied to a kind of
 * grant. Amounts typed the Dutch way (196.413,45). The report of that year shows the findings.
 */
@Controller
class UitgavenopgavePagina {

    static final int REGELS = 8;

    /** The form (a bean: the rows bind as {@code posten[0].bedrag}). */
    public static class OpgaveFormulier {
        private String bron;
        private String totaal;
        private String versie;
        private List<PostRij> posten = new ArrayList<>();

        public String getBron() {
            return bron;
        }

        public void setBron(String bron) {
            this.bron = bron;
        }

        public String getTotaal() {
            return totaal;
        }

        public void setTotaal(String totaal) {
            this.totaal = totaal;
        }

        public String getVersie() {
            return versie;
        }

        public void setVersie(String versie) {
            this.versie = versie;
        }

        public List<PostRij> getPosten() {
            return posten;
        }

        public void setPosten(List<PostRij> posten) {
            this.posten = posten;
        }

        void aanvullen() {
            while (posten.size() < REGELS) {
                posten.add(new PostRij());
            }
        }

        static OpgaveFormulier van(Uitgavenopgaven.Uitgavenopgave o) {
            OpgaveFormulier f = new OpgaveFormulier();
            f.bron = o.bron();
            f.totaal = Weergave.bedragInvoer(o.totaal());
            f.versie = String.valueOf(o.versie());
            for (Uitgavenopgaven.Opgavepost p : o.posten()) {
                PostRij r = new PostRij();
                r.setOmschrijving(p.omschrijving());
                r.setSoort(p.soort());
                r.setBedrag(Weergave.bedragInvoer(p.bedrag()));
                f.posten.add(r);
            }
            return f;
        }

        /** The rows that have anything typed in them, read; an amount the page cannot read is put at its field. */
        Uitgavenopgaven.OpgaveInvoer invoer(BindingResult fouten) {
            BigDecimal t = Bindingfouten.bedrag(fouten, "totaal", totaal);
            List<Uitgavenopgaven.OpgavepostInvoer> rijen = new ArrayList<>();
            for (int i = 0; i < posten.size(); i++) {
                PostRij r = posten.get(i);
                if (r != null && !r.leeg()) {
                    rijen.add(new Uitgavenopgaven.OpgavepostInvoer(r.omschrijving, r.soort,
                            Bindingfouten.bedrag(fouten, "posten[" + i + "].bedrag", r.bedrag)));
                }
            }
            return new Uitgavenopgaven.OpgaveInvoer(bron, t, rijen);
        }
    }

    /** One category as typed. */
    public static class PostRij {
        private String omschrijving;
        private String soort;
        private String bedrag;

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String getSoort() {
            return soort;
        }

        public void setSoort(String soort) {
            this.soort = soort;
        }

        public String getBedrag() {
            return bedrag;
        }

        public void setBedrag(String bedrag) {
            this.bedrag = bedrag;
        }

        boolean leeg() {
            return (omschrijving == null || omschrijving.isBlank()) && (soort == null || soort.isBlank())
                    && (bedrag == null || bedrag.isBlank());
        }
    }

    private final Uitgavenopgaven opgaven;
    private final VerhuisboxToegang toegang;

    UitgavenopgavePagina(Uitgavenopgaven opgaven, VerhuisboxToegang toegang) {
        this.opgaven = opgaven;
        this.toegang = toegang;
    }

    @GetMapping("/verhuisbox/rapportage/opgave/{jaar}")
    String formulier(@PathVariable int jaar, Model model) {
        return pagina(jaar, toegang.rol(Rol.COORDINATOR), model);
    }

    private String pagina(int jaar, Gebruiker g, Model model) {
        if (jaar < 2019 || jaar > 2100) {
            throw ApiException.notFound("Geen opgave voor " + jaar + ".");
        }
        Uitgavenopgaven.Uitgavenopgave o = opgaven.vanTeam(g.team(), jaar).orElse(null);
        model.addAttribute("jaar", jaar);
        model.addAttribute("opgave", o);
        model.addAttribute("soorten", opgaven.soorten(g.team()));
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", o == null ? new OpgaveFormulier() : OpgaveFormulier.van(o));
        }
        ((OpgaveFormulier) model.getAttribute("formulier")).aanvullen();
        return "verhuisbox/uitgavenopgave";
    }

    @PostMapping("/verhuisbox/rapportage/opgave/{jaar}")
    String legVast(@PathVariable int jaar, @ModelAttribute("formulier") OpgaveFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.getVersie());
        Uitgavenopgaven.OpgaveInvoer invoer = f.invoer(fouten);
        return Bindingfouten.stap(model, fouten, () -> {
            List<InvalidParam> lijst = new ArrayList<>();
            Uitgavenopgaven.controleer(invoer, opgaven.soorten(g.team()).keySet(), lijst);
            return opRij(f, lijst);
        }, () -> {
            try {
                opgaven.legVast(g, jaar, versie, invoer, Client.van(request));
            } catch (ApiException e) {
                throw e.status() == HttpStatus.BAD_REQUEST ? new ApiException(e.status(), e.title(), e.getMessage(),
                        opRij(f, e.invalidParams())) : e;
            }
            redirect.addFlashAttribute("melding", "De opgave van de uitgaven van " + jaar + " is vastgelegd.");
            return "redirect:/verhuisbox/rapportage?jaar=" + jaar + "#opgave";
        }, () -> pagina(jaar, g, model));
    }

    /**
     * The service numbers the categories it was given; the form leaves out empty rows, so a message about the n-th
     * category goes to the n-th row that has something typed in it.
     */
    static List<InvalidParam> opRij(OpgaveFormulier f, List<InvalidParam> fouten) {
        List<Integer> gevuld = new ArrayList<>();
        for (int i = 0; i < f.getPosten().size(); i++) {
            if (f.getPosten().get(i) != null && !f.getPosten().get(i).leeg()) {
                gevuld.add(i);
            }
        }
        return fouten.stream().map(p -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^posten\\[(\\d+)](.*)$").matcher(p.name());
            if (m.matches() && Integer.parseInt(m.group(1)) < gevuld.size()) {
                return new InvalidParam("posten[" + gevuld.get(Integer.parseInt(m.group(1))) + "]" + m.group(2),
                        p.reason());
            }
            return p;
        }).toList();
    }
}
