package nl.woonregie.platform.security;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and API tokens, for BEHEERDER only. */
@RestController
@Tag(name = "Beheer", description = "Gebruikers en API-tokens")
class GebruikersController {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Toegang toegang;
    private final Gebiedsindeling gebied;
    private final ApiTokens tokens;

    GebruikersController(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, Toegang toegang,
            Gebiedsindeling gebied, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.toegang = toegang;
        this.gebied = gebied;
        this.tokens = tokens;
    }

    record NieuweGebruiker(
            @NotBlank @Pattern(regexp = "[a-z0-9._@-]{3,100}", message = "3 tot 100 tekens: kleine letters, cijfers, . _ @ -")
            String gebruikersnaam,
            @NotBlank @Size(min = 12, max = 200, message = "minstens 12 en hoogstens 200 tekens") String wachtwoord,
            @NotNull Rol rol,
            @Pattern(regexp = "PV\\d{2}", message = "een provinciecode zoals PV28") String provincie,
            @Pattern(regexp = "GM\\d{4}", message = "een gemeentecode zoals GM0518") String gemeente) {
    }

    record GebruikerDto(long id, String gebruikersnaam, Rol rol, String provincie, String gemeente, boolean actief) {
    }

    @PostMapping("/api/v1/gebruikers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Maak een account (BEHEERDER)")
    @Transactional
    GebruikerDto maak(@Valid @RequestBody NieuweGebruiker n, HttpServletRequest request) {
        Gebruiker door = toegang.rol(Rol.BEHEERDER);
        List<InvalidParam> fouten = new java.util.ArrayList<>();
        switch (n.rol()) {
            case TOEZICHTHOUDER -> {
                if (n.provincie() == null) {
                    fouten.add(new InvalidParam("provincie", "verplicht voor rol TOEZICHTHOUDER"));
                } else if (!gebied.isProvincie(n.provincie())) {
                    fouten.add(new InvalidParam("provincie", "onbekende provincie"));
                }
                if (n.gemeente() != null) {
                    fouten.add(new InvalidParam("gemeente", "niet toegestaan voor rol TOEZICHTHOUDER"));
                }
            }
            case GEMEENTE -> {
                if (n.gemeente() == null) {
                    fouten.add(new InvalidParam("gemeente", "verplicht voor rol GEMEENTE"));
                } else if (gebied.provincieVan(n.gemeente()).isEmpty()) {
                    fouten.add(new InvalidParam("gemeente", "onbekende gemeente"));
                }
                if (n.provincie() != null) {
                    fouten.add(new InvalidParam("provincie", "niet toegestaan voor rol GEMEENTE"));
                }
            }
            case BEHEERDER, COA -> {
                if (n.provincie() != null) {
                    fouten.add(new InvalidParam("provincie", "niet toegestaan voor rol " + n.rol()));
                }
                if (n.gemeente() != null) {
                    fouten.add(new InvalidParam("gemeente", "niet toegestaan voor rol " + n.rol()));
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het account is niet geldig.", fouten);
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, provincie_code, gemeente_code)
                    values (?, ?, ?, ?, ?) returning id""")
                    .params(n.gebruikersnaam(), encoder.encode(n.wachtwoord()), n.rol().name(), n.provincie(),
                            n.gemeente())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Bestaat al",
                    "Er is al een account met gebruikersnaam " + n.gebruikersnaam() + ".",
                    List.of(new InvalidParam("gebruikersnaam", "bestaat al")));
        }
        Map<String, Object> nieuw = new java.util.LinkedHashMap<>();
        nieuw.put("gebruikersnaam", n.gebruikersnaam());
        nieuw.put("rol", n.rol().name());
        nieuw.put("provincie", n.provincie());
        nieuw.put("gemeente", n.gemeente());
        audit.record(door.actor(), "GEBRUIKER_AANGEMAAKT", "gebruiker", n.gebruikersnaam(), null, nieuw,
                Client.van(request));
        return new GebruikerDto(id, n.gebruikersnaam(), n.rol(), n.provincie(), n.gemeente(), true);
    }

    @GetMapping("/api/v1/gebruikers")
    @Operation(summary = "Alle accounts (BEHEERDER)")
    Map<String, List<GebruikerDto>> lijst() {
        toegang.rol(Rol.BEHEERDER);
        return Map.of("gebruikers", jdbc.sql("""
                select id, gebruikersnaam, rol, provincie_code, gemeente_code, actief from gebruiker order by gebruikersnaam""")
                .query((rs, i) -> new GebruikerDto(rs.getLong(1), rs.getString(2), Rol.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .list());
    }

    record NieuwTokenVerzoek(@NotBlank @Size(max = 100) String naam, @NotBlank String gebruikersnaam) {
    }

    @PostMapping("/api/v1/api-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Maak een API-token (BEHEERDER); het token wordt alleen nu getoond")
    ApiTokens.NieuwToken maakToken(@Valid @RequestBody NieuwTokenVerzoek v, HttpServletRequest request) {
        Gebruiker door = toegang.rol(Rol.BEHEERDER);
        return tokens.maak(v.naam(), v.gebruikersnaam(), door, Client.van(request));
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
        Gebruiker door = toegang.rol(Rol.BEHEERDER);
        tokens.trekIn(id, door, Client.van(request));
    }
}
