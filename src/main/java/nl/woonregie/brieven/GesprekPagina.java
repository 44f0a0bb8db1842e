package nl.woonregie.brieven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.toezicht.opvolging.Gespreksformulier;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek;
import nl.woonregie.toezicht.opvolging.ToezichtgesprekService;
import nl.woonregie.toezicht.regels.Gespreksverloop;
import nl.woonregie.toezicht.regels.Gespreksverloop.Stap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One toezichtgesprek's page ({@code /toezichtgesprekken/{id}}, issue 19 §4, ADR 0058), linked from the municipality's
 * list of talks: its state in Dutch, its data, agenda, comments and versions, the sending per addressee, and per step
 * the form {@link Gespreksverloop} allows now — the invitation (again as a gewijzigde uitnodiging), the concept-verslag
 * for comments, a comment of the municipality, the vaststelling — and the correction of the talk. Here in brieven
 * because the steps send to the municipality's contacts (brieven may use toezicht, never the reverse). Every step goes
 * through the service the API calls; the version travels along as a hidden field, so a stale page gets a 409 as a
 * message at its form. Rights as the API: the province's supervisor (and BEHEERDER) takes the steps, the municipality
 * reads and comments on a concept-verslag; others get 403.
 */
@Controller
class GesprekPagina {

    private static final Pattern CONTACT = Pattern.compile("^contacten\\[\\d+\\]$");

    private final ToezichtgesprekService gesprekken;
    private final Gespreksverzendingen verzendingen;
    private final Toegang toegang;

    GesprekPagina(ToezichtgesprekService gesprekken, Gespreksverzendingen verzendingen, Toegang toegang) {
        this.gesprekken = gesprekken;
        this.verzendingen = verzendingen;
        this.toegang = toegang;
    }

    // ---------------------------------------------------------------------------------------------------------
    // forms, as typed

    /** The invitation or the vaststelling: the version and the chosen contacts. */
    public static class Verzendformulier {
        private String versie;
        private List<Long> contacten = new ArrayList<>();

        public String getVersie() {
            return versie;
        }

        public void setVersie(String versie) {
            this.versie = versie;
        }

        public List<Long> getContacten() {
            return contacten;
        }

        public void setContacten(List<Long> contacten) {
            this.contacten = contacten;
        }
    }

    /** The concept-verslag: the version, its text, until when comments are welcome, the chosen contacts. */
    public static class Conceptformulier extends Verzendformulier {
        private String verslag;
        private String reactieTot;

        public String getVerslag() {
            return verslag;
        }

        public void setVerslag(String verslag) {
            this.verslag = verslag;
        }

        public String getReactieTot() {
            return reactieTot;
        }

        public void setReactieTot(String reactieTot) {
            this.reactieTot = reactieTot;
        }
    }

    /** A comment on the concept-verslag; received on and on whose behalf only when the supervisor records it. */
    public static class Reactieformulier {
        private String versie;
        private String tekst;
        private String akkoord;
        private String ontvangenOp;
        private String namens;

        public String getVersie() {
            return versie;
        }

        public void setVersie(String versie) {
            this.versie = versie;
        }

        public String getTekst() {
            return tekst;
        }

        public void setTekst(String tekst) {
            this.tekst = tekst;
        }

        public String getAkkoord() {
            return akkoord;
        }

        public void setAkkoord(String akkoord) {
            this.akkoord = akkoord;
        }

        public String getOntvangenOp() {
            return ontvangenOp;
        }

        public void setOntvangenOp(String ontvangenOp) {
            this.ontvangenOp = ontvangenOp;
        }

        public String getNamens() {
            return namens;
        }

        public void setNamens(String namens) {
            this.namens = namens;
        }
    }

    /** The correction: the complete content (the agenda one point a line), the reason, the version. */
    public static class Correctieformulier extends Gespreksformulier.Planning {
        private String versie;
        private String verslag;
        private String reden;

        public String getVersie() {
            return versie;
        }

        public void setVersie(String versie) {
            this.versie = versie;
        }

        public String getVerslag() {
            return verslag;
        }

        public void setVerslag(String verslag) {
            this.verslag = verslag;
        }

        public String getReden() {
            return reden;
        }

        public void setReden(String reden) {
            this.reden = reden;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the page

    @GetMapping("/toezichtgesprekken/{id}")
    String pagina(@PathVariable long id, Model model) {
        Gebruiker g = toegang.toezichtLezen(gemeente(id));
        return pagina(model, id, g);
    }

    @PostMapping("/toezichtgesprekken/{id}/uitnodiging")
    String nodigUit(@PathVariable long id, @ModelAttribute("uitnodiging") Verzendformulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.gemeenteToezien(gemeente(id));
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.getVersie());
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            try {
                Gespreksverzendingen.Stand s = verzendingen.nodigUit(g, id,
                        new Gespreksverzendingen.Verzoek(versie, f.getContacten()), Client.van(request));
                redirect.addFlashAttribute("melding", "De uitnodiging is in de uitgaande post geplaatst ("
                        + s.gesprek().toestandTekst() + ").");
                return "redirect:/toezichtgesprekken/" + id;
            } catch (ApiException e) {
                throw opVeld(e, null);
            }
        }, () -> pagina(model, id, g));
    }

    @PostMapping("/toezichtgesprekken/{id}/conceptverslag")
    String verstuurConcept(@PathVariable long id, @ModelAttribute("concept") Conceptformulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.gemeenteToezien(gemeente(id));
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.getVersie());
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            try {
                Gespreksverzendingen.Stand s = verzendingen.verstuurConcept(g, id, new Gespreksverzendingen
                        .ConceptVerzoek(versie, waarde(f.getVerslag()), waarde(f.getReactieTot()), f.getContacten()),
                        Client.van(request));
                redirect.addFlashAttribute("melding", "Het concept-verslag is in de uitgaande post geplaatst ("
                        + s.gesprek().toestandTekst() + ").");
                return "redirect:/toezichtgesprekken/" + id;
            } catch (ApiException e) {
                throw opVeld(e, null);
            }
        }, () -> pagina(model, id, g));
    }

    @PostMapping("/toezichtgesprekken/{id}/reacties")
    String reageer(@PathVariable long id, @ModelAttribute("reactie") Reactieformulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String gemeente = gemeente(id);
        Gebruiker g = toegang.toezichtLezen(gemeente);
        boolean zelf = namensZichzelf(g, gemeente);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.getVersie());
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            gesprekken.reageer(id, new ToezichtgesprekService.ReactieInvoer(waarde(f.getTekst()),
                    zelf ? null : waarde(f.getOntvangenOp()), zelf ? null : waarde(f.getNamens()),
                    "ja".equals(f.getAkkoord()), versie), zelf, g, Client.van(request));
            redirect.addFlashAttribute("melding", "De reactie op het concept-verslag is vastgelegd.");
            return "redirect:/toezichtgesprekken/" + id;
        }, () -> pagina(model, id, g));
    }

    @PostMapping("/toezichtgesprekken/{id}/verslag-vaststellen")
    String stelVast(@PathVariable long id, @ModelAttribute("vaststelling") Verzendformulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.gemeenteToezien(gemeente(id));
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.getVersie());
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            try {
                Gespreksverzendingen.Stand s = verzendingen.stelVast(g, id,
                        new Gespreksverzendingen.Verzoek(versie, f.getContacten()), Client.van(request));
                redirect.addFlashAttribute("melding", s.gesprek().toestandTekst()
                        + "; het verslag is in de uitgaande post geplaatst.");
                return "redirect:/toezichtgesprekken/" + id;
            } catch (ApiException e) {
                throw opVeld(e, null);
            }
        }, () -> pagina(model, id, g));
    }

    @PostMapping("/toezichtgesprekken/{id}/correctie")
    String corrigeer(@PathVariable long id, @ModelAttribute("correctie") Correctieformulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.gemeenteToezien(gemeente(id));
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.getVersie());
        List<Toezichtgesprek.Deelnemer> deelnemers = f.deelnemers();
        List<String> agenda = f.agendapunten();
        String pagina = Bindingfouten.stap(model, fouten, List::of, () -> {
            try {
                gesprekken.corrigeer(id, new ToezichtgesprekService.Correctie(waarde(f.getPeriode()),
                        waarde(f.getDatum()), waarde(f.getAanvang()), waarde(f.getPlaats()), waarde(f.getLink()),
                        agenda, waarde(f.getSoort()), deelnemers, waarde(f.getVerslag()), waarde(f.getTrede()),
                        waarde(f.getReden()), versie), versie, g, Client.van(request));
                redirect.addFlashAttribute("melding", "Het toezichtgesprek is gecorrigeerd.");
                return "redirect:/toezichtgesprekken/" + id;
            } catch (ApiException e) {
                throw opVeld(e, f);
            }
        }, () -> {
            f.vulAan(Gespreksformulier.RIJEN);
            return pagina(model, id, g);
        });
        return pagina;
    }

    // ---------------------------------------------------------------------------------------------------------

    private String pagina(Model model, long id, Gebruiker g) {
        Gespreksverzendingen.Stand stand = verzendingen.stand(id);
        Toezichtgesprek t = stand.gesprek();
        boolean beheren = Toegang.magProvincieToezien(g, gesprekken.provincieVan(t.gemeente()));
        Map<Stap, Gespreksverloop.Uitkomst> stappen = gesprekken.stappen(id);
        Map<String, Boolean> mag = new LinkedHashMap<>();
        for (Map.Entry<Stap, Gespreksverloop.Uitkomst> e : stappen.entrySet()) {
            boolean toegestaan = e.getValue() instanceof Gespreksverloop.Toegestaan;
            mag.put(e.getKey().name(), toegestaan && (beheren || e.getKey() == Stap.REAGEREN
                    && g.gemeenten(Rol.GEMEENTE).contains(t.gemeente())));
        }
        String versie = String.valueOf(t.versie());
        boolean eerderUitgenodigd = stand.verzendingen().stream()
                .anyMatch(v -> v.stuk() == Gespreksstuk.UITNODIGING);
        if (!model.containsAttribute("uitnodiging")) {
            Verzendformulier f = new Verzendformulier();
            f.setVersie(versie);
            f.setContacten(ids(verzendingen.voorgesteld(t)));
            model.addAttribute("uitnodiging", f);
        }
        if (!model.containsAttribute("concept")) {
            Conceptformulier f = new Conceptformulier();
            f.setVersie(versie);
            f.setVerslag(t.verslag());
            f.setReactieTot(Gespreksverloop.standaardReactieTot(gesprekken.vandaag()).toString());
            f.setContacten(ids(verzendingen.voorgesteldVoorConcept(t)));
            model.addAttribute("concept", f);
        }
        if (!model.containsAttribute("reactie")) {
            Reactieformulier f = new Reactieformulier();
            f.setVersie(versie);
            model.addAttribute("reactie", f);
        }
        if (!model.containsAttribute("vaststelling")) {
            Verzendformulier f = new Verzendformulier();
            f.setVersie(versie);
            f.setContacten(ids(verzendingen.voorgesteldVoorVerslag(t)));
            model.addAttribute("vaststelling", f);
        }
        if (!model.containsAttribute("correctie")) {
            model.addAttribute("correctie", correctie(t));
        }
        model.addAttribute("gesprek", t);
        model.addAttribute("titel", Labels.van(t.soort()) + " toezichtgesprek met " + t.gemeenteNaam());
        model.addAttribute("wanneer", Gespreksverloop.datumEnTijd(t.datum(), t.aanvang()));
        model.addAttribute("verzendingen", stand.verzendingen());
        model.addAttribute("laatsteFouten", verzendingen.laatsteFouten(id));
        model.addAttribute("contacten", beheren ? verzendingen.metEmail(t.gemeente()) : List.of());
        model.addAttribute("mag", mag);
        model.addAttribute("weigering", weigeringen(stappen));
        model.addAttribute("magBeheren", beheren);
        model.addAttribute("namensZichzelf", namensZichzelf(g, t.gemeente()));
        model.addAttribute("gewijzigdeUitnodiging", eerderUitgenodigd);
        model.addAttribute("soorten", Toezichtgesprek.Soort.values());
        return "brieven/toezichtgesprek";
    }

    private static Map<String, String> weigeringen(Map<Stap, Gespreksverloop.Uitkomst> stappen) {
        Map<String, String> m = new LinkedHashMap<>();
        stappen.forEach((stap, u) -> {
            if (u instanceof Gespreksverloop.Geweigerd w) {
                m.put(stap.name(), w.reden());
            }
        });
        return m;
    }

    private static Correctieformulier correctie(Toezichtgesprek t) {
        Correctieformulier f = new Correctieformulier();
        f.setVersie(String.valueOf(t.versie()));
        f.setPeriode(t.periode());
        f.setDatum(t.datum().toString());
        f.setAanvang(t.aanvang() == null ? null : String.format("%02d:%02d", t.aanvang().getHour(),
                t.aanvang().getMinute()));
        f.setPlaats(t.plaats());
        f.setLink(t.link());
        f.setAgenda(String.join("\n", t.agenda()));
        f.setSoort(t.soort().name());
        f.setVerslag(t.verslag());
        f.setTrede(t.trede());
        for (Toezichtgesprek.Deelnemer d : t.deelnemers()) {
            Gespreksformulier.DeelnemerRij r = new Gespreksformulier.DeelnemerRij();
            r.setOrganisatie(d.organisatie());
            r.setFunctie(d.functie());
            f.getDeelnemers().add(r);
        }
        f.vulAan(Math.max(Gespreksformulier.RIJEN, t.deelnemers().size() + 2));
        return f;
    }

    /** The municipality itself comments (not its province's supervisor on its behalf), as the API decides it. */
    private boolean namensZichzelf(Gebruiker g, String gemeente) {
        return g.gemeenten(Rol.GEMEENTE).contains(gemeente)
                && !Toegang.magProvincieToezien(g, gesprekken.provincieVan(gemeente));
    }

    /**
     * A refused step's fields at the page's fields: a chosen contact at the list of contacts, an agenda point at the
     * agenda (one point a line), a participant at the row it was typed in (empty rows were not sent).
     */
    private static ApiException opVeld(ApiException e, Gespreksformulier formulier) {
        if (e.invalidParams().isEmpty()) {
            return e;
        }
        List<InvalidParam> params = new ArrayList<>();
        for (InvalidParam p : e.invalidParams()) {
            params.add(CONTACT.matcher(p.name()).matches() ? new InvalidParam("contacten", p.reason())
                    : formulier != null ? formulier.opVeld(p) : Gespreksformulier.agendapunt(p));
        }
        return ApiException.invalid(e.getMessage(), params);
    }

    private static List<Long> ids(List<Contact> contacten) {
        return new ArrayList<>(contacten.stream().map(Contact::id).toList());
    }

    private String gemeente(long id) {
        return gesprekken.gemeenteVan(id)
                .orElseThrow(() -> ApiException.notFound("Toezichtgesprek " + id + " bestaat niet."));
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    private static String waarde(String s) {
        return leeg(s) ? null : s;
    }
}
