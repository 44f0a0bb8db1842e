package nl.woonregie.toezicht;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What changed in the beleidskaders a province authors in the product: a version saved, published, withdrawn.
 * Recorded by the audit trail.
 */
public sealed interface BeleidskaderGebeurtenis extends AuditGebeurtenis permits
        BeleidskaderGebeurtenis.BeleidskaderOpgeslagen, BeleidskaderGebeurtenis.BeleidskaderGepubliceerd,
        BeleidskaderGebeurtenis.BeleidskaderIngetrokken {

    /** A version of a kader was saved as a concept; {@code waarden}: the kader, its version, the reason. */
    record BeleidskaderOpgeslagen(long versieId, String provincie, String kaderId, int versie,
            Map<String, Object> waarden, Actor door) implements BeleidskaderGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "BELEIDSKADER_OPGESLAGEN";
        }

        @Override
        public String objectType() {
            return "beleidskader";
        }

        @Override
        public String objectId() {
            return Long.toString(versieId);
        }
    }

    /**
     * A version was published: rounds of its province use it from its start; {@code waarden} names the predecessor
     * whose validity it ends and that end (the day before the new kader starts), when there is one.
     */
    record BeleidskaderGepubliceerd(long versieId, String provincie, String kaderId, int versie,
            Map<String, Object> waarden, Actor door) implements BeleidskaderGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "BELEIDSKADER_GEPUBLICEERD";
        }

        @Override
        public String objectType() {
            return "beleidskader";
        }

        @Override
        public String objectId() {
            return Long.toString(versieId);
        }
    }

    /**
     * A published version no round used was withdrawn: rounds no longer use it; {@code waarden} names the reason and
     * the predecessor that holds again with its end then (none: it holds without end).
     */
    record BeleidskaderIngetrokken(long versieId, String provincie, String kaderId, int versie,
            Map<String, Object> waarden, Actor door) implements BeleidskaderGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "BELEIDSKADER_INGETROKKEN";
        }

        @Override
        public String objectType() {
            return "beleidskader";
        }

        @Override
        public String objectId() {
            return Long.toString(versieId);
        }
    }
}
