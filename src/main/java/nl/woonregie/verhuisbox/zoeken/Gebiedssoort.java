package nl.woonregie.verhuisbox.zoeken;

/** The kind of a search area: a krimpgebied, an anticipeergebied (annex of 14 May 2019, 002:L4183-L4221) or other. */
public enum Gebiedssoort {
    KRIMPGEBIED, ANTICIPEERGEBIED, OVERIG
}
