package nl.woonregie.toezicht.opvolging;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a municipality handed in to the province (issue 19 §5), as the API shows it: its current version and the list
 * of all versions (each in full). Its attachments are documents of the object kind {@code inzending}.
 */
@JsonPropertyOrder({"id", "gemeente", "gemeenteNaam", "soort", "periode", "titel", "toelichting", "maatregelen",
    "hulpNodig", "versie", "ingediendDoor", "ingediendOp", "gewijzigdDoor", "gewijzigdOp", "versies"})
public record Inzending(long id, String gemeente, String gemeenteNaam, Soort soort, String periode, String titel,
        String toelichting, String maatregelen, String hulpNodig, int versie, String ingediendDoor,
        OffsetDateTime ingediendOp, String gewijzigdDoor, OffsetDateTime gewijzigdOp, List<Versie> versies) {

    /**
     * The municipality's plan van aanpak (required from step 3a; its own document, or the draft of {@code aanbod},
     * attached) or its answers to the province's survey (uitvraag) of 1 September 2022: the measures taken and the
     * help it needs.
     */
    public enum Soort {
        PLAN_VAN_AANPAK, UITVRAAG
    }

    /** One version in full: who, when, why (null for the first). */
    @JsonPropertyOrder({"versie", "titel", "toelichting", "maatregelen", "hulpNodig", "reden", "door", "op"})
    @Schema(name = "InzendingVersie")
    public record Versie(int versie, String titel, String toelichting, String maatregelen, String hulpNodig,
            String reden, String door, OffsetDateTime op) {
    }
}
