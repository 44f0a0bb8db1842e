package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.doorbraakplan.communicatie.Actiestand;
import nl.woonregie.doorbraakplan.communicatie.Kanaal;
import nl.woonregie.doorbraakplan.communicatie.Moment;
import nl.woonregie.doorbraakplan.communicatie.Precisie;
import nl.woonregie.doorbraakplan.communicatie.Uitvoerder;

/**
 * An action of a communication plan (memo 5's "Stappenplan communicatie": wat, wie, datum, extra info), of a tranche
 * and/or of a project (a lead): what, who (roles and free text), when (a day, or only the month: {@code precisie}
 * MAAND with the month's first day as {@code datum}), the audiences (codes of the municipality's list), the channel,
 * extra information, and its state (planned, done on {@code gedaanOp}, lapsed with {@code vervallenReden}).
 *
 * @param versie  the action's version (a change names it; 409 when it changed in between)
 * @param versies its stored versions, oldest first (only when one action is read)
 */
public record Communicatieactie(long id, String gemeente, Long tranche, String trancheNaam, Long lead,
        String leadNaam, int versie, String wat, String wie, List<Uitvoerder> uitvoerders, LocalDate datum,
        Precisie precisie, List<String> doelgroepen, Kanaal kanaal, String extra, Actiestand stand,
        LocalDate gedaanOp, String vervallenReden, List<Versie> versies) {

    /** A stored version: its number, who stored it, when and why. */
    @Schema(name = "CommunicatieactieVersie")
    public record Versie(int versie, String door, java.time.OffsetDateTime op, String reden) {
    }

    /** The planned moment (a day or a month). */
    public Moment moment() {
        return new Moment(datum, precisie);
    }

    Communicatieactie metVersies(List<Versie> v) {
        return new Communicatieactie(id, gemeente, tranche, trancheNaam, lead, leadNaam, versie, wat, wie, uitvoerders,
                datum, precisie, doelgroepen, kanaal, extra, stand, gedaanOp, vervallenReden, v);
    }
}
