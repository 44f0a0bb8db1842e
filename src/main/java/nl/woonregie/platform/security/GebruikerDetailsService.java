package nl.woonregie.platform.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from the {@code gebruiker} table as {@link Gebruiker} principals. */
@Service
class GebruikerDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    GebruikerDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Gebruiker loadUserByUsername(String gebruikersnaam) {
        return vind("gebruikersnaam = ?", gebruikersnaam)
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
    }

    Optional<Gebruiker> vind(String where, Object param) {
        return jdbc.sql("select id, gebruikersnaam, wachtwoord_hash, rol, provincie_code, gemeente_code, team_id, actief "
                        + "from gebruiker where " + where)
                .param(param)
                .query((rs, n) -> new Gebruiker(rs.getLong("id"), rs.getString("gebruikersnaam"),
                        rs.getString("wachtwoord_hash"), Rol.valueOf(rs.getString("rol")),
                        rs.getString("provincie_code"), rs.getString("gemeente_code"), rs.getObject("team_id", Long.class), rs.getBoolean("actief"),
                        null))
                .optional();
    }
}
