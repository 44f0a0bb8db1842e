package nl.woonregie.verhuisbox.traject;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Casussen.Toetsregel;
import nl.woonregie.verhuisbox.Casussen.Zoekregio;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Toetsbesluit;
import nl.woonregie.verhuisbox.Variant;

/**
 * What happened to a case in its trajectory, as the audit trail records it (object type {@code vhb_casus}, the
 * action codes and values unchanged since they were written directly) with the Dutch description the case's
 * timeline shows: codes by their labels ({@link Labels}), dates in words.
 */
public sealed interface CasusGebeurtenis extends AuditGebeurtenis {

    @Override
    default String objectType() {
        return "vhb_casus";
    }

    /** A referral was made. */
    record Gemeld(long casus, Categorie categorie, String organisatie, Actor door) implements CasusGebeurtenis {

        public String actie() {
            return "VHB_MELDING";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            return Map.of("categorie", categorie.name(), "organisatie", organisatie);
        }

        public String omschrijving() {
            return "Melding door " + organisatie + " (" + Labels.inZin(categorie) + ")";
        }
    }

    /** The state changed ({@code van} is null for the referral itself). */
    record StatusGewijzigd(long casus, Status van, Status naar, String reden, Actor door)
            implements CasusGebeurtenis {

        public String actie() {
            return "VHB_STATUS";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("van", van == null ? null : van.name());
            w.put("naar", naar.name());
            w.put("reden", reden);
            return w;
        }

        public String omschrijving() {
            return (van == null ? "" : Labels.van(van) + " → ") + Labels.van(naar) + ": " + reden;
        }
    }

    /** The ICP-toets was recorded (and, when every hard criterion was decided, its decision taken). */
    record Getoetst(long casus, int jaar, Toetsbesluit besluit, List<Toetsregel> criteria, Actor door)
            implements CasusGebeurtenis {

        public String actie() {
            return "VHB_TOETS";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            return Map.of("jaar", jaar, "besluit", besluit.name(), "criteria", criteria);
        }

        public String omschrijving() {
            return "ICP-toets vastgelegd (criteria " + jaar + "): " + Labels.inZin(besluit);
        }
    }

    /** A casemanager and/or administratief was assigned (account names as given; null when not). */
    record Toegewezen(long casus, String casemanager, String administratief, Actor door) implements CasusGebeurtenis {

        public String actie() {
            return "VHB_TOEGEWEZEN";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("casemanager", casemanager);
            w.put("administratief", administratief);
            return w;
        }

        public String omschrijving() {
            return "Toegewezen: casemanager " + (casemanager == null ? "–" : casemanager) + ", administratief "
                    + (administratief == null ? "–" : administratief);
        }
    }

    /** The service variant and the search regions were recorded. */
    record IntakeVastgelegd(long casus, Variant variant, List<Zoekregio> zoekregios, Actor door)
            implements CasusGebeurtenis {

        public String actie() {
            return "VHB_INTAKE";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            return Map.of("variant", variant.name(), "zoekregios", zoekregios);
        }

        public String omschrijving() {
            return "Dienstverlening " + Labels.inZin(variant) + ", zoekregio's vastgelegd";
        }
    }

    /** A checklist item was set. */
    record ChecklistGewijzigd(long casus, String lijst, String code, Checkstand stand, Actor door)
            implements CasusGebeurtenis {

        public String actie() {
            return "VHB_CHECKLIST";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("lijst", lijst);
            w.put("code", code);
            w.put("stand", stand.name());
            return w;
        }

        public String omschrijving() {
            return "Checklist " + Labels.inZin("verhuisbox.traject.Checklists", lijst) + ": "
                    + Checklists.omschrijving(lijst, code) + ": " + Labels.inZin(stand);
        }
    }

    /** A task of the case was completed by hand. */
    record TaakAfgerond(long casus, long taak, Actor door) implements CasusGebeurtenis {

        public String actie() {
            return "VHB_TAAK_AFGEROND";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            return Map.of("taak", taak);
        }

        public String omschrijving() {
            return "Taak afgerond";
        }
    }

    /** The family talk of the CJG rule was held (its day and the CJG gezinscoach). */
    record GezinsgesprekVastgelegd(long casus, LocalDate datum, String gezinscoach, Actor door)
            implements CasusGebeurtenis {

        public String actie() {
            return "VHB_GEZINSGESPREK";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("datum", datum.toString());
            w.put("gezinscoach", gezinscoach);
            return w;
        }

        public String omschrijving() {
            return "Gezinsgesprek gevoerd door de gezinscoach van het CJG (" + gezinscoach + ") op "
                    + Weergave.dag(datum);
        }
    }

    /** A hand-over to the receiving municipality was recorded and its e-mail placed in the outbox. */
    record Overgedragen(long casus, long overdracht, String organisatie, String contactpersoon, LocalDate datum,
            long bericht, Actor door) implements CasusGebeurtenis {

        public String actie() {
            return "VHB_OVERDRACHT";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("overdracht", overdracht);
            w.put("organisatie", organisatie);
            w.put("contactpersoon", contactpersoon);
            w.put("datum", datum.toString());
            w.put("bericht", bericht);
            return w;
        }

        public String omschrijving() {
            return "Warme overdracht aan " + organisatie + " (" + contactpersoon + ") op " + Weergave.dag(datum)
                    + "; e-mail in de uitgaande post";
        }
    }

    /** An intake appointment was planned (or moved: {@code gewijzigd}) and its e-mails placed in the outbox. */
    record IntakeafspraakGepland(long casus, long afspraak, LocalDate datum, String tijd, String plaats,
            boolean gewijzigd, int berichten, Actor door) implements CasusGebeurtenis {

        public String actie() {
            return gewijzigd ? "VHB_INTAKEAFSPRAAK_GEWIJZIGD" : "VHB_INTAKEAFSPRAAK";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("afspraak", afspraak);
            w.put("datum", datum.toString());
            w.put("tijd", tijd);
            w.put("plaats", plaats);
            w.put("berichten", berichten);
            return w;
        }

        public String omschrijving() {
            return (gewijzigd ? "Intakeafspraak verplaatst naar " : "Intakeafspraak gepland op ") + Weergave.dag(datum)
                    + " om " + tijd + " (" + plaats + "); "
                    + (berichten == 0 ? "geen e-mail (geen adres)" : Weergave.telling(berichten, "e-mail", "e-mails")
                            + " in de uitgaande post");
        }
    }

    /** The client was reminded of an intake appointment (the day before), or could not be (no usable address). */
    record IntakeafspraakHerinnerd(long casus, long afspraak, LocalDate datum, boolean verstuurd, Actor door)
            implements CasusGebeurtenis {

        public String actie() {
            return "VHB_INTAKEAFSPRAAK_HERINNERING";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("afspraak", afspraak);
            w.put("verstuurd", verstuurd);
            return w;
        }

        public String omschrijving() {
            return "Herinnering aan de intakeafspraak van " + Weergave.dag(datum) + (verstuurd
                    ? ": e-mail aan de cliënt in de uitgaande post" : ": niet verstuurd (geen e-mailadres)");
        }
    }

    /** The outcome of an intake appointment was recorded: the client came, or did not (a no-show). */
    record IntakeafspraakUitkomst(long casus, long afspraak, LocalDate datum, Intakeafspraken.Uitkomst uitkomst,
            Actor door) implements CasusGebeurtenis {

        public String actie() {
            return "VHB_INTAKEAFSPRAAK_UITKOMST";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("afspraak", afspraak);
            w.put("uitkomst", uitkomst.name());
            return w;
        }

        public String omschrijving() {
            return "Intakeafspraak van " + Weergave.dag(datum) + ": " + Labels.inZin(uitkomst);
        }
    }

    /** Housing in the client's own network was recorded (the intervention). */
    record NetwerkVastgelegd(long casus, LocalDate datum, String bij, boolean briefadres, boolean kostendelersnormUit,
            Actor door) implements CasusGebeurtenis {

        public String actie() {
            return "VHB_NETWERK";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("datum", datum.toString());
            w.put("bij", bij);
            w.put("briefadres", briefadres);
            w.put("kostendelersnormUit", kostendelersnormUit);
            return w;
        }

        public String omschrijving() {
            return "Huisvesting in het eigen netwerk bij " + bij + " per " + Weergave.dag(datum) + "; briefadres "
                    + (briefadres ? "ja" : "nee") + ", kostendelersnorm " + (kostendelersnormUit
                            ? "buiten toepassing" : "van toepassing");
        }
    }

    /** Whether (and from when) the Den Haag benefit ended after the housing. */
    record UitkeringVastgelegd(long casus, Boolean wasBeeindigd, LocalDate wasOp, boolean beeindigd, LocalDate op,
            Actor door) implements CasusGebeurtenis {

        public String actie() {
            return "VHB_UITKERING";
        }

        public String objectId() {
            return String.valueOf(casus);
        }

        public Map<String, ?> oud() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("beeindigd", wasBeeindigd);
            w.put("op", wasOp == null ? null : wasOp.toString());
            return w;
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("beeindigd", beeindigd);
            w.put("op", beeindigd && op != null ? op.toString() : null);
            return w;
        }

        public String omschrijving() {
            return beeindigd ? "Uitkering Den Haag beëindigd per " + Weergave.dag(op)
                    : "Uitkering Den Haag niet beëindigd";
        }
    }

    /** Closed cases past the retention term were anonymised (one entry for the whole run, no single case). */
    record Geanonimiseerd(List<Long> casussen, int bewaartermijnMaanden, Actor door) implements CasusGebeurtenis {

        public String actie() {
            return "VHB_GEANONIMISEERD";
        }

        public String objectId() {
            return null;
        }

        public Map<String, ?> nieuw() {
            return Map.of("casussen", casussen, "bewaartermijnMaanden", bewaartermijnMaanden);
        }

        public String omschrijving() {
            return Weergave.telling(casussen.size(), "casus", "casussen") + " geanonimiseerd na de bewaartermijn van "
                    + Weergave.telling(bewaartermijnMaanden, "maand", "maanden");
        }
    }
}
