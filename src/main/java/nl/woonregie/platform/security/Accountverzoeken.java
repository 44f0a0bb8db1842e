package nl.woonregie.platform.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account requests of the Verhuisbox teams: an administrator cannot by itself give an account access to clients'
 * files — make an account with a Verhuisbox role, give an existing account such a role, make such an account active
 * again, or give it a new password or second factor. It asks; the team's coordinator approves or refuses (never the
 * one who asked). Only a team without another active coordinator has its request decided by a second administrator.
 * Approval makes the account (inactive, with a one-time link for its user to choose the password: the administrator
 * never learns it), adds the roles, activates it, gives the approver a one-time link for a new password (the old one
 * works until the new one is set), or takes away the second factor (its user sets up a new one at the next sign-in).
 * Each step is audited under whoever took it; the team's worklist gets a task for the coordinator while a request is
 * open (it listens to {@link AccountGebeurtenis.OverVerzoek}).
 */
@Service
public class Accountverzoeken {

    /** What is asked for. */
    public enum Soort {
        /** A new account with (among others) Verhuisbox roles. */
        NIEUW_ACCOUNT,
        /** A new password for an account with a Verhuisbox role. */
        WACHTWOORD_HERSTEL,
        /** Verhuisbox roles for an existing account. */
        TOEWIJZING,
        /** An account with a Verhuisbox role active again (and possibly more Verhuisbox roles). */
        HERACTIVERING,
        /** A new second factor (TOTP) for an account with a Verhuisbox role: the old one is taken away. */
        TOTP_HERSTEL
    }

    /** Where a request stands. */
    public enum Status {
        INGEDIEND, GOEDGEKEURD, GEWEIGERD
    }

    /** Who decides: the team's coordinator, or (a team without another coordinator) another administrator. */
    public enum Beslisser {
        COORDINATOR, BEHEERDER
    }

    /**
     * A request as the API and the pages show it; {@code toewijzingen} are the assignments asked for (all of a new
     * account; the Verhuisbox roles to add to an existing one).
     */
    public record Verzoek(long id, Soort soort, String gebruikersnaam, List<Toewijzing> toewijzingen, long team,
            String teamnaam, Status status, Beslisser beslisser, String aangevraagdDoor, OffsetDateTime aangevraagdOp,
            String beoordeeldDoor, OffsetDateTime beoordeeldOp, String reden) implements Beheerresultaat {

        /** The roles asked for, as a sentence names them ("casemanager, consulent"). */
        public String rollen() {
            return toewijzingen.stream().map(t -> nl.woonregie.platform.web.Labels.inZin(t.rol())).distinct()
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        /** What is asked, as a sentence names it (for tasks and pages). */
        public String onderwerp() {
            return AccountGebeurtenis.onderwerp(soort, gebruikersnaam, toewijzingen);
        }
    }

    /** An approval: the request, and the one-time link for the account's user (only now; null when none is made). */
    public record Goedkeuring(Verzoek verzoek, Wachtwoordlinks.Link link) {
    }

    /** What an account may do with a request (for the page's buttons). */
    public record Rechten(boolean beslissen) {
    }

    private record Rij(long id, Soort soort, String gebruikersnaam, long team, Long gebruiker, Status status,
            String aangevraagdDoor, long aangevraagdDoorId, OffsetDateTime aangevraagdOp, String beoordeeldDoor,
            OffsetDateTime beoordeeldOp, String reden) {
    }

    private final JdbcClient jdbc;
    private final Teams teams;
    private final Wachtwoordlinks links;
    private final Toewijzingen toewijzingen;
    private final Sessies sessies;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Accountverzoeken(JdbcClient jdbc,
            ObjectProvider<Teams> teams, Wachtwoordlinks links, Toewijzingen toewijzingen, Sessies sessies,
            ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.jdbc = jdbc;
        this.teams = teams.getIfAvailable(Teams::geen);
        this.links = links;
        this.toewijzingen = toewijzingen;
        this.sessies = sessies;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** A request for a new account with Verhuisbox roles (checked by {@link Gebruikers#maak}); 409 for a taken name. */
    Verzoek vraagAccountAan(String naam, List<Toewijzing> lijst, Gebruiker door, String client) {
        boolean bestaat = jdbc.sql("select count(*) from gebruiker where gebruikersnaam = ?").param(naam)
                .query(Long.class).single() > 0;
        if (bestaat) {
            throw Gebruikers.naamBezet(naam);
        }
        return dien(Soort.NIEUW_ACCOUNT, naam, lijst, teamVan(lijst), null, door, client);
    }

    /** A request for a new password of an account with a Verhuisbox role. */
    Verzoek vraagHerstelAan(Gebruiker account, Gebruiker door, String client) {
        return dien(Soort.WACHTWOORD_HERSTEL, account.gebruikersnaam(), List.of(), account.team(), account.id(), door,
                client);
    }

    /** A request for a new second factor of an account with a Verhuisbox role. */
    Verzoek vraagTotpHerstelAan(Gebruiker account, Gebruiker door, String client) {
        return dien(Soort.TOTP_HERSTEL, account.gebruikersnaam(), List.of(), account.team(), account.id(), door,
                client);
    }

    /**
     * A request for Verhuisbox roles for an existing account ({@code erbij}, judged by {@link Gebruikers#wijzig}),
     * and/or to make active again an account that has such roles ({@code activeren}).
     */
    Verzoek vraagToewijzingAan(Gebruiker account, List<Toewijzing> erbij, boolean activeren, Gebruiker door,
            String client) {
        long team = erbij.isEmpty() ? account.team() : teamVan(erbij);
        return dien(activeren ? Soort.HERACTIVERING : Soort.TOEWIJZING, account.gebruikersnaam(), erbij, team,
                account.id(), door, client);
    }

    private static long teamVan(List<Toewijzing> lijst) {
        return lijst.stream().filter(Toewijzing::verhuisbox).map(Toewijzing::team).findFirst().orElseThrow();
    }

    private Verzoek dien(Soort soort, String naam, List<Toewijzing> lijst, long team, Long gebruiker, Gebruiker door,
            String client) {
        long id;
        try {
            id = jdbc.sql("""
                    insert into accountverzoek (soort, gebruikersnaam, team_id, gebruiker_id, aangevraagd_door,
                        aangevraagd_door_id, aangevraagd_op)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(soort.name(), naam, team, gebruiker, door.actor(), door.id(), OffsetDateTime.now(klok))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Verzoek loopt al",
                    "Voor " + naam + " loopt al een verzoek; de coördinator van het team beslist daar eerst over.",
                    List.of(new InvalidParam("gebruikersnaam", "er loopt al een verzoek")));
        }
        for (int i = 0; i < lijst.size(); i++) {
            Toewijzing t = lijst.get(i);
            jdbc.sql("insert into accountverzoek_toewijzing (verzoek_id, volgnummer, " + Toewijzingen.KOLOMMEN
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i + 1, t.rol().name(), t.provincie(), t.gemeente(), t.team(), t.programma(),
                            t.afdeling(), t.project()).update();
        }
        gebeurtenissen.publishEvent(new AccountGebeurtenis.AccountverzoekIngediend(id, soort, naam, lijst, team,
                new Actor(door.actor(), client)));
        return verzoek(rij(id).orElseThrow());
    }

    /** The requests this account may see: all for an administrator, its team's for a coordinator (403 else). */
    public List<Verzoek> lijst(Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER, Rol.COORDINATOR);
        boolean alle = door.heeft(Rol.BEHEERDER);
        Long team = door.heeft(Rol.COORDINATOR) ? door.team() : null;
        return jdbc.sql(SELECT + " where ? or team_id = ? order by status = 'INGEDIEND' desc, id desc")
                .params(alle, team == null ? -1L : team).query((rs, i) -> rij(rs)).list().stream()
                .map(this::verzoek).toList();
    }

    /** One request: for an administrator, or the coordinator of its team (403 else, 404 when there is none). */
    public Verzoek lees(long id, Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER, Rol.COORDINATOR);
        Rij r = rij(id).orElseThrow(() -> ApiException.notFound("Accountverzoek " + id + " bestaat niet."));
        if (!door.heeft(Rol.BEHEERDER) && !coordinatorVan(door, r.team())) {
            throw geweigerd("Dit verzoek is van een ander team.");
        }
        return verzoek(r);
    }

    public Rechten rechten(Verzoek v, Gebruiker door) {
        return new Rechten(v.status() == Status.INGEDIEND && magBeslissen(rij(v.id()).orElseThrow(), door));
    }

    /**
     * Approves a request (the team's coordinator; 403 for anyone else, also for the one who asked; 409 when it is
     * decided already). A new account is made, inactive until its user chooses a password through the returned
     * one-time link; a reset gives such a link and keeps the old password until the new one is set; roles are added,
     * an account made active again, a second factor taken away (the account's sessions end).
     */
    @Transactional
    public Goedkeuring keurGoed(long id, Gebruiker door, String client) {
        Rij r = beslisbaar(id, door);
        OffsetDateTime nu = OffsetDateTime.now(klok);
        List<Toewijzing> gevraagd = gevraagd(id);
        long gebruiker;
        if (r.soort() == Soort.NIEUW_ACCOUNT) {
            try {
                gebruiker = jdbc.sql("""
                        insert into gebruiker (gebruikersnaam, wachtwoord_hash, actief) values (?, ?, false)
                        returning id""")
                        .params(r.gebruikersnaam(), links.onbruikbaarWachtwoord()).query(Long.class).single();
            } catch (DuplicateKeyException e) {
                throw Gebruikers.naamBezet(r.gebruikersnaam());
            }
            toewijzingen.voegToe(gebruiker, gevraagd, door.actor());
        } else {
            gebruiker = r.gebruiker();
        }
        int n = jdbc.sql("""
                update accountverzoek set status = 'GOEDGEKEURD', gebruiker_id = ?, beoordeeld_door = ?,
                    beoordeeld_door_id = ?, beoordeeld_op = ?
                where id = ? and status = 'INGEDIEND'""")
                .params(gebruiker, door.actor(), door.id(), nu, id).update();
        if (n == 0) {
            throw alBeslist(id);
        }
        Actor wie = new Actor(door.actor(), client);
        Wachtwoordlinks.Link link = null;
        switch (r.soort()) {
            case NIEUW_ACCOUNT -> gebeurtenissen.publishEvent(new AccountGebeurtenis.GebruikerAangemaakt(gebruiker,
                    r.gebruikersnaam(), gevraagd, wie));
            case TOEWIJZING, HERACTIVERING -> voegRollenToe(r, gebruiker, gevraagd, wie);
            case TOTP_HERSTEL -> {
                jdbc.sql("""
                        update gebruiker set totp_geheim = null, totp_ingesteld_op = null, totp_laatste_stap = null,
                            gewijzigd_op = now() where id = ?""").param(gebruiker).update();
                gebeurtenissen.publishEvent(new AccountGebeurtenis.TotpHersteld(r.gebruikersnaam(), wie));
                sessies.beeindig(r.gebruikersnaam(), null);
            }
            case WACHTWOORD_HERSTEL -> {
            }
        }
        gebeurtenissen.publishEvent(new AccountGebeurtenis.AccountverzoekBeoordeeld(id, r.soort(), r.gebruikersnaam(),
                r.team(), true, null, r.aangevraagdDoor(), wie));
        if (r.soort() == Soort.NIEUW_ACCOUNT || r.soort() == Soort.WACHTWOORD_HERSTEL) {
            link = links.maak(gebruiker, r.gebruikersnaam(), r.soort() == Soort.NIEUW_ACCOUNT
                    ? Wachtwoordlinks.Doel.ACTIVEREN : Wachtwoordlinks.Doel.HERSTELLEN, door, client);
        }
        return new Goedkeuring(verzoek(rij(id).orElseThrow()), link);
    }

    /** The roles of an approved request are added (those the account has not got meanwhile), and it may be active. */
    private void voegRollenToe(Rij r, long gebruiker, List<Toewijzing> gevraagd, Actor wie) {
        List<Toewijzing> oud = toewijzingen.van(gebruiker);
        List<Toewijzing> erbij = gevraagd.stream().filter(t -> oud.stream().noneMatch(t::zelfde)).toList();
        List<Toewijzing> nieuw = new ArrayList<>(oud);
        nieuw.addAll(erbij);
        List<InvalidParam> fouten = toewijzingen.controleer(nieuw, i -> "toewijzingen[" + i + "].");
        if (!fouten.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet meer mogelijk", "Het account is intussen gewijzigd: "
                    + fouten.get(0).reason() + ". Weiger dit verzoek; de beheerder vraagt zo nodig opnieuw.", null);
        }
        if (!erbij.isEmpty()) {
            toewijzingen.voegToe(gebruiker, erbij, wie.naam());
            gebeurtenissen.publishEvent(new AccountGebeurtenis.ToewijzingenGewijzigd(r.gebruikersnaam(), oud, nieuw,
                    wie));
        }
        if (r.soort() == Soort.HERACTIVERING) {
            jdbc.sql("update gebruiker set actief = true, gewijzigd_op = now() where id = ?").param(gebruiker)
                    .update();
            gebeurtenissen.publishEvent(new AccountGebeurtenis.ActiefGewijzigd(r.gebruikersnaam(), true, wie));
        }
        sessies.beeindig(r.gebruikersnaam(), null);
    }

    /** Refuses a request, with a reason (400 without one); who may and when as {@link #keurGoed}. */
    @Transactional
    public Verzoek weiger(long id, String reden, Gebruiker door, String client) {
        Rij r = beslisbaar(id, door);
        if (reden == null || reden.isBlank() || reden.length() > 1000) {
            throw ApiException.invalid("Geef een reden.", List.of(new InvalidParam("reden",
                    "verplicht, hoogstens 1000 tekens")));
        }
        int n = jdbc.sql("""
                update accountverzoek set status = 'GEWEIGERD', reden = ?, beoordeeld_door = ?, beoordeeld_door_id = ?,
                    beoordeeld_op = ?
                where id = ? and status = 'INGEDIEND'""")
                .params(reden.strip(), door.actor(), door.id(), OffsetDateTime.now(klok), id).update();
        if (n == 0) {
            throw alBeslist(id);
        }
        gebeurtenissen.publishEvent(new AccountGebeurtenis.AccountverzoekBeoordeeld(id, r.soort(), r.gebruikersnaam(),
                r.team(), false, reden.strip(), r.aangevraagdDoor(), new Actor(door.actor(), client)));
        return verzoek(rij(id).orElseThrow());
    }

    /** The request, if this account may decide it now: 403 (not the decider, or the one who asked), 404, 409. */
    private Rij beslisbaar(long id, Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER, Rol.COORDINATOR);
        Rij r = rij(id).orElseThrow(() -> ApiException.notFound("Accountverzoek " + id + " bestaat niet."));
        if (!magBeslissen(r, door)) {
            throw geweigerd(r.aangevraagdDoorId() == door.id()
                    ? "Wie een verzoek indient, beslist er niet zelf over."
                    : door.gebruikersnaam().equals(r.gebruikersnaam())
                            ? "Over een verzoek voor uw eigen account beslist u niet zelf."
                            : beslisser(r) == Beslisser.COORDINATOR
                                    ? "Over dit verzoek beslist de coördinator van het team."
                                    : "Het team heeft geen andere coördinator: een andere beheerder beslist.");
        }
        if (r.status() != Status.INGEDIEND) {
            throw alBeslist(id);
        }
        return r;
    }

    private boolean magBeslissen(Rij r, Gebruiker door) {
        if (r.aangevraagdDoorId() == door.id() || door.gebruikersnaam().equals(r.gebruikersnaam())
                || door.via() != null) {
            return false;
        }
        return switch (beslisser(r)) {
            case COORDINATOR -> coordinatorVan(door, r.team());
            case BEHEERDER -> door.heeft(Rol.BEHEERDER);
        };
    }

    private static boolean coordinatorVan(Gebruiker g, long team) {
        return g.toewijzingen().stream()
                .anyMatch(t -> t.rol() == Rol.COORDINATOR && Long.valueOf(team).equals(t.team()));
    }

    /** The team's coordinator, unless the team has no active coordinator but the account concerned. */
    private Beslisser beslisser(Rij r) {
        long andere = jdbc.sql("""
                select count(*) from gebruiker g join toewijzing t on t.gebruiker_id = g.id
                where t.rol = 'COORDINATOR' and t.team_id = ? and g.actief and g.gebruikersnaam <> ?""")
                .params(r.team(), r.gebruikersnaam()).query(Long.class).single();
        return andere > 0 ? Beslisser.COORDINATOR : Beslisser.BEHEERDER;
    }

    private static final String SELECT = """
            select id, soort, gebruikersnaam, team_id, gebruiker_id, status, aangevraagd_door,
                   aangevraagd_door_id, aangevraagd_op, beoordeeld_door, beoordeeld_op, reden
            from accountverzoek""";

    private Optional<Rij> rij(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, i) -> rij(rs)).optional();
    }

    private static Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rij(rs.getLong(1), Soort.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4),
                rs.getObject(5, Long.class), Status.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8),
                rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getObject(11, OffsetDateTime.class),
                rs.getString(12));
    }

    /** The assignments a request asks for, in its order. */
    private List<Toewijzing> gevraagd(long verzoek) {
        return jdbc.sql("select " + Toewijzingen.KOLOMMEN + " from accountverzoek_toewijzing where verzoek_id = ? "
                + "order by volgnummer").param(verzoek).query((rs, i) -> Toewijzingen.lees(rs, 1)).list();
    }

    private Verzoek verzoek(Rij r) {
        String teamnaam = teams.alle().stream().filter(t -> t.id() == r.team()).map(Teams.Team::naam).findFirst()
                .orElse("team " + r.team());
        return new Verzoek(r.id(), r.soort(), r.gebruikersnaam(), gevraagd(r.id()), r.team(), teamnaam, r.status(),
                r.status() == Status.INGEDIEND ? beslisser(r) : null, r.aangevraagdDoor(), r.aangevraagdOp(),
                r.beoordeeldDoor(), r.beoordeeldOp(), r.reden());
    }

    private static ApiException alBeslist(long id) {
        return new ApiException(HttpStatus.CONFLICT, "Al beslist", "Over accountverzoek " + id
                + " is al beslist.", null);
    }

    private static ApiException geweigerd(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", detail, null);
    }
}
