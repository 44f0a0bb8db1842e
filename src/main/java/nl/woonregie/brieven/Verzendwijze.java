package nl.woonregie.brieven;

/** How a decision reaches a contact (Awb 2:14): by e-mail, by post, or not at all until an address is known. */
public enum Verzendwijze {
    ELEKTRONISCH, POST, ONBEKEND
}
