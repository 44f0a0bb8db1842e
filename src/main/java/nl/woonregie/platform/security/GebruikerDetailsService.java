package nl.woonregie.platform.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from the {@code gebruiker} table, with their assignments, as {@link Gebruiker} principals. */
@Service
class GebruikerDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Toewijzingen toewijzingen;

    GebruikerDetailsService(JdbcClient jdbc, Toewijzingen toewijzingen) {
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
    }

    /**
     * The account for a sign-in with a password (the form, HTTP Basic). An account without a password — made at a
     * sign-in through an identity provider — is none: it signs in there only.
     */
    @Override
    public Gebruiker loadUserByUsername(String gebruikersnaam) {
        return vind("gebruikersnaam = ?", gebruikersnaam).filter(g -> g.wachtwoordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
    }

    Optional<Gebruiker> vind(String where, Object param) {
        return jdbc.sql("select id, gebruikersnaam, wachtwoord_hash, actief from gebruiker where " + where)
                .param(param)
                .query((rs, n) -> new Gebruiker(rs.getLong("id"), rs.getString("gebruikersnaam"),
                        rs.getString("wachtwoord_hash"), null, rs.getBoolean("actief"), null))
                .optional()
                .map(g -> new Gebruiker(g.id(), g.gebruikersnaam(), g.wachtwoordHash(), toewijzingen.van(g.id()),
                        g.actief(), null));
    }
}
