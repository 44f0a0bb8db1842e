package nl.woonregie.toezicht.opvolging;

import nl.woonregie.document.Documenthouder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import org.springframework.stereotype.Component;

/**
 * The documents of a plan of action (the plan itself, the college's ratification, progress reports) follow the plan:
 * read by whoever reads it (the province's supervisor, BEHEERDER, the municipality itself) and added by whoever works
 * on it — the supervisor and BEHEERDER, who record the plan and its actions, and the municipality, which carries the
 * plan out and marks its actions done.
 */
@Component
class PlanDocumenten implements Documenthouder {

    private final PlanVanAanpakService plannen;
    private final Toegang toegang;
    private final GebiedService gebied;

    PlanDocumenten(PlanVanAanpakService plannen, Toegang toegang, GebiedService gebied) {
        this.plannen = plannen;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    @Override
    public String soort() {
        return "plan-van-aanpak";
    }

    @Override
    public String audittype() {
        return "plan_van_aanpak";
    }

    @Override
    public Rechten rechten(Gebruiker g, long object) {
        String gemeente = gemeente(object);
        return new Rechten(Documenthouder.mag(() -> toegang.toezichtLezen(g, gemeente)),
                Documenthouder.mag(() -> toegang.provincieToezien(g, provincie(gemeente)))
                        || g.gemeenten(Rol.GEMEENTE).contains(gemeente));
    }

    @Override
    public String pagina(Gebruiker g, long object) {
        return "/gemeenten/" + gemeente(object) + "#plan-" + object;
    }

    @Override
    public String omschrijving(long object) {
        PlanVanAanpak p = plannen.lees(object, plannen.vandaag());
        return "het plan van aanpak “" + p.titel() + "” van " + p.gemeenteNaam() + " (ontvangen "
                + Weergave.dag(p.ontvangenOp()) + ")";
    }

    private String gemeente(long object) {
        return plannen.gemeenteVanPlan(object)
                .orElseThrow(() -> ApiException.notFound("Plan van aanpak " + object + " bestaat niet."));
    }

    private String provincie(String gemeente) {
        return gebied.provincieVan(gemeente).orElseThrow();
    }
}
