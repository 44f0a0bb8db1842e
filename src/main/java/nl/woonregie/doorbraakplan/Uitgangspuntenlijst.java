package nl.woonregie.doorbraakplan;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A municipality's list of uitgangspunten as its programme team keeps it; version 0 (and an empty list) while it has
 * stored none. {@code startset} is Den Haag's six with their source, offered to take over (nothing applies until
 * stored).
 */
@Schema(name = "Uitgangspuntenlijst")
public record Uitgangspuntenlijst(@Schema(example = "GM0518") String gemeente,
        @Schema(description = "De huidige versie (0: nog geen lijst); een wijziging noemt haar", example = "1")
        int versie, List<Uitgangspunt> uitgangspunten, String gewijzigdDoor, OffsetDateTime gewijzigdOp, String reden,
        @Schema(description = "Den Haag's zes uitgangspunten met hun bron, om over te nemen") List<Uitgangspunt> startset) {
}
