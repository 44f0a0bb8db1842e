package nl.woonregie.verhuisbox.traject;

import java.util.List;

import nl.woonregie.platform.security.Gebruiker;

/**
 * A page of a part of Verhuisbox that the worklist links to (aftercare, survey, figures, budget). The part that owns
 * the page says which of its pages an account may open, by the same rights its endpoints check, so the worklist shows
 * only links that open — and the trajectory does not depend on the parts.
 */
public interface Werklijstlink {

    /** The pages of this part that {@code g} may open (none when it may open none); nothing is checked or logged. */
    List<Link> voor(Gebruiker g);

    /** A link: its place among the others (ascending), its path and its text. */
    record Link(int volgorde, String pad, String tekst) {
    }
}
