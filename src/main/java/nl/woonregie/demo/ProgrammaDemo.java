package nl.woonregie.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.security.NieuweGebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.programma.Programma;
import nl.woonregie.programma.ProgrammaService;
import nl.woonregie.programma.Programmaplan;
import nl.woonregie.programma.VoortgangService;
import nl.woonregie.programma.voortgang.Evaluatiestatus;
import nl.woonregie.programma.Uitvoering;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's programmes (issue 18 item 7). Haarlem's "Plan van aanpak Brede aanpak dak- en thuisloosheid 2020–2021"
 * (seed 003) with its 3 themes, 7 national goals, 13 projects, every line of its financial paragraph and the
 * indicators it names ({@code programma/haarlem-brede-aanpak-2020-2021.json}), and Wassenaar's integration plan 2017
 * ({@link #wassenaar()}), both stored through programma's service as the administrator would make them (what is real
 * and what is not: the README). With them the accounts of Haarlem's programme: its programme manager and controller,
 * Haarlem's bestuur and a partner gemeente; and the controller of Wassenaar's.
 */
@Component
@org.springframework.context.annotation.Conditional(DemoModus.class)
class ProgrammaDemo {

    static final String PLAN = "/programma/haarlem-brede-aanpak-2020-2021.json";
    static final String WASSENAAR_PLAN = "/programma/wassenaar-integratie-statushouders-2017.json";
    static final String HAARLEM = "GM0392";
    static final String ZANDVOORT = "GM0473";
    /** The demo's projectleider of a programme's project (ADR 0049), and that project: Onder de Pannen (003). */
    static final String PROJECTLEIDER_HAARLEM = "projectleider-haarlem";
    static final int PROJECT_HAARLEM = 10;

    /** The demo's programme accounts (their programme's id is known only once it is stored). */
    static final List<String[]> ACCOUNTS = List.of(
            new String[] {"programma-haarlem", "programmamanager van Haarlems brede aanpak dak- en thuisloosheid"},
            new String[] {"controller-haarlem", "controller van Haarlems brede aanpak: de begrotingsregels"},
            new String[] {PROJECTLEIDER_HAARLEM, "projectleider van project " + PROJECT_HAARLEM + " (Onder de Pannen) "
                    + "van Haarlems brede aanpak: werkt dat project bij"},
            new String[] {"bestuur-haarlem", "bestuur Haarlem, alleen lezen"},
            new String[] {"gemeente-zandvoort", "beleidsmedewerker Zandvoort, partnergemeente: leest het programma"},
            new String[] {"controller-wassenaar", "controller van Wassenaars integratieplan 2017: inkomsten en "
                    + "uitgaven (personen × tarieven)"});

    private final ProgrammaService programmas;
    private final VoortgangService voortgang;
    private final Gebruikers gebruikers;

    ProgrammaDemo(ProgrammaService programmas, VoortgangService voortgang, Gebruikers gebruikers) {
        this.programmas = programmas;
        this.voortgang = voortgang;
        this.gebruikers = gebruikers;
    }

    /** The plan as the demo stores it. */
    static Programmaplan haarlem() {
        return plan(PLAN);
    }

    /**
     * Wassenaar's "Integraal plan van aanpak integratie en participatie statushouders 2017" (seed 004, Z/17/9410/26001)
     * with its themes, actions, indicators and its budget of persons × rates (issue 18 §3).
     */
    static Programmaplan wassenaar() {
        return plan(WASSENAAR_PLAN);
    }

    private static Programmaplan plan(String bestand) {
        try (InputStream in = ProgrammaDemo.class.getResourceAsStream(bestand)) {
            return JsonMapper.builder().build().readValue(in, Programmaplan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void laad(Gebruiker demo, String wachtwoord) {
        Programma p = programmas.aanmaken(demo, haarlem(), "demo: het plan van aanpak 2020–2021 van Haarlem en de "
                + "regio IJmond, Zuid-Kennemerland en Haarlemmermeer", "demo");
        p = voortgangHaarlem(demo, p);
        maak(demo, "programma-haarlem", wachtwoord, new Toewijzing(Rol.PROGRAMMAMANAGER, null, null, null, p.id(),
                null, null));
        maak(demo, "controller-haarlem", wachtwoord, new Toewijzing(Rol.CONTROLLER, null, null, null, p.id(), null,
                null));
        maak(demo, "bestuur-haarlem", wachtwoord, Toewijzing.gemeente(Rol.BESTUUR, HAARLEM));
        maak(demo, PROJECTLEIDER_HAARLEM, wachtwoord, Toewijzing.programmaproject(Rol.PROJECTLEIDER, p.id(),
                PROJECT_HAARLEM));
        fictieveRealisatie(demo, p.id());
        maak(demo, "gemeente-zandvoort", wachtwoord, Toewijzing.gemeente(Rol.GEMEENTE, ZANDVOORT));
        Programma w = programmas.aanmaken(demo, wassenaar(), "demo: het integraal plan van aanpak integratie en "
                + "participatie statushouders 2017 van Wassenaar, met zijn begroting van personen × tarieven", "demo");
        maak(demo, "controller-wassenaar", wachtwoord, new Toewijzing(Rol.CONTROLLER, null, null, null, w.id(), null,
                null));
    }

    /**
     * For the progress report: the evaluation moment the plan names (the interim evaluation of the pilot
     * vroegsignalering at the end of October 2020, 003:L248-251; its outcome is not in the sources, so it stays
     * planned) and a few FICTITIOUS measurements (the plan has none; the README says so).
     */
    private Programma voortgangHaarlem(Gebruiker demo, Programma p) {
        p = voortgang.zetEvaluatie(demo, p.id(), Integer.toString(p.versie()), 1, new VoortgangService.Evaluatie(
                "Tussenevaluatie pilot vroegsignalering", LocalDate.of(2020, 10, 31), Evaluatiestatus.GEPLAND, null,
                1), "demo: het plan noemt een tussenevaluatie eind oktober (plan van aanpak, r. 248–251)", "demo");
        String[][] metingen = {
            {"1", "2020-12-31", "4.5"}, {"2", "2020-06-30", "3"}, {"2", "2020-12-31", "6"},
            {"3", "2020-12-31", "18"}, {"4", "2021-06-30", "0"}};
        for (String[] m : metingen) {
            p = programmas.voegMetingToe(demo, p.id(), Integer.toString(p.versie()), Integer.parseInt(m[0]),
                    new Programmaplan.Meting(LocalDate.parse(m[1]), new BigDecimal(m[2]), "fictief (demo)",
                            "Een fictieve meting voor de demo: het plan bevat geen metingen."),
                    "demo: fictieve meting", "demo");
        }
        return p;
    }

    /**
     * A few realisation figures for Haarlem's lines and a split of line 2, <b>fictitious</b>: the plan contains no
     * spending (the README says so). They show exhaustion, an overspent line, a definitive and an expected transfer to
     * the reserve MO/BW, and the controller's split of a multi-year line.
     */
    private void fictieveRealisatie(Gebruiker demo, long id) {
        String reden = "demo: fictieve realisatie (het plan bevat geen uitgaven)";
        int versie = programmas.lees(demo, id).versie();
        Object[][] figuren = {
                {7, 2020, "812500.00", 12}, {10, 2020, "2050000.00", 12}, {6, 2020, "420000.00", 12},
                {6, 2021, "180000.00", 6}, {5, 2021, "310000.00", 9}, {2, 2021, "150000.00", 12}};
        for (Object[] f : figuren) {
            versie = programmas.zetRealisatie(demo, id, Integer.toString(versie), new Uitvoering.Realisatie(
                    (Integer) f[0], (Integer) f[1], new BigDecimal((String) f[2]), (Integer) f[3]), reden, "demo")
                    .versie();
        }
        programmas.zetVerdeling(demo, id, Integer.toString(versie), 2, List.of(
                new Uitvoering.Jaarbedrag(2021, new BigDecimal("175000.00")),
                new Uitvoering.Jaarbedrag(2022, new BigDecimal("300000.00"))), "demo: fictieve verdeling van regel 2 "
                + "over 2021 en 2022 (het plan verdeelt haar niet)", "demo");
    }

    private void maak(Gebruiker demo, String naam, String wachtwoord, Toewijzing t) {
        gebruikers.maak(NieuweGebruiker.met(naam, wachtwoord, List.of(t)), demo, "demo");
    }
}
