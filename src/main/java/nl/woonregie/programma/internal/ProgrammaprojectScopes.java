package nl.woonregie.programma.internal;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Scopebron;
import nl.woonregie.platform.security.Scopesoort;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.programma.Programmaplan;
import org.springframework.stereotype.Component;

/**
 * The projects of programmes as scopes of a PROJECTLEIDER (ADR 0049): the administrator grants the role naming a
 * programme and the number of a project in its current plan, chosen by the project's and the programme's name.
 */
@Component
class ProgrammaprojectScopes implements Scopebron {

    private final ProgrammaOpslag opslag;
    private final GebiedService gebied;

    ProgrammaprojectScopes(ProgrammaOpslag opslag, GebiedService gebied) {
        this.opslag = opslag;
        this.gebied = gebied;
    }

    @Override
    public Scopesoort soort() {
        return Scopesoort.PROGRAMMAPROJECT;
    }

    @Override
    public boolean bestaat(Toewijzing t) {
        return t.programma() != null && t.project() != null && opslag.lees(t.programma())
                .map(p -> project(p.plan(), t.project()) != null).orElse(false);
    }

    @Override
    public String naam(Toewijzing t) {
        if (t.programma() == null || t.project() == null) {
            return "";
        }
        return opslag.lees(t.programma()).map(p -> naam(p.plan(), project(p.plan(), t.project()), t.project()))
                .orElse("project " + t.project() + " van programma " + t.programma());
    }

    @Override
    public List<Keuze> alle() {
        List<Keuze> keuzes = new ArrayList<>();
        for (var p : opslag.lijst(true, List.of(), List.of())) {
            for (Programmaplan.Project pr : p.plan().projecten()) {
                keuzes.add(new Keuze(Toewijzing.programmaproject(Rol.PROJECTLEIDER, p.id(), pr.nummer()),
                        naam(p.plan(), pr, pr.nummer())));
            }
        }
        return keuzes;
    }

    private String naam(Programmaplan plan, Programmaplan.Project project, long nummer) {
        return "project " + nummer + (project == null ? "" : " " + project.naam()) + " van " + plan.naam() + " ("
                + gebied.naam(plan.eigenaar()) + ")";
    }

    private static Programmaplan.Project project(Programmaplan plan, long nummer) {
        return plan.projecten().stream().filter(pr -> pr.nummer() == nummer).findFirst().orElse(null);
    }
}
