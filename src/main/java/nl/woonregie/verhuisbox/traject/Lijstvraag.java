package nl.woonregie.verhuisbox.traject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Status;

/**
 * A search in a worklist or a list of cases, as asked (a page's filter form in its URL query, or the API's query
 * parameters), every part optional and as typed: {@code zoek} a client's name (part of it) or a case number (12 or
 * VHB-12), {@code status} the case's state, {@code taak} a kind of open task, {@code teLaat} only what is overdue
 * (ja/nee), {@code pagina} from 1 and {@code paginaGrootte}. {@link #lees} judges it (400 naming every invalid part).
 */
public record Lijstvraag(String zoek, String status, String taak, String teLaat, String pagina,
        String paginaGrootte) {

    /** The most a page of a list may hold. */
    public static final int HOOGSTENS = 1000;

    public static Lijstvraag leeg() {
        return new Lijstvraag(null, null, null, null, null, null);
    }

    /** The same search on another page (for the links to the previous and next page). */
    public Lijstvraag opPagina(int nummer) {
        return new Lijstvraag(zoek, status, taak, teLaat, String.valueOf(nummer), paginaGrootte);
    }

    /** The search read: the name pattern and case number, the state and kind, overdue, the page. */
    public record Gelezen(String naam, Long nummer, Status status, Taaksoort taak, boolean teLaat, int pagina,
            int paginaGrootte) {

        /** Does the search narrow the list (so that an empty list means: nothing found)? */
        public boolean filtert() {
            return naam != null || status != null || taak != null || teLaat;
        }
    }

    /** Reads the search; 400 naming every part that cannot be read. {@code standaardGrootte}: when none is asked. */
    public Gelezen lees(int standaardGrootte) {
        List<InvalidParam> f = new ArrayList<>();
        String z = zoek == null || zoek.isBlank() ? null : zoek.strip();
        if (z != null && z.length() > 100) {
            f.add(new InvalidParam("zoek", "hoogstens 100 tekens"));
        }
        Long nummer = null;
        if (z != null && z.matches("(?i)(vhb)?[- ]?\\d{1,18}")) {
            nummer = Long.valueOf(z.replaceAll("\\D", ""));
        }
        Status s = keuze(Status.class, status, "status", f);
        Taaksoort t = keuze(Taaksoort.class, taak, "taak", f);
        boolean laat = false;
        if (teLaat != null && !teLaat.isBlank()) {
            switch (teLaat.strip().toLowerCase(Locale.ROOT)) {
                case "ja", "true" -> laat = true;
                case "nee", "false" -> laat = false;
                default -> f.add(new InvalidParam("teLaat", "ja of nee"));
            }
        }
        int p = geheel(pagina, "pagina", 1, 1, 1_000_000, f);
        int g = geheel(paginaGrootte, "paginaGrootte", standaardGrootte, 1, HOOGSTENS, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De zoekvraag is niet geldig.", f);
        }
        return new Gelezen(z == null ? null : "%" + z.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%", nummer, s, t, laat, p, g);
    }

    private static <E extends Enum<E>> E keuze(Class<E> soort, String waarde, String veld, List<InvalidParam> f) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            f.add(new InvalidParam(veld, "een van " + Arrays.stream(soort.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static int geheel(String waarde, String veld, int standaard, int min, int max, List<InvalidParam> f) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            int n = Integer.parseInt(waarde.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        f.add(new InvalidParam(veld, "een geheel getal van " + min + " tot en met " + max));
        return standaard;
    }
}
