package nl.woonregie.doorbraakplan.ondersteuning;

/** The kinds of tariff the computation uses. */
public enum Tariefsoort {
    /** Woonbegeleiding at an onzelfstandige location, per person per month. */
    WOONBEGELEIDING_ONZELFSTANDIG,
    /** Woonbegeleiding at a zelfstandige location, per person per month. */
    WOONBEGELEIDING_ZELFSTANDIG,
    /** Doorstroombegeleiding, once per person. */
    DOORSTROOMBEGELEIDING;

    /** The woonbegeleiding tariff for this way of living. */
    public static Tariefsoort woonbegeleiding(Wonen wonen) {
        return wonen == Wonen.ZELFSTANDIG ? WOONBEGELEIDING_ZELFSTANDIG : WOONBEGELEIDING_ONZELFSTANDIG;
    }
}
