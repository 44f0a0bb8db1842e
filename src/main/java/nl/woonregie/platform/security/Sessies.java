package nl.woonregie.platform.security;

import java.util.Objects;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account (Spring Session in PostgreSQL, indexed by the account's name): ended when its
 * password changes, so that whoever knew the old one is signed out everywhere.
 */
@Component
class Sessies {

    private final FindByIndexNameSessionRepository<? extends Session> sessies;

    Sessies(FindByIndexNameSessionRepository<? extends Session> sessies) {
        this.sessies = sessies;
    }

    /** Ends every session of the account except {@code behalve} (the one making the change; may be null). */
    int beeindig(String gebruikersnaam, String behalve) {
        int n = 0;
        for (String id : sessies.findByPrincipalName(gebruikersnaam).keySet()) {
            if (!Objects.equals(id, behalve)) {
                sessies.deleteById(id);
                n++;
            }
        }
        return n;
    }
}
