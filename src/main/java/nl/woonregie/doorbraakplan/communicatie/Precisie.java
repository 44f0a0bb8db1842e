package nl.woonregie.doorbraakplan.communicatie;

/** How precisely a date is known: the day, or only the month (the memo's "april", "mei"). */
public enum Precisie {
    DAG, MAAND
}
