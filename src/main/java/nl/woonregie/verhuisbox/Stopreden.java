package nl.woonregie.verhuisbox;

/** The fixed list of reasons to stop a trajectory before a move. */
public enum Stopreden {
    NIET_GEMOTIVEERD("Niet (meer) gemotiveerd"),
    MEERVOUDIGE_PROBLEMATIEK("Meervoudige problematiek"),
    AANBOD_GEWEIGERD("Aanbod geweigerd (zonder gevolgen voor andere hulp)"),
    TERUG_NAAR_LAND_VAN_HERKOMST("Teruggekeerd naar land van herkomst"),
    ANDERS("Anders");

    private final String label;

    Stopreden(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
