package nl.woonregie.platform.database;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What happened to the embedded database as a whole, as the audit trail records it. A restore replaces every row,
 * the audit trail's too (with the backup's): its entry is written right after the start that restored, so the
 * trail shows that and from which file. Backups change nothing and are not audited (the log has them).
 */
public sealed interface DatabaseGebeurtenis extends AuditGebeurtenis {

    @Override
    default String objectType() {
        return "database";
    }

    @Override
    default String objectId() {
        return "woonregie";
    }

    /**
     * The rows of a backup were restored at this start: on the operator's command ({@code woonregie.herstel}) or for
     * the upgrade of the PostgreSQL major version ({@code upgrade}: the export of the old cluster).
     */
    record Hersteld(String bestand, String sha256, String reden, String gemaakt, String schemaversie,
            long rijen, String postgresql, Actor door) implements DatabaseGebeurtenis {

        @Override
        public String actie() {
            return "DATABASE_HERSTELD";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bestand", bestand);
            m.put("sha256", sha256);
            m.put("reden", reden);
            m.put("backupGemaakt", gemaakt);
            m.put("schemaversie", schemaversie);
            m.put("rijen", rijen);
            m.put("postgresql", postgresql);
            return m;
        }

        @Override
        public String omschrijving() {
            return ("UPGRADE".equals(reden) ? "Database bijgewerkt naar PostgreSQL " + postgresql
                    + " (export van de vorige versie teruggezet)" : "Database teruggezet uit een back-up")
                    + ": " + bestand;
        }
    }
}
