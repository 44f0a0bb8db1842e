package nl.woonregie.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.woonregie.platform.web.Labels;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account with its role assignments ({@link Toewijzing}: a role and its scope each). Every check asks
 * the assignments — "has it this role", "in which provinces, municipalities, team" — never a single role: a person
 * who is GEMEENTE of GM0518 and casemanager of a Verhuisbox team has the rights of both. An account without
 * assignments (an identity provider's new user, for instance) may sign in and has no rights.
 * Used as the principal for both HTTP Basic / form login and API tokens.
 */
public record Gebruiker(long id, String gebruikersnaam, String wachtwoordHash, List<Toewijzing> toewijzingen,
        boolean actief, String via) implements UserDetails {

    public Gebruiker {
        toewijzingen = toewijzingen == null ? List.of() : List.copyOf(toewijzingen);
    }

    /** An account with these assignments, signed in without a token (for system actors and tests). */
    public static Gebruiker met(long id, String gebruikersnaam, Toewijzing... toewijzingen) {
        return new Gebruiker(id, gebruikersnaam, null, List.of(toewijzingen), true, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return rollen().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return wachtwoordHash;
    }

    @Override
    public String getUsername() {
        return gebruikersnaam;
    }

    @Override
    public boolean isEnabled() {
        return actief;
    }

    /** The roles of the account's assignments. */
    public Set<Rol> rollen() {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        toewijzingen.forEach(t -> rollen.add(t.rol()));
        return rollen;
    }

    /** Has the account an assignment of one of these roles (in any scope)? */
    public boolean heeft(Rol... rollen) {
        for (Toewijzing t : toewijzingen) {
            for (Rol r : rollen) {
                if (t.rol() == r) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The provinces in which the account has this role (e.g. the provinces it supervises as TOEZICHTHOUDER). */
    public Set<String> provincies(Rol rol) {
        return toewijzingen.stream().filter(t -> t.rol() == rol && t.provincie() != null).map(Toewijzing::provincie)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The municipalities in which the account has this role (e.g. its own municipalities as GEMEENTE). */
    public Set<String> gemeenten(Rol rol) {
        return toewijzingen.stream().filter(t -> t.rol() == rol && t.gemeente() != null).map(Toewijzing::gemeente)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The account's Verhuisbox roles (all in one team, see {@link #team()}). */
    public Set<Rol> verhuisboxrollen() {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        toewijzingen.stream().filter(Toewijzing::verhuisbox).forEach(t -> rollen.add(t.rol()));
        return rollen;
    }

    /**
     * The Verhuisbox team of the account's Verhuisbox assignments, or null when it has none. An account's Verhuisbox
     * assignments are all of one team ({@link Toewijzingen#controleer} refuses a second team).
     */
    public Long team() {
        return toewijzingen.stream().filter(Toewijzing::verhuisbox).map(Toewijzing::team).findFirst().orElse(null);
    }

    /**
     * A system account: every assignment is of a role of systems rather than people ({@link Rol#systeemaccount()},
     * e.g. COA), so the account reads no personal data and an administrator may make its API tokens.
     */
    public boolean systeemaccount() {
        return !toewijzingen.isEmpty() && toewijzingen.stream().allMatch(t -> t.rol().systeemaccount());
    }

    /** The account's roles as a sentence names them ("toezichthouder en gemeente"; "geen rol" without any). */
    public String rolomschrijving() {
        List<String> namen = rollen().stream().map(Labels::inZin).toList();
        if (namen.isEmpty()) {
            return "geen rol";
        }
        if (namen.size() == 1) {
            return namen.get(0);
        }
        return String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.get(namen.size() - 1);
    }

    /** The same account, signed in through an API token. */
    Gebruiker viaToken(String tokenNaam) {
        return new Gebruiker(id, gebruikersnaam, null, toewijzingen, actief, "token:" + tokenNaam);
    }

    /** Who did it, for the audit trail: the account, and the token when one was used. */
    public String actor() {
        return via == null ? gebruikersnaam : gebruikersnaam + " (" + via + ")";
    }
}
