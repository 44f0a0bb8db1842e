package nl.woonregie.brieven;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Requests that change the letter's content of a round (ADR 0050), as typed; judged by {@link Briefinhouden}. */
public final class BriefinhoudVerzoek {

    private BriefinhoudVerzoek() {
    }

    /** The round's part: every field again; an empty field removes it. */
    @Schema(name = "BriefinhoudRondeVerzoek")
    public record Ronde(
            @Schema(maxLength = 60, description = "Het dossier- of zaaknummer van de provincie",
                    example = "Z-2022-012345") String zaaknummer,
            @Schema(maxLength = 200, description = "Wie de brieven namens Gedeputeerde Staten ondertekent (met "
                    + "functie)", example = "drs. J. Jansen") String ondertekenaar,
            @Schema(maxLength = 200, example = "Teamleider interbestuurlijk toezicht") String functie,
            @Schema(maxLength = 4000, description = "Een eigen alinea in elke brief van de ronde (een lege regel "
                    + "begint een nieuwe alinea)") String alinea,
            @Schema(description = "De versie die u wijzigt (0 als er nog niets is vastgelegd), of If-Match",
                    example = "0") Integer versie) {
    }

    /** A municipality's part: every field again; an empty field removes it. */
    @Schema(name = "BriefinhoudGemeenteVerzoek")
    public record Gemeente(
            @Schema(maxLength = 100, description = "Het kenmerk van de gemeente, als zij er een gaf",
                    example = "2022-0123") String uwKenmerk,
            @Schema(maxLength = 4000, description = "Een eigen alinea in de brief aan deze gemeente") String alinea,
            @Schema(description = "Aan wie een afschrift gaat, één per regel (ten hoogste 10)",
                    example = "[\"de gemeenteraad\"]") List<String> afschrift,
            @Schema(description = "De versie die u wijzigt (0 als er nog niets is vastgelegd), of If-Match",
                    example = "0") Integer versie) {
    }
}
