package nl.woonregie.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/audit}: the audit trail, newest first, filterable (BEHEERDER). */
@RestController
@Tag(name = "Beheer")
class AuditController {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private final JdbcClient jdbc;
    private final Toegang toegang;
    private final JsonMapper json;

    AuditController(JdbcClient jdbc, Toegang toegang, JsonMapper json) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.json = json;
    }

    record AuditRegel(long id, OffsetDateTime tijdstip, String actor, String actie, String objectType,
            String objectId, JsonNode oudeWaarde, JsonNode nieuweWaarde, String client) {
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Audittrail (BEHEERDER), filterbaar op actor, actie, objecttype, object en datum")
    Map<String, Object> audit(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String actie, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, @RequestParam(defaultValue = "1") String pagina,
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
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (actor != null) {
            where.append(" and actor like :actor");
            params.put("actor", actor + "%");
        }
        if (actie != null) {
            where.append(" and actie = :actie");
            params.put("actie", actie);
        }
        if (objectType != null) {
            where.append(" and object_type = :objectType");
            params.put("objectType", objectType);
        }
        if (objectId != null) {
            where.append(" and object_id = :objectId");
            params.put("objectId", objectId);
        }
        if (vanaf != null) {
            where.append(" and tijdstip >= :van");
            params.put("van", vanaf.atStartOfDay(NL).toOffsetDateTime());
        }
        if (totEnMet != null) {
            where.append(" and tijdstip < :tot");
            params.put("tot", totEnMet.plusDays(1).atStartOfDay(NL).toOffsetDateTime());
        }
        long totaal = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        List<AuditRegel> regels = jdbc.sql("select id, tijdstip, actor, actie, object_type, object_id, "
                        + "oude_waarde::text, nieuwe_waarde::text, client from audit_log" + where
                        + " order by id desc limit :limit offset :offset")
                .params(params).param("limit", grootte).param("offset", (long) (p - 1) * grootte)
                .query((rs, n) -> new AuditRegel(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), boom(rs.getString(7)),
                        boom(rs.getString(8)), rs.getString(9)))
                .list();
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("audit", regels);
        antwoord.put("pagina", p);
        antwoord.put("paginaGrootte", grootte);
        antwoord.put("totaalAantal", totaal);
        return antwoord;
    }

    private JsonNode boom(String text) {
        return text == null ? null : json.readTree(text);
    }

    private static LocalDate datum(String value, String naam, List<InvalidParam> fouten) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
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
