package nl.woonregie.brieven.internal;

import java.util.List;

/**
 * The words of a letter of the interventieladder (the vooraankondiging of step 4, the besluit tot indeplaatsstelling of
 * step 5, the verslag of step 6) as the letter shows them (every date and number already in Dutch
 * form): filled into {@code templates/brieven/indeplaatsstelling.html} by {@link BriefOpmaak}.
 *
 * @param concept    a preview of a draft (no decision date and number yet)
 * @param cijfers    the stored figures as rows of label and value
 * @param termijnen  the begunstigingstermijnen as rows of number, date and persons (none: the section is left out)
 * @param slotkop    the heading of the closing paragraphs ("Besluit", "Voorgenomen interventie", …)
 * @param tabellen   extra tables (the actions and costs of step 6), each with its heading
 * @param afschrift  the copy line ("Afschrift aan: …"), or null
 */
public record Besluittekst(String titel, String provincie, String gemeente, String datum, String nummer,
        String onderwerp, boolean concept, List<String> inleiding, List<Rij> cijfers, List<String> overwegingen,
        List<Termijnregel> termijnen, String slotkop, List<String> slot, List<Tabel> tabellen, String afschrift) {

    /** An extra table of the letter: its heading, column headings and rows of cells (already in Dutch form). */
    public record Tabel(String kop, List<String> kolommen, List<List<String>> rijen) {
    }

    public record Rij(String label, String waarde) {
    }

    public record Termijnregel(String nummer, String datum, String aantal) {
    }
}
