package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.BevindingRecord;
import nl.woonregie.toezicht.simulatie.SimulatieAntwoord;

/** An assessment round as the API shows it. */
@JsonPropertyOrder({"id", "provincie", "peildatum", "soort", "beleidskader", "status", "versie", "aangemaaktDoor",
    "aangemaaktOp", "berekendOp", "vastgesteldDoor", "vastgesteldOp", "aantalGemeenten", "controle", "gemeenten"})
public record Ronde(long id, String provincie, LocalDate peildatum, String soort, String beleidskader, String status,
        int versie, String aangemaaktDoor, OffsetDateTime aangemaaktOp, OffsetDateTime berekendOp,
        String vastgesteldDoor, OffsetDateTime vastgesteldOp, int aantalGemeenten,
        Consistentiecontrole.Resultaat controle, List<GemeenteUitkomst> gemeenten) {

    public static final String VASTGESTELD = "VASTGESTELD";

    @JsonIgnore
    public boolean vastgesteld() {
        return VASTGESTELD.equals(status);
    }

    /**
     * One municipality in a round: its outcome at the peildatum (the stored record; null when figures were missing),
     * findings, missing figures and judgments. The API shows the outcome in the what-if API's shape. {@code gedeeld}:
     * the province shared this draft with the municipality (absent when it did not, and once the round is no draft).
     */
    @JsonPropertyOrder({"gemeente", "naam", "tredeVoor", "tredeNa", "conclusie", "besluitVereist", "uitkomst",
        "bevindingen", "ontbrekend", "beslissingen", "gedeeld"})
    public record GemeenteUitkomst(String gemeente, String naam, String tredeVoor, String tredeNa, String conclusie,
            boolean besluitVereist, @JsonIgnore BeoordelingRecord beoordeling, List<BevindingRecord> bevindingen,
            List<String> ontbrekend, List<Beslissing> beslissingen,
            @JsonInclude(JsonInclude.Include.NON_NULL) Deling gedeeld) {

        /** The outcome as the API shows it (the what-if answer's shape), or null. */
        @JsonProperty("uitkomst")
        public Object uitkomst() {
            return beoordeling == null ? null : SimulatieAntwoord.dto(beoordeling);
        }
    }

    /** A judgment of the supervisor in the round. */
    public record Beslissing(long id, String soort, String waarde, String motivering, String door,
            OffsetDateTime op, OffsetDateTime vervangenOp) {
    }

    /**
     * The province shared the draft judgment of a municipality with that municipality before vaststellen (for
     * instance for a toezichtgesprek): who, when, why, and the version of the round at that moment.
     */
    @JsonPropertyOrder({"door", "op", "reden", "rondeVersie"})
    public record Deling(String door, OffsetDateTime op, String reden, int rondeVersie) {
    }
}
