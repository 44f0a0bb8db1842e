package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.importbestand.Kolom;

/**
 * The kinds of figures that are imported from files: their columns and how they are stored. Every stored figure is
 * identified by the municipality and its {@link #sleutel} columns; its {@link #waarden} are versioned.
 */
public enum ImportSoort {

    TAAKSTELLING("taakstelling", List.of(Kolom.verplicht("gemeente"), Kolom.verplicht("periode"),
            Kolom.verplicht("taakstelling"), Kolom.optioneel("additioneleOpgave")),
            List.of(new DbKolom("periode", "periode", String.class)),
            List.of(new DbKolom("taakstelling", "taakstelling", Integer.class),
                    new DbKolom("additionele_opgave", "additioneleOpgave", Integer.class))),

    BEGINSTAND("beginstand", List.of(Kolom.verplicht("gemeente"), Kolom.verplicht("periode"),
            Kolom.verplicht("saldoIn"), Kolom.verplicht("trede")),
            List.of(),
            List.of(new DbKolom("periode", "periode", String.class), new DbKolom("saldo_in", "saldoIn", Integer.class),
                    new DbKolom("trede", "trede", String.class))),

    /**
     * The extra ambition of a period (issue 15, §3): per municipality its ambition, stored as a new version of its
     * taakstelling row with {@code additionele_opgave = ambitie − taakstelling}. The taakstelling must be there and
     * not above the ambition; both are checked against the current taakstelling under the import's lock.
     */
    AMBITIE("taakstelling", List.of(Kolom.verplicht("gemeente"), Kolom.verplicht("periode"),
            Kolom.verplicht("ambitie")),
            List.of(new DbKolom("periode", "periode", String.class)),
            List.of(new DbKolom("taakstelling", "taakstelling", Integer.class),
                    new DbKolom("additionele_opgave", "additioneleOpgave", Integer.class))),

    COA_STAND("coa_stand", List.of(Kolom.verplicht("gemeente"), Kolom.verplicht("periode"),
            Kolom.verplicht("datum"), Kolom.verplicht("gehuisvest"), Kolom.verplicht("koppelingen"),
            Kolom.verplicht("omkoppelingen"), Kolom.verplicht("stapelgemeente")),
            List.of(new DbKolom("periode", "periode", String.class), new DbKolom("datum", "datum", LocalDate.class)),
            List.of(new DbKolom("gehuisvest", "gehuisvest", Integer.class),
                    new DbKolom("koppelingen", "koppelingen", Integer.class),
                    new DbKolom("omkoppelingen", "omkoppelingen", Integer.class),
                    new DbKolom("stapelgemeente", "stapelgemeente", Boolean.class)));

    /** A database column and the name of the field in files, JSON and the audit trail. */
    record DbKolom(String naam, String veld, Class<?> type) {
    }

    /** The table (a constant, never user input). */
    final String tabel;
    final List<Kolom> kolommen;
    /** The identifying columns besides gemeente_code. */
    final List<DbKolom> sleutel;
    final List<DbKolom> waarden;

    ImportSoort(String tabel, List<Kolom> kolommen, List<DbKolom> sleutel, List<DbKolom> waarden) {
        this.tabel = tabel;
        this.kolommen = kolommen;
        this.sleutel = sleutel;
        this.waarden = waarden;
    }

    /** Dutch label for pages. */
    public String omschrijving() {
        return Labels.van(this);
    }

    /** The column names of the file, required ones first, for the help text of the import page. */
    public String kolomnamen() {
        return String.join(";", kolommen.stream().map(Kolom::naam).toList());
    }

    boolean heeftPeriodeInSleutel() {
        return sleutel.stream().anyMatch(k -> k.naam().equals("periode"));
    }
}
