package nl.woonregie.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail ({@code audit_log}, owned by this module): newest first, filtered. Access is the caller's. */
@Service
public class AuditTrail {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One entry as the API shows it. */
    public record AuditRegel(long id, OffsetDateTime tijdstip, String actor, String actie, String objectType,
            String objectId, JsonNode oudeWaarde, JsonNode nieuweWaarde, String client) {
    }

    /** What to look for; every part is optional. {@code actor} matches the start of the name; dates are inclusive. */
    public record Filter(String actor, String actie, String objectType, String objectId, LocalDate van,
            LocalDate tot) {
    }

    public record Pagina(List<AuditRegel> regels, long totaal) {
    }

    /** One entry of an object's history, oldest first: when, who, what, and its description. */
    public record Gebeurtenis(OffsetDateTime tijdstip, String actor, String actie, String omschrijving) {
    }

    /** The history of one object as the trail recorded it, oldest first (e.g. a Verhuisbox case's timeline). */
    public List<Gebeurtenis> vanObject(String objectType, String objectId) {
        return jdbc.sql("""
                select tijdstip, actor, actie, coalesce(omschrijving, actie) from audit_log
                where object_type = ? and object_id = ? order by id""").params(objectType, objectId)
                .query((rs, n) -> new Gebeurtenis(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    public Pagina zoek(Filter f, int pagina, int grootte) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.actor() != null) {
            where.append(" and actor like :actor");
            params.put("actor", f.actor() + "%");
        }
        if (f.actie() != null) {
            where.append(" and actie = :actie");
            params.put("actie", f.actie());
        }
        if (f.objectType() != null) {
            where.append(" and object_type = :objectType");
            params.put("objectType", f.objectType());
        }
        if (f.objectId() != null) {
            where.append(" and object_id = :objectId");
            params.put("objectId", f.objectId());
        }
        if (f.van() != null) {
            where.append(" and tijdstip >= :van");
            params.put("van", f.van().atStartOfDay(NL).toOffsetDateTime());
        }
        if (f.tot() != null) {
            where.append(" and tijdstip < :tot");
            params.put("tot", f.tot().plusDays(1).atStartOfDay(NL).toOffsetDateTime());
        }
        long totaal = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        List<AuditRegel> regels = jdbc.sql("select id, tijdstip, actor, actie, object_type, object_id, "
                        + "oude_waarde::text, nieuwe_waarde::text, client from audit_log" + where
                        + " order by id desc limit :limit offset :offset")
                .params(params).param("limit", grootte).param("offset", (long) (pagina - 1) * grootte)
                .query((rs, n) -> new AuditRegel(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), boom(rs.getString(7)),
                        boom(rs.getString(8)), rs.getString(9)))
                .list();
        return new Pagina(regels, totaal);
    }

    private JsonNode boom(String text) {
        return text == null ? null : json.readTree(text);
    }
}
