package nl.woonregie.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV reader as a table: input, and what is read, written as {@code line[field|field]} per record and
 * {@code !SOORT@line} for the error that ends reading.
 */
class CsvLezerTest {

    static final CsvLezer KOMMA = CsvLezer.komma();
    static final CsvLezer SNUFFEL = CsvLezer.puntkommaOfKomma().spatiesRondVeldenNegeren();

    static Stream<Arguments> gevallen() {
        return Stream.of(
                // separator: fixed, or sniffed in the first line outside quotes (; when tied)
                Arguments.of(KOMMA, "a;b,c\n1;2,3\n", "1[a;b|c] 2[1;2|3]"),
                Arguments.of(SNUFFEL, "a;b\n1;2,5\n", "1[a|b] 2[1|2,5]"),
                Arguments.of(SNUFFEL, "a,b\n1,\"2;5\"\n", "1[a|b] 2[1|2;5]"),
                Arguments.of(SNUFFEL, "a;b,c\n", "1[a|b,c]"),
                Arguments.of(SNUFFEL, "\"a;b;c\",d\n", "1[a;b;c|d]"),
                Arguments.of(SNUFFEL, "\"a\nb;c;d\",e\n", "1[a\nb;c;d|e]"),
                Arguments.of(SNUFFEL, "a\n1\n", "1[a] 2[1]"),
                // byte order mark
                Arguments.of(KOMMA, "\uFEFFa,b\n1,2", "1[a|b] 2[1|2]"),
                Arguments.of(SNUFFEL, "\uFEFFa;b\n", "1[a|b]"),
                // quotes: the separator, line breaks and doubled quotes inside; the lines after count on
                Arguments.of(KOMMA, "a,b\n\"x,y\",\"zeg \"\"ja\"\"\"\n", "1[a|b] 2[x,y|zeg \"ja\"]"),
                Arguments.of(KOMMA, "a,b\n\"twee\r\nregels\",1\n3,4\n", "1[a|b] 2[twee\r\nregels|1] 4[3|4]"),
                Arguments.of(KOMMA, "a,b\n\"\",\"\"\"\"\n", "1[a|b] 2[|\"]"),
                Arguments.of(KOMMA, "a,b\n\"x\" ,1\n", "1[a|b] 2[x|1]"),
                // line endings: \n, \r\n and \r; a missing last one
                Arguments.of(KOMMA, "a\r\n1\r2\n3", "1[a] 2[1] 3[2] 4[3]"),
                // empty lines are records with one empty field; separators only are empty fields
                Arguments.of(KOMMA, "a,b\n\n1,2\r\n\r\n,\n", "1[a|b] 2[] 3[1|2] 4[] 5[|]"),
                Arguments.of(KOMMA, "a,b,\n1,2,\n", "1[a|b|] 2[1|2|]"),
                Arguments.of(KOMMA, "", ""),
                // white space: kept, or dropped around fields (also before an opening quote, never inside quotes)
                Arguments.of(KOMMA, " a , b \n", "1[ a | b ]"),
                Arguments.of(SNUFFEL, " a ; b \n  \n ;\t\"  x \" ;y\n", "1[a|b] 2[] 3[|  x |y]"),
                // cells that look like formulas are text as they are: neutralising is for exports only
                Arguments.of(SNUFFEL, "a;b;c;d\n=SOM(A1);@x;-5;'=1\n", "1[a|b|c|d] 2[=SOM(A1)|@x|-5|'=1]"),
                // errors end reading; the records before them are returned
                Arguments.of(KOMMA, "a,b\n1,2\n\"3,4\n5,6\n", "1[a|b] 2[1|2] !AANHALINGSTEKEN_NIET_GESLOTEN@3"),
                Arguments.of(KOMMA, "a,b\n\"1\"2,3\n", "1[a|b] !TEKENS_NA_AANHALINGSTEKEN@2"),
                Arguments.of(KOMMA, "a,b\n\"1\n2\"x,3\n", "1[a|b] !TEKENS_NA_AANHALINGSTEKEN@3"),
                Arguments.of(SNUFFEL, "a;b\nGM0001;1\"2\"\n", "1[a|b] !AANHALINGSTEKEN_MIDDEN_IN_VELD@2"),
                Arguments.of(SNUFFEL, "a;b;c\n\"x\ny\";\"\"\"\";1\"2\n", "1[a|b|c] !AANHALINGSTEKEN_MIDDEN_IN_VELD@3"),
                Arguments.of(KOMMA, "a,b\n1, \"2\"\n", "1[a|b] !AANHALINGSTEKEN_MIDDEN_IN_VELD@2"),
                Arguments.of(SNUFFEL, "a,b\n1, \"2\"\n", "1[a|b] 2[1|2]"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("gevallen")
    void leest_records_met_de_regelnummers_van_het_bestand(CsvLezer lezer, String invoer, String verwacht) {
        assertThat(uitkomst(lezer.lees(invoer.getBytes(StandardCharsets.UTF_8)))).isEqualTo(verwacht);
    }

    static Stream<Arguments> geenUtf8() {
        return Stream.of(
                Arguments.of(bytes("Frysl", 0xE2, "n\n"), 1), // Latin-1 â
                Arguments.of(bytes("a\r\nb\rc\n\"d\ne\",", 0xFF, "\n"), 5), // every kind of line break counts
                Arguments.of(bytes("\uFEFFa\n", 0xC3), 2), // cut off at the end
                Arguments.of(bytes("a\n", 0xC0, 0xAF, "\n"), 2), // overlong encoding of /
                Arguments.of(bytes("a\nb\n", 0xED, 0xA0, 0x80), 3)); // an encoded surrogate
    }

    @ParameterizedTest(name = "[{index}] regel {1}")
    @MethodSource("geenUtf8")
    void ongeldige_utf8_is_een_fout_op_de_regel_van_het_eerste_ongeldige_teken(byte[] invoer, int regel) {
        CsvLezer.Gelezen gelezen = SNUFFEL.lees(invoer);
        assertThat(gelezen.regels()).isEmpty();
        assertThat(gelezen.fout()).isEqualTo(new CsvLezer.Fout(CsvLezer.Soort.GEEN_UTF8, regel));
        assertThat(gelezen.fout().reden()).isEqualTo("geen geldige UTF-8");
    }

    @Test
    void utf8_van_meer_bytes_en_buiten_het_basisvlak_wordt_gelezen() {
        assertThat(uitkomst(KOMMA.lees("naam\nFryslân\nSúdwest-Fryslân 😀\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("1[naam] 2[Fryslân] 3[Súdwest-Fryslân 😀]");
    }

    @Test
    void hoogstens_leest_niet_meer_records_dan_gevraagd() {
        assertThat(uitkomst(KOMMA.hoogstens(2).lees("a\n1\n2\n\"3\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("1[a] 2[1]");
    }

    @Test
    void het_scheidingsteken_wordt_in_de_eerste_regel_buiten_aanhalingstekens_geteld() {
        assertThat(CsvLezer.scheidingsteken("a,b;c,d\n;;;;")).isEqualTo(',');
        assertThat(CsvLezer.scheidingsteken("a;b\n,,,,")).isEqualTo(';');
        assertThat(CsvLezer.scheidingsteken("\"a,b,c\";d")).isEqualTo(';');
        assertThat(CsvLezer.scheidingsteken("")).isEqualTo(';');
    }

    private static String uitkomst(CsvLezer.Gelezen gelezen) {
        String regels = gelezen.regels().stream().map(r -> r.regel() + "[" + String.join("|", r.velden()) + "]")
                .collect(Collectors.joining(" "));
        if (gelezen.fout() == null) {
            return regels;
        }
        return (regels.isEmpty() ? "" : regels + " ") + "!" + gelezen.fout().soort() + "@" + gelezen.fout().regel();
    }

    /** Text (as UTF-8) and single bytes. */
    private static byte[] bytes(Object... delen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        for (Object deel : delen) {
            if (deel instanceof String s) {
                uit.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                uit.write((Integer) deel);
            }
        }
        return uit.toByteArray();
    }
}
