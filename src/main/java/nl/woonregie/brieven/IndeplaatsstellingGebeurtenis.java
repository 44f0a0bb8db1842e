package nl.woonregie.brieven;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What happened to a letter of the interventieladder (issue 19 §3): a besluit tot indeplaatsstelling (step 5; object
 * {@code indeplaatsstelling}), a vooraankondiging (step 4; object {@code vooraankondiging}) or the verslag of the
 * indeplaatsstelling (step 6; object {@code indeplaatsstellingsverslag}), with the record's id.
 */
public sealed interface IndeplaatsstellingGebeurtenis extends AuditGebeurtenis permits
        IndeplaatsstellingGebeurtenis.Ontworpen, IndeplaatsstellingGebeurtenis.Besloten,
        IndeplaatsstellingGebeurtenis.Verzonden, IndeplaatsstellingGebeurtenis.TermijnNietGehaald,
        IndeplaatsstellingGebeurtenis.AankondigingOntworpen, IndeplaatsstellingGebeurtenis.AankondigingBesloten,
        IndeplaatsstellingGebeurtenis.AankondigingVerzonden, IndeplaatsstellingGebeurtenis.AankondigingGepubliceerd,
        IndeplaatsstellingGebeurtenis.VerslagOntworpen, IndeplaatsstellingGebeurtenis.VerslagBesloten,
        IndeplaatsstellingGebeurtenis.VerslagVerzonden, IndeplaatsstellingGebeurtenis.TerugvorderingVastgelegd {

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

    /** A vooraankondiging (step 4) was drafted: from a round (its id) or by the supervisor with a reason. */
    record AankondigingOntworpen(long besluit, String gemeente, String periode, Long ronde, String reden,
            LocalDate termijnTot, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String objectType() {
            return "vooraankondiging";
        }

        @Override
        public String actie() {
            return "VOORAANKONDIGING_ONTWORPEN";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gemeente", gemeente);
            m.put("periode", periode);
            if (ronde != null) {
                m.put("ronde", ronde);
            }
            if (reden != null) {
                m.put("reden", reden);
            }
            m.put("termijnTot", termijnTot.toString());
            return m;
        }
    }

    /** GS decided the vooraankondiging: date, number, the frozen PDF/A's SHA-256 and the copy line in it. */
    record AankondigingBesloten(long besluit, String gemeente, LocalDate besluitdatum, String besluitnummer,
            String sha256, String afschrift, int versie, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String objectType() {
            return "vooraankondiging";
        }

        @Override
        public String actie() {
            return "VOORAANKONDIGING_BESLOTEN";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("status", "CONCEPT", "versie", versie - 1);
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("status", "BESLOTEN", "versie", versie, "besluitdatum", besluitdatum.toString(),
                    "besluitnummer", besluitnummer, "sha256", sha256, "afschrift", afschrift);
        }
    }

    /** The decided vooraankondiging was sent to one addressee (the college's or, as copy to the council, the griffie). */
    record AankondigingVerzonden(long besluit, String gemeente, String besluitnummer, long contact, Contactrol rol,
            Verzendwijze wijze, Long bericht, int plaatsing, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String objectType() {
            return "vooraankondiging";
        }

        @Override
        public String actie() {
            return "VOORAANKONDIGING_VERZONDEN";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("besluitnummer", besluitnummer);
            m.put("contact", contact);
            m.put("rol", rol.name());
            m.put("verzendwijze", wijze.name());
            if (bericht != null) {
                m.put("postBericht", bericht);
            }
            m.put("plaatsing", plaatsing);
            return m;
        }
    }

    /** The publication of the decided vooraankondiging was recorded: when, where, the optional link. */
    record AankondigingGepubliceerd(long besluit, String gemeente, LocalDate op, String plaats, String link,
            int versie, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String objectType() {
            return "vooraankondiging";
        }

        @Override
        public String actie() {
            return "VOORAANKONDIGING_GEPUBLICEERD";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("gepubliceerd", false, "versie", versie - 1);
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gepubliceerdOp", op.toString());
            m.put("plaats", plaats);
            if (link != null) {
                m.put("link", link);
            }
            m.put("versie", versie);
            return m;
        }
    }

    /** A verslag of the indeplaatsstelling (step 6) was drafted for a decided step-5 besluit, with its costs. */
    record VerslagOntworpen(long besluit, String gemeente, long indeplaatsstelling, int acties,
            java.math.BigDecimal totaal, java.math.BigDecimal terugTeVorderen, String terugvorderingReden,
            Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String objectType() {
            return "indeplaatsstellingsverslag";
        }

        @Override
        public String actie() {
            return "INDEPLAATSSTELLINGSVERSLAG_ONTWORPEN";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gemeente", gemeente);
            m.put("indeplaatsstelling", indeplaatsstelling);
            m.put("acties", acties);
            m.put("totaal", totaal.toPlainString());
            m.put("terugTeVorderen", terugTeVorderen.toPlainString());
            if (terugvorderingReden != null) {
                m.put("terugvorderingReden", terugvorderingReden);
            }
            return m;
        }
    }

    /** GS decided the verslag: date, number and the frozen PDF/A's SHA-256. */
    record VerslagBesloten(long besluit, String gemeente, LocalDate besluitdatum, String besluitnummer,
            String sha256, int versie, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String objectType() {
            return "indeplaatsstellingsverslag";
        }

        @Override
        public String actie() {
            return "INDEPLAATSSTELLINGSVERSLAG_BESLOTEN";
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

    /** The decided verslag was sent to one addressee of the college. */
    record VerslagVerzonden(long besluit, String gemeente, String besluitnummer, long contact, Verzendwijze wijze,
            Long bericht, int plaatsing, Actor door) implements IndeplaatsstellingGebeurtenis {

        @Override
        public String objectType() {
            return "indeplaatsstellingsverslag";
        }

        @Override
        public String actie() {
            return "INDEPLAATSSTELLINGSVERSLAG_VERZONDEN";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("besluitnummer", besluitnummer);
            m.put("contact", contact);
            m.put("verzendwijze", wijze.name());
            if (bericht != null) {
                m.put("postBericht", bericht);
            }
            m.put("plaatsing", plaatsing);
            return m;
        }
    }

    /** The recovery's invoice date (and payment date) were recorded. */
    record TerugvorderingVastgelegd(long besluit, String gemeente, LocalDate oudeFactuurdatum, LocalDate oudBetaald,
            LocalDate factuurdatum, LocalDate betaaldOp, int versie, Actor door)
            implements IndeplaatsstellingGebeurtenis {

        @Override
        public String objectType() {
            return "indeplaatsstellingsverslag";
        }

        @Override
        public String actie() {
            return "TERUGVORDERING_VASTGELEGD";
        }

        @Override
        public Map<String, ?> oud() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("versie", versie - 1);
            if (oudeFactuurdatum != null) {
                m.put("factuurdatum", oudeFactuurdatum.toString());
            }
            if (oudBetaald != null) {
                m.put("betaaldOp", oudBetaald.toString());
            }
            return m;
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("versie", versie);
            m.put("factuurdatum", factuurdatum.toString());
            if (betaaldOp != null) {
                m.put("betaaldOp", betaaldOp.toString());
            }
            return m;
        }
    }
}
