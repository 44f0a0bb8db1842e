package nl.woonregie.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What happened to accounts and API tokens. Recorded by the audit trail. */
public sealed interface AccountGebeurtenis extends AuditGebeurtenis permits AccountGebeurtenis.OverGebruiker,
        AccountGebeurtenis.OverToken {

    /** About an account (the object is its name). */
    sealed interface OverGebruiker extends AccountGebeurtenis permits GebruikerAangemaakt, BeheerderAangemaakt,
            WachtwoordGewijzigd {

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

    /** An administrator made an account with a role and its scope. */
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
}
