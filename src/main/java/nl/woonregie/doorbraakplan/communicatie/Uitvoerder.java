package nl.woonregie.doorbraakplan.communicatie;

/** Who carries an action out, as the memo's column "Wie" names them (000:L933-1057); free text adds the rest. */
public enum Uitvoerder {
    PROGRAMMATEAM, PROJECTLEIDERS, STADSDELEN, STADSDEELDIRECTEUREN, COMMUNICATIE, WETHOUDERS, COLLEGE
}
