package nl.woonregie.brieven;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a province's decisions go out by e-mail (issue 19 §2, ADR 0055): the PDF/A attached ({@code BIJLAGE}) or a
 * secure download link ({@code DOWNLOADLINK}) valid for {@code geldigheidDagen} days. Version 0: nothing set yet, the
 * default (attached, 30 days).
 *
 * @param versies every version, newest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verzendinstelling(String provincie, String naam, Verzendvorm verzendvorm, int geldigheidDagen,
        int versie, OffsetDateTime gewijzigdOp, String gewijzigdDoor, String reden, List<Versie> versies) {

    /** The default when the province set nothing: attached, a link (once chosen) valid for 30 days. */
    public static final Verzendvorm STANDAARD_VORM = Verzendvorm.BIJLAGE;
    public static final int STANDAARD_DAGEN = 30;

    /** One version of the setting: who set what, when and why. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "VerzendinstellingVersie")
    public record Versie(int versie, Verzendvorm verzendvorm, int geldigheidDagen, OffsetDateTime op, String door,
            String reden) {
    }
}
