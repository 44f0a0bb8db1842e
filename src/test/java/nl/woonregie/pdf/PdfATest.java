package nl.woonregie.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import nl.woonregie.pdf.internal.PdfA;
import org.junit.jupiter.api.Test;

/** The veraPDF check has teeth: our output passes PDF/A-2a, a plain PDF of the same page does not. */
class PdfATest {

    static final String XHTML = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="nl-NL"><head><meta charset="UTF-8"/><title>Proef</title>
            <style>body { font-family: "Liberation Sans"; }</style></head>
            <body><h1>Proef</h1><p>Opgave 1.592 — één brief, ’s-Gravenhage.</p></body></html>""";

    @Test
    void onze_pdf_is_pdf_a_2a() throws Exception {
        assertThat(PdfAControle.overtredingen(PdfA.render(XHTML))).isEmpty();
    }

    @Test
    void een_gewone_pdf_is_het_niet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.withHtmlContent(XHTML, null);
        b.toStream(out);
        b.run();
        assertThat(PdfAControle.overtredingen(out.toByteArray())).isNotEmpty();
    }
}
