package nl.woonregie.doorbraakplan;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The table of the memo of 28 January 2022 ("Er is een toets gedaan op de uitgangspunten van het Doorbraakplan",
 * 000:L342-346): rows the locations of a tranche (or every lead that has not dropped out), columns the municipality's
 * uitgangspunten, cells the outcomes.
 */
@Schema(name = "Uitgangspuntentoets")
public record Toetstabel(String gemeente, Long tranche, String trancheNaam, List<Uitgangspunt> uitgangspunten,
        List<Locatietoets> locaties) {
}
