package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.JsonNode;

/** An assessment round as the API shows it. */
@JsonPropertyOrder({"id", "provincie", "peildatum", "soort", "beleidskader", "status", "versie", "aangemaaktDoor",
    "aangemaaktOp", "berekendOp", "vastgesteldDoor", "vastgesteldOp", "aantalGemeenten", "controle", "gemeenten"})
public record Ronde(long id, String provincie, LocalDate peildatum, String soort, String beleidskader, String status,
        int versie, String aangemaaktDoor, OffsetDateTime aangemaaktOp, OffsetDateTime berekendOp,
        String vastgesteldDoor, OffsetDateTime vastgesteldOp, int aantalGemeenten,
        Consistentiecontrole.Resultaat controle, List<GemeenteUitkomst> gemeenten) {

    /** One municipality in a round: its outcome at the peildatum, findings, missing figures and judgments. */
    @JsonPropertyOrder({"gemeente", "naam", "tredeVoor", "tredeNa", "conclusie", "besluitVereist", "uitkomst",
        "bevindingen", "ontbrekend", "beslissingen"})
    public record GemeenteUitkomst(String gemeente, String naam, String tredeVoor, String tredeNa, String conclusie,
            boolean besluitVereist, JsonNode uitkomst, JsonNode bevindingen, JsonNode ontbrekend,
            List<Beslissing> beslissingen) {
    }

    /** A judgment of the supervisor in the round. */
    public record Beslissing(long id, String soort, String waarde, String motivering, String door,
            OffsetDateTime op, OffsetDateTime vervangenOp) {
    }
}
