package nl.woonregie.brieven.kostenverhaal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The costs the province made in the municipality's place and their recovery (Gemeentewet art. 124: "ten laste van de
 * gemeente"; beleidskader zuid-holland-2020.yaml, step 6: "De provincie voert de taak uit in de plaats van de gemeente,
 * op haar kosten"). Amounts in euros with cents.
 */
public final class Kostenverhaal {

    /** How a recovery stands on a day. */
    public enum Stand {
        /** No invoice sent yet. */
        NIET_GEFACTUREERD,
        /** Invoiced, not paid, within the term. */
        OPEN,
        /** Paid. */
        BETAALD,
        /** Invoiced and not paid within the term after the invoice date: on the supervisor's worklist. */
        ACHTERSTALLIG
    }

    private Kostenverhaal() {
    }

    /** The total of the cost lines, in cents. */
    public static BigDecimal totaal(List<BigDecimal> bedragen) {
        return bedragen.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** What is recovered: the reasoned other amount when the supervisor recorded one, else the total. */
    public static BigDecimal terugTeVorderen(BigDecimal totaal, BigDecimal afwijkend) {
        return (afwijkend != null ? afwijkend : totaal).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The last day to pay: {@code termijnDagen} days after the invoice date. */
    public static LocalDate uiterlijk(LocalDate factuurdatum, int termijnDagen) {
        return factuurdatum.plusDays(termijnDagen);
    }

    /** The recovery's state on {@code vandaag}: overdue from the day after the last day to pay. */
    public static Stand stand(LocalDate factuurdatum, LocalDate betaaldOp, int termijnDagen, LocalDate vandaag) {
        if (factuurdatum == null) {
            return Stand.NIET_GEFACTUREERD;
        }
        if (betaaldOp != null) {
            return Stand.BETAALD;
        }
        return vandaag.isAfter(uiterlijk(factuurdatum, termijnDagen)) ? Stand.ACHTERSTALLIG : Stand.OPEN;
    }
}
