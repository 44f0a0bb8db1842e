package nl.woonregie.doorbraakplan.ondersteuning;

import java.math.BigDecimal;

/**
 * One line of a support plan: a kind of support for a project, by a department of the municipality ({@code dienst},
 * its own code: OCW, DSO …), with what the kind needs.
 */
public sealed interface Regel {

    String project();

    String dienst();

    Ondersteuningssoort soort();

    /** Persons × the tariff of their way of living, for every month of the quarters {@code van} to {@code tot}. */
    record Woonbegeleiding(String project, String dienst, Wonen wonen, long personen, Kwartaal van, Kwartaal tot)
            implements Regel {
        @Override
        public Ondersteuningssoort soort() {
            return Ondersteuningssoort.WOONBEGELEIDING;
        }
    }

    /** Persons × the tariff once, in the quarter (the tariff of its first day). */
    record Doorstroombegeleiding(String project, String dienst, long personen, Kwartaal kwartaal) implements Regel {
        @Override
        public Ondersteuningssoort soort() {
            return Ondersteuningssoort.DOORSTROOMBEGELEIDING;
        }
    }

    /** A quarter of the yearly sum, rounded half up to the cent, in every quarter from {@code van} to {@code tot}. */
    record Locatiemanagement(String project, String dienst, BigDecimal bedragPerJaar, Kwartaal van, Kwartaal tot)
            implements Regel {
        @Override
        public Ondersteuningssoort soort() {
            return Ondersteuningssoort.LOCATIEMANAGEMENT;
        }
    }

    /**
     * Support paid from the national integration budget (maatschappelijke begeleiding, trajectbegeleiding): recorded
     * with its persons and period, cost 0.
     */
    record ZonderKosten(String project, String dienst, Ondersteuningssoort soort, long personen, Kwartaal van,
            Kwartaal tot) implements Regel {
        public ZonderKosten {
            if (!soort.zonderKosten()) {
                throw new IllegalArgumentException(soort + " heeft kosten");
            }
        }
    }
}
