package nl.woonregie.gebied.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the reference data: comma separated, a header row, fields optionally in double quotes
 * (which may contain commas, line breaks and doubled quotes), {@code \n} or {@code \r\n} line endings, strict UTF-8
 * (invalid bytes are an error, a byte order mark is skipped). Every row must have as many fields as the header.
 */
public final class Csv {

    /** One data row; {@link #get(String)} refuses unknown columns and {@link #regel()} is its line number (1-based). */
    public record Rij(Map<String, String> velden, int regel, String bron) {

        public String get(String kolom) {
            String waarde = velden.get(kolom);
            if (waarde == null) {
                throw new IllegalArgumentException(bron + ": kolom '" + kolom + "' bestaat niet");
            }
            return waarde;
        }

        /** The value, which must not be blank. */
        public String verplicht(String kolom) {
            String waarde = get(kolom).strip();
            if (waarde.isEmpty()) {
                throw new IllegalArgumentException(bron + " regel " + regel + ": kolom '" + kolom + "' is leeg");
            }
            return waarde;
        }
    }

    private Csv() {
    }

    /** Reads the whole stream; {@code bron} names it in error messages. */
    public static List<Rij> lees(InputStream in, String bron) throws IOException {
        return lees(in.readAllBytes(), bron);
    }

    public static List<Rij> lees(byte[] bytes, String bron) {
        String tekst = decodeer(bytes, bron);
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> regels = new ArrayList<>();
        parse(tekst, bron, records, regels);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(bron + ": geen kopregel");
        }
        List<String> kop = records.get(0);
        if (kop.stream().distinct().count() != kop.size()) {
            throw new IllegalArgumentException(bron + ": dubbele kolomnaam in de kopregel " + kop);
        }
        List<Rij> rijen = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> velden = records.get(i);
            if (velden.size() != kop.size()) {
                throw new IllegalArgumentException(bron + " regel " + regels.get(i) + ": " + velden.size()
                        + " velden, de kopregel heeft er " + kop.size());
            }
            Map<String, String> rij = new LinkedHashMap<>();
            for (int k = 0; k < kop.size(); k++) {
                rij.put(kop.get(k), velden.get(k));
            }
            rijen.add(new Rij(Collections.unmodifiableMap(rij), regels.get(i), bron));
        }
        return rijen;
    }

    private static String decodeer(byte[] bytes, String bron) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(bron + ": geen geldige UTF-8", e);
        }
    }

    private static void parse(String tekst, String bron, List<List<String>> records, List<Integer> regels) {
        List<String> record = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        int regel = 1;
        int recordRegel = 1;
        boolean inQuotes = false;
        boolean wasQuoted = false;
        int i = 0;
        int n = tekst.length();
        while (i < n) {
            char c = tekst.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && tekst.charAt(i + 1) == '"') {
                        veld.append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == '\n') {
                        regel++;
                    }
                    veld.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (veld.length() > 0 || wasQuoted) {
                        throw new IllegalArgumentException(bron + " regel " + regel
                                + ": aanhalingsteken midden in een veld");
                    }
                    inQuotes = true;
                    wasQuoted = true;
                }
                case ',' -> {
                    record.add(veld.toString());
                    veld.setLength(0);
                    wasQuoted = false;
                }
                case '\r' -> {
                    if (i + 1 >= n || tekst.charAt(i + 1) != '\n') {
                        throw new IllegalArgumentException(bron + " regel " + regel + ": losse \\r");
                    }
                }
                case '\n' -> {
                    record.add(veld.toString());
                    veld.setLength(0);
                    wasQuoted = false;
                    voegToe(records, regels, record, recordRegel);
                    record = new ArrayList<>();
                    regel++;
                    recordRegel = regel;
                }
                default -> {
                    if (wasQuoted) {
                        throw new IllegalArgumentException(bron + " regel " + regel
                                + ": tekens na het sluitende aanhalingsteken");
                    }
                    veld.append(c);
                }
            }
            i++;
        }
        if (inQuotes) {
            throw new IllegalArgumentException(bron + " regel " + recordRegel + ": aanhalingsteken niet gesloten");
        }
        if (veld.length() > 0 || wasQuoted || !record.isEmpty()) {
            record.add(veld.toString());
            voegToe(records, regels, record, recordRegel);
        }
    }

    private static void voegToe(List<List<String>> records, List<Integer> regels, List<String> record, int regel) {
        if (record.size() == 1 && record.get(0).isEmpty()) {
            return; // empty line
        }
        records.add(record);
        regels.add(regel);
    }
}
