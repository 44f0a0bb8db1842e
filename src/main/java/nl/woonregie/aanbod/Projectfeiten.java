package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.aanbod.projecttoets.Eissoort;

/**
 * The facts the doorbraakplan's memos track of a project (issue 17 §5), an optional part of a {@code PROJECT} source's
 * {@link Bronfeiten} (schema version 2): the project's own requirements (a text, optionally a computable check), other
 * target groups with their number and partners, the temporary term and the exploitation term in years, the funding
 * (with the day a source lapses), the GO-decision on the business case, Ukrainian use of the location, the stadsdeel
 * and the advice of stadsdeel, OOV and driehoek. Places for statushouders and all units, the owner and the start of
 * habitation stay where they were, on the source itself. Every list is empty rather than absent.
 */
@Schema(name = "Projectfeiten")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"eisen", "doelgroepen", "tijdelijkeTermijnJaren", "exploitatietermijnJaren", "financiering",
    "goBesluit", "oekraineGebruik", "oekraineToelichting", "stadsdeel", "adviezen"})
public record Projectfeiten(
        List<Eis> eisen,
        @Schema(description = "Andere doelgroepen dan statushouders") List<Doelgroep> doelgroepen,
        @Schema(description = "De tijdelijke termijn in jaren (\"max 5 jaar\")", example = "5")
        Integer tijdelijkeTermijnJaren,
        @Schema(description = "De exploitatietermijn in jaren", example = "6") Integer exploitatietermijnJaren,
        List<Financiering> financiering,
        GoBesluit goBesluit,
        @Schema(description = "Wordt de locatie (ook) gebruikt voor vluchtelingen uit Oekraïne?")
        Boolean oekraineGebruik,
        String oekraineToelichting,
        @Schema(example = "Laak") String stadsdeel,
        @Schema(description = "Adviezen van stadsdeel, OOV en driehoek") List<Advies> adviezen) {

    public Projectfeiten {
        eisen = eisen == null ? List.of() : List.copyOf(eisen);
        doelgroepen = doelgroepen == null ? List.of() : List.copyOf(doelgroepen);
        financiering = financiering == null ? List.of() : List.copyOf(financiering);
        adviezen = adviezen == null ? List.of() : List.copyOf(adviezen);
    }

    /** A requirement of the project: a text and optionally a check ({@code soort} with its {@code waarde}). */
    @Schema(name = "ProjectEis")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"tekst", "soort", "waarde"})
    public record Eis(@Schema(example = "1 harde eis: 33% statushouders") String tekst,
            @Schema(description = "MIN_AANDEEL, MAX_AANDEEL (in %), MIN_AANTAL of MAX_AANTAL (statushouders)")
            Eissoort soort,
            @Schema(example = "33") BigDecimal waarde) {
    }

    /** Another target group: its name, number and partners. */
    @Schema(name = "ProjectDoelgroep")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"naam", "aantal", "partners", "toelichting"})
    public record Doelgroep(@Schema(example = "MBO-studenten (Mondriaan)") String naam,
            @Schema(example = "15") Long aantal,
            @Schema(example = "Haag Wonen, Inspire") String partners,
            @Schema(example = "Intentieovereenkomst niet getekend") String toelichting) {
    }

    /** A source of funding, its amount (when known) and the day it lapses (when it does). */
    @Schema(name = "ProjectFinanciering")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"bron", "bedrag", "vervaltOp", "toelichting"})
    public record Financiering(@Schema(example = "BZK-middelen") String bron,
            @Schema(description = "In euro's", example = "12000") BigDecimal bedrag,
            @Schema(description = "De dag waarop de financiering vervalt") LocalDate vervaltOp,
            String toelichting) {
    }

    /** The GO-decision on the business case. */
    @Schema(name = "ProjectGoBesluit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"uitkomst", "datum", "kenmerk"})
    public record GoBesluit(Gouitkomst uitkomst, LocalDate datum, String kenmerk) {
    }

    /** The outcome of the GO-decision. */
    public enum Gouitkomst {
        GO, NO_GO, IN_AFWACHTING
    }

    /** An advice on the location: who gives it, its date, outcome and note. */
    @Schema(name = "ProjectAdvies")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"adviseur", "datum", "uitkomst", "toelichting"})
    public record Advies(Adviseur adviseur, LocalDate datum, Adviesuitkomst uitkomst, String toelichting) {
    }

    /** Who advises on a location. */
    public enum Adviseur {
        STADSDEEL, OOV, DRIEHOEK
    }

    /** The outcome of an advice; {@code VERWACHT}: not given yet, the date is when it is expected. */
    public enum Adviesuitkomst {
        POSITIEF, ONDER_VOORWAARDEN, NEGATIEF, VERWACHT
    }
}
