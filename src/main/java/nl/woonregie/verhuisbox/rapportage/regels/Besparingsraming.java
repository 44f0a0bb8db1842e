package nl.woonregie.verhuisbox.rapportage.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The estimated saving on benefits (issue 20 §5; 002:L7765-L7770, L8052-L8140, L8950-L8955): for each household whose
 * benefit in the team's municipality ended, the yearly norm of its kind of income — an <em>estimate</em>, an upper
 * bound: it assumes a full benefit for a whole year without return, which the source itself says is not true of
 * everyone ("niet iedereen per 1 januari uitstroomt", "OP DIT PUNT ZOEKEN WE NOG EEA NADER UIT"). A kind of income
 * without a norm in the data (the source: "onbekend", "nvt") is estimated at € 0 and said so; a household whose kind of
 * income is not known gets the norm {@code ONBEKEND} (the 2021 report's method: every ended benefit × € 15.000).
 *
 * @param normen per kind of income (Historie.Inkomen's names and ONBEKEND) the yearly norm from a date on
 */
public record Besparingsraming(Map<String, NavigableMap<LocalDate, Norm>> normen) {

    /** A yearly norm from a date on, with its source. */
    public record Norm(LocalDate vanaf, BigDecimal bedrag, String bron) {
    }

    public Besparingsraming {
        normen = Map.copyOf(normen);
    }

    /** The norm for a kind of income on a day: empty when the data gives none (estimated at € 0). */
    public Optional<Norm> norm(String inkomen, LocalDate op) {
        NavigableMap<LocalDate, Norm> perDatum = normen.get(inkomen == null ? "ONBEKEND" : inkomen);
        if (perDatum == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(perDatum.floorEntry(op)).map(Map.Entry::getValue);
    }

    /** The estimate for one household: its norm, or € 0,00 without one. */
    public BigDecimal raming(String inkomen, LocalDate op) {
        return norm(inkomen, op).map(Norm::bedrag).orElse(BigDecimal.ZERO.setScale(2));
    }
}
