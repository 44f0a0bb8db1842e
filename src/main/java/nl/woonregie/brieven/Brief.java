package nl.woonregie.brieven;

import java.time.LocalDate;

/**
 * A toezichtbrief to one municipality in a round.
 *
 * @param kenmerk  the document reference; null for a preview of a CONCEPT round
 * @param concept  true for a preview (round not vastgesteld): watermarked, not stored, no kenmerk
 * @param sha256   hex SHA-256 of {@code pdf}; for a frozen letter the stored value
 * @param pdf      the PDF/A-2a document; null when only the HTML was asked for a preview
 */
public record Brief(long ronde, String gemeente, String gemeenteNaam, String kenmerk, LocalDate datum,
        boolean concept, String sha256, byte[] pdf, String html) {

    /** "GM0518-s-Gravenhage.pdf". */
    public String bestandsnaam() {
        String naam = gemeenteNaam.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return gemeente + "-" + naam + ".pdf";
    }
}
