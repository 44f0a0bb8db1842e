package nl.woonregie.platform.web;

import java.sql.SQLException;

/**
 * A value the database refused as data (SQLSTATE class 22: a text longer than its column, a number beyond its
 * precision, a date out of range, a character it cannot store): the service that stored it lacks a check. The answer
 * is a 400 without a named field rather than a 500 — a safety net only, logged as a warning; services name the field
 * themselves (the fuzz test fails on this answer).
 */
final class OngeldigeOpslag {

    static final String DETAIL = "Een van de waarden kan niet worden opgeslagen: te lang, te groot of met een teken "
            + "dat niet is toegestaan.";

    private OngeldigeOpslag() {
    }

    static boolean is(Throwable e) {
        return sqlFout(e) != null;
    }

    /** The database's message (SQLSTATE and text), for the log. */
    static String melding(Throwable e) {
        SQLException s = sqlFout(e);
        return s == null ? "" : s.getSQLState() + " " + s.getMessage();
    }

    private static SQLException sqlFout(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("22")) {
                return s;
            }
        }
        return null;
    }
}
