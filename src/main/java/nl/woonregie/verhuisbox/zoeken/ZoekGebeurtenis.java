package nl.woonregie.verhuisbox.zoeken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.platform.web.Labels;

/**
 * What happened while searching, as the audit trail records it: on a case (object type {@code vhb_casus}, with the
 * description its timeline shows) or on the list of housing sites ({@code vhb_website}).
 */
public sealed interface ZoekGebeurtenis extends AuditGebeurtenis {

    /** The case was registered on a site (whether credentials went into the vault; never the credentials). */
    record Ingeschreven(long casus, String website, LocalDate datum, BigDecimal kosten, boolean inloggegevensInKluis,
            Actor door) implements ZoekGebeurtenis {

        public String actie() {
            return "VHB_INSCHRIJVING";
        }

        public String objectType() {
            return "vhb_casus";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("website", website);
            w.put("datum", datum.toString());
            w.put("kosten", kosten);
            w.put("inloggegevensInKluis", inloggegevensInKluis);
            return w;
        }

        public String omschrijving() {
            return "Ingeschreven op " + website + (inloggegevensInKluis ? " (inloggegevens in de kluis)" : "");
        }
    }

    /** Credentials were revealed from the vault (in the transaction of the reveal: no reveal without its record). */
    record KluisOnthuld(long casus, long inschrijving, Actor door) implements ZoekGebeurtenis {

        public String actie() {
            return "VHB_KLUIS_ONTHULD";
        }

        public String objectType() {
            return "vhb_casus";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            return Map.of("inschrijving", inschrijving);
        }

        public String omschrijving() {
            return "Inloggegevens uit de kluis getoond (inschrijving " + inschrijving + ")";
        }
    }

    /** A reaction on a dwelling. */
    record Gereageerd(long casus, String woning, String soort, Actor door) implements ZoekGebeurtenis {

        public String actie() {
            return "VHB_REACTIE";
        }

        public String objectType() {
            return "vhb_casus";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            return Map.of("woning", woning, "soort", soort);
        }

        public String omschrijving() {
            return "Reactie (" + Labels.inZin("verhuisbox.zoeken.Reactie", soort) + "): " + woning;
        }
    }

    /** A housing site was added to the list ({@code waarden}: the fields as given). */
    record WebsiteToegevoegd(long website, Map<String, Object> waarden, Actor door) implements ZoekGebeurtenis {

        public String actie() {
            return "VHB_WEBSITE_TOEGEVOEGD";
        }

        public String objectType() {
            return "vhb_website";
        }

        public String objectId() {
            return Long.toString(website);
        }

        public Map<String, ?> nieuw() {
            return waarden;
        }
    }

    /** A housing site was changed ({@code vorige}: the stored fields before; {@code waarden}: as given). */
    record WebsiteGewijzigd(long website, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements ZoekGebeurtenis {

        public String actie() {
            return "VHB_WEBSITE_GEWIJZIGD";
        }

        public String objectType() {
            return "vhb_website";
        }

        public String objectId() {
            return Long.toString(website);
        }

        public Map<String, ?> oud() {
            return vorige;
        }

        public Map<String, ?> nieuw() {
            return waarden;
        }
    }
    /** A search area was added to the register ({@code waarden}: as stored, with its versie). */
    record ZoekgebiedToegevoegd(long zoekgebied, Map<String, Object> waarden, Actor door) implements ZoekGebeurtenis {

        public String actie() {
            return "VHB_ZOEKGEBIED_TOEGEVOEGD";
        }

        public String objectType() {
            return "vhb_zoekgebied";
        }

        public String objectId() {
            return Long.toString(zoekgebied);
        }

        public Map<String, ?> nieuw() {
            return waarden;
        }
    }

    /** A search area of the register was changed ({@code vorige}: as stored before; {@code waarden}: after). */
    record ZoekgebiedGewijzigd(long zoekgebied, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements ZoekGebeurtenis {

        public String actie() {
            return "VHB_ZOEKGEBIED_GEWIJZIGD";
        }

        public String objectType() {
            return "vhb_zoekgebied";
        }

        public String objectId() {
            return Long.toString(zoekgebied);
        }

        public Map<String, ?> oud() {
            return vorige;
        }

        public Map<String, ?> nieuw() {
            return waarden;
        }
    }
}
