package nl.woonregie.programma.caseload;

/**
 * Where a child (or a young adult) goes to school: none (yet), voorschoolse educatie, primary school, the
 * internationale schakelklas (ISK), secondary school, the schakelprogramma 18–27 with ROC Mondriaan towards mbo/hbo,
 * or other education (004:L225-317, L378-531).
 */
public enum School {
    GEEN, VVE, BASISONDERWIJS, ISK, VOORTGEZET_ONDERWIJS, SCHAKELPROGRAMMA, ANDERS
}
