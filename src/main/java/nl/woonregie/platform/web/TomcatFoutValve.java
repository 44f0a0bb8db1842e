package nl.woonregie.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The answer to an error that Tomcat gives itself, before the application sees the request — a malformed address
 * ({@code %} without two hex digits, an encoded NUL), a request line or header that is too long: problem+json under
 * {@code /api/} (and when the request line was unreadable), a short Dutch page elsewhere, instead of Tomcat's
 * English page; an API answer carries {@value ApiVersie#KOP} like every other (the application's filters never ran).
 * Replaces Tomcat's {@link ErrorReportValve} on the host ({@link InvoerConfiguratie}); errors the application answers
 * itself have written their body already and are left alone.
 */
final class TomcatFoutValve extends ErrorReportValve {

    private final String apiVersie;

    TomcatFoutValve(String apiVersie) {
        this.apiVersie = apiVersie;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioToegestaan = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioToegestaan);
        if (!ioToegestaan.get()) {
            return;
        }
        HttpStatus bekend = HttpStatus.resolve(status);
        String titel = titel(status);
        String detail = status == 400 || status == 414 || status == 431
                ? "Het adres of een kop van het verzoek is ongeldig of te lang."
                : bekend != null && bekend.is5xxServerError() ? "Er ging iets mis bij het verwerken van het verzoek."
                : "Het verzoek kon niet worden verwerkt.";
        boolean api = isApi(request);
        try {
            if (api) {
                response.setHeader(ApiVersie.KOP, apiVersie);
            }
            response.setContentType(api ? Problems.PROBLEM_JSON.toString() : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? json(status, titel, detail) : html(titel, detail));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer was committed meanwhile: nothing more to say
        }
    }

    /**
     * An API request, or one whose request line Tomcat could not read (no path is known then): a browser never
     * sends such a line, so only a request that asks for HTML gets the page.
     */
    private static boolean isApi(Request request) {
        String uri = null;
        String accept = null;
        try {
            uri = request.getRequestURI();
            accept = request.getHeader("Accept");
        } catch (RuntimeException e) {
            // a request Tomcat could not parse
        }
        if (uri == null || uri.isEmpty()) {
            return accept == null || !accept.contains("text/html");
        }
        return uri.startsWith("/api/");
    }

    private static String titel(int status) {
        return switch (status) {
            case 400 -> "Ongeldig verzoek";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 413, 414, 431 -> "Verzoek te groot";
            default -> status >= 500 ? "Serverfout" : "Fout";
        };
    }

    private static String json(int status, String titel, String detail) {
        // constant Dutch texts only: no value of the request is echoed
        return "{\"type\":\"" + Problems.type(HttpStatusCode.valueOf(status)) + "\",\"title\":\"" + titel
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
    }

    private static String html(String titel, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%1$s · Woonregie</title>
                  <link rel="stylesheet" href="/css/vendor/nl-design-system/voorbeeld-design-tokens.css">
                  <link rel="stylesheet" href="/css/vendor/nl-design-system/component-library.css">
                  <link rel="stylesheet" href="/css/woonregie.css">
                  <link rel="icon" href="/img/woonregie.svg" type="image/svg+xml">
                </head>
                <body class="voorbeeld-theme utrecht-document">
                <main id="inhoud" class="woonregie-inhoud">
                  <h1 class="utrecht-heading-1">%1$s</h1>
                  <p class="utrecht-paragraph">%2$s Controleer het adres.</p>
                  <p class="utrecht-paragraph"><a class="utrecht-link" href="/">Naar de startpagina</a></p>
                </main>
                </body>
                </html>
                """.formatted(titel, detail);
    }
}
