package nl.woonregie.verdeling;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.Provincie;

/** A province as a distribution names it: its CBS code and name, as the gebied API names them. */
@Schema(name = "VerdelingProvincie")
public record Provincieverwijzing(@Schema(example = "PV28") String code, @Schema(example = "Zuid-Holland") String naam) {

    static Provincieverwijzing van(Provincie p) {
        return new Provincieverwijzing(p.code(), p.naam());
    }
}
