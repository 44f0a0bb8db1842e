package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The facts of one version of a stored supply source, as its service judged them (schema version 1). Which fields
 * a source has depends on its {@link Aanbodbron.Soort}; the others are null:
 * <ul>
 *   <li>{@code CORPORATIE}: {@code jaar}, {@code personen} or {@code woningen} (with {@code bezetting}, null: the
 *   dated default), {@code verwachteVerhuringen} and {@code maxAandeel} (null: the dated default);</li>
 *   <li>{@code PROJECT}: {@code duur}, {@code woonvorm}, {@code eenheden} (all units) and {@code plaatsen} (for
 *   statushouders), {@code doelgroepen}, {@code eigenaar}, {@code startInhuizing}, {@code perWeek} (null: all at
 *   once), {@code eindeGebruik} (temporary projects), {@code status};</li>
 *   <li>{@code ROUTE}: {@code route}, {@code partnergemeente} (an exchange), and either {@code datum} with
 *   {@code personen} or {@code perWeek} with {@code vanaf} and {@code tot};</li>
 *   <li>{@code TEMPO}: {@code perWeek}, {@code vanaf}, {@code tot}.</li>
 * </ul>
 * Every source has a {@code naam} and may have a {@code toelichting}. A {@code PROJECT} may have
 * {@code projectfeiten} (the facts the doorbraakplan's memos track, {@link Projectfeiten}; schema version 2 — a
 * version stored under schema 1 reads with none).
 */
@Schema(name = "AanbodbronFeiten")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"naam", "toelichting", "jaar", "personen", "woningen", "bezetting", "verwachteVerhuringen",
    "maxAandeel", "duur", "woonvorm", "eenheden", "plaatsen", "doelgroepen", "eigenaar", "startInhuizing", "perWeek",
    "eindeGebruik", "status", "route", "partnergemeente", "datum", "vanaf", "tot", "projectfeiten"})
public record Bronfeiten(
        @Schema(example = "Corporaties 2022") String naam,
        String toelichting,
        @Schema(example = "2022") Integer jaar,
        @Schema(example = "777") Long personen,
        Long woningen,
        @Schema(description = "Personen per woning; zonder: de gedateerde standaard (2,4)", example = "2.4")
        BigDecimal bezetting,
        @Schema(example = "4440") Long verwachteVerhuringen,
        @Schema(description = "Afgesproken hoogste aandeel van de verhuringen; zonder: de gedateerde standaard (0,10)",
                example = "0.1") BigDecimal maxAandeel,
        Aanbodbron.Duur duur,
        Aanbodbron.Woonvorm woonvorm,
        @Schema(description = "Alle eenheden of plaatsen van het project", example = "175") Long eenheden,
        @Schema(description = "Plaatsen voor statushouders", example = "40") Long plaatsen,
        @Schema(description = "De doelgroepen en hun verhouding", example = "50% statushouders, 50% studenten")
        String doelgroepen,
        @Schema(example = "Staedion") String eigenaar,
        LocalDate startInhuizing,
        @Schema(example = "10") BigDecimal perWeek,
        @Schema(description = "Einde van het tijdelijke gebruik") LocalDate eindeGebruik,
        Aanbodbron.Projectstatus status,
        Aanbodbron.Route route,
        @Schema(description = "De gemeente van een uitruil (CBS-code)", example = "GM0603") String partnergemeente,
        LocalDate datum,
        LocalDate vanaf,
        LocalDate tot,
        @Schema(description = "PROJECT: de feiten die het Doorbraakplan bijhoudt (optioneel)")
        Projectfeiten projectfeiten) {

    /** The facts without project facts (every kind but a project with them). */
    public Bronfeiten(String naam, String toelichting, Integer jaar, Long personen, Long woningen,
            BigDecimal bezetting, Long verwachteVerhuringen, BigDecimal maxAandeel, Aanbodbron.Duur duur,
            Aanbodbron.Woonvorm woonvorm, Long eenheden, Long plaatsen, String doelgroepen, String eigenaar,
            LocalDate startInhuizing, BigDecimal perWeek, LocalDate eindeGebruik, Aanbodbron.Projectstatus status,
            Aanbodbron.Route route, String partnergemeente, LocalDate datum, LocalDate vanaf, LocalDate tot) {
        this(naam, toelichting, jaar, personen, woningen, bezetting, verwachteVerhuringen, maxAandeel, duur, woonvorm,
                eenheden, plaatsen, doelgroepen, eigenaar, startInhuizing, perWeek, eindeGebruik, status, route,
                partnergemeente, datum, vanaf, tot, null);
    }
}
