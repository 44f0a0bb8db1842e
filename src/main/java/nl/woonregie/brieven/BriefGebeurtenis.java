package nl.woonregie.brieven;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What happened to the letters of a round. Recorded by the audit trail. */
public sealed interface BriefGebeurtenis extends AuditGebeurtenis permits BriefGebeurtenis.Vastgelegd,
        BriefGebeurtenis.OverZip, BriefGebeurtenis.Verzending, BriefGebeurtenis.InhoudGewijzigd {

    long ronde();

    /** About the ZIP of all letters of a round (recorded on the round). */
    sealed interface OverZip extends BriefGebeurtenis permits ZipGestart, ZipGemaakt {

        @Override
        default String objectType() {
            return "beoordelingsronde";
        }

        @Override
        default String objectId() {
            return Long.toString(ronde());
        }
    }

    /** A letter was frozen: stored with its kenmerk, date and SHA-256, for the round at this version. */
    record Vastgelegd(long ronde, String gemeente, String kenmerk, LocalDate datum, String sha256, int rondeVersie,
            int bytes, Actor door) implements BriefGebeurtenis {

        @Override
        public String actie() {
            return "BRIEF_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "brief";
        }

        @Override
        public String objectId() {
            return ronde + "/" + gemeente;
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kenmerk", kenmerk);
            m.put("datum", datum.toString());
            m.put("sha256", sha256);
            m.put("rondeVersie", rondeVersie);
            m.put("bytes", bytes);
            return m;
        }
    }

    /**
     * A frozen letter was sent to one addressee: placed in the outbox with its cover e-mail ({@code bericht}), or put on
     * the post list (by post), or recorded as not to send (no address); {@code vorm}: how the e-mail carried it (the PDF/A
     * attached or a download link, ADR 0055), null when not by e-mail. {@code plaatsing} counts the sendings of this
     * letter to this addressee (more than 1 after a failed e-mail or a new address).
     */
    record Verzending(long ronde, String gemeente, String kenmerk, long contact, Verzendwijze wijze,
            Verzendvorm vorm, Long bericht, int plaatsing, Actor door) implements BriefGebeurtenis {

        @Override
        public String actie() {
            return "BRIEF_VERZONDEN";
        }

        @Override
        public String objectType() {
            return "brief";
        }

        @Override
        public String objectId() {
            return ronde + "/" + gemeente;
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kenmerk", kenmerk);
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

    /**
     * The letter's content set during the review changed (ADR 0050): the round's part ({@code gemeente} null:
     * zaaknummer, signer, free paragraph) or a municipality's (Uw kenmerk, free paragraph, copy-to list), with the
     * values before ({@code vorige} null: there were none) and after.
     */
    record InhoudGewijzigd(long ronde, String gemeente, int versie, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements BriefGebeurtenis, MetVorige {

        @Override
        public String actie() {
            return "BRIEFINHOUD_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "briefinhoud";
        }

        @Override
        public String objectId() {
            return gemeente == null ? Long.toString(ronde) : ronde + "/" + gemeente;
        }
    }

    /** Making the ZIP of all letters of a round started. */
    record ZipGestart(long ronde, String status, int versie, int aantalBrieven, Actor door) implements OverZip {

        @Override
        public String actie() {
            return "BRIEVEN_ZIP_GESTART";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("status", status, "versie", versie, "aantalBrieven", aantalBrieven);
        }
    }

    /** The ZIP of a round is done (KLAAR or MISLUKT), with the letters that failed. */
    record ZipGemaakt(long ronde, Map<String, Object> waarden, Actor door) implements OverZip, MetWaarden {

        @Override
        public String actie() {
            return "BRIEVEN_ZIP_GEMAAKT";
        }
    }
}
