package nl.woonregie.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account as the administrator (API, page) or the demo asks for it: name, password, role and scope. */
public record NieuweGebruiker(
        @NotBlank @Pattern(regexp = "[a-z0-9._@-]{3,100}", message = "3 tot 100 tekens: kleine letters, cijfers, . _ @ -")
        String gebruikersnaam,
        @NotBlank @Size(min = 12, max = 200, message = "minstens 12 en hoogstens 200 tekens") String wachtwoord,
        @NotNull Rol rol,
        @Pattern(regexp = "PV\\d{2}", message = "een provinciecode zoals PV28") String provincie,
        @Pattern(regexp = "GM\\d{4}", message = "een gemeentecode zoals GM0518") String gemeente,
        Long team) {

    public NieuweGebruiker(String gebruikersnaam, String wachtwoord, Rol rol, String provincie, String gemeente) {
        this(gebruikersnaam, wachtwoord, rol, provincie, gemeente, null);
    }
}
