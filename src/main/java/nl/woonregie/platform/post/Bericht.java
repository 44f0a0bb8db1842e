package nl.woonregie.platform.post;

import java.time.OffsetDateTime;
import java.util.List;

/** A message of the outbox, as the administrator sees it, with its attempts (oldest first) when read one by one. */
@io.swagger.v3.oas.annotations.media.Schema(name = "PostBericht")
public record Bericht(long id, String aan, String onderwerp, String sjabloon, Poststatus status, int pogingen,
        OffsetDateTime volgendePoging, OffsetDateTime aangemaaktOp, String aangemaaktDoor, OffsetDateTime verzondenOp,
        String laatsteFout, List<Poging> pogingenLijst) {

    /** One attempt to send: when, on which instance, to which server, and how it ended. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PostPoging")
    public record Poging(OffsetDateTime op, String instantie, String server, boolean gelukt, String fout) {
    }
}
