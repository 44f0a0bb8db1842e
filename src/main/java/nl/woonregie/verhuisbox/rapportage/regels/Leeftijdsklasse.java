package nl.woonregie.verhuisbox.rapportage.regels;

/**
 * The age bands of the reports (2022 report, 002:L9347-L9352: "Jongeren tot 28 jaar", "Leeftijd 28-54", "Leeftijd
 * 55+"). The age is the age a client reaches in the year of the day that is counted (the start, the housing): the
 * year of that day minus the birth year — as the 2021 report counts its young people ("geboren na 1 januari 1993",
 * L9220), the same for a live case (its birth date) and an imported one (its birth year), and unchanged by
 * anonymisation (which keeps only the birth year).
 */
public enum Leeftijdsklasse {
    /** Younger than 28 in that year. */
    JONGER_DAN_28,
    /** 28 up to and including 54. */
    VAN_28_TOT_EN_MET_54,
    /** 55 or older. */
    VANAF_55;

    /** The band of an age; a negative age (a birth year after the day) is refused. */
    public static Leeftijdsklasse van(int leeftijd) {
        if (leeftijd < 0) {
            throw new IllegalArgumentException("leeftijd " + leeftijd + " is negatief");
        }
        return leeftijd < 28 ? JONGER_DAN_28 : leeftijd <= 54 ? VAN_28_TOT_EN_MET_54 : VANAF_55;
    }

    /** The age reached in {@code jaar} by someone born in {@code geboortejaar}. */
    public static int leeftijd(int jaar, int geboortejaar) {
        return jaar - geboortejaar;
    }
}
