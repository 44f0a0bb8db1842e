package nl.woonregie.brieven;

/** The role of a contact at its organisation; {@code COLLEGE} is the college itself, the addressee of a decision. */
public enum Contactrol {
    COLLEGE, BURGEMEESTER, WETHOUDER, GEMEENTESECRETARIS, GRIFFIE, BELEIDSMEDEWERKER, TEAMLEIDER, CONTACTPERSOON,
    OVERIG
}
