package nl.woonregie.platform.security;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and API tokens, for BEHEERDER only (the services check it for every change). */
@RestController
@Tag(name = "Beheer", description = "Gebruikers en API-tokens")
class GebruikersController {

    private final Toegang toegang;
    private final ApiTokens tokens;
    private final Gebruikers gebruikers;

    GebruikersController(Toegang toegang, ApiTokens tokens, Gebruikers gebruikers) {
        this.toegang = toegang;
        this.tokens = tokens;
        this.gebruikers = gebruikers;
    }


    @PostMapping("/api/v1/gebruikers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Maak een account (BEHEERDER)")
    GebruikerDto maak(@RequestBody NieuweGebruiker n, HttpServletRequest request) {
        return gebruikers.maak(n, toegang.huidige(), Client.van(request));
    }

    @GetMapping("/api/v1/gebruikers")
    @Operation(summary = "Alle accounts (BEHEERDER)")
    Map<String, List<GebruikerDto>> lijst() {
        toegang.rol(Rol.BEHEERDER);
        return Map.of("gebruikers", gebruikers.lijst());
    }

    record NieuwTokenVerzoek(String naam, String gebruikersnaam) {
    }

    @PostMapping("/api/v1/api-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Maak een API-token (BEHEERDER); het token wordt alleen nu getoond")
    ApiTokens.NieuwToken maakToken(@RequestBody NieuwTokenVerzoek v, HttpServletRequest request) {
        return tokens.maak(v.naam(), v.gebruikersnaam(), toegang.huidige(), Client.van(request));
    }

    @GetMapping("/api/v1/api-tokens")
    @Operation(summary = "Alle API-tokens, zonder de tokens zelf (BEHEERDER)")
    Map<String, List<ApiTokens.TokenInfo>> tokens() {
        toegang.rol(Rol.BEHEERDER);
        return Map.of("apiTokens", tokens.lijst());
    }

    @DeleteMapping("/api/v1/api-tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Trek een API-token in (BEHEERDER)")
    void trekIn(@PathVariable long id, HttpServletRequest request) {
        tokens.trekIn(id, toegang.huidige(), Client.van(request));
    }
}
