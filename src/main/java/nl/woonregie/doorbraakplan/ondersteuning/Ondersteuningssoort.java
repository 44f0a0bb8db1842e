package nl.woonregie.doorbraakplan.ondersteuning;

/** The five kinds of support of the 11 March 2022 memo ("Benodigde begeleiding statushouders"). */
public enum Ondersteuningssoort {
    /** By Vluchtelingenwerk as part of inburgering (SZW): paid from the national integration budget, cost 0 here. */
    MAATSCHAPPELIJKE_BEGELEIDING,
    /** The PIP, casusregie, budget management, the integration offer (SZW): national budget, cost 0 here. */
    TRAJECTBEGELEIDING,
    /** Support at a group location, per person per month (OCW); the tariff depends on {@link Wonen}. */
    WOONBEGELEIDING,
    /** Support when moving on to a permanent home, once per person (DSO). */
    DOORSTROOMBEGELEIDING,
    /** Location management, a yearly sum for all locations together (DPZ). */
    LOCATIEMANAGEMENT;

    /** Whether a line of this kind costs nothing in this computation (paid from the national integration budget). */
    public boolean zonderKosten() {
        return this == MAATSCHAPPELIJKE_BEGELEIDING || this == TRAJECTBEGELEIDING;
    }
}
