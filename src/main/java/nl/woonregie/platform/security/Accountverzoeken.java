package nl.woonregie.platform.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account requests of the Verhuisbox teams: an administrator cannot make an account with a Verhuisbox role (which
 * reads clients' files) nor give such an account a new password by itself. It asks; the team's coordinator approves
 * or refuses (never the one who asked). Only a team without another active coordinator has its request decided by a
 * second administrator. Approval makes the account (inactive) or keeps the old password until the new one is set, and
 * gives the one who approved a one-time link for the account's user, who chooses the password: the administrator never
 * learns it. Each step is audited under whoever took it; the team's worklist gets a task for the coordinator while a
 * request is open (it listens to {@link AccountGebeurtenis.OverVerzoek}).
 */
@Service
public class Accountverzoeken {

    /** What is asked for. */
    public enum Soort {
        NIEUW_ACCOUNT, WACHTWOORD_HERSTEL
    }

    /** Where a request stands. */
    public enum Status {
        INGEDIEND, GOEDGEKEURD, GEWEIGERD
    }

    /** Who decides: the team's coordinator, or (a team without another coordinator) another administrator. */
    public enum Beslisser {
        COORDINATOR, BEHEERDER
    }

    /** A request as the API and the pages show it. */
    public record Verzoek(long id, Soort soort, String gebruikersnaam, Rol rol, long team, String teamnaam,
            Status status, Beslisser beslisser, String aangevraagdDoor, OffsetDateTime aangevraagdOp,
            String beoordeeldDoor, OffsetDateTime beoordeeldOp, String reden) implements Beheerresultaat {
    }

    /** An approval: the request, and the one-time link for the account's user (shown only now). */
    public record Goedkeuring(Verzoek verzoek, Wachtwoordlinks.Link link) {
    }

    /** What an account may do with a request (for the page's buttons). */
    public record Rechten(boolean beslissen) {
    }

    private record Rij(long id, Soort soort, String gebruikersnaam, Rol rol, long team, Long gebruiker, Status status,
            String aangevraagdDoor, long aangevraagdDoorId, OffsetDateTime aangevraagdOp, String beoordeeldDoor,
            OffsetDateTime beoordeeldOp, String reden) {
    }

    private final JdbcClient jdbc;
    private final Teams teams;
    private final Wachtwoordlinks links;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Accountverzoeken(JdbcClient jdbc, Teams teams, Wachtwoordlinks links, ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.links = links;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** A request for a new account of a Verhuisbox role (checked by {@link Gebruikers#maak}); 409 for a taken name. */
    Verzoek vraagAccountAan(NieuweGebruiker n, Gebruiker door, String client) {
        boolean bestaat = jdbc.sql("select count(*) from gebruiker where gebruikersnaam = ?").param(n.gebruikersnaam())
                .query(Long.class).single() > 0;
        if (bestaat) {
            throw naamBezet(n.gebruikersnaam());
        }
        return dien(Soort.NIEUW_ACCOUNT, n.gebruikersnaam(), n.rol(), n.team(), null, door, client);
    }

    /** A request for a new password of an account with a Verhuisbox role. */
    Verzoek vraagHerstelAan(Gebruiker account, Gebruiker door, String client) {
        return dien(Soort.WACHTWOORD_HERSTEL, account.gebruikersnaam(), account.rol(), account.team(), account.id(),
                door, client);
    }

    private Verzoek dien(Soort soort, String naam, Rol rol, long team, Long gebruiker, Gebruiker door, String client) {
        long id;
        try {
            id = jdbc.sql("""
                    insert into accountverzoek (soort, gebruikersnaam, rol, team_id, gebruiker_id, aangevraagd_door,
                        aangevraagd_door_id, aangevraagd_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(soort.name(), naam, rol.name(), team, gebruiker, door.actor(), door.id(),
                            OffsetDateTime.now(klok)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Verzoek loopt al",
                    "Voor " + naam + " loopt al een verzoek; de coördinator van het team beslist daar eerst over.",
                    List.of(new InvalidParam("gebruikersnaam", "er loopt al een verzoek")));
        }
        gebeurtenissen.publishEvent(new AccountGebeurtenis.AccountverzoekIngediend(id, soort, naam, rol, team,
                new Actor(door.actor(), client)));
        return verzoek(rij(id).orElseThrow());
    }

    /** The requests this account may see: all for an administrator, its team's for a coordinator (403 else). */
    public List<Verzoek> lijst(Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER, Rol.COORDINATOR);
        boolean alle = door.rol() == Rol.BEHEERDER;
        return jdbc.sql(SELECT + " where ? or team_id = ? order by status = 'INGEDIEND' desc, id desc")
                .params(alle, alle ? -1L : door.team()).query((rs, i) -> rij(rs)).list().stream()
                .map(this::verzoek).toList();
    }

    /** One request: for an administrator, or the coordinator of its team (403 else, 404 when there is none). */
    public Verzoek lees(long id, Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER, Rol.COORDINATOR);
        Rij r = rij(id).orElseThrow(() -> ApiException.notFound("Accountverzoek " + id + " bestaat niet."));
        if (door.rol() == Rol.COORDINATOR && !Long.valueOf(r.team()).equals(door.team())) {
            throw geweigerd("Dit verzoek is van een ander team.");
        }
        return verzoek(r);
    }

    public Rechten rechten(Verzoek v, Gebruiker door) {
        return new Rechten(v.status() == Status.INGEDIEND && magBeslissen(rij(v.id()).orElseThrow(), door));
    }

    /**
     * Approves a request (the team's coordinator; 403 for anyone else, also for the one who asked; 409 when it is
     * decided already): a new account is made, inactive until its user chooses a password through the returned
     * one-time link; a reset gives such a link and keeps the old password until the new one is set.
     */
    @Transactional
    public Goedkeuring keurGoed(long id, Gebruiker door, String client) {
        Rij r = beslisbaar(id, door);
        OffsetDateTime nu = OffsetDateTime.now(klok);
        long gebruiker;
        if (r.soort() == Soort.NIEUW_ACCOUNT) {
            try {
                gebruiker = jdbc.sql("""
                        insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, team_id, actief)
                        values (?, ?, ?, ?, false) returning id""")
                        .params(r.gebruikersnaam(), links.onbruikbaarWachtwoord(), r.rol().name(), r.team())
                        .query(Long.class).single();
            } catch (DuplicateKeyException e) {
                throw naamBezet(r.gebruikersnaam());
            }
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
        if (r.soort() == Soort.NIEUW_ACCOUNT) {
            gebeurtenissen.publishEvent(new AccountGebeurtenis.GebruikerAangemaakt(gebruiker, r.gebruikersnaam(),
                    r.rol(), null, null, r.team(), wie));
        }
        gebeurtenissen.publishEvent(new AccountGebeurtenis.AccountverzoekBeoordeeld(id, r.soort(), r.gebruikersnaam(),
                r.team(), true, null, r.aangevraagdDoor(), wie));
        Wachtwoordlinks.Link link = links.maak(gebruiker, r.gebruikersnaam(), r.soort() == Soort.NIEUW_ACCOUNT
                ? Wachtwoordlinks.Doel.ACTIVEREN : Wachtwoordlinks.Doel.HERSTELLEN, door, client);
        return new Goedkeuring(verzoek(rij(id).orElseThrow()), link);
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
            case COORDINATOR -> door.rol() == Rol.COORDINATOR && Long.valueOf(r.team()).equals(door.team());
            case BEHEERDER -> door.rol() == Rol.BEHEERDER;
        };
    }

    /** The team's coordinator, unless the team has no active coordinator but the account concerned. */
    private Beslisser beslisser(Rij r) {
        long andere = jdbc.sql("select count(*) from gebruiker where rol = 'COORDINATOR' and team_id = ? and actief "
                + "and gebruikersnaam <> ?").params(r.team(), r.gebruikersnaam()).query(Long.class).single();
        return andere > 0 ? Beslisser.COORDINATOR : Beslisser.BEHEERDER;
    }

    private static final String SELECT = """
            select id, soort, gebruikersnaam, rol, team_id, gebruiker_id, status, aangevraagd_door,
                   aangevraagd_door_id, aangevraagd_op, beoordeeld_door, beoordeeld_op, reden
            from accountverzoek""";

    private Optional<Rij> rij(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, i) -> rij(rs)).optional();
    }

    private static Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rij(rs.getLong(1), Soort.valueOf(rs.getString(2)), rs.getString(3), Rol.valueOf(rs.getString(4)),
                rs.getLong(5), rs.getObject(6, Long.class), Status.valueOf(rs.getString(7)), rs.getString(8),
                rs.getLong(9), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class), rs.getString(13));
    }

    private Verzoek verzoek(Rij r) {
        String teamnaam = teams.alle().stream().filter(t -> t.id() == r.team()).map(Teams.Team::naam).findFirst()
                .orElse("team " + r.team());
        return new Verzoek(r.id(), r.soort(), r.gebruikersnaam(), r.rol(), r.team(), teamnaam, r.status(),
                r.status() == Status.INGEDIEND ? beslisser(r) : null, r.aangevraagdDoor(), r.aangevraagdOp(),
                r.beoordeeldDoor(), r.beoordeeldOp(), r.reden());
    }

    private static ApiException naamBezet(String naam) {
        return new ApiException(HttpStatus.CONFLICT, "Bestaat al", "Er is al een account met gebruikersnaam " + naam
                + ".", List.of(new InvalidParam("gebruikersnaam", "bestaat al")));
    }

    private static ApiException alBeslist(long id) {
        return new ApiException(HttpStatus.CONFLICT, "Al beslist", "Over accountverzoek " + id
                + " is al beslist.", null);
    }

    private static ApiException geweigerd(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", detail, null);
    }
}
