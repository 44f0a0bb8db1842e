package nl.woonregie.doorbraakplan.communicatie;

/** How an action reaches its audience (memo 5, 000:L933-1057). */
public enum Kanaal {
    BRIEF, NIEUWSBRIEF, RAADSMEDEDELING, EMAIL, TELEFONISCH, PERSOONLIJK, BIJEENKOMST, PERSBERICHT, WEBSITE, ANDERS
}
