package nl.woonregie.gebied;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What changed in the reference data while the application runs: imported population files. Audited. */
public sealed interface GebiedGebeurtenis extends AuditGebeurtenis permits GebiedGebeurtenis.BevolkingGeimporteerd {

    /**
     * A CBS population file of one 1 January was imported (replacing the figures of an earlier import of that day,
     * {@code vorige}, when there was one).
     */
    record BevolkingGeimporteerd(long importId, LocalDate peildatum, String bron, String bestandsnaam, String sha256,
            int aantalGemeenten, long inwoners, BevolkingImportResultaat.Vorige vorige, Actor door)
            implements GebiedGebeurtenis {

        @Override
        public String actie() {
            return "BEVOLKING_GEIMPORTEERD";
        }

        @Override
        public String objectType() {
            return "bevolking_import";
        }

        @Override
        public String objectId() {
            return Long.toString(importId);
        }

        @Override
        public Map<String, ?> oud() {
            if (vorige == null) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("import", vorige.importId());
            m.put("sha256", vorige.sha256());
            m.put("inwoners", vorige.inwoners());
            return m;
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("peildatum", peildatum.toString());
            m.put("bron", bron);
            m.put("bestandsnaam", bestandsnaam);
            m.put("sha256", sha256);
            m.put("aantalGemeenten", aantalGemeenten);
            m.put("inwoners", inwoners);
            return m;
        }

        @Override
        public String omschrijving() {
            return "Bevolking op " + peildatum + " geïmporteerd (" + aantalGemeenten + " gemeenten)";
        }
    }
}
