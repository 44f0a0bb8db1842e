package nl.woonregie.demo;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.security.NieuweGebruiker;
import nl.woonregie.platform.security.Rol;
import org.springframework.stereotype.Component;

/**
 * The demo's PROJECTLEIDER (issue 17 §5): {@value #ACCOUNT}, scoped to one lead of 's-Gravenhage's doorbraakplan
 * (the Leeghwaterplein lead), so it reads that location — the lead, its project facts with their checks and findings,
 * its support plan — and nothing else of the municipality. A PROJECTLEIDER's scope is a lead's id, known only once
 * the demo stored the lead: whoever stores it calls {@link #maak} with it, after the lead (and before the demo's
 * accounts are printed).
 */
@Component
@org.springframework.context.annotation.Conditional(DemoModus.class)
class ProjectleiderDemo {

    static final String ACCOUNT = "projectleider-denhaag";
    static final String OMSCHRIJVING = "projectleider van de locatie Leeghwaterplein ('s-Gravenhage): de lead, de "
            + "projectfeiten en het ondersteuningsplan lezen, het haalbaarheidsonderzoek vastleggen";

    private final Gebruikers gebruikers;

    ProjectleiderDemo(Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    /** Makes {@value #ACCOUNT} with the demo's password, a PROJECTLEIDER of lead {@code lead}. */
    void maak(Gebruiker demo, String wachtwoord, long lead) {
        gebruikers.maak(new NieuweGebruiker(ACCOUNT, wachtwoord, Rol.PROJECTLEIDER, null, null, null, null, null, lead,
                null), demo, "demo");
    }
}
