package nl.woonregie.verhuisbox.geld;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.verhuisbox.Geld.Verstrekking;

/**
 * What happened to the money, as the audit trail records it: pots ({@code vhb_pot}), rules ({@code vhb_regel}),
 * exports ({@code vhb_team}) and the steps of a grant ({@code vhb_verstrekking}), with the values written since the
 * start.
 */
public sealed interface GeldGebeurtenis extends AuditGebeurtenis {

    /** The fields of a pot as the audit trail keeps them. */
    static Map<String, Object> potMap(Potten.Pot p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jaar", p.jaar());
        m.put("code", p.code());
        m.put("naam", p.naam());
        m.put("bedrag", p.bedrag());
        m.put("waarschuwingPct", p.waarschuwingPct());
        m.put("bron", p.bron());
        return m;
    }

    /** The fields of a grant as the audit trail keeps them. */
    static Map<String, Object> verstrekkingMap(Verstrekking v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("casus", v.casus());
        m.put("pot", v.potCode());
        m.put("jaar", v.jaar());
        m.put("soort", v.soort());
        m.put("vorm", v.vorm());
        m.put("bedrag", v.bedrag());
        m.put("status", v.status());
        m.put("gemeente", v.gemeente());
        m.put("eigenGemeente", v.eigenGemeente());
        if (v.woonoppervlakte() != null) {
            m.put("woonoppervlakte", v.woonoppervlakte());
        }
        if (v.kenmerk() != null) {
            m.put("kenmerk", v.kenmerk());
        }
        return m;
    }

    /** A step of a grant: the object is the grant ({@code vhb_verstrekking}). */
    sealed interface OverVerstrekking extends GeldGebeurtenis {

        Verstrekking verstrekking();

        default String objectType() {
            return "vhb_verstrekking";
        }

        default String objectId() {
            return String.valueOf(verstrekking().id());
        }
    }

    /** A step that changed a grant: the audit trail keeps its fields before ({@code vorige}) and after. */
    sealed interface VerstrekkingGewijzigd extends OverVerstrekking {

        Verstrekking vorige();

        default Map<String, ?> oud() {
            return verstrekkingMap(vorige());
        }
    }

    record PotAangemaakt(Potten.Pot pot, Actor door) implements GeldGebeurtenis {

        public String actie() {
            return "VHB_POT_AANGEMAAKT";
        }

        public String objectType() {
            return "vhb_pot";
        }

        public String objectId() {
            return String.valueOf(pot.id());
        }

        public Map<String, ?> nieuw() {
            return potMap(pot);
        }
    }

    record PotGewijzigd(Potten.Pot vorige, Potten.Pot pot, Actor door) implements GeldGebeurtenis {

        public String actie() {
            return "VHB_POT_GEWIJZIGD";
        }

        public String objectType() {
            return "vhb_pot";
        }

        public String objectId() {
            return String.valueOf(pot.id());
        }

        public Map<String, ?> oud() {
            return potMap(vorige);
        }

        public Map<String, ?> nieuw() {
            return potMap(pot);
        }
    }

    /** A rule added or replaced ({@code vorige}: the version before, null for a new rule). */
    record RegelVastgesteld(Potten.Regel vorige, Potten.Regel regel, Actor door) implements GeldGebeurtenis {

        public String actie() {
            return "VHB_REGEL_VASTGESTELD";
        }

        public String objectType() {
            return "vhb_regel";
        }

        public String objectId() {
            return String.valueOf(regel.id());
        }

        public Map<String, ?> oud() {
            return vorige == null ? null : Map.of("regel", vorige);
        }

        public Map<String, ?> nieuw() {
            return Map.of("regel", regel);
        }
    }

    /** The confirmation of the agreements after the intake was sent to the client (its e-mail in the outbox). */
    record IntakeBevestigd(long casus, long bevestiging, LocalDate gesprek, long bericht, Actor door)
            implements GeldGebeurtenis {

        public String actie() {
            return "VHB_INTAKEBEVESTIGING";
        }

        public String objectType() {
            return "vhb_casus";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("bevestiging", bevestiging);
            w.put("gesprek", gesprek.toString());
            w.put("bericht", bericht);
            return w;
        }

        public String omschrijving() {
            return "Afspraken uit het intakegesprek van " + nl.woonregie.platform.web.Weergave.dag(gesprek)
                    + " bevestigd aan de cliënt; e-mail in de uitgaande post";
        }
    }

    /** An export of money data (what, how many rows). */
    record Geexporteerd(long team, Map<String, ?> wat, Actor door) implements GeldGebeurtenis {

        public String actie() {
            return "VHB_GELD_EXPORT";
        }

        public String objectType() {
            return "vhb_team";
        }

        public String objectId() {
            return String.valueOf(team);
        }

        public Map<String, ?> nieuw() {
            return wat;
        }
    }

    record Voorgesteld(Verstrekking verstrekking, Actor door) implements OverVerstrekking {

        public String actie() {
            return "VHB_VERSTREKKING_VOORGESTELD";
        }

        public Map<String, ?> nieuw() {
            return verstrekkingMap(verstrekking);
        }
    }

    record Goedgekeurd(Verstrekking vorige, Verstrekking verstrekking, Actor door) implements VerstrekkingGewijzigd {

        public String actie() {
            return "VHB_VERSTREKKING_GOEDGEKEURD";
        }

        public Map<String, ?> nieuw() {
            return verstrekkingMap(verstrekking);
        }
    }

    record Afgewezen(Verstrekking vorige, Verstrekking verstrekking, String reden, Actor door)
            implements VerstrekkingGewijzigd {

        public String actie() {
            return "VHB_VERSTREKKING_AFGEWEZEN";
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = verstrekkingMap(verstrekking);
            m.put("reden", reden);
            return m;
        }
    }

    record Betaald(Verstrekking vorige, Verstrekking verstrekking, LocalDate betaaldOp, String referentie,
            Actor door) implements VerstrekkingGewijzigd {

        public String actie() {
            return "VHB_VERSTREKKING_BETAALD";
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = verstrekkingMap(verstrekking);
            m.put("betaaldOp", betaaldOp.toString());
            m.put("referentie", referentie);
            return m;
        }
    }

    record OverschrijdingToegestaan(Verstrekking verstrekking, String reden, Actor door) implements OverVerstrekking {

        public String actie() {
            return "VHB_POT_OVERSCHRIJDING_TOEGESTAAN";
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = verstrekkingMap(verstrekking);
            m.put("reden", reden);
            return m;
        }
    }

    /** A step of a loan (its terms, a repayment, a follow-up note): the object is the loan ({@code vhb_lening}). */
    sealed interface OverLening extends GeldGebeurtenis {

        long verstrekking();

        default String objectType() {
            return "vhb_lening";
        }

        default String objectId() {
            return String.valueOf(verstrekking());
        }
    }

    /** The terms of a loan recorded ({@code vorige} null) or changed. */
    record LeningVoorwaardenVastgelegd(long verstrekking, Map<String, Object> vorige, Map<String, Object> voorwaarden,
            Actor door) implements OverLening {

        public String actie() {
            return "VHB_LENING_VOORWAARDEN";
        }

        public Map<String, ?> oud() {
            return vorige;
        }

        public Map<String, ?> nieuw() {
            return voorwaarden;
        }
    }

    record AflossingVastgelegd(long verstrekking, long aflossing, LocalDate datum, java.math.BigDecimal bedrag,
            String referentie, Actor door) implements OverLening {

        public String actie() {
            return "VHB_LENING_AFLOSSING";
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("aflossing", aflossing);
            m.put("datum", datum.toString());
            m.put("bedrag", bedrag);
            m.put("referentie", referentie);
            return m;
        }
    }

    record OpvolgingVastgelegd(long verstrekking, long opvolging, String soort, String toelichting, Actor door)
            implements OverLening {

        public String actie() {
            return "VHB_LENING_OPVOLGING";
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("opvolging", opvolging);
            m.put("soort", soort);
            m.put("toelichting", toelichting);
            return m;
        }
    }
}
