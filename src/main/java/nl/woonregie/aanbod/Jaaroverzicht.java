package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A gemeente's multi-year table (the planning memo's "Historische gegevens taakstelling"), computed from the stored
 * figures: per half-year the taakstelling, the saldo carried in, the ambition (additional opgave), the total to
 * house, the realisation and the saldo carried out; per calendar year the same summed; and the findings where the
 * supervision's table of periods does not add up or differs from the computation (the period and both numbers).
 *
 * @param halfjaren   from the period where the registration starts up to the period of today
 * @param jaren       per calendar year: taakstellingen of its periods, saldo carried into the first, the ambition,
 *                    the total, the realisation and the saldo carried out of the last
 * @param bevindingen where a table does not add up, or differs from the computation
 * @param ontbrekend  what is missing to compute further (the table stops there)
 */
@Schema(name = "Jaaroverzicht")
public record Jaaroverzicht(String gemeente, String naam, LocalDate berekendOp, List<Halfjaar> halfjaren,
        List<Jaar> jaren, List<Bevinding> bevindingen, List<String> ontbrekend) {

    /**
     * One period. {@code opgave} = taakstelling + saldoIn (the supervision's R1); {@code totaal} = opgave +
     * additioneleOpgave (the memo's "totaal te huisvesten"); {@code gehuisvest} is COA's final figure
     * ({@code definitief}) or its latest standing in the period ({@code gehuisvestOp} its date);
     * {@code saldoUit} = opgave − gehuisvest once the period has ended (null while it runs).
     */
    @Schema(name = "JaaroverzichtHalfjaar")
    public record Halfjaar(String periode, String omschrijving, long taakstelling, long saldoIn,
            long additioneleOpgave, long opgave, long totaal, Long gehuisvest, LocalDate gehuisvestOp,
            boolean definitief, Long saldoUit) {
    }

    /** One calendar year of the table: its periods summed (the memo's columns). */
    @Schema(name = "JaaroverzichtJaar")
    public record Jaar(int jaar, List<Long> taakstellingen, long saldoIn, long extraAmbitie, long totaal,
            Long gehuisvest, LocalDate gehuisvestOp, Long saldoUit) {
    }

    /**
     * A finding: in {@code periode} (a period code or a year) the table gives {@code gevonden} where
     * {@code berekend} follows from the figures.
     */
    @Schema(name = "JaaroverzichtBevinding")
    public record Bevinding(Soort soort, String periode, long gevonden, long berekend, String tekst) {
    }

    /** What does not add up. */
    public enum Soort {
        /** A total that is not the sum of its parts. */
        TOTAAL_TELT_NIET_OP,
        /** A saldo carried out that is not the opgave minus the realisation. */
        SALDO_TELT_NIET_OP,
        /** A saldo carried in that is not the previous period's (or year's) saldo carried out. */
        SALDO_SLUIT_NIET_AAN,
        /** A figure of the supervision's table that differs from the one computed from the stored figures. */
        WIJKT_AF_VAN_BEREKENING
    }
}
