package nl.woonregie.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test helpers: veraPDF validation (PDF/A-2a) and the text of a PDF by poppler's {@code pdftotext}. */
public final class PdfAControle {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAControle() {
    }

    /** The failed PDF/A-2a rules (empty when the document conforms). Validates against 2A, whatever it claims. */
    public static List<String> overtredingen(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_A);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_A, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> fouten = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            if (!result.isCompliant() && fouten.isEmpty()) {
                return List.of("niet PDF/A-2a (" + result.getJobEndStatus() + ")");
            }
            return fouten;
        }
    }

    public static boolean pdftotextAanwezig() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The text of the PDF, layout kept (table rows on one line). */
    public static String tekst(byte[] pdf) throws Exception {
        Path in = Files.createTempFile("brief-", ".pdf");
        Path out = Files.createTempFile("brief-", ".txt");
        try {
            Files.write(in, pdf);
            Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", in.toString(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("pdftotext mislukt: " + log);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
