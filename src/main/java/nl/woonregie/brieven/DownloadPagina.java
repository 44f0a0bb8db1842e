package nl.woonregie.brieven;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The secure download link of a sent letter (ADR 0055), the one page of the letters without sign-in: the token is the
 * credential. {@code /downloads/{token}} shows which letter it is and until when the link works, with the button that
 * downloads it; {@code /downloads/{token}/brief.pdf} is the frozen PDF/A, and only that is a download (logged): a mail
 * system's link scanner that opens the page downloads nothing. A client cannot try tokens at speed (a token bucket per
 * address, as the survey link); the token is never sent on as a referrer, and the pages are not indexed.
 */
@Controller
class DownloadPagina {

    private final Downloadlinks links;
    private final RateLimiter limiter = new RateLimiter(0.5, 10, 10_000);

    DownloadPagina(Downloadlinks links) {
        this.links = links;
    }

    @GetMapping("/downloads/{token}")
    String pagina(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        beperk(request, response);
        model.addAttribute("download", links.lees(token));
        model.addAttribute("token", token);
        return "brieven/download";
    }

    @GetMapping("/downloads/{token}/brief.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token, HttpServletRequest request,
            HttpServletResponse response) {
        beperk(request, response);
        Downloadlinks.Download d = links.lees(token);
        byte[] pdf = links.download(token, request.getRemoteAddr());
        return Download.bijlage(pdf, "application/pdf", d.bestand());
    }

    private void beperk(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        // per client as the survey link counts them (address and user agent)
        if (!limiter.probeer(Client.van(request))) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Te veel verzoeken",
                    "Te veel verzoeken; probeer het over " + limiter.wachtSeconden() + " seconden opnieuw.", null);
        }
    }
}
