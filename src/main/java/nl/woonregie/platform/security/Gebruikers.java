package nl.woonregie.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating one with its role assignments, changing its assignments, deactivating and activating it, a new
 * password or second factor without the administrator learning it, changing one's own password, listing them. Used
 * by the API and the management pages.
 *
 * <p>The approval rule: whatever <em>gives</em> an account access to clients' files — a Verhuisbox role (new account
 * or existing one), activating again an account that has one, a new password or second factor of such an account — is
 * a request that the team's coordinator decides ({@link Accountverzoeken}); whatever takes access away (an assignment
 * taken, an account deactivated) and everything outside Verhuisbox the administrator does at once. Every change is
 * audited, and a change of an account's rights ends its sessions (a session holds the rights it signed in with).
 */
@Service
public class Gebruikers {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Teams teams;
    private final Wachtwoordregels regels;
    private final Sessies sessies;
    private final Accountverzoeken verzoeken;
    private final Wachtwoordlinks links;
    private final GebruikerDetailsService details;
    private final Toewijzingen toewijzingen;

    Gebruikers(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher gebeurtenissen,
            ObjectProvider<Teams> teams,
            Wachtwoordregels regels, Sessies sessies, Accountverzoeken verzoeken, Wachtwoordlinks links,
            GebruikerDetailsService details, Toewijzingen toewijzingen) {
        this.jdbc = jdbc;
        this.verzoeken = verzoeken;
        this.links = links;
        this.details = details;
        this.regels = regels;
        this.sessies = sessies;
        this.teams = teams.getIfAvailable(Teams::geen);
        this.encoder = encoder;
        this.gebeurtenissen = gebeurtenissen;
        this.toewijzingen = toewijzingen;
    }

    /**
     * Creates an account, for a BEHEERDER (403 for anyone else, before the input is judged); every invalid field is
     * named (400), an existing name is a 409. An account with a Verhuisbox role among its assignments (it reads
     * clients' files) is not made here: it becomes a request that the team's coordinator approves
     * ({@link Accountverzoeken}), and its user chooses the password through a one-time link, so such a request
     * carries no password.
     */
    @Transactional
    public Beheerresultaat maak(NieuweGebruiker n, Gebruiker door, String client) {
        Toegang.rol(door, Rol.BEHEERDER);
        List<Toewijzing> lijst = controleer(n);
        if (lijst.stream().anyMatch(Toewijzing::verhuisbox)) {
            return verzoeken.vraagAccountAan(n.gebruikersnaam(), lijst, door, client);
        }
        return voegToe(n.gebruikersnaam(), n.wachtwoord(), lijst, door, client);
    }

    /** Judges a new account (name, password, assignments): every invalid field at once; its assignments when valid. */
    private List<Toewijzing> controleer(NieuweGebruiker n) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (n.gebruikersnaam() == null || !n.gebruikersnaam().matches("[a-z0-9._@-]{3,100}")) {
            fouten.add(new InvalidParam("gebruikersnaam", "3 tot 100 tekens: kleine letters, cijfers, . _ @ -"));
        }
        List<Toewijzing> lijst = n.alleToewijzingen();
        if (!n.enkel() && n.enkelGegeven()) {
            fouten.add(new InvalidParam("rol", "niet naast toewijzingen: geef de rol en scope in de lijst"));
        } else if (!n.enkel() && lijst.isEmpty()) {
            fouten.add(new InvalidParam("toewijzingen", "minstens één toewijzing"));
        } else {
            fouten.addAll(toewijzingen.controleer(lijst, i -> n.enkel() ? "" : "toewijzingen[" + i + "]."));
        }
        boolean verhuisbox = lijst.stream().anyMatch(t -> t != null && t.verhuisbox());
        if (verhuisbox) {
            if (n.wachtwoord() != null) {
                fouten.add(new InvalidParam("wachtwoord", "niet bij een Verhuisbox-rol: de medewerker kiest het "
                        + "wachtwoord zelf, met de link die de coördinator na goedkeuring krijgt"));
            }
        } else {
            regels.bezwaar(n.wachtwoord(), n.gebruikersnaam())
                    .ifPresent(b -> fouten.add(new InvalidParam("wachtwoord", b)));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het account is niet geldig.", fouten);
        }
        return lijst;
    }

    private GebruikerDto voegToe(String naam, String wachtwoord, List<Toewijzing> lijst, Gebruiker door,
            String client) {
        long id;
        try {
            id = jdbc.sql("insert into gebruiker (gebruikersnaam, wachtwoord_hash) values (?, ?) returning id")
                    .params(naam, encoder.encode(wachtwoord)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw naamBezet(naam);
        }
        toewijzingen.voegToe(id, lijst, door.actor());
        gebeurtenissen.publishEvent(new AccountGebeurtenis.GebruikerAangemaakt(id, naam, lijst,
                new Actor(door.actor(), client)));
        return new GebruikerDto(id, naam, lijst, true, false);
    }

    static ApiException naamBezet(String naam) {
        return new ApiException(HttpStatus.CONFLICT, "Bestaat al", "Er is al een account met gebruikersnaam " + naam
                + ".", List.of(new InvalidParam("gebruikersnaam", "bestaat al")));
    }

    /** A change of an account by the administrator: the assignments it is to hold, and whether it is active. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AccountWijziging")
    public record Wijziging(List<Toewijzing> toewijzingen, Boolean actief) {
    }

    /**
     * Changes an account's assignments and whether it is active, for a BEHEERDER (403 for anyone else; 404 for an
     * unknown account; 400 naming every invalid field; 409 when the last active administrator would go). What takes
     * rights away and what concerns no Verhuisbox role is done at once (audited; the account's sessions end); new
     * Verhuisbox assignments, and activating an account that keeps one, become a request for the team's coordinator:
     * then the answer is that request, else the account as it is now.
     */
    @Transactional
    public Beheerresultaat wijzig(String gebruikersnaam, Wijziging w, Gebruiker door, String client) {
        Toegang.rol(door, Rol.BEHEERDER);
        Gebruiker account = vindAccount(gebruikersnaam);
        List<InvalidParam> fouten = new ArrayList<>();
        List<Toewijzing> nieuw = w == null || w.toewijzingen() == null ? account.toewijzingen()
                : new ArrayList<>(w.toewijzingen());
        fouten.addAll(toewijzingen.controleer(nieuw, i -> "toewijzingen[" + i + "]."));
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De wijziging is niet geldig.", fouten);
        }
        boolean actief = w == null || w.actief() == null ? account.actief() : w.actief();
        List<Toewijzing> weg = account.toewijzingen().stream().filter(t -> nieuw.stream().noneMatch(t::zelfde))
                .toList();
        List<Toewijzing> erbij = nieuw.stream().filter(t -> account.toewijzingen().stream().noneMatch(t::zelfde))
                .toList();
        List<Toewijzing> erbijVerhuisbox = erbij.stream().filter(Toewijzing::verhuisbox).toList();
        List<Toewijzing> erbijNu = erbij.stream().filter(t -> !t.verhuisbox()).toList();
        List<Toewijzing> blijftVerhuisbox = account.toewijzingen().stream().filter(Toewijzing::verhuisbox)
                .filter(t -> weg.stream().noneMatch(t::zelfde)).toList();
        boolean activeren = actief && !account.actief();
        boolean activerenNu = activeren && blijftVerhuisbox.isEmpty() && erbijVerhuisbox.isEmpty();
        boolean deactiveren = !actief && account.actief();
        bewaarBeheerder(account, weg, deactiveren);

        Actor wie = new Actor(door.actor(), client);
        List<Toewijzing> nu = new ArrayList<>(account.toewijzingen().stream()
                .filter(t -> weg.stream().noneMatch(t::zelfde)).toList());
        nu.addAll(erbijNu);
        boolean gewijzigd = false;
        if (!weg.isEmpty() || !erbijNu.isEmpty()) {
            toewijzingen.neemWeg(account.id(), weg);
            toewijzingen.voegToe(account.id(), erbijNu, door.actor());
            gebeurtenissen.publishEvent(new AccountGebeurtenis.ToewijzingenGewijzigd(gebruikersnaam,
                    account.toewijzingen(), nu, wie));
            gewijzigd = true;
        }
        if (deactiveren || activerenNu) {
            jdbc.sql("update gebruiker set actief = ?, gewijzigd_op = now() where id = ?").params(actief, account.id())
                    .update();
            gebeurtenissen.publishEvent(new AccountGebeurtenis.ActiefGewijzigd(gebruikersnaam, actief, wie));
            gewijzigd = true;
        }
        if (gewijzigd) {
            sessies.beeindig(gebruikersnaam, null);
        }
        if (!erbijVerhuisbox.isEmpty() || (activeren && !activerenNu)) {
            Gebruiker zoAls = new Gebruiker(account.id(), gebruikersnaam, null, nu, account.actief(), null);
            return verzoeken.vraagToewijzingAan(zoAls, erbijVerhuisbox, activeren && !activerenNu, door, client);
        }
        return lees(gebruikersnaam, door);
    }

    /** 409 when the change would leave no active account with the BEHEERDER role. */
    private void bewaarBeheerder(Gebruiker account, List<Toewijzing> weg, boolean deactiveren) {
        boolean verliest = account.actief() && account.heeft(Rol.BEHEERDER)
                && (deactiveren || weg.stream().anyMatch(t -> t.rol() == Rol.BEHEERDER));
        if (!verliest) {
            return;
        }
        long andere = jdbc.sql("""
                select count(distinct g.id) from gebruiker g join toewijzing t on t.gebruiker_id = g.id
                where t.rol = 'BEHEERDER' and g.actief and g.id <> ?""").param(account.id()).query(Long.class)
                .single();
        if (andere == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "Laatste beheerder",
                    "Dit is het laatste actieve account met de rol beheerder; dat blijft.", null);
        }
    }

    /**
     * A new password for an account, for a BEHEERDER (403 for anyone else; 404 for an unknown account). The
     * administrator never chooses or learns it: for an account with a Verhuisbox role this is a request that the
     * team's coordinator approves (who then hands a one-time link to the user); for any other account the answer is
     * such a link, for the administrator to hand over. The old password works until the new one is set.
     */
    @Transactional
    public Beheerresultaat herstelWachtwoord(String gebruikersnaam, Gebruiker door, String client) {
        Toegang.rol(door, Rol.BEHEERDER);
        Gebruiker account = vindAccount(gebruikersnaam);
        if (account.wachtwoordHash() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "Geen wachtwoord",
                    "Account " + gebruikersnaam + " meldt zich aan via de identiteitsprovider van de organisatie en "
                            + "heeft geen wachtwoord in Woonregie.", null);
        }
        if (account.team() != null) {
            return verzoeken.vraagHerstelAan(account, door, client);
        }
        return links.maak(account.id(), account.gebruikersnaam(), Wachtwoordlinks.Doel.HERSTELLEN, door, client);
    }

    /** The account with this name (404 when there is none). */
    Gebruiker vindAccount(String gebruikersnaam) {
        return details.vind("gebruikersnaam = ?", gebruikersnaam)
                .orElseThrow(() -> ApiException.notFound("Account " + gebruikersnaam + " bestaat niet."));
    }

    /**
     * Changes the signed-in account's own password; names every invalid field (huidig, nieuw, herhaling), as the
     * other services do, and changes nothing then (a new password must pass {@link Wachtwoordregels}). Ends every
     * other session of the account ({@code sessie} is the one that stays; may be null). Empty when it was changed.
     */
    @Transactional
    public List<InvalidParam> wijzigWachtwoord(Gebruiker g, String huidig, String nieuw, String herhaling,
            String sessie, String client) {
        String hash = jdbc.sql("select wachtwoord_hash from gebruiker where id = ?").param(g.id()).query(String.class)
                .single();
        List<InvalidParam> fouten = new ArrayList<>();
        if (hash == null) {
            fouten.add(new InvalidParam("huidig", "Uw account meldt zich aan via uw organisatie en heeft geen "
                    + "wachtwoord in Woonregie."));
            return fouten;
        }
        if (huidig == null || !encoder.matches(huidig, hash)) {
            fouten.add(new InvalidParam("huidig", "Het huidige wachtwoord klopt niet."));
        }
        if (nieuw != null && nieuw.equals(huidig)) {
            fouten.add(new InvalidParam("nieuw", "Het nieuwe wachtwoord moet anders zijn dan het huidige."));
        } else {
            regels.bezwaar(nieuw, g.gebruikersnaam()).ifPresent(b -> fouten.add(new InvalidParam("nieuw", b)));
        }
        if (nieuw == null || !nieuw.equals(herhaling)) {
            fouten.add(new InvalidParam("herhaling", "De herhaling is niet gelijk aan het nieuwe wachtwoord."));
        }
        if (!fouten.isEmpty()) {
            return fouten;
        }
        jdbc.sql("update gebruiker set wachtwoord_hash = ?, gewijzigd_op = now() where id = ?")
                .params(encoder.encode(nieuw), g.id()).update();
        int beeindigd = sessies.beeindig(g.gebruikersnaam(), sessie);
        gebeurtenissen.publishEvent(new AccountGebeurtenis.WachtwoordGewijzigd(g.gebruikersnaam(), beeindigd,
                new Actor(g.actor(), client)));
        return fouten;
    }

    /** The Verhuisbox teams (id, name, municipality), for choosing one when making an account. */
    public List<Teams.Team> teams() {
        return teams.alle();
    }

    /** Every account with its assignments, by name (for the administrator). */
    public List<GebruikerDto> lijst() {
        return lijst(null);
    }

    /** One account with its assignments, for a BEHEERDER (403; 404 when there is none). */
    public GebruikerDto lees(String gebruikersnaam, Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER);
        return lijst(gebruikersnaam).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Account " + gebruikersnaam + " bestaat niet."));
    }

    private List<GebruikerDto> lijst(String naam) {
        record Rij(long id, String naam, boolean actief, boolean totp) {
        }
        List<Rij> rijen = jdbc.sql("""
                select id, gebruikersnaam, actief, totp_geheim is not null from gebruiker
                where cast(? as varchar) is null or gebruikersnaam = ? order by gebruikersnaam""")
                .params(naam, naam)
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))).list();
        Map<Long, List<Toewijzing>> per = toewijzingen.van(rijen.stream().map(Rij::id).toList());
        return rijen.stream().map(r -> new GebruikerDto(r.id(), r.naam(), per.get(r.id()), r.actief(), r.totp()))
                .toList();
    }

    /**
     * The accounts that sign in through an identity provider: name → the registration they came through (the
     * administrator's pages say so).
     */
    Map<String, String> viaIdentiteitsprovider() {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("""
                select g.gebruikersnaam, e.registratie from externe_identiteit e join gebruiker g on g.id = e.gebruiker_id
                order by g.gebruikersnaam""").query((rs, i) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }

    /** The registration of the identity provider this account signs in through; empty for a local account. */
    java.util.Optional<String> identiteitsprovider(long gebruiker) {
        return jdbc.sql("select registratie from externe_identiteit where gebruiker_id = ?").param(gebruiker)
                .query(String.class).optional();
    }

    // ---------------------------------------------------------------- read API for other modules (names and ids)

    /** The name of an account; null when there is none with this id. */
    public String naam(long id) {
        return jdbc.sql("select gebruikersnaam from gebruiker where id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    /** The names of the accounts with these ids (ids without an account are left out), in one query. */
    public Map<Long, String> namen(java.util.Collection<Long> ids) {
        Map<Long, String> namen = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return namen;
        }
        jdbc.sql("select id, gebruikersnaam from gebruiker where id = any(?)").param(ids.toArray(Long[]::new))
                .query((rs, i) -> namen.put(rs.getLong(1), rs.getString(2))).list();
        return namen;
    }

    /** The id of the active account with this name that has this role in this municipality, if there is one. */
    public java.util.Optional<Long> idInGemeente(String naam, Rol rol, String gemeente) {
        return jdbc.sql("""
                select g.id from gebruiker g join toewijzing t on t.gebruiker_id = g.id
                where g.gebruikersnaam = ? and t.rol = ? and t.gemeente_code = ? and g.actief""")
                .params(naam, rol.name(), gemeente).query(Long.class).optional();
    }

    /** The id of the active account with this name that has this role in this (Verhuisbox) team, if there is one. */
    public java.util.Optional<Long> idVan(String naam, Rol rol, long team) {
        return jdbc.sql("""
                select g.id from gebruiker g join toewijzing t on t.gebruiker_id = g.id
                where g.gebruikersnaam = ? and t.rol = ? and t.team_id = ? and g.actief""")
                .params(naam, rol.name(), team).query(Long.class).optional();
    }

    /**
     * Creates an active account of a Verhuisbox team role with a known password, checked (its password too) and
     * audited like every account, without a coordinator's approval: only for the demo, which loads its team in
     * process at the first start (no endpoint leads here; {@code GebruikersArchitectuurTest} keeps it so).
     */
    @Transactional
    public GebruikerDto maakTeamaccount(String gebruikersnaam, String wachtwoord, Rol rol, long team, Gebruiker door,
            String client) {
        Toegang.rol(door, Rol.BEHEERDER);
        List<Toewijzing> lijst = controleer(new NieuweGebruiker(gebruikersnaam, null, rol, null, null, team));
        regels.bezwaar(wachtwoord, gebruikersnaam).ifPresent(b -> {
            throw ApiException.invalid("Het account is niet geldig.", List.of(new InvalidParam("wachtwoord", b)));
        });
        return voegToe(gebruikersnaam, wachtwoord, lijst, door, client);
    }
}
