package nl.woonregie.platform.security;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from the {@code gebruiker} table; the role becomes the authority {@code ROLE_<rol>}. */
@Service
class GebruikerDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    GebruikerDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        return jdbc.sql("select gebruikersnaam, wachtwoord_hash, rol, actief from gebruiker where gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query((rs, n) -> User.withUsername(rs.getString("gebruikersnaam"))
                        .password(rs.getString("wachtwoord_hash"))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString("rol"))))
                        .disabled(!rs.getBoolean("actief"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
    }
}
