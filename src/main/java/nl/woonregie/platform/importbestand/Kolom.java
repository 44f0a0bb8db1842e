package nl.woonregie.platform.importbestand;

/** An expected column of an import file; names are matched case-insensitively. */
public record Kolom(String naam, boolean verplicht) {

    public static Kolom verplicht(String naam) {
        return new Kolom(naam, true);
    }

    public static Kolom optioneel(String naam) {
        return new Kolom(naam, false);
    }
}
