package nl.woonregie.platform.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the audit trail, newest first, filterable (BEHEERDER). */
@RestController
@Tag(name = "Beheer")
class AuditController {

    private final AuditTrail trail;
    private final Toegang toegang;

    AuditController(AuditTrail trail, Toegang toegang) {
        this.trail = trail;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Audittrail (BEHEERDER), filterbaar op actor, actie, objecttype, object en datum")
    Map<String, Object> audit(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String actie, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", format = "date")) String van,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", format = "date")) String tot,
            @RequestParam(defaultValue = "1") String pagina,
            @RequestParam(defaultValue = "100") String paginaGrootte) {
        toegang.rol(Rol.BEHEERDER);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate vanaf = datum(van, "van", fouten);
        LocalDate totEnMet = datum(tot, "tot", fouten);
        int p = geheel(pagina, "pagina", 1, 1_000_000, fouten);
        int grootte = geheel(paginaGrootte, "paginaGrootte", 1, 1000, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Ongeldige parameters.", fouten);
        }
        AuditTrail.Pagina resultaat = trail.zoek(new AuditTrail.Filter(actor, actie, objectType, objectId, vanaf,
                totEnMet), p, grootte);
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("audit", resultaat.regels());
        antwoord.put("pagina", p);
        antwoord.put("paginaGrootte", grootte);
        antwoord.put("totaalAantal", resultaat.totaal());
        return antwoord;
    }

    private static LocalDate datum(String value, String naam, List<InvalidParam> fouten) {
        if (value == null) {
            return null;
        }
        try {
            return IsoDatum.parse(value);
        } catch (RuntimeException e) {
            fouten.add(new InvalidParam(naam, "moet een datum zijn (JJJJ-MM-DD)"));
            return null;
        }
    }

    private static int geheel(String value, String naam, int min, int max, List<InvalidParam> fouten) {
        try {
            int v = Integer.parseInt(value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fouten.add(new InvalidParam(naam, "moet een geheel getal van " + min + " tot " + max + " zijn"));
        return min;
    }
}
