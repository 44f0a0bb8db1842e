package nl.woonregie.document;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of documents: an object's documents with the upload form ({@code /documenten?objectsoort=…&objectId=…};
 * the pages of the objects themselves show the same list and form through the fragments in
 * {@code templates/document/documenten.html}), a document with its versions and the form for a new version, and the
 * two uploads. A refused upload is shown again with the message at its field; access and input are judged by
 * {@link Documenten}, as for the API.
 */
@Controller
class DocumentPagina {

    /** The upload form: the object (hidden), an optional title, the file, and where to return (hidden). */
    public record DocumentFormulier(String objectsoort, String objectId, String titel, MultipartFile bestand,
            String terug) {
    }

    /** The form of a new version: the file. */
    public record VersieFormulier(MultipartFile bestand) {
    }

    private final Documenten documenten;
    private final Toegang toegang;

    DocumentPagina(Documenten documenten, Toegang toegang) {
        this.documenten = documenten;
        this.toegang = toegang;
    }

    @GetMapping("/documenten")
    String object(@RequestParam(required = false) String objectsoort,
            @RequestParam(required = false) String objectId, Model model) {
        Gebruiker g = toegang.huidige();
        long id = id(objectId);
        List<Document> lijst = documenten.vanObject(objectsoort, id, g);
        vul(model, objectsoort, id, g, lijst);
        model.addAttribute("document", new DocumentFormulier(objectsoort, Long.toString(id), null, null, "documenten"));
        return "document/object";
    }

    @PostMapping("/documenten")
    String voegToe(@ModelAttribute("document") DocumentFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        long id = id(f.objectId());
        documenten.vereisToevoegen(f.objectsoort(), id, g); // refused before the file is read
        try {
            Document d = documenten.voegToe(f.objectsoort(), id, f.titel(), DocumentController.bestand(f.bestand()), g,
                    Client.van(request));
            Documenten.Documentobject o = documenten.object(f.objectsoort(), id, g);
            redirect.addFlashAttribute("documentmelding", "Het document “" + d.titel() + "” is toegevoegd.");
            redirect.addFlashAttribute("documentobject", sleutel(f.objectsoort(), id));
            String terug = "documenten".equals(f.terug()) ? objectpagina(f.objectsoort(), id) : o.pagina();
            return "redirect:" + (terug.contains("#") ? terug : terug + "#documenten-" + sleutel(f.objectsoort(), id));
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409 && e.status().value() != 413) {
                throw e;
            }
            toon(e, fouten, model);
            vul(model, f.objectsoort(), id, g, documenten.vanObject(f.objectsoort(), id, g));
            return "document/object";
        }
    }

    @GetMapping("/documenten/{id}")
    String document(@PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        vulDocument(model, documenten.lees(id, g), g);
        model.addAttribute("versie", new VersieFormulier(null));
        return "document/document";
    }

    @PostMapping("/documenten/{id}/versies")
    String voegVersieToe(@PathVariable long id, @ModelAttribute("versie") VersieFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        documenten.vereisNieuweVersie(id, g); // refused before the file is read
        try {
            Document d = documenten.voegVersieToe(id, DocumentController.bestand(f.bestand()), g, Client.van(request));
            redirect.addFlashAttribute("melding", "Versie " + d.versie() + " is toegevoegd; de vorige versies blijven "
                    + "bewaard.");
            return "redirect:/documenten/" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409 && e.status().value() != 413) {
                throw e;
            }
            toon(e, fouten, model);
            vulDocument(model, documenten.lees(id, g), g);
            return "document/document";
        }
    }

    private void vul(Model model, String objectsoort, long id, Gebruiker g, List<Document> lijst) {
        model.addAttribute("object", documenten.object(objectsoort, id, g));
        model.addAttribute("documenten", lijst);
        model.addAttribute("magToevoegen", documenten.rechten(objectsoort, id, g).toevoegen());
        model.addAttribute("sleutel", sleutel(objectsoort, id));
        model.addAttribute("maxGrootte", documenten.maxGrootte());
    }

    private void vulDocument(Model model, Document d, Gebruiker g) {
        model.addAttribute("doc", d);
        model.addAttribute("object", documenten.object(d.objectsoort(), d.objectId(), g));
        model.addAttribute("magToevoegen", !d.verwijderd()
                && documenten.rechten(d.objectsoort(), d.objectId(), g).toevoegen());
        model.addAttribute("maxGrootte", documenten.maxGrootte());
    }

    private static void toon(ApiException e, BindingResult fouten, Model model) {
        if (e.invalidParams().isEmpty()) {
            fouten.reject("melding", e.getMessage());
        } else {
            Bindingfouten.voegToe(fouten, e.invalidParams());
        }
        model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
    }

    /** The id of the object, from a link or a hidden field: 400 (the error page) when it is no positive number. */
    private static long id(String objectId) {
        Long id = DocumentController.id(objectId, "objectId", null);
        if (id == null) {
            throw ApiException.invalid("Het object ontbreekt.", List.of(new InvalidParam("objectId", "verplicht")));
        }
        return id;
    }

    static String sleutel(String objectsoort, long id) {
        return objectsoort + "-" + id;
    }

    static String objectpagina(String objectsoort, long id) {
        return UriComponentsBuilder.fromPath("/documenten").queryParam("objectsoort", objectsoort)
                .queryParam("objectId", id).build().toUriString();
    }
}
