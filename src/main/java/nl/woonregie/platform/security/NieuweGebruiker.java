package nl.woonregie.platform.security;

import java.util.ArrayList;
import java.util.List;

/**
 * A new account as the administrator (API, page) or the demo asks for it: name, password and its assignments. One
 * assignment may be given as {@code rol} with its scope fields beside it (as before there were several), or any
 * number as {@code toewijzingen}; not both. Checked by {@link Gebruikers#maak}, which names every invalid field.
 */
public record NieuweGebruiker(String gebruikersnaam, String wachtwoord, Rol rol, String provincie, String gemeente,
        Long team, Long programma, String afdeling, Long project, List<Toewijzing> toewijzingen) {

    /** One assignment given beside the name. */
    public NieuweGebruiker(String gebruikersnaam, String wachtwoord, Rol rol, String provincie, String gemeente,
            Long team) {
        this(gebruikersnaam, wachtwoord, rol, provincie, gemeente, team, null, null, null, null);
    }

    /** One assignment given beside the name, without a team. */
    public NieuweGebruiker(String gebruikersnaam, String wachtwoord, Rol rol, String provincie, String gemeente) {
        this(gebruikersnaam, wachtwoord, rol, provincie, gemeente, null);
    }

    /** Several assignments. */
    public static NieuweGebruiker met(String gebruikersnaam, String wachtwoord, List<Toewijzing> toewijzingen) {
        return new NieuweGebruiker(gebruikersnaam, wachtwoord, null, null, null, null, null, null, null, toewijzingen);
    }

    /** Whether the single assignment beside the name is used (the list is absent). */
    boolean enkel() {
        return toewijzingen == null;
    }

    /** Whether some field of the single assignment is given. */
    boolean enkelGegeven() {
        return rol != null || provincie != null || gemeente != null || team != null || programma != null
                || afdeling != null || project != null;
    }

    /** The assignments asked for: the list, or the single one beside the name (none when it is not given). */
    List<Toewijzing> alleToewijzingen() {
        if (!enkel()) {
            return new ArrayList<>(toewijzingen);
        }
        List<Toewijzing> l = new ArrayList<>();
        l.add(new Toewijzing(rol, provincie, gemeente, team, programma, afdeling, project));
        return l;
    }
}
