package nl.woonregie.platform.security;

/** The roles of Woonregie accounts; scope (province, municipality) is stored beside the role. */
public enum Rol {
    /** Manages accounts and sees everything. */
    BEHEERDER,
    /** Supervisor of one province. */
    TOEZICHTHOUDER,
    /** Policy officer of one municipality. */
    GEMEENTE,
    /** Supplies realisation figures. */
    COA
}
