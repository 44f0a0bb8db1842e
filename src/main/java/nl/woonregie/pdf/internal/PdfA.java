package nl.woonregie.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Renders a letter's XHTML to PDF/A-2a (tagged, so also readable by screen readers): fonts are the shipped Liberation
 * Sans (embedded as subsets), the output intent is sRGB, title and language come from the HTML ({@code <title>},
 * {@code lang="nl-NL"}). No external resource is ever fetched. Thread-safe: every call builds its own renderer.
 */
public final class PdfA {

    public static final String FONT = "Liberation Sans";
    public static final String CONFORMANCE = "PDF/A-2a";

    /** The tables a PDF needs of a TrueType font; not GSUB/GPOS/GDEF/kern (OpenType layout, see below). */
    private static final List<String> TABELLEN = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "OS/2", "cmap", "name", "post");
    private static final byte[] REGULAR = zonderOpmaaktabellen(lees("pdf/fonts/LiberationSans-Regular.ttf"));
    private static final byte[] BOLD = zonderOpmaaktabellen(lees("pdf/fonts/LiberationSans-Bold.ttf"));
    private static final byte[] ITALIC = zonderOpmaaktabellen(lees("pdf/fonts/LiberationSans-Italic.ttf"));
    /** The sRGB profile of the Java runtime (IEC 61966-2.1), as the PDF/A output intent. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Font metrics parsed once and shared by all renders (they only depend on the shipped fonts). */
    private static final FSCacheEx<String, FSCacheValue> FONT_METRIEK = new FSCacheEx<>() {
        private final Map<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    };

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private PdfA() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRIEK);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(ITALIC), FONT, 400, FontStyle.ITALIC, true);
            // the letter is self-contained: nothing is loaded from outside
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Woonregie");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An in-memory copy of the font with all its glyphs but without the OpenType layout tables. PDFBox applies a
     * font's GSUB ligature rules to every piece of text it writes, with regular expressions built per call; for a
     * letter that is two thirds of the rendering time, for ligatures a Dutch letter does not need (and that make
     * copied text worse). The PDF embeds a subset of the glyphs either way; the shipped files stay unchanged.
     */
    static byte[] zonderOpmaaktabellen(byte[] font) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            TTFSubsetter subset = new TTFSubsetter(ttf, TABELLEN);
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    subset.add(cp);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(font.length);
            subset.writeToStream(out);
            ttf.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] lees(String resource) {
        try (InputStream in = PdfA.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lettertype ontbreekt: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
