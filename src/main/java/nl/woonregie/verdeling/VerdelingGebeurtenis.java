package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What changed in the distribution: populations fixed by a province, distributions stored, agreements that move
 * taakstelling (herverdeling) and exchanges of vergunninghouders (uitruil) recorded. Recorded by the audit trail.
 */
public sealed interface VerdelingGebeurtenis extends AuditGebeurtenis permits
        VerdelingGebeurtenis.HerindelingsbevolkingVastgesteld, VerdelingGebeurtenis.VerdelingVastgelegd,
        VerdelingGebeurtenis.HerverdelingVastgelegd, VerdelingGebeurtenis.UitruilVastgelegd {

    /** A province recorded the population of a gemeente after a herindeling (replacing an earlier figure, if any). */
    record HerindelingsbevolkingVastgesteld(String gemeente, LocalDate peildatum, long inwoners, String kenmerk,
            LocalDate besluitdatum, VastgesteldInwonertal vorige, Actor door) implements VerdelingGebeurtenis {

        @Override
        public String actie() {
            return "HERINDELINGSBEVOLKING_VASTGESTELD";
        }

        @Override
        public String objectType() {
            return "herindelingsbevolking";
        }

        @Override
        public String objectId() {
            return gemeente + "/" + peildatum;
        }

        @Override
        public Map<String, ?> oud() {
            if (vorige == null) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("inwoners", vorige.inwoners());
            m.put("kenmerk", vorige.kenmerk());
            m.put("besluitdatum", vorige.besluitdatum() == null ? null : vorige.besluitdatum().toString());
            return m;
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("inwoners", inwoners);
            m.put("kenmerk", kenmerk);
            m.put("besluitdatum", besluitdatum == null ? null : besluitdatum.toString());
            return m;
        }
    }

    /**
     * A distribution was stored as the taakstellingen of a period (through toezicht's import {@code importId}, null when
     * every stored value was already so); {@code waarden}: its inputs and what it changed.
     */
    record VerdelingVastgelegd(long verdelingId, String periode, Long importId, Map<String, Object> waarden, Actor door)
            implements VerdelingGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "VERDELING_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "verdeling";
        }

        @Override
        public String objectId() {
            return Long.toString(verdelingId);
        }
    }

    /**
     * An agreement between gemeenten moved taakstelling between them (art. 29 lid 2), stored through toezicht's import
     * {@code importId}; {@code waarden}: the decision and per gemeente the taakstelling before and after.
     */
    record HerverdelingVastgelegd(long herverdelingId, String periode, Long importId, Map<String, Object> waarden,
            Actor door) implements VerdelingGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "HERVERDELING_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "herverdeling";
        }

        @Override
        public String objectId() {
            return Long.toString(herverdelingId);
        }
    }

    /**
     * An exchange of vergunninghouders between two gemeenten was recorded as a correction of COA's final figure of
     * both; {@code waarden}: the agreement, the persons and both figures before and after.
     */
    record UitruilVastgelegd(long uitruilId, String periode, Map<String, Object> waarden, Actor door)
            implements VerdelingGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "UITRUIL_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "uitruil";
        }

        @Override
        public String objectId() {
            return Long.toString(uitruilId);
        }
    }
}
