package nl.woonregie.platform.post;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the outbox ({@code /beheer/post}): whether a mail server is configured, the failed and
 * waiting messages, the sent ones, each with its attempts; offering a message again; a test message.
 */
@Controller
class PostPagina {

    private final Post post;
    private final Toegang toegang;

    PostPagina(Post post, Toegang toegang) {
        this.post = post;
        this.toegang = toegang;
    }

    /** The test message form: the address as typed. */
    public record TestFormulier(String aan) {
    }

    @GetMapping("/beheer/post")
    String pagina(Model model) {
        toegang.rol(Rol.BEHEERDER);
        model.addAttribute("test", new TestFormulier(null));
        vul(model);
        return "beheer/post";
    }

    @GetMapping("/beheer/post/{id}")
    String bericht(@PathVariable long id, Model model) {
        model.addAttribute("bericht", post.lees(id, toegang.rol(Rol.BEHEERDER)));
        return "beheer/post-bericht";
    }

    @PostMapping("/beheer/post/test")
    String test(@ModelAttribute("test") TestFormulier f, BindingResult fouten, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        try {
            post.testbericht(f.aan(), toegang.rol(Rol.BEHEERDER), Client.van(request));
            redirect.addFlashAttribute("melding", "Het testbericht aan " + f.aan().strip() + " staat in de uitgaande "
                    + "post" + (post.serverIngesteld() ? " en wordt nu verzonden." : "; er is geen mailserver "
                            + "ingesteld, dus het blijft daar tot er een is."));
            return "redirect:/beheer/post";
        } catch (ApiException e) {
            Bindingfouten.voegToe(fouten, e);
        }
        vul(model);
        return "beheer/post";
    }

    @PostMapping("/beheer/post/{id}/opnieuw")
    String opnieuw(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Bericht b = post.opnieuw(id, toegang.rol(Rol.BEHEERDER), Client.van(request));
            redirect.addFlashAttribute("melding", "Het bericht aan " + b.aan() + " is opnieuw aangeboden.");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fouten", List.of(e.getMessage()));
        }
        return "redirect:/beheer/post";
    }

    private void vul(Model model) {
        model.addAttribute("berichten", post.overzicht(toegang.rol(Rol.BEHEERDER)));
        model.addAttribute("serverIngesteld", post.serverIngesteld());
        model.addAttribute("nietVerzonden", post.aantal(Poststatus.NIET_VERZONDEN));
        model.addAttribute("mislukt", post.aantal(Poststatus.MISLUKT));
    }
}
