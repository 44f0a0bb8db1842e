package nl.woonregie.brieven;

/** Who keeps a contact: the province (its supervisor) or the municipality itself (its own entries). */
public enum Bijhouder {
    PROVINCIE, GEMEENTE
}
