package nl.woonregie.toezicht.cijfers.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as exported by spreadsheet programs: strict UTF-8 (a byte order mark is skipped), {@code ;} or
 * {@code ,} as separator (whichever occurs more often in the header line), fields optionally in double quotes (which
 * may contain separators, line breaks and doubled quotes), {@code \n}, {@code \r\n} or {@code \r} line endings.
 * Line numbers are those an editor shows: a record spanning lines (a quoted line break) has the number of its first.
 */
final class CsvLezer {

    private CsvLezer() {
    }

    static List<Record> lees(byte[] bytes, Fouten fouten, int maxRijen) {
        String tekst = decodeer(bytes);
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        char scheiding = scheidingsteken(tekst);
        List<Record> records = new ArrayList<>();
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        int regel = 1;
        int recordRegel = 1;
        boolean inQuotes = false;
        boolean wasQuoted = false;
        int n = tekst.length();
        for (int i = 0; i < n; i++) {
            char c = tekst.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && tekst.charAt(i + 1) == '"') {
                        veld.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || tekst.charAt(i + 1) != '\n'))) {
                        regel++;
                    }
                    veld.append(c);
                }
                continue;
            }
            if (c == scheiding) {
                velden.add(veld.toString());
                veld.setLength(0);
                wasQuoted = false;
            } else if (c == '"') {
                if (!veld.toString().isBlank() || wasQuoted) {
                    fouten.regel(regel, "aanhalingsteken midden in een veld; zet het hele veld tussen "
                            + "aanhalingstekens en verdubbel aanhalingstekens erin");
                    return records;
                }
                veld.setLength(0);
                inQuotes = true;
                wasQuoted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && tekst.charAt(i + 1) == '\n') {
                    i++;
                }
                velden.add(veld.toString());
                veld.setLength(0);
                wasQuoted = false;
                records.add(new Record(recordRegel, velden));
                if (records.size() > maxRijen + 1) {
                    fouten.bestand("meer dan " + maxRijen + " regels; splits het bestand");
                    return records;
                }
                velden = new ArrayList<>();
                regel++;
                recordRegel = regel;
            } else {
                if (wasQuoted) {
                    if (Character.isWhitespace(c)) {
                        continue;
                    }
                    fouten.regel(regel, "tekens na het sluitende aanhalingsteken");
                    return records;
                }
                veld.append(c);
            }
        }
        if (inQuotes) {
            fouten.regel(recordRegel, "aanhalingsteken niet gesloten");
            return records;
        }
        if (veld.length() > 0 || wasQuoted || !velden.isEmpty()) {
            velden.add(veld.toString());
            records.add(new Record(recordRegel, velden));
        }
        return records;
    }

    /** {@code ;} or {@code ,}: the one that occurs more often in the first line (outside quotes); {@code ;} if tied. */
    static char scheidingsteken(String tekst) {
        int puntkomma = 0;
        int komma = 0;
        boolean inQuotes = false;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                break;
            } else if (!inQuotes && c == ';') {
                puntkomma++;
            } else if (!inQuotes && c == ',') {
                komma++;
            }
        }
        return komma > puntkomma ? ',' : ';';
    }

    private static String decodeer(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Fouten.onleesbaar("het is geen geldige UTF-8-tekst; sla het bestand op als \"CSV UTF-8\" of als XLSX");
        }
    }
}
