package nl.woonregie.toezicht.cijfers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.cijfers.internal.Bestand;
import nl.woonregie.toezicht.cijfers.internal.Upload;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Importing figures in the browser: upload a CSV or XLSX file, see the result of the check per row and column
 * before anything is stored, then confirm. The checked file waits in {@code import_concept} until then.
 */
@Controller
class ImportPagina {

    private static final Pattern REGEL_KOLOM = Pattern.compile("regel (\\d+)(?:, kolom (.+))?");

    private final Toegang toegang;
    private final CijferImport importer;
    private final JdbcClient jdbc;

    ImportPagina(Toegang toegang, CijferImport importer, JdbcClient jdbc) {
        this.toegang = toegang;
        this.importer = importer;
        this.jdbc = jdbc;
    }

    /** One error of the check, as shown in the table: line, column and reason. */
    record Fout(String regel, String kolom, String reden) {
    }

    @GetMapping("/cijfers/import")
    String formulier(Model model) {
        vul(model, toegang.rol(Rol.BEHEERDER, Rol.TOEZICHTHOUDER, Rol.COA));
        return "toezicht/import";
    }

    @PostMapping("/cijfers/import")
    String controleer(@RequestParam String soort, @RequestParam(required = false) String reden,
            HttpServletRequest request, Model model) {
        Gebruiker g = toegang.rol(Rol.BEHEERDER, Rol.TOEZICHTHOUDER, Rol.COA);
        ImportSoort s = soort(soort, g);
        vul(model, g);
        model.addAttribute("gekozen", s);
        Bestand bestand;
        try {
            bestand = Upload.lees(request);
            ImportResultaat resultaat = importer.controleer(s, bestand, g);
            jdbc.sql("delete from import_concept where aangemaakt_op < now() - interval '1 day'").update();
            long id = jdbc.sql("""
                    insert into import_concept (soort, bestandsnaam, formaat, inhoud, sha256, gebruiker, reden)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(s.name(), bestand.naam(), bestand.formaat().name(), bestand.inhoud(), bestand.sha256(),
                            g.gebruikersnaam(), reden == null || reden.isBlank() ? null : reden.strip())
                    .query(Long.class).single();
            model.addAttribute("concept", id);
            model.addAttribute("bestandsnaam", bestand.naam());
            model.addAttribute("resultaat", resultaat);
        } catch (ApiException e) {
            model.addAttribute("probleem", e.getMessage());
            model.addAttribute("fouten", fouten(e.invalidParams()));
        }
        return "toezicht/import";
    }

    /** Stores the checked file (one transaction, in CijferImport); the waiting copy is removed either way. */
    @PostMapping("/cijfers/import/{concept}/bevestigen")
    String bevestig(@PathVariable long concept, HttpServletRequest request, Model model) {
        Gebruiker g = toegang.rol(Rol.BEHEERDER, Rol.TOEZICHTHOUDER, Rol.COA);
        var rij = jdbc.sql("select soort, bestandsnaam, formaat, inhoud, reden from import_concept "
                        + "where id = ? and gebruiker = ?").params(concept, g.gebruikersnaam())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                    rs.getString(5)})
                .optional()
                .orElseThrow(() -> ApiException.notFound("Deze gecontroleerde upload bestaat niet (meer). "
                        + "Upload het bestand opnieuw."));
        ImportSoort s = soort((String) rij[0], g);
        Bestand bestand = new Bestand((byte[]) rij[3], (String) rij[1], Bestand.Formaat.valueOf((String) rij[2]));
        vul(model, g);
        model.addAttribute("gekozen", s);
        try {
            ImportResultaat resultaat = importer.importeer(s, bestand, (String) rij[4], g, Client.van(request));
            model.addAttribute("opgeslagen", resultaat);
        } catch (ApiException e) {
            // the stored figures changed since the check, or the file no longer passes: show it, store nothing
            model.addAttribute("probleem", e.getMessage());
            model.addAttribute("fouten", fouten(e.invalidParams()));
        }
        jdbc.sql("delete from import_concept where id = ?").param(concept).update();
        return "toezicht/import";
    }

    @PostMapping("/cijfers/import/{concept}/verwerpen")
    String verwerp(@PathVariable long concept, Model model) {
        Gebruiker g = toegang.rol(Rol.BEHEERDER, Rol.TOEZICHTHOUDER, Rol.COA);
        jdbc.sql("delete from import_concept where id = ? and gebruiker = ?").params(concept, g.gebruikersnaam())
                .update();
        return "redirect:/cijfers/import";
    }

    private void vul(Model model, Gebruiker g) {
        model.addAttribute("soorten", soorten(g));
    }

    static List<ImportSoort> soorten(Gebruiker g) {
        return switch (g.rol()) {
            case COA -> List.of(ImportSoort.COA_STAND);
            case TOEZICHTHOUDER -> List.of(ImportSoort.TAAKSTELLING, ImportSoort.BEGINSTAND);
            default -> List.of(ImportSoort.TAAKSTELLING, ImportSoort.BEGINSTAND, ImportSoort.COA_STAND);
        };
    }

    private static ImportSoort soort(String soort, Gebruiker g) {
        return soorten(g).stream().filter(s -> s.name().equals(soort)).findFirst()
                .orElseThrow(() -> ApiException.invalid("Deze soort import is niet toegestaan voor uw rol.",
                        List.of(new InvalidParam("soort", "niet toegestaan"))));
    }

    static List<Fout> fouten(List<InvalidParam> params) {
        List<Fout> fouten = new ArrayList<>();
        for (InvalidParam p : params) {
            Matcher m = REGEL_KOLOM.matcher(p.name());
            if (m.matches()) {
                fouten.add(new Fout(m.group(1), m.group(2) == null ? "–" : m.group(2), p.reason()));
            } else {
                fouten.add(new Fout("–", p.name(), p.reason()));
            }
        }
        return fouten;
    }
}
