package nl.woonregie.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What happened to accounts and API tokens. Recorded by the audit trail. */
public sealed interface AccountGebeurtenis extends AuditGebeurtenis permits AccountGebeurtenis.OverGebruiker,
        AccountGebeurtenis.OverToken, AccountGebeurtenis.OverVerzoek {

    /** About an account (the object is its name). */
    sealed interface OverGebruiker extends AccountGebeurtenis permits GebruikerAangemaakt, BeheerderAangemaakt,
            WachtwoordGewijzigd, WachtwoordlinkGemaakt, WachtwoordIngesteld {

        String gebruikersnaam();

        @Override
        default String objectType() {
            return "gebruiker";
        }

        @Override
        default String objectId() {
            return gebruikersnaam();
        }
    }

    /** About an API token (the object is its id). */
    sealed interface OverToken extends AccountGebeurtenis permits ApiTokenAangemaakt, ApiTokenIngetrokken {

        long id();

        @Override
        default String objectType() {
            return "api_token";
        }

        @Override
        default String objectId() {
            return Long.toString(id());
        }
    }

    /**
     * An account was made with a role and its scope: by an administrator, or (a Verhuisbox role) on the approval of
     * an account request, by whoever approved it.
     */
    record GebruikerAangemaakt(long id, String gebruikersnaam, Rol rol, String provincie, String gemeente, Long team,
            Actor door) implements OverGebruiker {

        @Override
        public String actie() {
            return "GEBRUIKER_AANGEMAAKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gebruikersnaam", gebruikersnaam);
            m.put("rol", rol.name());
            m.put("provincie", provincie);
            m.put("gemeente", gemeente);
            m.put("team", team);
            return m;
        }
    }

    /** The first start made the first administrator, with a password from the environment or generated. */
    record BeheerderAangemaakt(String gebruikersnaam, boolean wachtwoordGegenereerd, Actor door)
            implements OverGebruiker {

        @Override
        public String actie() {
            return "GEBRUIKER_AANGEMAAKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("gebruikersnaam", gebruikersnaam, "rol", "BEHEERDER", "wachtwoordBron",
                    wachtwoordGegenereerd ? "gegenereerd" : "WOONREGIE_ADMIN_PASSWORD");
        }
    }

    /** Someone changed their own password; their other sessions (this many) were ended. */
    record WachtwoordGewijzigd(String gebruikersnaam, int sessiesBeeindigd, Actor door) implements OverGebruiker {

        @Override
        public String actie() {
            return "WACHTWOORD_GEWIJZIGD";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("andereSessiesBeeindigd", sessiesBeeindigd);
        }
    }

    /** An administrator made an API token for an account. */
    record ApiTokenAangemaakt(long id, String naam, String gebruikersnaam, Actor door) implements OverToken {

        @Override
        public String actie() {
            return "API_TOKEN_AANGEMAAKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("naam", naam, "gebruikersnaam", gebruikersnaam);
        }
    }

    /** An API token was revoked. */
    record ApiTokenIngetrokken(long id, Actor door) implements OverToken {

        @Override
        public String actie() {
            return "API_TOKEN_INGETROKKEN";
        }
    }

    /**
     * About an account request of a Verhuisbox team (the object is the request): the team's worklist listens, so
     * that the coordinator has a task while a request is open.
     */
    sealed interface OverVerzoek extends AccountGebeurtenis permits AccountverzoekIngediend, AccountverzoekBeoordeeld {

        long id();

        long team();

        Accountverzoeken.Soort soort();

        String gebruikersnaam();

        @Override
        default String objectType() {
            return "accountverzoek";
        }

        @Override
        default String objectId() {
            return Long.toString(id());
        }
    }

    /** An administrator asked for a new account with a Verhuisbox role, or for a new password of such an account. */
    record AccountverzoekIngediend(long id, Accountverzoeken.Soort soort, String gebruikersnaam, Rol rol, long team,
            Actor door) implements OverVerzoek {

        @Override
        public String actie() {
            return "ACCOUNTVERZOEK_INGEDIEND";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("soort", soort.name(), "gebruikersnaam", gebruikersnaam, "rol", rol.name(), "team", team);
        }
    }

    /** The request was approved or refused (with the reason); {@code door} decided. */
    record AccountverzoekBeoordeeld(long id, Accountverzoeken.Soort soort, String gebruikersnaam, long team,
            boolean goedgekeurd, String reden, String aangevraagdDoor, Actor door) implements OverVerzoek {

        @Override
        public String actie() {
            return goedgekeurd ? "ACCOUNTVERZOEK_GOEDGEKEURD" : "ACCOUNTVERZOEK_GEWEIGERD";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", goedgekeurd ? "GOEDGEKEURD" : "GEWEIGERD");
            m.put("aangevraagdDoor", aangevraagdDoor);
            m.put("reden", reden);
            return m;
        }
    }

    /**
     * A one-time link to set the account's password was made (the secret is in no trail); {@code door} received it,
     * to hand it to the account's user.
     */
    record WachtwoordlinkGemaakt(String gebruikersnaam, Wachtwoordlinks.Doel doel, java.time.OffsetDateTime geldigTot,
            Actor door) implements OverGebruiker {

        @Override
        public String actie() {
            return "WACHTWOORDLINK_GEMAAKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("doel", doel.name(), "geldigTot", geldigTot.toString());
        }
    }

    /** The account's user chose a password through a one-time link; every session of the account was ended. */
    record WachtwoordIngesteld(String gebruikersnaam, Wachtwoordlinks.Doel doel, int sessiesBeeindigd, Actor door)
            implements OverGebruiker {

        @Override
        public String actie() {
            return "WACHTWOORD_INGESTELD";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("doel", doel.name(), "sessiesBeeindigd", sessiesBeeindigd);
        }
    }
}
