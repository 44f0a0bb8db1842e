package nl.woonregie.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Where an account works, from its assignments: the main menu of every page ({@code ${@navigatie.links(gebruiker)}})
 * and the landing page after signing in ({@link #startpunten}). An account with several assignments gets the links of
 * each (a municipality's policy officer who is also in a Verhuisbox team: "Mijn gemeente" and "Verhuisbox"); a
 * province or municipality is named when the account has more than one.
 */
@Component("navigatie")
public class Navigatie {

    /** A link of the menu or the landing page. */
    public record Link(String tekst, String pad) {
    }

    private final Gebiedsindeling gebied;

    private final org.springframework.beans.factory.ObjectProvider<Toewijzingen> toewijzingen;

    Navigatie(Gebiedsindeling gebied, org.springframework.beans.factory.ObjectProvider<Toewijzingen> toewijzingen) {
        this.toewijzingen = toewijzingen;
        this.gebied = gebied;
    }

    /** The links of the main menu, before "Wat-als", "Beheer" and the account's own. */
    public List<Link> links(Gebruiker g) {
        List<Link> links = new ArrayList<>();
        if (g == null) {
            return links;
        }
        Set<String> provincies = g.provincies(Rol.TOEZICHTHOUDER);
        Set<String> gemeenten = g.gemeenten(Rol.GEMEENTE);
        if (g.heeft(Rol.BEHEERDER)) {
            links.add(new Link("Provincies", "/provincies"));
        }
        for (String p : provincies) {
            links.add(new Link(provincies.size() == 1 ? "Dashboard" : "Dashboard " + gebied.naam(p),
                    "/provincies/" + p));
        }
        if (g.heeft(Rol.BEHEERDER, Rol.TOEZICHTHOUDER)) {
            links.add(new Link("Beoordelingsrondes", "/rondes"));
        }
        for (String gm : gemeenten) {
            links.add(new Link(gemeenten.size() == 1 ? "Mijn gemeente" : gebied.naam(gm), "/gemeenten/" + gm));
        }
        if (g.heeft(Rol.BEHEERDER, Rol.TOEZICHTHOUDER, Rol.COA)) {
            links.add(new Link("Cijfers importeren", "/cijfers/import"));
        }
        if (g.heeft(Rol.BEHEERDER, Rol.TOEZICHTHOUDER, Rol.RIJK)) {
            links.add(new Link("Landelijk", "/landelijk"));
            links.add(new Link("Verdeling", "/verdeling"));
        }
        Set<String> beleid = g.provincies(Rol.BELEIDSMEDEWERKER);
        for (String p : beleid) {
            links.add(new Link(beleid.size() == 1 ? "Beleidskaders" : "Beleidskaders " + gebied.naam(p),
                    "/provincies/" + p + "/beleidskaders"));
        }
        List<Toewijzing> programmaprojecten = g.toewijzingen().stream()
                .filter(t -> t.rol() == Rol.PROJECTLEIDER && t.scopesoort() == Scopesoort.PROGRAMMAPROJECT).toList();
        if (g.heeft(Rol.BEHEERDER, Rol.PROGRAMMAMANAGER, Rol.CONTROLLER, Rol.BESTUUR)
                || !programmaprojecten.isEmpty()) {
            // module programma: the programmes the account may read (the page lists them)
            links.add(new Link("Programma's", "/programmas"));
        }
        Set<String> caseload = g.gemeenten(Rol.CASEMANAGER_INTEGRATIE);
        for (String gm : caseload) {
            // module programma: the statushouders assigned to this integration case manager
            links.add(new Link(caseload.size() == 1 ? "Caseload" : "Caseload " + gebied.naam(gm),
                    "/gemeenten/" + gm + "/caseload"));
        }
        // a projectleider of a programme's project (ADR 0049): that project, to bring up to date
        for (Toewijzing t : programmaprojecten) {
            links.add(new Link(programmaprojecten.size() == 1 ? "Mijn project" : "Project " + toewijzingen.getObject()
                    .omschrijving(t).replaceFirst("^[^,]*, ", ""), projectpad(t)));
        }
        // a projectleider's location (its lead, project facts and support plan): in the menu, not only on the start page
        List<Toewijzing> locaties = g.toewijzingen().stream().filter(t -> t.rol() == Rol.PROJECTLEIDER
                && t.scopesoort() == Scopesoort.PROJECT && t.project() != null).toList();
        for (Toewijzing t : locaties) {
            links.add(new Link(locaties.size() == 1 ? "Mijn locatie" : "Locatie " + toewijzingen.getObject()
                    .omschrijving(t).replaceFirst("^[^,]*, ", ""),
                    "/doorbraakplan/leads/" + t.project() + "/locatie"));
        }
        Set<String> programma = programmagemeenten(g);
        for (String gm : programma) {
            links.add(new Link(programma.size() == 1 ? "Doorbraakplan" : "Doorbraakplan " + gebied.naam(gm),
                    "/gemeenten/" + gm + "/doorbraakplan"));
        }
        if (g.team() != null) {
            if (g.heeft(Rol.AANMELDER)) {
                links.add(new Link("Mijn meldingen", "/verhuisbox/meldingen"));
            }
            if (g.heeft(Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR)) {
                links.add(new Link("Verhuisbox", "/verhuisbox"));
            }
            if (g.heeft(Rol.COORDINATOR, Rol.CONSULENT)) {
                links.add(new Link("Cijfers", "/verhuisbox/rapportage"));
            }
        }
        return links;
    }

    /**
     * The municipalities of the account's doorbraakplan roles (PROGRAMMATEAM, BESTUUR, a DIENST of one of its
     * departments): their programme's page, the support computation for now (module {@code doorbraakplan}, which
     * checks the same roles).
     */
    private static Set<String> programmagemeenten(Gebruiker g) {
        Set<String> gemeenten = new LinkedHashSet<>();
        for (Toewijzing t : g.toewijzingen()) {
            if ((t.rol() == Rol.PROGRAMMATEAM || t.rol() == Rol.BESTUUR || t.rol() == Rol.DIENST)
                    && t.gemeente() != null) {
                gemeenten.add(t.gemeente());
            }
        }
        return gemeenten;
    }

    /**
     * The pages an account starts from, one per kind of work (its province, its municipality, the imports, the
     * administrator's provinces, the Verhuisbox worklist or the own referrals), without repeats. Roles whose pages
     * are not there yet give none.
     */
    public List<Link> startpunten(Gebruiker g) {
        Set<Link> punten = new LinkedHashSet<>();
        for (Toewijzing t : g.toewijzingen()) {
            switch (t.rol()) {
                case BEHEERDER -> punten.add(new Link("Alle provincies", "/provincies"));
                case TOEZICHTHOUDER -> punten.add(new Link("Toezicht op provincie " + gebied.naam(t.provincie()),
                        "/provincies/" + t.provincie()));
                case GEMEENTE -> punten.add(new Link("Gemeente " + gebied.naam(t.gemeente()),
                        "/gemeenten/" + t.gemeente()));
                case COA -> punten.add(new Link("Cijfers importeren", "/cijfers/import"));
                case RIJK -> punten.add(new Link("Landelijk overzicht", "/landelijk"));
                case BELEIDSMEDEWERKER -> punten.add(new Link("Beleidskaders van provincie "
                        + gebied.naam(t.provincie()), "/provincies/" + t.provincie() + "/beleidskaders"));
                case AANMELDER -> punten.add(new Link("Verhuisbox: mijn meldingen", "/verhuisbox/meldingen"));
                case PROGRAMMATEAM, BESTUUR, DIENST -> punten.add(new Link("Doorbraakplan "
                        + gebied.naam(t.gemeente()), "/gemeenten/" + t.gemeente() + "/doorbraakplan"));
                case PROJECTLEIDER -> {
                    if (t.scopesoort() == Scopesoort.PROGRAMMAPROJECT) {
                        punten.add(new Link("Project bijwerken: " + toewijzingen.getObject().omschrijving(t)
                                .replaceFirst("^[^,]*, ", ""), projectpad(t)));
                        punten.add(new Link("Programma van dit project", "/programmas/" + t.programma()));
                        continue;
                    }
                    String locatie = toewijzingen.getObject().omschrijving(t).replaceFirst("^[^,]*, ", "");
                    punten.add(new Link("Haalbaarheidsonderzoek: " + locatie, "/doorbraakplan/leads/" + t.project()));
                    punten.add(new Link("Locatie: " + locatie + " (projectfeiten en ondersteuningsplan)",
                            "/doorbraakplan/leads/" + t.project() + "/locatie"));
                }
                case PROGRAMMAMANAGER, CONTROLLER -> punten.add(new Link("Programma's", "/programmas"));
                case CASEMANAGER_INTEGRATIE -> punten.add(new Link("Integratie-caseload " + gebied.naam(t.gemeente()),
                        "/gemeenten/" + t.gemeente() + "/caseload"));
                case ICP, CASEMANAGER, ADMINISTRATIEF, CONSULENT, COORDINATOR ->
                        punten.add(new Link("Verhuisbox: werklijst", "/verhuisbox"));
                default -> {
                    // the roles of modules still to come have no page yet
                }
            }
        }
        return List.copyOf(punten);
    }

    /** The page of a programme's project its projectleider brings up to date (module programma). */
    private static String projectpad(Toewijzing t) {
        return "/programmas/" + t.programma() + "/projecten/" + t.project();
    }
}
