package nl.woonregie.brieven;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How far the sending of a vastgestelde round's letters is: per municipality with a frozen letter, per addressee (the
 * active bestuurlijke contacts of the municipality), the way, the status and the dates (Awb 3:41: a decision takes
 * effect by being made known).
 *
 * @param rondeVersie  the version of the round whose letters these are
 * @param verzendvorm  how an e-mail sent now carries the letter: the province's setting at this moment (ADR 0055)
 * @param aantallen    how many addressees are in each status
 */
public record Verzendstand(long ronde, String provincie, int rondeVersie, LocalDate peildatum, boolean vastgesteld,
        Verzendvorm verzendvorm, java.util.Map<Verzendstatus, Integer> aantallen, List<Gemeente> gemeenten) {

    /**
     * One municipality: its letter and its addressees.
     *
     * @param toelichting why nothing is (or can be) sent, e.g. no bestuurlijke contacts in the register
     * @param geopendOp   when the municipality first opened its letter in its portal (the read log); null: not yet
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @io.swagger.v3.oas.annotations.media.Schema(name = "VerzendingGemeente")
    public record Gemeente(String gemeente, String naam, String kenmerk, LocalDate briefdatum, String toelichting,
            List<Geadresseerde> geadresseerden, OffsetDateTime geopendOp) {
    }

    /**
     * One addressee of a letter.
     *
     * @param adres       the e-mail address (by e-mail) or the postal address (by post) the letter goes to
     * @param geplaatstOp when the letter was placed in the outbox (or put on the post list)
     * @param verzondenOp when the mail server accepted it
     * @param pogingen    the outbox's attempts of the current message
     * @param plaatsingen how often the letter was placed for this addressee (more than 1 after a failure)
     * @param fout        the last error of the outbox
     * @param verzendvorm how the e-mail carried the letter (attached or as a download link); null when not by e-mail
     * @param linkGeldigTot the last day the latest download link works (a link only)
     * @param gedownloadOp  when the addressee first downloaded the letter through a link (the read log)
     * @param downloads     how often it was downloaded through its links
     * @param verzending    the sending's id (null: not sent yet), e.g. to withdraw its download link
     * @param linkIngetrokkenOp when the province withdrew the latest download link (null: not withdrawn)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @io.swagger.v3.oas.annotations.media.Schema(name = "VerzendingGeadresseerde")
    public record Geadresseerde(long contact, String naam, Contactrol rol, Verzendwijze verzendwijze,
            Verzendvorm verzendvorm, String adres, Verzendstatus status, OffsetDateTime geplaatstOp,
            OffsetDateTime verzondenOp, Integer pogingen, Integer plaatsingen, String fout, LocalDate linkGeldigTot,
            OffsetDateTime gedownloadOp, Integer downloads, Long verzending, OffsetDateTime linkIngetrokkenOp) {
    }
}
