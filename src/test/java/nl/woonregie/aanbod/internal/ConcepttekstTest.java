package nl.woonregie.aanbod.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ConcepttekstTest {

    @Test
    void een_gemeentenaam_met_een_koppelteken_breekt_in_de_titel_niet_na_het_koppelteken() throws Exception {
        Concepttekst tekst = new Concepttekst("Plan van aanpak huisvesting vergunninghouders 's-Gravenhage",
                List.of(new Concepttekst.Alinea("Een alinea.")));

        String pdf;
        try (PDDocument d = Loader.loadPDF(tekst.pdf())) {
            pdf = new PDFTextStripper().getText(d);
        }

        // the title is wider than one line: it breaks before the name, never inside it
        assertThat(pdf).contains("'s-Gravenhage").doesNotContain("'s-\n").doesNotContain("'s-\r\n");
    }
}
