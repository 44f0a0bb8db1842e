package nl.woonregie.brieven;

/**
 * How a decision goes out by e-mail, per the province's setting ({@link Verzendinstellingen}, ADR 0055): the PDF/A
 * attached to the cover e-mail, or a secure download link in it that works for a number of days.
 */
public enum Verzendvorm {
    BIJLAGE, DOWNLOADLINK
}
