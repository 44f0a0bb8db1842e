package nl.woonregie.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What happened to accounts and API tokens. Recorded by the audit trail. */
public sealed interface AccountGebeurtenis extends AuditGebeurtenis permits AccountGebeurtenis.GebruikerAangemaakt,
        AccountGebeurtenis.BeheerderAangemaakt, AccountGebeurtenis.WachtwoordGewijzigd,
        AccountGebeurtenis.ApiTokenAangemaakt, AccountGebeurtenis.ApiTokenIngetrokken {

    /** An administrator made an account with a role and its scope. */
    record GebruikerAangemaakt(long id, String gebruikersnaam, Rol rol, String provincie, String gemeente, Long team,
            Actor door) implements AccountGebeurtenis {

        @Override
        public String actie() {
            return "GEBRUIKER_AANGEMAAKT";
        }

        @Override
        public String objectType() {
            return "gebruiker";
        }

        @Override
        public String objectId() {
            return gebruikersnaam;
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
            implements AccountGebeurtenis {

        @Override
        public String actie() {
            return "GEBRUIKER_AANGEMAAKT";
        }

        @Override
        public String objectType() {
            return "gebruiker";
        }

        @Override
        public String objectId() {
            return gebruikersnaam;
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("gebruikersnaam", gebruikersnaam, "rol", "BEHEERDER", "wachtwoordBron",
                    wachtwoordGegenereerd ? "gegenereerd" : "WOONREGIE_ADMIN_PASSWORD");
        }
    }

    /** Someone changed their own password. */
    record WachtwoordGewijzigd(String gebruikersnaam, Actor door) implements AccountGebeurtenis {

        @Override
        public String actie() {
            return "WACHTWOORD_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "gebruiker";
        }

        @Override
        public String objectId() {
            return gebruikersnaam;
        }
    }

    /** An administrator made an API token for an account. */
    record ApiTokenAangemaakt(long id, String naam, String gebruikersnaam, Actor door) implements AccountGebeurtenis {

        @Override
        public String actie() {
            return "API_TOKEN_AANGEMAAKT";
        }

        @Override
        public String objectType() {
            return "api_token";
        }

        @Override
        public String objectId() {
            return Long.toString(id);
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("naam", naam, "gebruikersnaam", gebruikersnaam);
        }
    }

    /** An API token was revoked. */
    record ApiTokenIngetrokken(long id, Actor door) implements AccountGebeurtenis {

        @Override
        public String actie() {
            return "API_TOKEN_INGETROKKEN";
        }

        @Override
        public String objectType() {
            return "api_token";
        }

        @Override
        public String objectId() {
            return Long.toString(id);
        }
    }
}
