package nl.woonregie.brieven;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What happened to a besluit tot indeplaatsstelling (step 5 of the interventieladder, issue 19 §3). Recorded by the
 * audit trail, object {@code indeplaatsstelling} with the besluit's id.
 */
public sealed interface IndeplaatsstellingGebeurtenis extends AuditGebeurtenis permits
        IndeplaatsstellingGebeurtenis.Ontworpen, IndeplaatsstellingGebeurtenis.Besloten,
        IndeplaatsstellingGebeurtenis.Verzonden, IndeplaatsstellingGebeurtenis.TermijnNietGehaald {

    long besluit();

    String gemeente();

    @Override
    default String objectType() {
        return "indeplaatsstelling";
    }

    @Override
    default String objectId() {
        return Long.toString(besluit());
    }

    /** A draft was made from the stored figures, with its terms (date=number). */
    record Ontworpen(long besluit, String gemeente, String periode, List<String> termijnen, Actor door)
            implements IndeplaatsstellingGebeurtenis {

        @Override
        public String actie() {
            return "INDEPLAATSSTELLING_ONTWORPEN";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("gemeente", gemeente, "periode", periode, "termijnen", termijnen);
        }
    }

    /** Gedeputeerde Staten decided: the date and number of the decision and the frozen PDF/A's SHA-256. */
    record Besloten(long besluit, String gemeente, LocalDate besluitdatum, String besluitnummer, String sha256,
            int versie, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String actie() {
            return "INDEPLAATSSTELLING_BESLOTEN";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("status", "CONCEPT", "versie", versie - 1);
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("status", "BESLOTEN", "versie", versie, "besluitdatum", besluitdatum.toString(),
                    "besluitnummer", besluitnummer, "sha256", sha256);
        }
    }

    /** The decided besluit was sent to one addressee (as a round's letter: outbox, post list or no address). */
    record Verzonden(long besluit, String gemeente, String besluitnummer, long contact, Verzendwijze wijze,
            Verzendvorm vorm, Long bericht, int plaatsing, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String actie() {
            return "INDEPLAATSSTELLING_VERZONDEN";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("besluitnummer", besluitnummer);
            m.put("contact", contact);
            m.put("verzendwijze", wijze.name());
            if (vorm != null) {
                m.put("verzendvorm", vorm.name());
            }
            if (bericht != null) {
                m.put("postBericht", bericht);
            }
            m.put("plaatsing", plaatsing);
            return m;
        }
    }

    /** A begunstigingstermijn passed without the required number housed: a finding on the supervisor's worklist. */
    record TermijnNietGehaald(long besluit, String gemeente, int termijn, LocalDate termijndatum, long vereist,
            long gehuisvest, LocalDate cijfersTot, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String actie() {
            return "BEGUNSTIGINGSTERMIJN_NIET_GEHAALD";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("termijn", termijn);
            m.put("termijndatum", termijndatum.toString());
            m.put("vereist", vereist);
            m.put("gehuisvest", gehuisvest);
            if (cijfersTot != null) {
                m.put("cijfersTot", cijfersTot.toString());
            }
            return m;
        }
    }
}
