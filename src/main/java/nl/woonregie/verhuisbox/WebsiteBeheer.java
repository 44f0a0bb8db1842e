package nl.woonregie.verhuisbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The maintained list of housing-allocation websites: a COORDINATOR adds a site or changes its region, provinces,
 * registration fee, renewal rule and notes (e.g. corporations' special rules), or sets it inactive. Audited.
 */
@RestController
@Tag(name = "Verhuisbox")
class WebsiteBeheer {

    private final VerhuisboxToegang toegang;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    WebsiteBeheer(VerhuisboxToegang toegang, JdbcClient jdbc, AuditLog audit) {
        this.toegang = toegang;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Website(String naam, String regio, List<String> provincies, BigDecimal kosten, String verlenging,
            String notities, Boolean actief) {
    }

    @PostMapping(VerhuisboxController.API + "/websites")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Voeg een woonnetverdeelsysteem toe (COORDINATOR)")
    @Transactional
    Map<String, Object> voegToe(@RequestBody Website w, HttpServletRequest request) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        controleer(w);
        long id;
        try {
            id = jdbc.sql("""
                    insert into vhb_website (naam, regio, provincies, kosten, verlenging, notities, actief)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(w.naam().strip(), leeg(w.regio()), provincies(w), w.kosten(), leeg(w.verlenging()),
                            leeg(w.notities()), w.actief() == null || w.actief())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Bestaat al", "Er is al een website met deze naam.",
                    List.of(new InvalidParam("naam", "bestaat al")));
        }
        audit.record(g.actor(), "VHB_WEBSITE_TOEGEVOEGD", "vhb_website", Long.toString(id), null, waarden(w),
                Client.van(request));
        return Map.of("id", id);
    }

    @PutMapping(VerhuisboxController.API + "/websites/{id}")
    @Operation(summary = "Wijzig een woonnetverdeelsysteem: regio, provincies, kosten, verlenging, bijzonderheden, actief")
    @Transactional
    Map<String, Object> wijzig(@PathVariable long id, @RequestBody Website w, HttpServletRequest request) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        controleer(w);
        Map<String, Object> oud = jdbc.sql("select naam, regio, provincies::text, kosten, verlenging, notities, actief "
                        + "from vhb_website where id = ?").param(id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Website " + id + " bestaat niet."));
        try {
            jdbc.sql("""
                    update vhb_website set naam = ?, regio = ?, provincies = ?, kosten = ?, verlenging = ?,
                        notities = ?, actief = ? where id = ?""")
                    .params(w.naam().strip(), leeg(w.regio()), provincies(w), w.kosten(), leeg(w.verlenging()),
                            leeg(w.notities()), w.actief() == null || w.actief(), id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Bestaat al", "Er is al een website met deze naam.",
                    List.of(new InvalidParam("naam", "bestaat al")));
        }
        audit.record(g.actor(), "VHB_WEBSITE_GEWIJZIGD", "vhb_website", Long.toString(id), new LinkedHashMap<>(oud),
                waarden(w), Client.van(request));
        return Map.of("id", id);
    }

    private static void controleer(Website w) {
        List<InvalidParam> f = new ArrayList<>();
        if (w.naam() == null || w.naam().isBlank() || w.naam().length() > 200) {
            f.add(new InvalidParam("naam", "verplicht, hoogstens 200 tekens"));
        }
        if (w.regio() != null && w.regio().length() > 200) {
            f.add(new InvalidParam("regio", "hoogstens 200 tekens"));
        }
        if (w.kosten() != null && (w.kosten().signum() < 0 || w.kosten().scale() > 2
                || w.kosten().compareTo(new BigDecimal("10000")) >= 0)) {
            f.add(new InvalidParam("kosten", "een bedrag in euro's met hoogstens 2 decimalen, 0 of meer"));
        }
        if (w.verlenging() != null && w.verlenging().length() > 500) {
            f.add(new InvalidParam("verlenging", "hoogstens 500 tekens"));
        }
        if (w.notities() != null && w.notities().length() > 2000) {
            f.add(new InvalidParam("notities", "hoogstens 2000 tekens"));
        }
        if (w.provincies() != null) {
            for (int i = 0; i < w.provincies().size(); i++) {
                String p = w.provincies().get(i);
                if (p == null || p.isBlank() || p.length() > 100) {
                    f.add(new InvalidParam("provincies[" + i + "]", "een provincienaam"));
                }
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De website is niet geldig.", f);
        }
    }

    private static String[] provincies(Website w) {
        return w.provincies() == null ? new String[0] : w.provincies().stream().map(String::strip).toArray(String[]::new);
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> waarden(Website w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", w.naam());
        m.put("regio", w.regio());
        m.put("provincies", w.provincies());
        m.put("kosten", w.kosten());
        m.put("verlenging", w.verlenging());
        m.put("notities", w.notities());
        m.put("actief", w.actief());
        return m;
    }
}
