package nl.woonregie.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The role assignments of accounts ({@code toewijzing}): read, judged and stored in one place. A new assignment has
 * the scope its role needs and no other field, in a province, municipality, team, programme, department or project
 * that exists (asked of {@link Gebiedsindeling}, {@link Teams} and the modules' {@link Scopebron}s); an account has a
 * role in a scope once, and its Verhuisbox assignments are all of one team. Who may give or take an assignment, and
 * which need a coordinator's approval, is {@link Gebruikers}'s business.
 */
@Service
public class Toewijzingen {

    private final JdbcClient jdbc;
    private final Gebiedsindeling gebied;
    private final Teams teams;
    /** Whether a module keeps teams (Verhuisbox); without one a team role cannot be assigned. */
    private final boolean metTeams;
    private final Map<Scopesoort, Scopebron> bronnen = new EnumMap<>(Scopesoort.class);

    Toewijzingen(JdbcClient jdbc, Gebiedsindeling gebied, ObjectProvider<Teams> teams, List<Scopebron> bronnen) {
        this.jdbc = jdbc;
        this.gebied = gebied;
        Teams bron = teams.getIfAvailable();
        this.teams = bron != null ? bron : Teams.geen();
        this.metTeams = bron != null;
        bronnen.forEach(b -> this.bronnen.put(b.soort(), b));
    }

    /** The most assignments an account holds. */
    static final int MAXIMUM = 50;

    static final String KOLOMMEN = "rol, provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id";

    /** An assignment from the columns {@link #KOLOMMEN}, starting at {@code eerste}. */
    static Toewijzing lees(ResultSet rs, int eerste) throws SQLException {
        return new Toewijzing(Rol.valueOf(rs.getString(eerste)), rs.getString(eerste + 1), rs.getString(eerste + 2),
                rs.getObject(eerste + 3, Long.class), rs.getObject(eerste + 4, Long.class), rs.getString(eerste + 5),
                rs.getObject(eerste + 6, Long.class));
    }

    /** The assignments of an account, in the order they were given. */
    public List<Toewijzing> van(long gebruiker) {
        return jdbc.sql("select " + KOLOMMEN + " from toewijzing where gebruiker_id = ? order by id").param(gebruiker)
                .query((rs, i) -> lees(rs, 1)).list();
    }

    /** The assignments of these accounts (one query); an account without any has an empty list. */
    public Map<Long, List<Toewijzing>> van(Collection<Long> gebruikers) {
        Map<Long, List<Toewijzing>> m = new LinkedHashMap<>();
        gebruikers.forEach(g -> m.put(g, new ArrayList<>()));
        if (gebruikers.isEmpty()) {
            return m;
        }
        jdbc.sql("select gebruiker_id, " + KOLOMMEN + " from toewijzing where gebruiker_id = any(?) order by id")
                .param(gebruikers.toArray(Long[]::new))
                .query((rs, i) -> m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(lees(rs, 2))).list();
        return m;
    }

    /** Gives the account these assignments (in the caller's transaction; judged before). */
    void voegToe(long gebruiker, Collection<Toewijzing> lijst, String door) {
        voegToe(gebruiker, lijst, door, Bron.BEHEER);
    }

    /**
     * Who gave an assignment ({@code toewijzing.bron}): the administrator's management (and the approval of an
     * account request), or an identity provider's group mapping at sign-in, which keeps only its own in step with the
     * groups and never takes away what the administrator gave ({@link IdpAanmelden}).
     */
    enum Bron {
        BEHEER, IDP
    }

    /** Gives the account these assignments from this source (in the caller's transaction; judged before). */
    void voegToe(long gebruiker, Collection<Toewijzing> lijst, String door, Bron bron) {
        for (Toewijzing t : lijst) {
            jdbc.sql("insert into toewijzing (gebruiker_id, " + KOLOMMEN + ", aangemaakt_door, bron) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(gebruiker, t.rol().name(), t.provincie(), t.gemeente(), t.team(), t.programma(),
                            t.afdeling(), t.project(), door, bron.name()).update();
        }
    }

    /** The assignments of an account that came from this source, in the order they were given. */
    List<Toewijzing> van(long gebruiker, Bron bron) {
        return jdbc.sql("select " + KOLOMMEN + " from toewijzing where gebruiker_id = ? and bron = ? order by id")
                .params(gebruiker, bron.name()).query((rs, i) -> lees(rs, 1)).list();
    }

    /** Takes these assignments from the account (in the caller's transaction). */
    void neemWeg(long gebruiker, Collection<Toewijzing> lijst) {
        for (Toewijzing t : lijst) {
            jdbc.sql("""
                    delete from toewijzing where gebruiker_id = ? and rol = ?
                      and provincie_code is not distinct from ? and gemeente_code is not distinct from ?
                      and team_id is not distinct from ? and programma_id is not distinct from ?
                      and afdeling_code is not distinct from ? and project_id is not distinct from ?""")
                    .params(gebruiker, t.rol().name(), t.provincie(), t.gemeente(), t.team(), t.programma(),
                            t.afdeling(), t.project()).update();
        }
    }

    /**
     * Judges a whole list of assignments an account is to hold: each one (see {@link #controleer(Toewijzing, String)}),
     * no role twice in the same scope, and every Verhuisbox role in one team. {@code veld} names the fields of the
     * i-th assignment (e.g. {@code toewijzingen[2].}, or empty for a form of one assignment).
     */
    public List<InvalidParam> controleer(List<Toewijzing> lijst, IntFunction<String> veld) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (lijst.size() > MAXIMUM) {
            fouten.add(new InvalidParam("toewijzingen", "hoogstens " + MAXIMUM + " toewijzingen per account"));
            return fouten;
        }
        Long team = null;
        for (int i = 0; i < lijst.size(); i++) {
            Toewijzing t = lijst.get(i);
            if (t == null) {
                fouten.add(new InvalidParam(veld.apply(i) + "rol", "verplicht"));
                continue;
            }
            List<InvalidParam> eigen = controleer(t, veld.apply(i));
            fouten.addAll(eigen);
            if (!eigen.isEmpty()) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (t.zelfde(lijst.get(j))) {
                    fouten.add(new InvalidParam(veld.apply(i) + "rol", "deze rol staat er al, met dezelfde scope"));
                }
            }
            if (t.verhuisbox()) {
                if (team != null && !team.equals(t.team())) {
                    fouten.add(new InvalidParam(veld.apply(i) + "team",
                            "alle Verhuisbox-rollen van een account horen bij één team"));
                }
                team = team == null ? t.team() : team;
            }
        }
        return fouten;
    }

    /**
     * Judges one assignment: a role; the forms of the codes; exactly the scope the role needs (its fields present,
     * every other field empty); and that scope exists. The fields are named with {@code prefix}.
     */
    public List<InvalidParam> controleer(Toewijzing t, String prefix) {
        List<InvalidParam> fouten = vorm(t, prefix);
        if (!fouten.isEmpty()) {
            return fouten;
        }
        List<String> nodig = nodig(t.scopesoort());
        switch (t.scopesoort()) {
            case PROVINCIE -> {
                if (!gebied.isProvincie(t.provincie())) {
                    fouten.add(new InvalidParam(prefix + "provincie", "onbekende provincie"));
                }
            }
            case GEMEENTE -> {
                if (gebied.provincieVan(t.gemeente()).isEmpty()) {
                    fouten.add(new InvalidParam(prefix + "gemeente", "onbekende gemeente"));
                }
            }
            case TEAM -> {
                if (!teams.bestaat(t.team())) {
                    fouten.add(new InvalidParam(prefix + "team", "onbekend team"));
                }
            }
            case PROGRAMMA, AFDELING, PROJECT, PROGRAMMAPROJECT -> {
                if (t.scopesoort() == Scopesoort.AFDELING && gebied.provincieVan(t.gemeente()).isEmpty()) {
                    fouten.add(new InvalidParam(prefix + "gemeente", "onbekende gemeente"));
                }
                Scopebron bron = bronnen.get(t.scopesoort());
                String veld = prefix + nodig.get(nodig.size() - 1);
                if (bron == null) {
                    fouten.add(new InvalidParam(veld, "Woonregie kent nog geen " + meervoud(t.scopesoort())
                            + "; deze rol kan pas worden toegekend als die er zijn"));
                } else if (fouten.isEmpty() && !bron.bestaat(t)) {
                    fouten.add(new InvalidParam(veld, "onbekend"));
                }
            }
            case GEEN -> {
            }
        }
        return fouten;
    }

    /**
     * The form of one assignment, without asking whether its scope exists: a role; the forms of the codes; exactly
     * the scope fields the role needs (present) and no other (empty). Also for settings read at start, before any
     * team exists (an identity provider's group mapping, {@link Groepskoppeling}).
     */
    static List<InvalidParam> vorm(Toewijzing t, String prefix) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (t.provincie() != null && !t.provincie().matches("PV\\d{2}")) {
            fouten.add(new InvalidParam(prefix + "provincie", "een provinciecode zoals PV28"));
        }
        if (t.gemeente() != null && !t.gemeente().matches("GM\\d{4}")) {
            fouten.add(new InvalidParam(prefix + "gemeente", "een gemeentecode zoals GM0518"));
        }
        if (t.afdeling() != null && !t.afdeling().matches("[A-Z0-9]{2,20}")) {
            fouten.add(new InvalidParam(prefix + "afdeling", "2 tot 20 hoofdletters of cijfers, zoals SZW"));
        }
        if (t.rol() == null) {
            fouten.add(new InvalidParam(prefix + "rol", "verplicht"));
            return fouten;
        }
        if (!fouten.isEmpty()) {
            return fouten;
        }
        String rol = Labels.inZin(t.rol());
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("provincie", t.provincie());
        velden.put("gemeente", t.gemeente());
        velden.put("team", t.team());
        velden.put("programma", t.programma());
        velden.put("afdeling", t.afdeling());
        velden.put("project", t.project());
        List<String> nodig = nodig(t.scopesoort());
        velden.forEach((naam, waarde) -> {
            if (nodig.contains(naam) && waarde == null) {
                fouten.add(new InvalidParam(prefix + naam, "verplicht voor de rol " + rol));
            } else if (!nodig.contains(naam) && waarde != null) {
                fouten.add(new InvalidParam(prefix + naam, "niet toegestaan voor de rol " + rol));
            }
        });
        return fouten;
    }

    /** The fields a scope of this kind needs. */
    static List<String> nodig(Scopesoort soort) {
        return switch (soort) {
            case GEEN -> List.of();
            case PROVINCIE -> List.of("provincie");
            case GEMEENTE -> List.of("gemeente");
            case TEAM -> List.of("team");
            case PROGRAMMA -> List.of("programma");
            case AFDELING -> List.of("gemeente", "afdeling");
            case PROJECT -> List.of("project");
            case PROGRAMMAPROJECT -> List.of("programma", "project");
        };
    }

    private static String meervoud(Scopesoort soort) {
        return switch (soort) {
            case PROGRAMMA -> "programma's";
            case AFDELING -> "afdelingen van gemeenten";
            case PROJECT -> "projecten";
            case PROGRAMMAPROJECT -> "projecten van programma's";
            default -> Labels.inZin(soort);
        };
    }

    /** Whether assignments of this kind of scope can be made now (a module keeps such scopes). */
    public boolean kanToewijzen(Scopesoort soort) {
        return switch (soort) {
            case PROGRAMMA, AFDELING, PROJECT, PROGRAMMAPROJECT -> bronnen.containsKey(soort);
            case TEAM -> metTeams;
            default -> true;
        };
    }

    /** The roles that can be assigned now, the least-privileged first (the forms' default), then as declared. */
    public List<Rol> toewijsbareRollen() {
        List<Rol> rollen = new ArrayList<>();
        rollen.add(Rol.minsteRechten());
        for (Rol r : Rol.values()) {
            // a PROJECTLEIDER is scoped to a lead or to a programme's project (ADR 0049): either source will do
            if (r != Rol.minsteRechten() && (kanToewijzen(r.scopesoort()) || r.scopesoort() == Scopesoort.PROJECT
                    && kanToewijzen(Scopesoort.PROGRAMMAPROJECT))) {
                rollen.add(r);
            }
        }
        return rollen;
    }

    /** An assignment as a page shows it: the role and the name of its scope ("Toezichthouder, Zuid-Holland"). */
    public String omschrijving(Toewijzing t) {
        return omschrijver().apply(t);
    }

    /** Describes assignments as {@link #omschrijving} does, with the teams' names read once (for lists). */
    public java.util.function.Function<Toewijzing, String> omschrijver() {
        Map<Long, String> teamnamen = new java.util.HashMap<>();
        teams.alle().forEach(x -> teamnamen.put(x.id(), x.naam()));
        return t -> omschrijving(t, teamnamen);
    }

    private String omschrijving(Toewijzing t, Map<Long, String> teamnamen) {
        String rol = Labels.van(t.rol());
        return switch (t.scopesoort()) {
            case GEEN -> rol;
            case PROVINCIE -> rol + ", " + gebied.naam(t.provincie());
            case GEMEENTE -> rol + ", " + gebied.naam(t.gemeente());
            case TEAM -> rol + ", team " + teamnamen.getOrDefault(t.team(), String.valueOf(t.team()));
            case PROGRAMMA, PROJECT, PROGRAMMAPROJECT -> rol + ", " + (bronnen.containsKey(t.scopesoort())
                    ? bronnen.get(t.scopesoort()).naam(t) : String.valueOf(t.programma() != null ? t.programma()
                            : t.project()));
            case AFDELING -> rol + ", " + (bronnen.containsKey(Scopesoort.AFDELING)
                    ? bronnen.get(Scopesoort.AFDELING).naam(t) : t.afdeling()) + " van " + gebied.naam(t.gemeente());
        };
    }
}
