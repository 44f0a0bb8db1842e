package nl.woonregie.brieven;

/**
 * The role of a contact at its organisation; {@code COLLEGE} is the college itself, the addressee of a decision. The
 * first five are a municipality's own ({@link #gemeentelijk()}): a COA region or a corporation has none of them.
 */
public enum Contactrol {
    COLLEGE(true), BURGEMEESTER(true), WETHOUDER(true), GEMEENTESECRETARIS(true), GRIFFIE(true),
    BELEIDSMEDEWERKER(false), TEAMLEIDER(false), CONTACTPERSOON(false), OVERIG(false);

    private final boolean gemeentelijk;

    Contactrol(boolean gemeentelijk) {
        this.gemeentelijk = gemeentelijk;
    }

    /** A role only a municipality has (college, burgemeester, wethouder, gemeentesecretaris, griffie). */
    public boolean gemeentelijk() {
        return gemeentelijk;
    }
}
