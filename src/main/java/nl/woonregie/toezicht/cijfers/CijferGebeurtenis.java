package nl.woonregie.toezicht.cijfers;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.toezicht.regels.Periode;

/** What happened to the stored figures: imports, COA's final figure, leases. Recorded by the audit trail. */
public sealed interface CijferGebeurtenis extends AuditGebeurtenis permits CijferGebeurtenis.Geimporteerd,
        CijferGebeurtenis.CoaDefinitiefIngevoerd, CijferGebeurtenis.HuurcontractenIngediend,
        CijferGebeurtenis.KolomindelingOpgeslagen {

    /** A column coupling of a source was made ({@code vorige} null) or changed. */
    record KolomindelingOpgeslagen(long id, Map<String, Object> waarden, Map<String, Object> vorige, Actor door)
            implements CijferGebeurtenis, MetVorige {

        @Override
        public String actie() {
            return "KOLOMINDELING_OPGESLAGEN";
        }

        @Override
        public String objectType() {
            return "kolomindeling";
        }

        @Override
        public String objectId() {
            return Long.toString(id);
        }
    }

    /**
     * An import was confirmed. {@code waarden} and {@code vorige} are the audit's summary of what it added and
     * changed (the changed rows before, at most a fixed number of them).
     */
    record Geimporteerd(long importId, ImportSoort soort, Map<String, Object> waarden,
            Map<String, Object> vorige, Actor door) implements CijferGebeurtenis, MetVorige {

        @Override
        public String actie() {
            return "CIJFERS_GEIMPORTEERD";
        }

        @Override
        public String objectType() {
            return "cijfer_import";
        }

        @Override
        public String objectId() {
            return Long.toString(importId);
        }
    }

    /** COA's corrected final figure of a municipality and period was entered (replacing an earlier one, if any). */
    record CoaDefinitiefIngevoerd(String gemeente, Periode periode, long gehuisvest, String reden, Long vorigGehuisvest,
            String vorigeReden, Actor door) implements CijferGebeurtenis {

        @Override
        public String actie() {
            return "COA_DEFINITIEF_INGEVOERD";
        }

        @Override
        public String objectType() {
            return "coa_definitief";
        }

        @Override
        public String objectId() {
            return gemeente + "/" + periode.code();
        }

        @Override
        public Map<String, ?> oud() {
            if (vorigGehuisvest == null) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gehuisvestCoaDefinitief", vorigGehuisvest);
            m.put("reden", vorigeReden);
            return m;
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gehuisvestCoaDefinitief", gehuisvest);
            m.put("reden", reden);
            return m;
        }
    }

    /** A municipality submitted leases for the last two weeks of a period ({@code waarden}: the audit's view). */
    record HuurcontractenIngediend(String gemeente, Periode periode, Map<String, Object> waarden, Actor door)
            implements CijferGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "HUURCONTRACTEN_INGEDIEND";
        }

        @Override
        public String objectType() {
            return "huurcontract";
        }

        @Override
        public String objectId() {
            return gemeente + "/" + periode.code();
        }
    }
}
