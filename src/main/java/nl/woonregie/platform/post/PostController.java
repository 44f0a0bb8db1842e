package nl.woonregie.platform.post;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The outbox over the API, for the administrator (BEHEERDER). */
@RestController
@Tag(name = "Beheer")
class PostController {

    private final Post post;
    private final Toegang toegang;

    PostController(Post post, Toegang toegang) {
        this.post = post;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/post")
    @Operation(summary = "De uitgaande post: mislukte en niet verzonden berichten eerst, dan de verzonden (BEHEERDER)")
    List<Bericht> overzicht() {
        return post.overzicht(toegang.huidige());
    }

    @GetMapping("/api/v1/post/{id}")
    @Operation(summary = "Eén bericht met elke poging om het te verzenden (BEHEERDER)")
    Bericht bericht(@PathVariable long id) {
        return post.lees(id, toegang.huidige());
    }

    @PostMapping("/api/v1/post/{id}/opnieuw")
    @Operation(summary = "Bied een niet verzonden of mislukt bericht opnieuw aan (BEHEERDER); 409 als het al is "
            + "verzonden")
    Bericht opnieuw(@PathVariable long id, HttpServletRequest request) {
        return post.opnieuw(id, toegang.huidige(), Client.van(request));
    }

    /** The address of a test message. */
    record Testbericht(String aan) {
    }

    @PostMapping("/api/v1/post/testbericht")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plaats een testbericht in de uitgaande post (BEHEERDER); 400 met invalidParams voor een "
            + "ongeldig adres")
    Bericht testbericht(@RequestBody Testbericht verzoek, HttpServletRequest request) {
        var door = toegang.huidige();
        long id = post.testbericht(verzoek == null ? null : verzoek.aan(), door, Client.van(request));
        return post.lees(id, door);
    }
}
