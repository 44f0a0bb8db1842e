package nl.woonregie.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating one (role and scope checked; a Verhuisbox role through a coordinator's approval), a new password
 * without the administrator learning it, changing one's own, listing them. Used by the API and the management pages.
 */
@Service
public class Gebruikers {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Gebiedsindeling gebied;
    private final Teams teams;
    private final Wachtwoordregels regels;
    private final Sessies sessies;
    private final Accountverzoeken verzoeken;
    private final Wachtwoordlinks links;
    private final GebruikerDetailsService details;

    Gebruikers(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher gebeurtenissen, Gebiedsindeling gebied,
            Teams teams, Wachtwoordregels regels, Sessies sessies, Accountverzoeken verzoeken, Wachtwoordlinks links,
            GebruikerDetailsService details) {
        this.jdbc = jdbc;
        this.verzoeken = verzoeken;
        this.links = links;
        this.details = details;
        this.regels = regels;
        this.sessies = sessies;
        this.teams = teams;
        this.encoder = encoder;
        this.gebeurtenissen = gebeurtenissen;
        this.gebied = gebied;
    }

    /**
     * Creates an account, for a BEHEERDER (403 for anyone else, before the input is judged); every invalid field is
     * named (400), an existing name is a 409. An account with a Verhuisbox role (which reads clients' files) is not
     * made here: it becomes a request that the team's coordinator approves ({@link Accountverzoeken}), and its user
     * chooses the password through a one-time link, so such a request carries no password.
     */
    @Transactional
    public Beheerresultaat maak(NieuweGebruiker n, Gebruiker door, String client) {
        Toegang.rol(door, Rol.BEHEERDER);
        controleer(n);
        if (n.rol().verhuisbox()) {
            return verzoeken.vraagAccountAan(n, door, client);
        }
        return voegToe(n, door, client);
    }

    private void controleer(NieuweGebruiker n) {
        List<InvalidParam> fouten = controleerVormen(n);
        if (n.rol() != null && fouten.stream().noneMatch(f -> f.name().equals("provincie") || f.name().equals("gemeente"))) {
            controleerScope(n, fouten);
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het account is niet geldig.", fouten);
        }
    }

    private GebruikerDto voegToe(NieuweGebruiker n, Gebruiker door, String client) {
        long id;
        try {
            id = jdbc.sql("""
                    insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, provincie_code, gemeente_code, team_id)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(n.gebruikersnaam(), encoder.encode(n.wachtwoord()), n.rol().name(), n.provincie(),
                            n.gemeente(), n.team())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Bestaat al",
                    "Er is al een account met gebruikersnaam " + n.gebruikersnaam() + ".",
                    List.of(new InvalidParam("gebruikersnaam", "bestaat al")));
        }
        gebeurtenissen.publishEvent(new AccountGebeurtenis.GebruikerAangemaakt(id, n.gebruikersnaam(), n.rol(),
                n.provincie(), n.gemeente(), n.team(), new Actor(door.actor(), client)));
        return new GebruikerDto(id, n.gebruikersnaam(), n.rol(), n.provincie(), n.gemeente(), n.team(), true);
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
        Gebruiker account = details.vind("gebruikersnaam = ?", gebruikersnaam)
                .orElseThrow(() -> ApiException.notFound("Account " + gebruikersnaam + " bestaat niet."));
        if (account.rol().verhuisbox()) {
            return verzoeken.vraagHerstelAan(account, door, client);
        }
        return links.maak(account.id(), account.gebruikersnaam(), Wachtwoordlinks.Doel.HERSTELLEN, door, client);
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

    /**
     * The scope that goes with the role: a province for TOEZICHTHOUDER, a municipality for GEMEENTE, a Verhuisbox team
     * for the Verhuisbox roles, none else.
     */
    private void controleerScope(NieuweGebruiker n, List<InvalidParam> fouten) {
        if (n.rol().verhuisbox()) {
            if (n.team() == null) {
                fouten.add(new InvalidParam("team", "verplicht voor rol " + n.rol()));
            } else if (!teams.bestaat(n.team())) {
                fouten.add(new InvalidParam("team", "onbekend team"));
            }
            if (n.provincie() != null) {
                fouten.add(new InvalidParam("provincie", "niet toegestaan voor rol " + n.rol()));
            }
            if (n.gemeente() != null) {
                fouten.add(new InvalidParam("gemeente", "niet toegestaan voor rol " + n.rol()));
            }
            return;
        }
        if (n.team() != null) {
            fouten.add(new InvalidParam("team", "alleen voor de Verhuisbox-rollen"));
        }
        switch (n.rol()) {
            case TOEZICHTHOUDER -> {
                if (n.provincie() == null) {
                    fouten.add(new InvalidParam("provincie", "verplicht voor rol TOEZICHTHOUDER"));
                } else if (!gebied.isProvincie(n.provincie())) {
                    fouten.add(new InvalidParam("provincie", "onbekende provincie"));
                }
                if (n.gemeente() != null) {
                    fouten.add(new InvalidParam("gemeente", "niet toegestaan voor rol TOEZICHTHOUDER"));
                }
            }
            case GEMEENTE -> {
                if (n.gemeente() == null) {
                    fouten.add(new InvalidParam("gemeente", "verplicht voor rol GEMEENTE"));
                } else if (gebied.provincieVan(n.gemeente()).isEmpty()) {
                    fouten.add(new InvalidParam("gemeente", "onbekende gemeente"));
                }
                if (n.provincie() != null) {
                    fouten.add(new InvalidParam("provincie", "niet toegestaan voor rol GEMEENTE"));
                }
            }
            default -> {
                if (n.provincie() != null) {
                    fouten.add(new InvalidParam("provincie", "niet toegestaan voor rol " + n.rol()));
                }
                if (n.gemeente() != null) {
                    fouten.add(new InvalidParam("gemeente", "niet toegestaan voor rol " + n.rol()));
                }
            }
        }
    }

    /** The form of the fields (the scope's meaning is checked by {@link #controleerScope}). */
    private List<InvalidParam> controleerVormen(NieuweGebruiker n) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (n.gebruikersnaam() == null || !n.gebruikersnaam().matches("[a-z0-9._@-]{3,100}")) {
            fouten.add(new InvalidParam("gebruikersnaam", "3 tot 100 tekens: kleine letters, cijfers, . _ @ -"));
        }
        if (n.rol() != null && n.rol().verhuisbox()) {
            if (n.wachtwoord() != null) {
                fouten.add(new InvalidParam("wachtwoord", "niet bij een Verhuisbox-rol: de medewerker kiest het "
                        + "wachtwoord zelf, met de link die de coördinator na goedkeuring krijgt"));
            }
        } else {
            regels.bezwaar(n.wachtwoord(), n.gebruikersnaam())
                    .ifPresent(b -> fouten.add(new InvalidParam("wachtwoord", b)));
        }
        if (n.rol() == null) {
            fouten.add(new InvalidParam("rol", "verplicht"));
        }
        if (n.provincie() != null && !n.provincie().matches("PV\\d{2}")) {
            fouten.add(new InvalidParam("provincie", "een provinciecode zoals PV28"));
        }
        if (n.gemeente() != null && !n.gemeente().matches("GM\\d{4}")) {
            fouten.add(new InvalidParam("gemeente", "een gemeentecode zoals GM0518"));
        }
        return fouten;
    }

    /** The Verhuisbox teams (id, name, municipality), for choosing one when making an account. */
    public List<Teams.Team> teams() {
        return teams.alle();
    }

    public List<GebruikerDto> lijst() {
        return jdbc.sql("""
                select id, gebruikersnaam, rol, provincie_code, gemeente_code, team_id, actief from gebruiker
                order by gebruikersnaam""")
                .query((rs, i) -> new GebruikerDto(rs.getLong(1), rs.getString(2), Rol.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, Long.class), rs.getBoolean(7)))
                .list();
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

    /** The id of the active account with this name, role and (Verhuisbox) team, if there is one. */
    public java.util.Optional<Long> idVan(String naam, Rol rol, long team) {
        return jdbc.sql("select id from gebruiker where gebruikersnaam = ? and rol = ? and team_id = ? and actief")
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
        NieuweGebruiker n = new NieuweGebruiker(gebruikersnaam, null, rol, null, null, team);
        controleer(n);
        regels.bezwaar(wachtwoord, gebruikersnaam).ifPresent(b -> {
            throw ApiException.invalid("Het account is niet geldig.", List.of(new InvalidParam("wachtwoord", b)));
        });
        return voegToe(new NieuweGebruiker(gebruikersnaam, wachtwoord, rol, null, null, team), door, client);
    }
}
