package nl.woonregie.toezicht.cijfers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.importbestand.Bestand;
import nl.woonregie.platform.importbestand.Kolom;
import nl.woonregie.platform.importbestand.TabelLezer;
import nl.woonregie.platform.importbestand.Upload;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The column couplings of foreign files in the browser (issue 19 §6): the list, a form to make or change one — with
 * an example file of the source, whose column names on the header line are offered to choose from — and a link to
 * the import page with the coupling chosen. {@link Kolomindelingen} judges access and input, as for the API.
 */
@Controller
class KolomindelingPagina {

    private final Toegang toegang;
    private final Kolomindelingen kolomindelingen;
    private final CijferImport importer;
    private final GebiedService gebied;

    KolomindelingPagina(Toegang toegang, Kolomindelingen kolomindelingen, CijferImport importer,
            GebiedService gebied) {
        this.toegang = toegang;
        this.kolomindelingen = kolomindelingen;
        this.importer = importer;
        this.gebied = gebied;
    }

    /**
     * The form, as typed: text fields, and per column of the import the file's column or a fixed value (maps keyed
     * by the import's column). {@code actie} {@code lezen}: read the example file's header, store nothing.
     */
    public static class KolomindelingFormulier {
        private String naam;
        private String soort;
        private String provincie;
        private String koprij = "1";
        private String overslaan;
        private String versie;
        private String actie;
        private MultipartFile voorbeeld;
        private Map<String, String> kolommen = new LinkedHashMap<>();
        private Map<String, String> vasteWaarden = new LinkedHashMap<>();

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
        }

        public String getSoort() {
            return soort;
        }

        public void setSoort(String soort) {
            this.soort = soort;
        }

        public String getProvincie() {
            return provincie;
        }

        public void setProvincie(String provincie) {
            this.provincie = provincie;
        }

        public String getKoprij() {
            return koprij;
        }

        public void setKoprij(String koprij) {
            this.koprij = koprij;
        }

        public String getOverslaan() {
            return overslaan;
        }

        public void setOverslaan(String overslaan) {
            this.overslaan = overslaan;
        }

        public String getVersie() {
            return versie;
        }

        public void setVersie(String versie) {
            this.versie = versie;
        }

        public String getActie() {
            return actie;
        }

        public void setActie(String actie) {
            this.actie = actie;
        }

        public MultipartFile getVoorbeeld() {
            return voorbeeld;
        }

        public void setVoorbeeld(MultipartFile voorbeeld) {
            this.voorbeeld = voorbeeld;
        }

        public Map<String, String> getKolommen() {
            return kolommen;
        }

        public void setKolommen(Map<String, String> kolommen) {
            this.kolommen = kolommen;
        }

        public Map<String, String> getVasteWaarden() {
            return vasteWaarden;
        }

        public void setVasteWaarden(Map<String, String> vasteWaarden) {
            this.vasteWaarden = vasteWaarden;
        }

        static KolomindelingFormulier van(Kolomindelingen.Kolomindeling k) {
            KolomindelingFormulier f = new KolomindelingFormulier();
            f.naam = k.naam();
            f.soort = k.soort().name();
            f.provincie = k.provincie() == null ? "" : k.provincie();
            f.koprij = Integer.toString(k.koprij());
            f.overslaan = String.join("; ", k.overslaan());
            f.versie = Integer.toString(k.versie());
            f.kolommen = new LinkedHashMap<>(k.kolommen());
            f.vasteWaarden = new LinkedHashMap<>(k.vasteWaarden());
            return f;
        }
    }

    /** One column of the import in the form: its name, its Dutch description and whether it is required. */
    record Doelkolom(String naam, String omschrijving, boolean verplicht) {
    }

    @GetMapping("/cijfers/kolomindelingen")
    String lijst(@RequestParam(required = false) Long opgeslagen, Model model) {
        Gebruiker g = toegang.huidige();
        List<Kolomindelingen.Kolomindeling> lijst = kolomindelingen.lijst(g, null);
        model.addAttribute("kolomindelingen", lijst);
        model.addAttribute("wijzigbaar", lijst.stream().filter(k -> kolomindelingen.magWijzigen(g, k))
                .map(Kolomindelingen.Kolomindeling::id).toList());
        model.addAttribute("magMaken", !kolomindelingen.provinciesVoorNieuw(g).isEmpty());
        model.addAttribute("provincienamen", provincienamen());
        if (opgeslagen != null) {
            lijst.stream().filter(k -> k.id() == opgeslagen).findFirst()
                    .ifPresent(k -> model.addAttribute("opgeslagen", k));
        }
        return "toezicht/kolomindelingen";
    }

    @GetMapping("/cijfers/kolomindelingen/nieuw")
    String nieuw(@RequestParam(required = false) String soort, Model model) {
        Gebruiker g = toegang.huidige();
        KolomindelingFormulier f = new KolomindelingFormulier();
        List<ImportSoort> soorten = importer.vereisSoorten(g);
        f.setSoort(soorten.stream().map(ImportSoort::name).filter(s -> s.equals(soort)).findFirst()
                .orElse(soorten.contains(ImportSoort.COA_STAND) ? ImportSoort.COA_STAND.name()
                        : soorten.get(0).name()));
        List<String> provincies = kolomindelingen.provinciesVoorNieuw(g);
        f.setProvincie(provincies.isEmpty() ? null : provincies.size() > 1 && provincies.get(0).isEmpty()
                && !g.provincies(nl.woonregie.platform.security.Rol.TOEZICHTHOUDER).isEmpty()
                ? provincies.get(1) : provincies.get(0));
        return formulier(model, g, f, null, List.of());
    }

    @PostMapping("/cijfers/kolomindelingen/nieuw")
    String maak(@ModelAttribute("kolomindeling") KolomindelingFormulier f, BindingResult fouten,
            HttpServletRequest request, Model model) {
        Gebruiker g = toegang.huidige();
        importer.vereisSoorten(g);
        if ("lezen".equals(f.getActie())) {
            return formulier(model, g, f, null, kopregel(f, fouten));
        }
        if ("soort".equals(f.getActie())) { // another kind: its columns, every typed value kept
            return formulier(model, g, f, null, List.of());
        }
        try {
            Kolomindelingen.Kolomindeling k = kolomindelingen.maak(g, verzoek(f, null), Client.van(request));
            return "redirect:/cijfers/kolomindelingen?opgeslagen=" + k.id();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            zetFouten(fouten, e, model);
            return formulier(model, g, f, null, List.of());
        }
    }

    @GetMapping("/cijfers/kolomindelingen/{id}")
    String bekijk(@PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        Kolomindelingen.Kolomindeling k = kolomindelingen.lees(g, id);
        return formulier(model, g, KolomindelingFormulier.van(k), k, List.of());
    }

    @PostMapping("/cijfers/kolomindelingen/{id}")
    String wijzig(@PathVariable long id, @ModelAttribute("kolomindeling") KolomindelingFormulier f,
            BindingResult fouten, HttpServletRequest request, Model model) {
        Gebruiker g = toegang.huidige();
        Kolomindelingen.Kolomindeling huidig = kolomindelingen.lees(g, id);
        if ("lezen".equals(f.getActie())) {
            return formulier(model, g, f, huidig, kopregel(f, fouten));
        }
        if ("soort".equals(f.getActie())) {
            return formulier(model, g, f, huidig, List.of());
        }
        Integer versie = null;
        try {
            versie = f.getVersie() == null ? null : Integer.valueOf(f.getVersie().strip());
        } catch (NumberFormatException e) {
            // the service names the missing version
        }
        try {
            kolomindelingen.wijzig(g, id, versie, verzoek(f, huidig.provincie()), Client.van(request));
            return "redirect:/cijfers/kolomindelingen?opgeslagen=" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            zetFouten(fouten, e, model);
            return formulier(model, g, f, huidig, List.of());
        }
    }

    private String formulier(Model model, Gebruiker g, KolomindelingFormulier f, Kolomindelingen.Kolomindeling k,
            List<String> kop) {
        List<ImportSoort> soorten = importer.vereisSoorten(g);
        model.addAttribute("kolomindeling", f);
        model.addAttribute("bestaand", k);
        model.addAttribute("magWijzigen", k == null || kolomindelingen.magWijzigen(g, k));
        model.addAttribute("soorten", soorten);
        model.addAttribute("provincies", k == null ? kolomindelingen.provinciesVoorNieuw(g) : List.of());
        model.addAttribute("provincienamen", provincienamen());
        ImportSoort soort = Arrays.stream(ImportSoort.values()).filter(s -> s.name().equals(f.getSoort()))
                .findFirst().orElse(soorten.get(0));
        model.addAttribute("gekozenSoort", soort);
        List<Doelkolom> doel = new ArrayList<>();
        for (Kolom kolom : soort.kolommen) {
            doel.add(new Doelkolom(kolom.naam(), Kolomindelingen.OMSCHRIJVING.getOrDefault(kolom.naam(),
                    kolom.naam()), kolom.verplicht() && !(soort == ImportSoort.COA_STAND
                            && kolom.naam().equals("periode"))));
        }
        model.addAttribute("doelkolommen", doel);
        model.addAttribute("kopregel", kop);
        if (!model.containsAttribute(Bindingfouten.FOUTFORMULIER)) {
            model.addAttribute(Bindingfouten.FOUTFORMULIER, "kolomindeling");
        }
        return "toezicht/kolomindeling";
    }

    /** The column names on the header line of the example file (an error at the file field when unreadable). */
    private static List<String> kopregel(KolomindelingFormulier f, BindingResult fouten) {
        MultipartFile voorbeeld = f.getVoorbeeld();
        if (voorbeeld == null || voorbeeld.isEmpty()) {
            fouten.rejectValue("voorbeeld", "verplicht", "kies een voorbeeldbestand van de bron");
            return List.of();
        }
        int koprij;
        try {
            koprij = Integer.parseInt(f.getKoprij() == null ? "" : f.getKoprij().strip());
        } catch (NumberFormatException e) {
            fouten.rejectValue("koprij", "ongeldig", "een regelnummer van 1 tot en met 50");
            return List.of();
        }
        try {
            Bestand bestand = Upload.van(voorbeeld);
            List<String> kop = TabelLezer.kopregel(bestand, koprij);
            if (kop.isEmpty()) {
                fouten.rejectValue("koprij", "leeg", "regel " + koprij + " van het bestand is leeg: op welke regel "
                        + "staan de kolomnamen?");
            }
            return kop;
        } catch (ApiException e) {
            fouten.rejectValue("voorbeeld", "onleesbaar", e.invalidParams().isEmpty() ? e.getMessage()
                    : e.invalidParams().get(0).reason());
            return List.of();
        }
    }

    private static Kolomindelingen.Kolomindelingverzoek verzoek(KolomindelingFormulier f, String provincie) {
        Integer koprij = null;
        try {
            koprij = f.getKoprij() == null || f.getKoprij().isBlank() ? null : Integer.valueOf(f.getKoprij().strip());
        } catch (NumberFormatException e) {
            koprij = -1; // named by the service as outside 1–50
        }
        List<String> overslaan = f.getOverslaan() == null ? List.of() : Arrays.stream(f.getOverslaan().split("[;\\n]"))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new Kolomindelingen.Kolomindelingverzoek(f.getNaam(), f.getSoort(),
                provincie != null ? provincie : f.getProvincie(), koprij, f.getKolommen(), f.getVasteWaarden(),
                overslaan, null);
    }

    /** The service's fields at the form's fields: {@code kolommen.x} at the map entry, the rest as they are named. */
    private static void zetFouten(BindingResult fouten, ApiException e, Model model) {
        if (e.status().value() == 409) {
            fouten.reject("gewijzigd", e.getMessage());
            return;
        }
        List<InvalidParam> overig = new ArrayList<>();
        for (InvalidParam p : e.invalidParams()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(kolommen|vasteWaarden)\\.(.+)$")
                    .matcher(p.name());
            if (m.matches()) {
                fouten.rejectValue(m.group(1) + "[" + m.group(2) + "]", "ongeldig", p.reason());
            } else if (p.name().startsWith("overslaan")) {
                fouten.rejectValue("overslaan", "ongeldig", p.reason());
            } else {
                overig.add(p);
            }
        }
        Bindingfouten.voegToe(fouten, overig);
        model.addAttribute(Bindingfouten.FOUTFORMULIER, "kolomindeling");
    }

    private Map<String, String> provincienamen() {
        Map<String, String> namen = new LinkedHashMap<>();
        namen.put("", "Landelijk");
        gebied.provincies().forEach(p -> namen.put(p.code(), p.naam()));
        return namen;
    }
}
