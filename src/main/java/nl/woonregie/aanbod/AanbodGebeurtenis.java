package nl.woonregie.aanbod;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What changed in a gemeente's supply: a source added, changed (a new version) or removed, each with the reason its
 * author gave. Recorded by the audit trail (object {@code aanbodbron}, its id).
 */
public sealed interface AanbodGebeurtenis extends AuditGebeurtenis permits AanbodGebeurtenis.VanBron,
        AanbodGebeurtenis.VanVariant, AanbodGebeurtenis.VanTelling, AanbodGebeurtenis.HuishoudensVastgelegd,
        AanbodGebeurtenis.VanNotitie, AanbodGebeurtenis.JaartabelVastgelegd {

    String gemeente();

    /** A change of a source: object {@code aanbodbron}. */
    sealed interface VanBron extends AanbodGebeurtenis permits BronToegevoegd, BronGewijzigd, BronVerwijderd {

        long bronId();

        @Override
        default String objectType() {
            return "aanbodbron";
        }

        @Override
        default String objectId() {
            return Long.toString(bronId());
        }
    }

    /** A change of a variant of the Plan: object {@code aanbodvariant}. */
    sealed interface VanVariant extends AanbodGebeurtenis permits VariantToegevoegd, VariantVerwijderd {

        long variantId();

        @Override
        default String objectType() {
            return "aanbodvariant";
        }

        @Override
        default String objectId() {
            return Long.toString(variantId());
        }
    }

    /** A source was added (version 1); {@code waarden}: its kind, facts and reason. */
    record BronToegevoegd(long bronId, String gemeente, Map<String, Object> waarden, Actor door)
            implements VanBron, MetWaarden {

        @Override
        public String actie() {
            return "AANBODBRON_TOEGEVOEGD";
        }
    }

    /** A source got a new version; {@code vorige} and {@code waarden}: the facts before and after, and the reason. */
    record BronGewijzigd(long bronId, String gemeente, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements VanBron, MetVorige {

        @Override
        public String actie() {
            return "AANBODBRON_GEWIJZIGD";
        }
    }

    /** A source was removed (its last version); {@code vorige}: its facts, {@code waarden}: the reason. */
    record BronVerwijderd(long bronId, String gemeente, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements VanBron, MetVorige {

        @Override
        public String actie() {
            return "AANBODBRON_VERWIJDERD";
        }
    }

    /** A named variant of the Plan was added; {@code waarden}: its name, changes and reason. */
    record VariantToegevoegd(long variantId, String gemeente, Map<String, Object> waarden, Actor door)
            implements VanVariant, MetWaarden {

        @Override
        public String actie() {
            return "AANBODVARIANT_TOEGEVOEGD";
        }
    }

    /** A variant was removed; {@code vorige}: its name and changes, {@code waarden}: the reason. */
    record VariantVerwijderd(long variantId, String gemeente, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements VanVariant, MetVorige {

        @Override
        public String actie() {
            return "AANBODVARIANT_VERWIJDERD";
        }
    }

    /** A change of a gemeente's own count: object {@code eigentelling}. */
    sealed interface VanTelling extends AanbodGebeurtenis permits TellingToegevoegd, TellingGewijzigd,
            TellingVerwijderd {

        long tellingId();

        @Override
        default String objectType() {
            return "eigentelling";
        }

        @Override
        default String objectId() {
            return Long.toString(tellingId());
        }
    }

    /** A count was recorded (version 1); {@code waarden}: its date, facts and reason. */
    record TellingToegevoegd(long tellingId, String gemeente, Map<String, Object> waarden, Actor door)
            implements VanTelling, MetWaarden {

        @Override
        public String actie() {
            return "EIGEN_TELLING_TOEGEVOEGD";
        }
    }

    /** A count got a new version; {@code vorige} and {@code waarden}: the facts before and after, and the reason. */
    record TellingGewijzigd(long tellingId, String gemeente, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements VanTelling, MetVorige {

        @Override
        public String actie() {
            return "EIGEN_TELLING_GEWIJZIGD";
        }
    }

    /** A count was removed (its last version); {@code vorige}: its facts, {@code waarden}: the reason. */
    record TellingVerwijderd(long tellingId, String gemeente, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements VanTelling, MetVorige {

        @Override
        public String actie() {
            return "EIGEN_TELLING_VERWIJDERD";
        }
    }

    /**
     * A new version of the households waiting by size and the dwellings expected for a period (object
     * {@code aanbodhuishoudens}, id {@code <gemeente>/<periode>}); {@code vorige}: the rows before (empty for the
     * first), {@code waarden}: the rows, version and reason.
     */
    record HuishoudensVastgelegd(String gemeente, String periode, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements AanbodGebeurtenis, MetVorige {

        @Override
        public String actie() {
            return "AANBOD_HUISHOUDENS_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "aanbodhuishoudens";
        }

        @Override
        public String objectId() {
            return gemeente + "/" + periode;
        }
    }

    /** A change of a note beside the forecast: object {@code aanbodnotitie}. */
    sealed interface VanNotitie extends AanbodGebeurtenis permits NotitieToegevoegd, NotitieGewijzigd,
            NotitieVerwijderd {

        long notitieId();

        @Override
        default String objectType() {
            return "aanbodnotitie";
        }

        @Override
        default String objectId() {
            return Long.toString(notitieId());
        }
    }

    /** A note beside the forecast was added (version 1); {@code waarden}: its day, source, text and reason. */
    record NotitieToegevoegd(long notitieId, String gemeente, Map<String, Object> waarden, Actor door)
            implements VanNotitie, MetWaarden {

        @Override
        public String actie() {
            return "AANBODNOTITIE_TOEGEVOEGD";
        }
    }

    /** A note got a new version; {@code vorige} and {@code waarden}: day, source and text before and after. */
    record NotitieGewijzigd(long notitieId, String gemeente, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements VanNotitie, MetVorige {

        @Override
        public String actie() {
            return "AANBODNOTITIE_GEWIJZIGD";
        }
    }

    /** A note was removed (its last version); {@code vorige}: its day, source and text, {@code waarden}: the reason. */
    record NotitieVerwijderd(long notitieId, String gemeente, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements VanNotitie, MetVorige {

        @Override
        public String actie() {
            return "AANBODNOTITIE_VERWIJDERD";
        }
    }

    /**
     * A new version of the gemeente's own year table (object {@code aanbodjaartabel}, id the gemeente);
     * {@code vorige}: the rows before (empty for the first), {@code waarden}: version, origin (and file), rows, reason.
     */
    record JaartabelVastgelegd(String gemeente, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements AanbodGebeurtenis, MetVorige {

        @Override
        public String actie() {
            return "AANBOD_JAARTABEL_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "aanbodjaartabel";
        }

        @Override
        public String objectId() {
            return gemeente;
        }
    }
}
