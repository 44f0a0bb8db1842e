package nl.woonregie.verhuisbox.traject;

/**
 * Where a referred household sleeps now (issue 20 §2; inventory §9 "current location": hotel, SNH, Villex, Kessler,
 * LdH, opvang, inwonend, L9207-L9211). The free text {@code slaapplek} of the referral says more.
 */
public enum Slaapplaats {
    STRAAT, NACHTOPVANG, OPVANG, HOTEL, INWONEND, ANDERS
}
