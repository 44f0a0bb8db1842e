package nl.woonregie.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.platform.web.Labels;

/** What happened to accounts and API tokens. Recorded by the audit trail. */
public sealed interface AccountGebeurtenis extends AuditGebeurtenis permits AccountGebeurtenis.OverGebruiker,
        AccountGebeurtenis.OverToken, AccountGebeurtenis.OverVerzoek {

    /** About an account (the object is its name). */
    sealed interface OverGebruiker extends AccountGebeurtenis permits GebruikerAangemaakt, BeheerderAangemaakt,
            WachtwoordGewijzigd, WachtwoordlinkGemaakt, WachtwoordIngesteld, ToewijzingenGewijzigd, ActiefGewijzigd,
            TotpIngesteld, TotpHersteld, IdpAccountAangemaakt {

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
     * An account was made with its role assignments: by an administrator, or (with a Verhuisbox role) on the approval
     * of an account request, by whoever approved it.
     */
    record GebruikerAangemaakt(long id, String gebruikersnaam, List<Toewijzing> toewijzingen, Actor door)
            implements OverGebruiker {

        @Override
        public String actie() {
            return "GEBRUIKER_AANGEMAAKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gebruikersnaam", gebruikersnaam);
            m.put("toewijzingen", alsWaarden(toewijzingen));
            return m;
        }
    }

    /**
     * An account was made at a user's first sign-in through an identity provider, linked to the provider's identity
     * (issuer and subject) and without a password; {@code gevraagdeNaam} is the name the provider gave, when the
     * account got another one because that name was taken. Its assignments (from the group mapping, or none) follow
     * as {@link ToewijzingenGewijzigd}.
     */
    record IdpAccountAangemaakt(long id, String gebruikersnaam, String registratie, String uitgever, String onderwerp,
            String gevraagdeNaam, Actor door) implements OverGebruiker {

        @Override
        public String actie() {
            return "GEBRUIKER_AANGEMAAKT";
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gebruikersnaam", gebruikersnaam);
            m.put("via", "identiteitsprovider");
            m.put("registratie", registratie);
            m.put("uitgever", uitgever);
            m.put("onderwerp", onderwerp);
            if (!gevraagdeNaam.equals(gebruikersnaam)) {
                m.put("gevraagdeNaam", gevraagdeNaam);
            }
            return m;
        }
    }

    /**
     * The account's assignments were changed: by an administrator, on the approval of an account request, or at a
     * sign-in through an identity provider (its group mapping).
     */
    record ToewijzingenGewijzigd(String gebruikersnaam, List<Toewijzing> vorige, List<Toewijzing> toewijzingen,
            Actor door) implements OverGebruiker {

        @Override
        public String actie() {
            return "TOEWIJZINGEN_GEWIJZIGD";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("toewijzingen", alsWaarden(vorige));
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("toewijzingen", alsWaarden(toewijzingen));
        }
    }

    /** The account was deactivated (signing in and its tokens stop working) or made active again. */
    record ActiefGewijzigd(String gebruikersnaam, boolean actief, Actor door) implements OverGebruiker {

        @Override
        public String actie() {
            return actief ? "GEBRUIKER_GEACTIVEERD" : "GEBRUIKER_GEDEACTIVEERD";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("actief", actief);
        }
    }

    /** The account's user set up a second factor (TOTP) and confirmed it with a code. */
    record TotpIngesteld(String gebruikersnaam, Actor door) implements OverGebruiker {

        @Override
        public String actie() {
            return "TOTP_INGESTELD";
        }
    }

    /**
     * The account's second factor was taken away (its user sets up a new one at the next sign-in): by an
     * administrator, or for an account with a Verhuisbox role on the approval of an account request.
     */
    record TotpHersteld(String gebruikersnaam, Actor door) implements OverGebruiker {

        @Override
        public String actie() {
            return "TOTP_HERSTELD";
        }
    }

    /** Assignments as the audit trail stores them: per assignment its role and the scope fields it has. */
    static List<Map<String, Object>> alsWaarden(List<Toewijzing> lijst) {
        return lijst.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rol", t.rol().name());
            if (t.provincie() != null) {
                m.put("provincie", t.provincie());
            }
            if (t.gemeente() != null) {
                m.put("gemeente", t.gemeente());
            }
            if (t.team() != null) {
                m.put("team", t.team());
            }
            if (t.programma() != null) {
                m.put("programma", t.programma());
            }
            if (t.afdeling() != null) {
                m.put("afdeling", t.afdeling());
            }
            if (t.project() != null) {
                m.put("project", t.project());
            }
            return m;
        }).toList();
    }

    /** What an account request asks, as a sentence names it ("nieuw account x (casemanager)"). */
    static String onderwerp(Accountverzoeken.Soort soort, String naam, List<Toewijzing> toewijzingen) {
        String rollen = toewijzingen.stream().map(t -> Labels.inZin(t.rol())).distinct()
                .collect(Collectors.joining(", "));
        return switch (soort) {
            case NIEUW_ACCOUNT -> "nieuw account " + naam + " (" + rollen + ")";
            case WACHTWOORD_HERSTEL -> "nieuw wachtwoord voor " + naam;
            case TOEWIJZING -> "rol " + rollen + " voor " + naam;
            case HERACTIVERING -> "account " + naam + " weer actief" + (rollen.isEmpty() ? "" : ", met rol " + rollen);
            case TOTP_HERSTEL -> "nieuwe tweede stap (TOTP) voor " + naam;
        };
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

    /**
     * An administrator asked for something that gives an account access to clients' files (a new account with a
     * Verhuisbox role, such a role for an existing account, activating it again, a new password or second factor).
     */
    record AccountverzoekIngediend(long id, Accountverzoeken.Soort soort, String gebruikersnaam,
            List<Toewijzing> toewijzingen, long team, Actor door) implements OverVerzoek {

        @Override
        public String actie() {
            return "ACCOUNTVERZOEK_INGEDIEND";
        }

        /** What is asked, as a sentence names it (the coordinator's task says it). */
        public String onderwerp() {
            return AccountGebeurtenis.onderwerp(soort, gebruikersnaam, toewijzingen);
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("soort", soort.name());
            m.put("gebruikersnaam", gebruikersnaam);
            m.put("toewijzingen", alsWaarden(toewijzingen));
            m.put("team", team);
            return m;
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
