package nl.woonregie.verdeling;

/**
 * How a gemeente's share vg × iG / iN becomes a whole number: {@link #OMHOOG} as art. 29 lid 1 prescribes ("naar
 * boven afgerond op een geheel getal"), or {@link #HALF_OMHOOG} (plain rounding, halves up), because some published
 * figures fit that.
 */
public enum Afronding {
    /** Rounded up: the law. The sum of the gemeenten's numbers is at least the national number. */
    OMHOOG,
    /** Rounded to the nearest whole number, halves up. */
    HALF_OMHOOG
}
