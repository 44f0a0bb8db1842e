package nl.woonregie.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to the running application ({@link BrowserTest}'s port), sending exactly the bytes it
 * is given: a request line with a malformed address ({@code %zz}, an encoded NUL, 9 000 characters), any media type,
 * any body. Java's HTTP clients refuse to send most of that; MockMvc never reaches Tomcat, where those requests
 * fail. One connection per request ({@code Connection: close}).
 */
public final class RuwHttp {

    /** An answer: status (0 when the server closed the connection without one), headers (lower-case), body. */
    public record Antwoord(int status, Map<String, String> koppen, byte[] inhoud) {

        public String contentType() {
            return koppen.get("content-type");
        }

        public String tekst() {
            return new String(inhoud, StandardCharsets.UTF_8);
        }
    }

    private final int poort;

    public RuwHttp(int poort) {
        this.poort = poort;
    }

    /** {@code Authorization: Basic …} for an account and password. */
    public static String basic(String account, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + wachtwoord)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends one request: {@code doel} is the request target exactly as written on the request line; the headers are
     * name–value pairs; a body (or null) gets its Content-Length.
     */
    public Antwoord stuur(String methode, String doel, List<String[]> koppen, byte[] inhoud) throws IOException {
        ByteArrayOutputStream verzoek = new ByteArrayOutputStream();
        StringBuilder kop = new StringBuilder(methode).append(' ').append(doel).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(poort).append("\r\nConnection: close\r\n");
        for (String[] k : koppen) {
            kop.append(k[0]).append(": ").append(k[1]).append("\r\n");
        }
        if (inhoud != null) {
            kop.append("Content-Length: ").append(inhoud.length).append("\r\n");
        }
        kop.append("\r\n");
        verzoek.write(kop.toString().getBytes(StandardCharsets.UTF_8));
        if (inhoud != null) {
            verzoek.write(inhoud);
        }
        try (Socket socket = new Socket("localhost", poort)) {
            // generous: the first request of a freshly started application on a loaded 2-core machine (an XLSX of a
            // province) has taken over a minute; a hang still fails
            socket.setSoTimeout(180_000);
            OutputStream uit = socket.getOutputStream();
            try {
                uit.write(verzoek.toByteArray());
                uit.flush();
            } catch (SocketException e) {
                // the server may answer (and close) before it has read all: read what it said
            }
            return lees(socket.getInputStream());
        }
    }

    private static Antwoord lees(InputStream in) throws IOException {
        byte[] alles;
        try {
            alles = in.readAllBytes();
        } catch (SocketException e) {
            return new Antwoord(0, Map.of(), new byte[0]);
        }
        int einde = indexOf(alles, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (einde < 0) {
            return new Antwoord(0, Map.of(), alles);
        }
        String[] regels = new String(alles, 0, einde, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusregel = regels[0].split(" ");
        int status = statusregel.length > 1 ? Integer.parseInt(statusregel[1]) : 0;
        Map<String, String> koppen = new LinkedHashMap<>();
        for (int i = 1; i < regels.length; i++) {
            int dubbelepunt = regels[i].indexOf(':');
            if (dubbelepunt > 0) {
                koppen.put(regels[i].substring(0, dubbelepunt).trim().toLowerCase(Locale.ROOT),
                        regels[i].substring(dubbelepunt + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(alles, einde + 4, alles.length);
        if ("chunked".equalsIgnoreCase(koppen.get("transfer-encoding"))) {
            body = ontknip(body);
        }
        return new Antwoord(status, koppen, body);
    }

    private static byte[] ontknip(byte[] body) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int regeleinde = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), i);
            if (regeleinde < 0) {
                break;
            }
            String grootte = new String(body, i, regeleinde - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = grootte.isEmpty() ? 0 : Integer.parseInt(grootte, 16);
            if (n == 0) {
                break;
            }
            int start = regeleinde + 2;
            uit.write(body, start, Math.min(n, body.length - start));
            i = start + n + 2;
        }
        return uit.toByteArray();
    }

    private static int indexOf(byte[] hooiberg, byte[] naald) {
        return indexOf(hooiberg, naald, 0);
    }

    private static int indexOf(byte[] hooiberg, byte[] naald, int vanaf) {
        buiten:
        for (int i = vanaf; i <= hooiberg.length - naald.length; i++) {
            for (int j = 0; j < naald.length; j++) {
                if (hooiberg[i + j] != naald[j]) {
                    continue buiten;
                }
            }
            return i;
        }
        return -1;
    }
}
