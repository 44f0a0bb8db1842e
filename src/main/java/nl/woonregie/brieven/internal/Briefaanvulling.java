package nl.woonregie.brieven.internal;

import java.util.List;

/**
 * What the supervisor set for a letter during the round's review, and the college's postal address from the contacts
 * register, as the letter prints it (ADR 0050). Every part is optional: a letter without any is the letter as before.
 *
 * @param postadres     the lines of the college's postal address (empty: none in the register)
 * @param uwKenmerk     the municipality's reference, when it gave one
 * @param zaaknummer    the province's dossier/zaak number
 * @param ondertekenaar the named signer (with {@code functie}); null: "de toezichthouder huisvesting vergunninghouders"
 * @param alineas       the free paragraphs: the round's, then the municipality's
 * @param afschrift     to whom a copy goes, one a line
 */
public record Briefaanvulling(List<String> postadres, String uwKenmerk, String zaaknummer, String ondertekenaar,
        String functie, List<String> alineas, List<String> afschrift) {

    public static final Briefaanvulling LEEG = new Briefaanvulling(List.of(), null, null, null, null, List.of(),
            List.of());

    public Briefaanvulling {
        postadres = postadres == null ? List.of() : List.copyOf(postadres);
        alineas = alineas == null ? List.of() : List.copyOf(alineas);
        afschrift = afschrift == null ? List.of() : List.copyOf(afschrift);
    }
}
