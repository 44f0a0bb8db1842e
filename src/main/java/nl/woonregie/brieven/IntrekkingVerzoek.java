package nl.woonregie.brieven;

import io.swagger.v3.oas.annotations.media.Schema;

/** Withdrawing a sending's download link, as typed; judged by {@link Downloadlinks#trekIn}. */
@Schema(name = "DownloadlinkIntrekkingVerzoek")
public record IntrekkingVerzoek(
        @Schema(maxLength = Downloadlinks.REDEN_MAX, description = "Waarom de link wordt ingetrokken, bijvoorbeeld: "
                + "de e-mail ging naar een verkeerd adres", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "De e-mail ging naar een oud adres van de wethouder.") String reden) {
}
