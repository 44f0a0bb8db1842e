package nl.woonregie.pdf;

import nl.woonregie.pdf.internal.PdfA;

/**
 * The letters' PDF/A-2a rendering for other modules (e.g. the Verhuisbox beschikkingen): self-contained XHTML with
 * {@code <html lang>} and {@code <title>}, fonts "Liberation Sans" (embedded), nothing loaded from outside. See
 * docs/brieven.md "PDF/A". Thread-safe.
 */
public final class PdfADocument {

    public static final String FONT = PdfA.FONT;
    public static final String CONFORMANCE = PdfA.CONFORMANCE;

    private PdfADocument() {
    }

    public static byte[] render(String xhtml) {
        return PdfA.render(xhtml);
    }
}
