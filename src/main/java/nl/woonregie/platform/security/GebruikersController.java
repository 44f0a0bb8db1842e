package nl.woonregie.platform.security;

import java.util.List;
import java.util.Map;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts (BEHEERDER; the security filter refuses anyone else before a body is read) and API tokens (everyone their
 * own; the services check it for every change).
 */
@RestController
@Tag(name = "Beheer", description = "Accounts en hun toewijzingen, API-tokens, accountverzoeken, de audittrail, achtergrondtaken en uitgaande post")
class GebruikersController {

    private final Toegang toegang;
    private final ApiTokens tokens;
    private final Gebruikers gebruikers;
    private final TweedeStap tweedeStap;

    GebruikersController(Toegang toegang, ApiTokens tokens, Gebruikers gebruikers, TweedeStap tweedeStap) {
        this.tweedeStap = tweedeStap;
        this.toegang = toegang;
        this.tokens = tokens;
        this.gebruikers = gebruikers;
    }


    @PostMapping("/api/v1/gebruikers")
    @Operation(summary = "Maak een account (BEHEERDER): 201 met het account; met een Verhuisbox-rol (zonder wachtwoord) "
            + "202 met een accountverzoek waarover de coördinator van het team beslist",
            description = "Eén toewijzing naast de naam ({\"rol\": \"TOEZICHTHOUDER\", \"provincie\": \"PV28\"}) of "
                    + "meer in een lijst ({\"toewijzingen\": [{\"rol\": \"GEMEENTE\", \"gemeente\": \"GM0518\"}, "
                    + "{\"rol\": \"CASEMANAGER\", \"team\": 1}]}), niet allebei. De scope hoort bij de rol: provincie, "
                    + "gemeente, team, programma, afdeling (met gemeente) of project; een projectleider van een "
                    + "project in een programma krijgt programma en project (het nummer van het project in dat "
                    + "programma).")
    ResponseEntity<Beheerresultaat> maak(@RequestBody NieuweGebruiker n, HttpServletRequest request) {
        return antwoord(gebruikers.maak(n, toegang.huidige(), Client.van(request)));
    }

    @GetMapping("/api/v1/gebruikers/{gebruikersnaam}")
    @Operation(summary = "Een account met zijn toewijzingen (BEHEERDER)")
    GebruikerDto lees(@PathVariable String gebruikersnaam) {
        return gebruikers.lees(gebruikersnaam, toegang.huidige());
    }

    @PutMapping("/api/v1/gebruikers/{gebruikersnaam}")
    @Operation(operationId = "gebruikerWijzig", summary = "Wijzig de toewijzingen van een account en of het actief is (BEHEERDER): 200 met het account; "
            + "nieuwe Verhuisbox-rollen, en een account met een Verhuisbox-rol weer actief maken, worden een "
            + "accountverzoek voor de coördinator van het team (202); wat rechten wegneemt gebeurt direct",
            description = "Body: {\"toewijzingen\": [{\"rol\": \"GEMEENTE\", \"gemeente\": \"GM0518\"}, ...], "
                    + "\"actief\": true}; een ontbrekend veld blijft zoals het is. De sessies van het account eindigen.")
    ResponseEntity<Beheerresultaat> wijzig(@PathVariable String gebruikersnaam,
            @RequestBody(required = false) Gebruikers.Wijziging w, HttpServletRequest request) {
        Beheerresultaat r = gebruikers.wijzig(gebruikersnaam, w, toegang.huidige(), Client.van(request));
        return r instanceof Accountverzoeken.Verzoek ? antwoord(r) : ResponseEntity.ok(r);
    }

    @PostMapping("/api/v1/gebruikers/{gebruikersnaam}/wachtwoordherstel")
    @Operation(summary = "Een nieuw wachtwoord voor een account (BEHEERDER): 201 met een eenmalige link voor de "
            + "gebruiker, of voor een Verhuisbox-rol 202 met een accountverzoek voor de coördinator van het team; de "
            + "beheerder kent het nieuwe wachtwoord nooit")
    ResponseEntity<Beheerresultaat> herstel(@PathVariable String gebruikersnaam, HttpServletRequest request) {
        return antwoord(gebruikers.herstelWachtwoord(gebruikersnaam, toegang.huidige(), Client.van(request)));
    }

    @PostMapping("/api/v1/gebruikers/{gebruikersnaam}/totpherstel")
    @Operation(summary = "Verwijder de tweede stap (TOTP) van een account (BEHEERDER): 200 met het account, dat bij de "
            + "volgende aanmelding een nieuwe instelt; voor een Verhuisbox-rol 202 met een accountverzoek voor de "
            + "coördinator van het team; 409 als het account geen tweede stap heeft")
    ResponseEntity<Beheerresultaat> totpHerstel(@PathVariable String gebruikersnaam, HttpServletRequest request) {
        Beheerresultaat r = tweedeStap.herstel(gebruikersnaam, toegang.huidige(), Client.van(request));
        return r instanceof Accountverzoeken.Verzoek ? antwoord(r) : ResponseEntity.ok(r);
    }

    /** Done at once: 201; asked of a coordinator: 202 with the request's address. */
    static ResponseEntity<Beheerresultaat> antwoord(Beheerresultaat r) {
        if (r instanceof Accountverzoeken.Verzoek v) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/accountverzoeken/" + v.id())).body(r);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(r);
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
    @Operation(summary = "Maak een API-token voor uzelf (zonder gebruikersnaam), of als beheerder voor een systeemaccount "
            + "zonder persoonsgegevens (COA); het token wordt alleen nu getoond")
    ApiTokens.NieuwToken maakToken(@RequestBody NieuwTokenVerzoek v, HttpServletRequest request) {
        return tokens.maak(v.naam(), v.gebruikersnaam(), toegang.huidige(), Client.van(request));
    }

    @GetMapping("/api/v1/api-tokens")
    @Operation(summary = "De API-tokens, zonder de tokens zelf: alle voor een beheerder, de eigen voor ieder ander")
    Map<String, List<ApiTokens.TokenInfo>> tokens() {
        return Map.of("apiTokens", tokens.lijst(toegang.huidige()));
    }

    @DeleteMapping("/api/v1/api-tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Trek een API-token in (een beheerder elk, ieder ander het eigen)")
    void trekIn(@PathVariable long id, HttpServletRequest request) {
        tokens.trekIn(id, toegang.huidige(), Client.van(request));
    }
}
