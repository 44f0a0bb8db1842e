package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a communication plan (memo 5's "Overzicht bijeenkomsten", memo 6), of a tranche and/or of a project:
 * its name and place, its date (null: still to be set, the memo's "datum ntb"), the audiences, who spoke for the
 * municipality, the number of registrations ({@code aanmeldingenMeerDan}: "meer dan 50") and its outcome.
 */
public record Bijeenkomst(long id, String gemeente, Long tranche, String trancheNaam, Long lead, String leadNaam,
        int versie, String naam, String plaats, LocalDate datum, List<String> doelgroepen, String wie,
        Integer aanmeldingen, boolean aanmeldingenMeerDan, String uitkomst, List<Communicatieactie.Versie> versies) {

    Bijeenkomst metVersies(List<Communicatieactie.Versie> v) {
        return new Bijeenkomst(id, gemeente, tranche, trancheNaam, lead, leadNaam, versie, naam, plaats, datum,
                doelgroepen, wie, aanmeldingen, aanmeldingenMeerDan, uitkomst, v);
    }
}
