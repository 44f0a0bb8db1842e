package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The considerations of a besluit tot indeplaatsstelling go into the letter (XHTML, then PDF/A): a text that XML cannot
 * hold is refused at the field instead of failing when GS decide.
 */
class DrukbareTekstTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | text (\\uXXXX escapes)            | printable
            plain Dutch                      | De gemeente heeft niet gehuisvest. | true
            tab and new lines                | eerste\\tregel\\r\\ntweede        | true
            accents and euro sign            | één € 1.750,00                     | true
            an emoji (a surrogate pair)      | \\ud83c\\udfe0                     | true
            a bell character                 | a\\u0007b                          | false
            escape                           | a\\u001bb                          | false
            the non-character FFFF           | a\\uffffb                          | false
            a lone high surrogate            | a\\ud83cb                          | false
            a lone low surrogate at the end  | a\\udfe0                           | false
            """)
    void drukbaar(String geval, String tekst, boolean drukbaar) {
        assertThat(Indeplaatsstellingen.drukbaar(ontsnap(tekst))).as(geval).isEqualTo(drukbaar);
    }

    private static String ontsnap(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u') {
                    b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                b.append(n == 't' ? '\t' : n == 'r' ? '\r' : n == 'n' ? '\n' : n);
                i++;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
