package nl.woonregie.platform.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as people and spreadsheet programs write it.
 * <a href="https://commons.apache.org/proper/commons-csv/">Apache Commons CSV</a> does the RFC 4180 parsing:
 * fields optionally in double quotes, which may hold the separator, line breaks and doubled quotes; {@code \n},
 * {@code \r\n} and {@code \r} line endings. On top of it this class keeps what Woonregie promises its users:
 * <ul>
 * <li><b>strict UTF-8</b>: an invalid byte is an error naming its line, never a replacement character; a byte order
 * mark is skipped;</li>
 * <li>the <b>separator</b> is {@code ,} ({@link #komma()}) or sniffed ({@link #puntkommaOfKomma()}): {@code ;} or
 * {@code ,}, whichever occurs more often in the first line outside quotes, {@code ;} when tied;</li>
 * <li><b>line numbers</b> are those an editor shows: a record that spans lines (a quoted line break) has the number
 * of its first line;</li>
 * <li>a quote inside an unquoted field ({@code 1"2"}) is an error, where Commons CSV would take it literally;</li>
 * <li>empty lines are returned as records with one empty field, so that the caller decides what they mean.</li>
 * </ul>
 * Reading stops at the first error: {@link Gelezen} holds the records before it and the error, with a Dutch reason.
 * Instances are immutable.
 */
public final class CsvLezer {

    /** A record: the line it starts on (1-based, as an editor counts) and its fields. */
    public record Regel(int regel, List<String> velden) {

        /** True when every field is blank (an empty line, or only separators). */
        public boolean isLeeg() {
            return velden.stream().allMatch(String::isBlank);
        }
    }

    /** What can be wrong with a CSV file, with the Dutch reason. */
    public enum Soort {
        GEEN_UTF8("geen geldige UTF-8"),
        AANHALINGSTEKEN_MIDDEN_IN_VELD("aanhalingsteken midden in een veld"),
        TEKENS_NA_AANHALINGSTEKEN("tekens na het sluitende aanhalingsteken"),
        AANHALINGSTEKEN_NIET_GESLOTEN("aanhalingsteken niet gesloten");

        private final String reden;

        Soort(String reden) {
            this.reden = reden;
        }

        public String reden() {
            return reden;
        }
    }

    /**
     * The first error of a file and its line: for invalid UTF-8 and a stray quote the line of the offending
     * character, for a quote that is never closed the line where its record starts.
     */
    public record Fout(Soort soort, int regel) {

        public String reden() {
            return soort.reden();
        }
    }

    /** The records read and, when reading stopped early, the error ({@code null} when there is none). */
    public record Gelezen(List<Regel> regels, Fout fout) {
    }

    private static final char AANHALINGSTEKEN = '"';

    private final Character scheiding;
    private final boolean spatiesNegeren;
    private final long hoogstens;
    /** The line whose separators are counted when the separator is sniffed (1: the first). */
    private final int kopregel;

    private CsvLezer(Character scheiding, boolean spatiesNegeren, long hoogstens) {
        this(scheiding, spatiesNegeren, hoogstens, 1);
    }

    private CsvLezer(Character scheiding, boolean spatiesNegeren, long hoogstens, int kopregel) {
        this.scheiding = scheiding;
        this.spatiesNegeren = spatiesNegeren;
        this.hoogstens = hoogstens;
        this.kopregel = kopregel;
    }

    /** Comma separated; values exactly as in the file. */
    public static CsvLezer komma() {
        return new CsvLezer(',', false, 0);
    }

    /** {@code ;} or {@code ,}, whichever occurs more often in the first line ({@link #scheidingsteken(String)}). */
    public static CsvLezer puntkommaOfKomma() {
        return new CsvLezer(null, false, 0);
    }

    /**
     * White space around a field is dropped: before and after an unquoted value, and before the opening quote of a
     * quoted one (white space after the closing quote is always allowed). White space inside quotes is kept.
     */
    public CsvLezer spatiesRondVeldenNegeren() {
        return new CsvLezer(scheiding, true, hoogstens, kopregel);
    }

    /** Reads at most this many records (empty lines included); the caller compares the count to its limit. */
    public CsvLezer hoogstens(long records) {
        return new CsvLezer(scheiding, spatiesNegeren, records, kopregel);
    }

    /**
     * The separator is sniffed on this line rather than the first: a foreign file's header may stand below title
     * lines, whose commas say nothing about the separator.
     */
    public CsvLezer kopregelOp(int regel) {
        return new CsvLezer(scheiding, spatiesNegeren, hoogstens, Math.max(1, regel));
    }

    public Gelezen lees(byte[] bytes) {
        CharBuffer gedecodeerd = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        if (!utf8(bytes, gedecodeerd)) { // the line of the first invalid byte: 1 + the line breaks before it
            return new Gelezen(List.of(), new Fout(Soort.GEEN_UTF8, 1 + regeleinden(gedecodeerd, 0,
                    gedecodeerd.length())));
        }
        String tekst = gedecodeerd.toString();
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        char teken = scheiding != null ? scheiding : scheidingsteken(tekst, kopregel);
        CSVFormat formaat = CSVFormat.Builder.create()
                .setDelimiter(teken)
                .setQuote(AANHALINGSTEKEN)
                .setIgnoreEmptyLines(false) // returned, so that the line numbers stay those of the file
                .setIgnoreSurroundingSpaces(spatiesNegeren)
                .setMaxRows(hoogstens)
                .get();
        List<Regel> regels = new ArrayList<>();
        try (CSVParser parser = formaat.parse(new StringReader(tekst))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // every line is a record (empty lines too), so the next one starts after the line breaks read so far
                int regel = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    return new Gelezen(regels, quoteFout(e, regel, (int) parser.getCurrentLineNumber()));
                }
                List<String> velden = record.toList();
                int start = (int) record.getCharacterPosition();
                int los = losAanhalingsteken(tekst, start, velden, teken);
                if (los >= 0) {
                    return new Gelezen(regels, new Fout(Soort.AANHALINGSTEKEN_MIDDEN_IN_VELD,
                            regel + regeleinden(tekst, start, los)));
                }
                regels.add(new Regel(regel, velden));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new Gelezen(regels, null);
    }

    /** {@code ;} or {@code ,}: the one that occurs more often in the first line (outside quotes); {@code ;} if tied. */
    public static char scheidingsteken(String tekst) {
        return scheidingsteken(tekst, 1);
    }

    /** As {@link #scheidingsteken(String)}, counted on line {@code regel} (a line break ends a line; CRLF is one). */
    static char scheidingsteken(String tekst, int regel) {
        int puntkomma = 0;
        int komma = 0;
        boolean inQuotes = false;
        int lijn = 1;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == AANHALINGSTEKEN) {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (lijn >= regel) {
                    break;
                }
                if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
                    i++;
                }
                lijn++;
            } else if (lijn < regel) {
                continue;
            } else if (!inQuotes && c == ';') {
                puntkomma++;
            } else if (!inQuotes && c == ',') {
                komma++;
            }
        }
        return komma > puntkomma ? ',' : ';';
    }

    /**
     * Decodes strictly ({@link CodingErrorAction#REPORT}) into {@code tekst}, which is flipped afterwards: the whole
     * text, or the text before the first invalid byte when there is one (then false).
     */
    private static boolean utf8(byte[] bytes, CharBuffer tekst) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult resultaat = decoder.decode(ByteBuffer.wrap(bytes), tekst, true);
        if (!resultaat.isError()) {
            resultaat = decoder.flush(tekst);
        }
        tekst.flip();
        return !resultaat.isError();
    }

    /** Commons CSV's two complaints about quoted fields, as a {@link Fout}. */
    private static Fout quoteFout(UncheckedIOException e, int recordRegel, int huidigeRegel) {
        String melding = String.valueOf(e.getCause().getMessage());
        if (melding.contains("EOF reached before encapsulated token finished")) {
            return new Fout(Soort.AANHALINGSTEKEN_NIET_GESLOTEN, recordRegel);
        }
        if (melding.contains("Invalid character between encapsulated token and delimiter")) {
            return new Fout(Soort.TEKENS_NA_AANHALINGSTEKEN, huidigeRegel);
        }
        throw e; // not possible with this format (no escape, comments or header)
    }

    /**
     * The position in {@code tekst} of the first quote inside an unquoted field of the record that starts at
     * {@code start}, or -1. Commons CSV keeps such a quote as text; it almost always means a field that should have
     * been quoted as a whole. Only a record with a quote in a value is walked: field by field, a quoted field spans
     * its value with doubled quotes between two quotes, an unquoted one runs to the next separator.
     */
    private int losAanhalingsteken(String tekst, int start, List<String> velden, char teken) {
        if (velden.stream().noneMatch(v -> v.indexOf(AANHALINGSTEKEN) >= 0)) {
            return -1;
        }
        int p = start;
        for (String veld : velden) {
            while (spatiesNegeren && p < tekst.length() && isSpatie(tekst.charAt(p), teken)) {
                p++;
            }
            if (p < tekst.length() && tekst.charAt(p) == AANHALINGSTEKEN) {
                p += 2 + veld.length() + (int) veld.chars().filter(c -> c == AANHALINGSTEKEN).count();
            } else if (veld.indexOf(AANHALINGSTEKEN) >= 0) {
                return p + veld.indexOf(AANHALINGSTEKEN);
            }
            p = tekst.indexOf(teken, p) + 1; // past the separator; for the last field the loop ends anyway
            if (p == 0) {
                break;
            }
        }
        return -1;
    }

    /** White space that Commons CSV skips around a field (not the separator, not a line break). */
    private static boolean isSpatie(char c, char teken) {
        return Character.isWhitespace(c) && c != teken && c != '\r' && c != '\n';
    }

    /** The line breaks ({@code \n}, {@code \r\n} or {@code \r}) in {@code tekst} from {@code van} up to {@code tot}. */
    private static int regeleinden(CharSequence tekst, int van, int tot) {
        int aantal = 0;
        for (int i = van; i < tot; i++) {
            char c = tekst.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= tekst.length() || tekst.charAt(i + 1) != '\n')) {
                aantal++;
            }
        }
        return aantal;
    }
}
