package nl.woonregie.platform.security;

import java.util.List;

/**
 * Port for the scopes that modules other than {@code gebied} and {@code verhuisbox} keep: programmes, departments of a
 * municipality, projects. The module that owns them implements it (as {@link Gebiedsindeling} and {@link Teams} for
 * provinces, municipalities and teams), so that an assignment can be checked and named without security depending on
 * that module. Until a module implements the port for a kind, no assignment of that kind can be made.
 */
public interface Scopebron {

    /** One scope to choose from: the assignment's scope fields, and its name. */
    record Keuze(Toewijzing scope, String naam) {
    }

    /**
     * The kind this source knows: {@link Scopesoort#PROGRAMMA}, {@link Scopesoort#AFDELING}, {@link Scopesoort#PROJECT}
     * or {@link Scopesoort#PROGRAMMAPROJECT}.
     */
    Scopesoort soort();

    /** Whether the scope of this assignment (its programme, department or project) exists. */
    boolean bestaat(Toewijzing t);

    /** The scope's name for pages (e.g. the programme's title); the id when it is unknown. */
    String naam(Toewijzing t);

    /** Every scope of this kind, for choosing one. */
    List<Keuze> alle();
}
