package nl.woonregie.doorbraakplan;

import nl.woonregie.aanbod.AanbodProjecten;
import nl.woonregie.aanbod.Aanbodbron;
import nl.woonregie.platform.security.Gebruiker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The view of one location (issue 17 §5): the lead, its project's facts with their checks and findings (owned by
 * {@code aanbod}) and its support plan, read-only. For the lead's PROJECTLEIDER — whose scope is that lead and nothing
 * else of the municipality — and for who reads the municipality's pipeline (PROGRAMMATEAM, BESTUUR, BEHEERDER).
 */
@Service
public class Locaties {

    private final Leads leads;
    private final AanbodProjecten projecten;
    private final Steunplannen steunplannen;

    Locaties(Leads leads, AanbodProjecten projecten, Steunplannen steunplannen) {
        this.leads = leads;
        this.projecten = projecten;
        this.steunplannen = steunplannen;
    }

    /** The location of lead {@code id} of the municipality: 403 for anyone else, 404 for an unknown lead. */
    @Transactional(readOnly = true)
    public Locatie lees(Gebruiker g, String gemeente, long id) {
        Lead lead = leads.leesVoorLocatie(g, gemeente, id);
        Aanbodbron project = lead.aanbodbron() == null ? null
                : projecten.lees(gemeente, lead.aanbodbron()).orElse(null);
        Steunplan plan = project == null ? null : steunplannen.vanProject(gemeente, project.id());
        return new Locatie(lead, project, plan);
    }
}
