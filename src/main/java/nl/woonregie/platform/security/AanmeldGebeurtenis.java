package nl.woonregie.platform.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * Sign-ins as the audit trail records them: successes, failures (the account name as typed, by an unknown actor from
 * an address) and the blocks that follow too many failures. The object is the account name as typed.
 */
public sealed interface AanmeldGebeurtenis extends AuditGebeurtenis {

    /** Who tried: nobody known yet, from where. */
    static Actor onbekend(String client) {
        return new Actor("anoniem", client);
    }

    /** How: the sign-in form, HTTP Basic on the API, or an identity provider (OpenID Connect). */
    enum Via {
        FORMULIER, BASIC, IDP
    }

    String gebruikersnaam();

    @Override
    default String objectType() {
        return "gebruiker";
    }

    @Override
    default String objectId() {
        return gebruikersnaam();
    }

    /** Signed in (HTTP Basic, which signs in every request, once per account and address per session length). */
    record Aangemeld(String gebruikersnaam, Via via, Actor door) implements AanmeldGebeurtenis {

        @Override
        public String actie() {
            return "AANGEMELD";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("via", via.name());
        }
    }

    /** A wrong password, an unknown name or an inactive account (the reason is not told to the one trying). */
    record AanmeldenMislukt(String gebruikersnaam, Via via, String reden, int mislukt, Actor door)
            implements AanmeldGebeurtenis {

        @Override
        public String actie() {
            return "AANMELDEN_MISLUKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("via", via.name(), "reden", reden, "mislukteAchterElkaar", mislukt);
        }
    }

    /** Too many failures: the account and/or the address is blocked until the given moments. */
    record AanmeldenGeblokkeerd(String gebruikersnaam, String adres, Instant accountTot, Instant adresTot, Actor door)
            implements AanmeldGebeurtenis {

        @Override
        public String actie() {
            return "AANMELDEN_GEBLOKKEERD";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("adres", adres);
            m.put("accountGeblokkeerdTot", accountTot == null ? null : accountTot.toString());
            m.put("adresGeblokkeerdTot", adresTot == null ? null : adresTot.toString());
            return m;
        }
    }
}
