package nl.woonregie.platform.audit;

import java.util.Map;

/**
 * A domain event that the audit trail records. Modules publish their events as records implementing this
 * interface (e.g. {@code RondeGebeurtenis.Vastgesteld}); {@link AuditLog} listens synchronously, inside the
 * publishing transaction, so a change and its audit entry commit together or not at all. The methods say how the
 * event appears in the trail; the event's own fields carry the facts for other listeners.
 */
public interface AuditGebeurtenis {

    /** Who did it. */
    Actor door();

    /** The kind of change, a stable code the audit API filters on, e.g. {@code RONDE_VASTGESTELD}. */
    String actie();

    /** The kind of object, e.g. {@code beoordelingsronde}. */
    String objectType();

    /** The object's identifier. */
    String objectId();

    /** The old values (null when there were none). */
    default Map<String, ?> oud() {
        return null;
    }

    /** The new values (null when there are none). */
    default Map<String, ?> nieuw() {
        return null;
    }

    /** A Dutch description for timelines (e.g. a Verhuisbox case's history); null when the code says enough. */
    default String omschrijving() {
        return null;
    }

    /** An event whose new values for the audit are a map it carries ({@code waarden}). */
    interface MetWaarden extends AuditGebeurtenis {

        Map<String, Object> waarden();

        @Override
        default Map<String, ?> nieuw() {
            return waarden();
        }
    }

    /** An event that also carries the old values ({@code vorige}; null when there were none). */
    interface MetVorige extends MetWaarden {

        Map<String, Object> vorige();

        @Override
        default Map<String, ?> oud() {
            return vorige();
        }
    }
}
