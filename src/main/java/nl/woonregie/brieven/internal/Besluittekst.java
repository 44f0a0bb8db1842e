package nl.woonregie.brieven.internal;

import java.util.List;

/**
 * The words of a besluit tot indeplaatsstelling as the letter shows them (every date and number already in Dutch
 * form): filled into {@code templates/brieven/indeplaatsstelling.html} by {@link BriefOpmaak}.
 *
 * @param concept    a preview of a draft (no decision date and number yet)
 * @param cijfers    the stored figures as rows of label and value
 * @param termijnen  the begunstigingstermijnen as rows of number, date and persons
 */
public record Besluittekst(String titel, String provincie, String gemeente, String datum, String nummer,
        String onderwerp, boolean concept, List<String> inleiding, List<Rij> cijfers, List<String> overwegingen,
        List<Termijnregel> termijnen, List<String> slot) {

    public record Rij(String label, String waarde) {
    }

    public record Termijnregel(String nummer, String datum, String aantal) {
    }
}
