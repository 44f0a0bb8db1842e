package nl.woonregie.platform.security;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signing in through an identity provider over OpenID Connect ({@link Identiteitsproviders}; ADR 0020): after Spring
 * Security has checked the provider's ID token (signature, issuer, audience, expiry, nonce), this decides who signs in
 * and with which rights.
 * <ul>
 * <li><b>The account</b> is found by the provider's identity — issuer and subject of the ID token
 * ({@code externe_identiteit}), never by a name. At the first sign-in an account is made, without a password (it
 * cannot sign in with the form or HTTP Basic), named after the first claim of
 * {@code woonregie.oidc.gebruikersnaam-claims} that is present (default {@code preferred_username}, {@code email},
 * {@code sub}), in Woonregie's form (lower case; other signs become {@code -}). A name that an account has already — a local one, or another identity's — is never
 * taken over: the new account gets the name with {@code -2}, {@code -3} … appended (audited with the name asked).</li>
 * <li><b>Its assignments</b> from the groups ({@link Groepskoppeling}): those the group mapping gives are kept in step
 * with the groups at every sign-in, marked {@code bron = IDP}; what an administrator gave by hand ({@code BEHEER}) is
 * never taken away by a sign-in, and an assignment the administrator gave already is not given twice. An assignment
 * whose province, municipality or team does not exist is left out (and logged). Without a mapping that gives anything
 * the account has no rights: its landing page says that an administrator still has to give them. A change ends the
 * account's other sessions, as every change of rights does.</li>
 * <li><b>Refused</b> (audited as a failed sign-in, and said on the login page): an inactive account; groups that give
 * Verhuisbox roles of two teams (with each other or with the administrator's); and an account with a role of
 * {@code woonregie.oidc.mfa-verplicht-voor} (default BEHEERDER and the Verhuisbox roles) whose ID token does not show a
 * sign-in with more than one factor ({@link IdpInstellingen#mfaVoldaan}: {@code amr} or {@code acr}). Such accounts
 * do not get Woonregie's own second step (TOTP): the provider asks for the factors.</li>
 * </ul>
 * Not throttled by {@link Aanmeldpogingen}: the provider judges the password.
 */
@Service
class IdpAanmelden implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(IdpAanmelden.class);

    /** Why a sign-in through the provider was refused; the login page says it ({@code /inloggen?idp=<code>}). */
    enum Weigering {
        /** A role that needs more than one factor, and the ID token shows none. */
        MFA,
        /** The account was deactivated by an administrator. */
        INACTIEF,
        /** The groups give Verhuisbox roles of two teams. */
        CONFLICT;

        /** The error code of the refusal (OAuth2Error), read back by the failure handler. */
        String foutcode() {
            return "woonregie_" + name().toLowerCase(Locale.ROOT);
        }

        /** The parameter of the login page. */
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Weigering van(String foutcode) {
            for (Weigering w : values()) {
                if (w.foutcode().equals(foutcode)) {
                    return w;
                }
            }
            return null;
        }
    }

    /** The outcome of a sign-in: signed in as this account, or refused. */
    sealed interface Uitslag {
        record Aangemeld(Gebruiker gebruiker) implements Uitslag {
        }

        record Geweigerd(Weigering reden, String gebruikersnaam) implements Uitslag {
        }
    }

    /**
     * The user as Spring Security's OIDC login holds it for the moment between the token and the success handler, with
     * the account it signs in as ({@link Identiteitsproviders} replaces it by an {@link IdpAanmelding}).
     */
    static final class IdpGebruiker extends DefaultOidcUser {

        private final Gebruiker gebruiker;

        IdpGebruiker(OidcUser oidc, Gebruiker gebruiker) {
            super(oidc.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
            this.gebruiker = gebruiker;
        }

        Gebruiker gebruiker() {
            return gebruiker;
        }
    }

    /** The longest name of an account, and room for a suffix. */
    private static final int NAAM_MAX = 100;

    private final OidcUserService opvrager = new OidcUserService();
    private final JdbcClient jdbc;
    private final Toewijzingen toewijzingen;
    private final GebruikerDetailsService details;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate tx;
    private final Sessies sessies;
    private final Clock klok;
    private final IdpInstellingen instellingen;
    private final Groepskoppeling koppeling;
    private final Set<Rol> mfaRollen;

    IdpAanmelden(JdbcClient jdbc, Toewijzingen toewijzingen, GebruikerDetailsService details,
            ApplicationEventPublisher gebeurtenissen, TransactionTemplate tx, Sessies sessies, Clock klok,
            IdpInstellingen instellingen) {
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
        this.details = details;
        this.gebeurtenissen = gebeurtenissen;
        this.tx = tx;
        this.sessies = sessies;
        this.klok = klok;
        this.instellingen = instellingen;
        this.koppeling = instellingen.koppeling();
        this.mfaRollen = instellingen.mfaRollen();
    }

    /**
     * Spring Security's OIDC login asks the user of a checked ID token (and reads the provider's UserInfo); this
     * signs that user in as a Woonregie account, or refuses with an {@link OAuth2AuthenticationException} whose code
     * names the {@link Weigering}.
     */
    @Override
    public OidcUser loadUser(OidcUserRequest verzoek) {
        OidcUser oidc = opvrager.loadUser(verzoek);
        Uitslag uitslag = meldAan(verzoek.getClientRegistration().getRegistrationId(), oidc.getClaims(),
                oidc.getIdToken().getClaims(), herkomst());
        if (uitslag instanceof Uitslag.Geweigerd g) {
            throw new OAuth2AuthenticationException(new OAuth2Error(g.reden().foutcode(),
                    "Aanmelden van " + g.gebruikersnaam() + " geweigerd: " + g.reden(), null));
        }
        return new IdpGebruiker(oidc, ((Uitslag.Aangemeld) uitslag).gebruiker());
    }

    /**
     * Signs in the user of a checked ID token: finds or makes its account, keeps the assignments of its groups in
     * step, checks the factors, and audits the outcome.
     *
     * @param registratie the client registration it came through
     * @param claims      the user's claims (ID token and UserInfo): its name and groups
     * @param idToken     the ID token's own claims: issuer, subject, {@code amr}, {@code acr}
     */
    Uitslag meldAan(String registratie, Map<String, Object> claims, Map<String, Object> idToken,
            Aanmelden.Herkomst herkomst) {
        String uitgever = String.valueOf(idToken.get("iss"));
        String onderwerp = String.valueOf(idToken.get("sub"));
        if (uitgever.length() > 500 || onderwerp.length() > 255) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token",
                    "issuer of subject te lang", null));
        }
        List<Toewijzing> uitGroepen = bestaande(koppeling.toewijzingen(
                groepen(claims.get(instellingen.groepenClaim()))));
        try {
            return tx.execute(s -> meldAan(registratie, uitgever, onderwerp, claims, idToken, uitGroepen, herkomst));
        } catch (DuplicateKeyException e) {
            // the same identity's first sign-in twice at once: the other made the account, this one finds it
            return tx.execute(s -> meldAan(registratie, uitgever, onderwerp, claims, idToken, uitGroepen, herkomst));
        }
    }

    private Uitslag meldAan(String registratie, String uitgever, String onderwerp, Map<String, Object> claims,
            Map<String, Object> idToken, List<Toewijzing> uitGroepen, Aanmelden.Herkomst herkomst) {
        Long id = jdbc.sql("select gebruiker_id from externe_identiteit where uitgever = ? and onderwerp = ?")
                .params(uitgever, onderwerp).query(Long.class).optional().orElse(null);
        if (id == null) {
            id = nieuwAccount(registratie, uitgever, onderwerp, claims, herkomst);
        }
        long accountId = id;
        Gebruiker account = details.vind("id = ? for update", accountId).orElseThrow();
        String naam = account.gebruikersnaam();
        Actor wie = new Actor(naam + " (idp:" + registratie + ")", herkomst.client());
        if (!account.actief()) {
            return geweigerd(Weigering.INACTIEF, naam, "account niet actief", wie);
        }
        List<Toewijzing> vanBeheer = toewijzingen.van(accountId, Toewijzingen.Bron.BEHEER);
        List<Toewijzing> vanIdp = toewijzingen.van(accountId, Toewijzingen.Bron.IDP);
        List<Toewijzing> gewenst = uitGroepen.stream().filter(t -> vanBeheer.stream().noneMatch(t::zelfde)).toList();
        List<Toewijzing> samen = new ArrayList<>(vanBeheer);
        samen.addAll(gewenst);
        List<InvalidParam> fouten = toewijzingen.controleer(samen, i -> "");
        if (!fouten.isEmpty()) {
            return geweigerd(Weigering.CONFLICT, naam, "de groepen bij de identiteitsprovider geven rollen die niet "
                    + "samengaan: " + String.join("; ", fouten.stream().map(InvalidParam::reason).toList()), wie);
        }
        List<Toewijzing> weg = vanIdp.stream().filter(t -> gewenst.stream().noneMatch(t::zelfde)).toList();
        List<Toewijzing> erbij = gewenst.stream().filter(t -> vanIdp.stream().noneMatch(t::zelfde)).toList();
        if (!weg.isEmpty() || !erbij.isEmpty()) {
            toewijzingen.neemWeg(accountId, weg);
            toewijzingen.voegToe(accountId, erbij, wie.naam(), Toewijzingen.Bron.IDP);
            List<Toewijzing> vorige = account.toewijzingen();
            account = details.vind("id = ?", accountId).orElseThrow();
            gebeurtenissen.publishEvent(new AccountGebeurtenis.ToewijzingenGewijzigd(naam, vorige,
                    account.toewijzingen(), wie));
            // a session holds the rights it signed in with
            sessies.beeindig(naam, null);
        }
        if (account.rollen().stream().anyMatch(mfaRollen::contains) && !instellingen.mfaVoldaan(idToken)) {
            return geweigerd(Weigering.MFA, naam, "de identiteitsprovider meldt geen aanmelding met meer dan één "
                    + "factor (amr " + idToken.get("amr") + ", acr " + idToken.get("acr") + ")", wie);
        }
        jdbc.sql("update externe_identiteit set laatst_aangemeld_op = ? where gebruiker_id = ?")
                .params(OffsetDateTime.ofInstant(klok.instant(), ZoneOffset.UTC), accountId).update();
        gebeurtenissen.publishEvent(new AanmeldGebeurtenis.Aangemeld(naam, AanmeldGebeurtenis.Via.IDP,
                new Actor(naam, herkomst.client())));
        return new Uitslag.Aangemeld(account);
    }

    private Uitslag geweigerd(Weigering reden, String naam, String omschrijving, Actor wie) {
        gebeurtenissen.publishEvent(new AanmeldGebeurtenis.AanmeldenMislukt(naam, AanmeldGebeurtenis.Via.IDP,
                omschrijving, 0, wie));
        return new Uitslag.Geweigerd(reden, naam);
    }

    /** Makes the account of an identity's first sign-in: a free name, no password, linked to the identity. */
    private long nieuwAccount(String registratie, String uitgever, String onderwerp, Map<String, Object> claims,
            Aanmelden.Herkomst herkomst) {
        String gevraagd = gebruikersnaam(claims, instellingen.gebruikersnaamClaims(), onderwerp);
        for (int n = 1; n <= 1000; n++) {
            String naam = n == 1 ? gevraagd
                    : gevraagd.substring(0, Math.min(gevraagd.length(), NAAM_MAX - 1 - String.valueOf(n).length()))
                            + "-" + n;
            Long id = jdbc.sql("""
                    insert into gebruiker (gebruikersnaam, wachtwoord_hash) values (?, null)
                    on conflict (gebruikersnaam) do nothing returning id""").param(naam).query(Long.class)
                    .optional().orElse(null);
            if (id != null) {
                jdbc.sql("insert into externe_identiteit (gebruiker_id, registratie, uitgever, onderwerp) "
                        + "values (?, ?, ?, ?)").params(id, registratie, uitgever, onderwerp).update();
                gebeurtenissen.publishEvent(new AccountGebeurtenis.IdpAccountAangemaakt(id, naam, registratie,
                        uitgever, onderwerp, gevraagd, new Actor(naam + " (idp:" + registratie + ")",
                                herkomst.client())));
                if (n > 1) {
                    log.warn("Aanmelden via de identiteitsprovider: de naam {} bestond al; het nieuwe account heet {}",
                            gevraagd, naam);
                }
                return id;
            }
        }
        throw new IllegalStateException("Geen vrije gebruikersnaam voor " + gevraagd);
    }

    /**
     * The name of a new account: the first of these claims that is present and gives at least three signs in
     * Woonregie's form (lower case letters, digits, {@code . _ @ -}; accents dropped, other signs {@code -}); else
     * {@code idp-} and the subject.
     */
    static String gebruikersnaam(Map<String, Object> claims, List<String> namen, String onderwerp) {
        for (String claim : namen) {
            Object waarde = claims.get(claim);
            if (waarde != null) {
                String naam = normaal(waarde.toString());
                if (naam.length() >= 3) {
                    return naam;
                }
            }
        }
        return normaal("idp-" + onderwerp);
    }

    /** A name in Woonregie's form: lower case, without accents, other signs {@code -}, at most 100 signs. */
    static String normaal(String naam) {
        String zonderAccenten = Normalizer.normalize(naam.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String n = zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]+", "-")
                .replaceAll("^-+|-+$", "");
        return n.length() > NAAM_MAX ? n.substring(0, NAAM_MAX) : n;
    }

    /** The groups of the claim: a list of names, or one name. */
    static List<String> groepen(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString());
    }

    /** The assignments whose scope exists now; the others are left out, with a warning for the administrator. */
    private List<Toewijzing> bestaande(List<Toewijzing> lijst) {
        List<Toewijzing> goed = new ArrayList<>();
        for (Toewijzing t : lijst) {
            List<InvalidParam> fouten = toewijzingen.controleer(t, "");
            if (fouten.isEmpty()) {
                goed.add(t);
            } else {
                log.warn("woonregie.oidc.groepskoppeling: de toewijzing {} wordt overgeslagen: {}", t,
                        fouten.stream().map(f -> f.name() + " " + f.reason()).toList());
            }
        }
        return goed;
    }

    /** Where the sign-in comes from (the callback's request; its address as {@link ProxyKoppen} made it). */
    private static Aanmelden.Herkomst herkomst() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletRequest r = a.getRequest();
            return new Aanmelden.Herkomst(r.getRemoteAddr(), Client.van(r), AanmeldGebeurtenis.Via.IDP);
        }
        return new Aanmelden.Herkomst("onbekend", null, AanmeldGebeurtenis.Via.IDP);
    }
}
