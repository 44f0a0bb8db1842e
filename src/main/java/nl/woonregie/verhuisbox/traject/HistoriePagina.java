package nl.woonregie.verhuisbox.traject;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.importbestand.Upload;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The coordinator uploads the team's spreadsheet of past cases ({@link Historie}, the same call as the API): the
 * file is imported at once or, with any error, nothing is stored and every error is listed by line and column.
 */
@Controller
class HistoriePagina {

    private static final Pattern REGEL_KOLOM = Pattern.compile("regel (\\d+)(?:, kolom (.+))?");

    private final Historie historie;
    private final VerhuisboxToegang toegang;

    HistoriePagina(Historie historie, VerhuisboxToegang toegang) {
        this.historie = historie;
        this.toegang = toegang;
    }

    /** One error as the table shows it: line, column and reason. */
    record Fout(String regel, String kolom, String reden) {
    }

    @GetMapping("/verhuisbox/historie")
    String formulier(Model model) {
        historie.vereisImporteren(toegang.huidige());
        model.addAttribute("kolommen", Historie.KOLOMMEN);
        return "verhuisbox/historie";
    }

    @PostMapping("/verhuisbox/historie")
    String importeer(@RequestParam(name = Upload.VELD, required = false) MultipartFile bestand,
            HttpServletRequest request, Model model) {
        Gebruiker g = historie.vereisImporteren(toegang.huidige()); // refused before the upload is read
        model.addAttribute("kolommen", Historie.KOLOMMEN);
        MultipartFile gekozen = bestand == null || (bestand.isEmpty() && (bestand.getOriginalFilename() == null
                || bestand.getOriginalFilename().isBlank())) ? null : bestand;
        model.addAttribute("bestandsnaam", gekozen == null ? null : gekozen.getOriginalFilename());
        try {
            model.addAttribute("resultaat", historie.importeer(g, Upload.van(gekozen), Client.van(request)));
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 413) {
                throw e;
            }
            model.addAttribute("probleem", e.getMessage());
            model.addAttribute("fouten", fouten(e.invalidParams()));
        }
        return "verhuisbox/historie";
    }

    static List<Fout> fouten(List<InvalidParam> params) {
        List<Fout> fouten = new ArrayList<>();
        for (InvalidParam p : params == null ? List.<InvalidParam>of() : params) {
            Matcher m = REGEL_KOLOM.matcher(p.name());
            fouten.add(m.matches() ? new Fout(m.group(1), m.group(2) == null ? "–" : m.group(2), p.reason())
                    : new Fout("–", p.name(), p.reason()));
        }
        return fouten;
    }

    /** The page on the coordinator's worklist. */
    @org.springframework.stereotype.Component
    static class Link implements Werklijstlink {

        @Override
        public List<Werklijstlink.Link> voor(Gebruiker g) {
            return VerhuisboxToegang.heeftTeamrol(g, Rol.COORDINATOR)
                    ? List.of(new Werklijstlink.Link(60, "/verhuisbox/historie", "Historische casussen importeren"))
                    : List.of();
        }
    }
}
