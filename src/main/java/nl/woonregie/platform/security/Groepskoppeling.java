package nl.woonregie.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.woonregie.platform.web.InvalidParam;

/**
 * Which assignments the groups of an identity provider give ({@code woonregie.oidc.groepskoppeling}): per group name
 * one or more assignments, each written as a role with its scope —
 * <ul>
 * <li>{@code BEHEERDER}, {@code COA}, {@code RIJK}: a role without scope;</li>
 * <li>{@code TOEZICHTHOUDER:PV28}: a province; {@code GEMEENTE:GM0518}: a municipality;</li>
 * <li>{@code DIENST:GM0518/SZW}: a department of a municipality;</li>
 * <li>{@code CASEMANAGER:team=3}, {@code PROGRAMMAMANAGER:programma=5}, {@code PROJECTLEIDER:project=7}: by id;</li>
 * <li>{@code PROJECTLEIDER:programma=5/project=3}: project 3 of programme 5 (ADR 0049; a slash, as a comma
 * separates assignments).</li>
 * </ul>
 * Read at start: a mapping that is not well formed — an unknown role, a scope of the wrong kind or form, a role twice
 * in one group, Verhuisbox roles of two teams in one group — stops the start with a message naming the group and the
 * entry ({@link Toewijzingen#vorm}, the same rules as every assignment). Whether a province, municipality or team
 * exists is asked at each sign-in (a team may be made after the start).
 */
final class Groepskoppeling {

    private final Map<String, List<Toewijzing>> perGroep;

    private Groepskoppeling(Map<String, List<Toewijzing>> perGroep) {
        this.perGroep = perGroep;
    }

    /** No group gives anything. */
    static Groepskoppeling leeg() {
        return new Groepskoppeling(Map.of());
    }

    /**
     * Reads the setting (group name → its assignments as written); an invalid one is an {@link IllegalStateException}
     * naming every fault.
     */
    static Groepskoppeling lees(Map<String, List<String>> instelling) {
        Map<String, List<Toewijzing>> perGroep = new LinkedHashMap<>();
        List<String> fouten = new ArrayList<>();
        if (instelling != null) {
            instelling.forEach((groep, waarden) -> {
                List<Toewijzing> lijst = new ArrayList<>();
                for (String waarde : waarden == null ? List.<String>of() : waarden) {
                    if (waarde == null || waarde.isBlank()) {
                        continue;
                    }
                    try {
                        Toewijzing t = toewijzing(waarde.strip());
                        String fout = fout(t, lijst);
                        if (fout != null) {
                            throw new IllegalArgumentException(fout);
                        }
                        lijst.add(t);
                    } catch (IllegalArgumentException e) {
                        fouten.add("woonregie.oidc.groepskoppeling[" + groep + "] '" + waarde.strip() + "': "
                                + e.getMessage());
                    }
                }
                if (!lijst.isEmpty()) {
                    perGroep.put(groep, List.copyOf(lijst));
                }
            });
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("De koppeling van groepen aan rollen (woonregie.oidc.groepskoppeling) "
                    + "is niet geldig: " + String.join(" | ", fouten) + ". Schrijf een toewijzing als ROL, ROL:PV28, "
                    + "ROL:GM0518, ROL:GM0518/AFDELING, ROL:team=3, ROL:programma=5, ROL:project=7 of "
                    + "ROL:programma=5/project=3.");
        }
        return new Groepskoppeling(perGroep);
    }

    /** What is wrong with this assignment beside those of its group before it; null when nothing. */
    private static String fout(Toewijzing t, List<Toewijzing> eerder) {
        List<InvalidParam> vorm = Toewijzingen.vorm(t, "");
        if (!vorm.isEmpty()) {
            return String.join("; ", vorm.stream().map(f -> f.name() + ": " + f.reason()).toList());
        }
        if (eerder.stream().anyMatch(t::zelfde)) {
            return "staat er twee keer";
        }
        if (t.verhuisbox() && eerder.stream().anyMatch(x -> x.verhuisbox() && !x.team().equals(t.team()))) {
            return "alle Verhuisbox-rollen van een account horen bij één team";
        }
        return null;
    }

    /** One assignment as written ({@code ROL} or {@code ROL:scope}); a malformed one is an IllegalArgumentException. */
    static Toewijzing toewijzing(String tekst) {
        int dubbelepunt = tekst.indexOf(':');
        String rolnaam = (dubbelepunt < 0 ? tekst : tekst.substring(0, dubbelepunt)).strip();
        Rol rol;
        try {
            rol = Rol.valueOf(rolnaam.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("onbekende rol '" + rolnaam + "' (rollen: "
                    + List.of(Rol.values()) + ")");
        }
        if (dubbelepunt < 0) {
            return Toewijzing.zonderScope(rol);
        }
        String scope = tekst.substring(dubbelepunt + 1).strip();
        if (scope.matches("(?i)PV\\d{2}")) {
            return new Toewijzing(rol, scope.toUpperCase(Locale.ROOT), null, null, null, null, null);
        }
        if (scope.matches("(?i)GM\\d{4}")) {
            return new Toewijzing(rol, null, scope.toUpperCase(Locale.ROOT), null, null, null, null);
        }
        if (scope.matches("(?i)GM\\d{4}/[A-Za-z0-9]+")) {
            String[] delen = scope.split("/");
            return new Toewijzing(rol, null, delen[0].toUpperCase(Locale.ROOT), null, null,
                    delen[1].toUpperCase(Locale.ROOT), null);
        }
        java.util.regex.Matcher pp = java.util.regex.Pattern
                .compile("(?i)programma\\s*=\\s*(\\d{1,18})\\s*/\\s*project\\s*=\\s*(\\d{1,18})").matcher(scope);
        if (pp.matches()) {
            return new Toewijzing(rol, null, null, null, Long.parseLong(pp.group(1)), null,
                    Long.parseLong(pp.group(2)));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(team|programma|project)\\s*=\\s*(\\d{1,18})")
                .matcher(scope);
        if (m.matches()) {
            long id = Long.parseLong(m.group(2));
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "team" -> new Toewijzing(rol, null, null, id, null, null, null);
                case "programma" -> new Toewijzing(rol, null, null, null, id, null, null);
                default -> new Toewijzing(rol, null, null, null, null, null, id);
            };
        }
        throw new IllegalArgumentException("scope '" + scope + "' niet herkend (PV28, GM0518, GM0518/AFDELING, "
                + "team=3, programma=5, project=7 of programma=5/project=3)");
    }

    /** The assignments these groups give, each once, in the order of the setting. */
    List<Toewijzing> toewijzingen(Collection<String> groepen) {
        List<Toewijzing> lijst = new ArrayList<>();
        perGroep.forEach((groep, toewijzingen) -> {
            if (groepen.contains(groep)) {
                toewijzingen.stream().filter(t -> lijst.stream().noneMatch(t::zelfde)).forEach(lijst::add);
            }
        });
        return lijst;
    }

    /** The groups that give something. */
    java.util.Set<String> groepen() {
        return perGroep.keySet();
    }
}
