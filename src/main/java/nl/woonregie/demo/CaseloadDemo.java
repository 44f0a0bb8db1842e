package nl.woonregie.demo;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.security.NieuweGebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.programma.Caseload;
import nl.woonregie.programma.Statushouderverzoek;
import nl.woonregie.programma.caseload.Inburgeringsroute;
import nl.woonregie.programma.caseload.Jaarcijfer;
import nl.woonregie.programma.caseload.Jaarcijfer.Deel;
import nl.woonregie.programma.caseload.Jaarcijfer.Grootheid;
import nl.woonregie.programma.caseload.School;
import org.springframework.stereotype.Component;

/**
 * Wassenaar's integration caseload for the demo: a <b>fictitious</b> caseload of 24 statushouders in 9 households
 * (every name ends in "(fictief)"; dates are counted back from the day the demo loads, so that some
 * participatieverklaringen are always overdue), two AMV (one minor, one turned 18), one adult without an extra
 * track, two case managers; and Wassenaar's real yearly taakstelling and realisation 2015–2017 as seed 004 states
 * them, with its contradictions (2016: 51 against 66, 46 against 56; 2017: 45 = 20 + 15 + 10). Stored through
 * programma's service as the municipality would enter them.
 */
@Component
class CaseloadDemo {

    static final String WASSENAAR = "GM0629";
    /** Where the yearly figures stand: the plan of 2017 (seed 004), by line. */
    private static final String PLAN = "Integraal plan 2017, r. ";

    /** The demo's caseload accounts. */
    static final List<String[]> ACCOUNTS = List.of(
            new String[] {"casemanager-wassenaar", "casemanager integratie Wassenaar: de eigen statushouders "
                    + "(fictief)"},
            new String[] {"casemanager2-wassenaar", "tweede casemanager integratie Wassenaar: ziet alleen de eigen"});

    private final Caseload caseload;
    private final Gebruikers gebruikers;
    private final GebiedService gebied;

    CaseloadDemo(Caseload caseload, Gebruikers gebruikers, GebiedService gebied) {
        this.caseload = caseload;
        this.gebruikers = gebruikers;
        this.gebied = gebied;
    }

    /** One fictitious person: months since arrival, age in years today, and what is known of the route. */
    private record Persoon(String naam, String huishouden, int leeftijd, int maandenGeleden, boolean amv,
            Integer pvNaMaanden, Inburgeringsroute route, String taal, boolean opleiding, boolean werk,
            boolean participatie, School school, Integer intakeNaMaanden, boolean noa, String casemanager) {
    }

    private static final String A = "casemanager-wassenaar";
    private static final String B = "casemanager2-wassenaar";
    private static final Inburgeringsroute B1 = Inburgeringsroute.B1_ROUTE;
    private static final Inburgeringsroute OND = Inburgeringsroute.ONDERWIJSROUTE;
    private static final Inburgeringsroute Z = Inburgeringsroute.Z_ROUTE;
    private static final Inburgeringsroute NIET = Inburgeringsroute.NIET_INBURGERINGSPLICHTIG;

    static final List<Persoon> PERSONEN = List.of(
            // household 1: a family of five, arrived 20 months ago; the parents' participatieverklaring overdue
            new Persoon("Amal Voorbeeld (fictief)", "H-01", 38, 20, false, null, B1, "A2", false, true, false,
                    School.GEEN, 2, true, A),
            new Persoon("Samir Voorbeeld (fictief)", "H-01", 41, 20, false, null, Z, "A1", false, false, true,
                    School.GEEN, 2, true, A),
            new Persoon("Lina Voorbeeld (fictief)", "H-01", 14, 20, false, null, NIET, null, false, false, false,
                    School.ISK, null, false, A),
            new Persoon("Omar Voorbeeld (fictief)", "H-01", 9, 20, false, null, NIET, null, false, false, false,
                    School.BASISONDERWIJS, null, false, A),
            new Persoon("Nour Voorbeeld (fictief)", "H-01", 3, 20, false, null, NIET, null, false, false, false,
                    School.VVE, null, false, A),
            // household 2: a couple, signed in time
            new Persoon("Dawit Proefpersoon (fictief)", "H-02", 29, 16, false, 9, B1, "B1", true, true, false,
                    School.GEEN, 1, true, A),
            new Persoon("Selam Proefpersoon (fictief)", "H-02", 27, 16, false, 9, OND, "A2", true, false, false,
                    School.SCHAKELPROGRAMMA, 1, true, A),
            // household 3: a young man 18–27 in the schakelprogramma, participatieverklaring overdue
            new Persoon("Yonas Testnaam (fictief)", "H-03", 22, 14, false, null, OND, "A2", true, false, false,
                    School.SCHAKELPROGRAMMA, 3, true, A),
            // household 4: an adult without an extra track (a finding), arrived 5 months ago
            new Persoon("Farid Bedacht (fictief)", "H-04", 45, 5, false, null, B1, "A0", false, false, false,
                    School.GEEN, null, false, A),
            // household 5: AMV, minor, in an AMV home with Jeugdformaat
            new Persoon("Tesfay Verzonnen (fictief)", "H-05", 16, 10, true, null, NIET, "A1", false, false, false,
                    School.ISK, null, false, A),
            // household 6: AMV who turned 18 in the caseload
            new Persoon("Huda Verzonnen (fictief)", "H-06", 19, 26, true, 11, OND, "B1", true, false, true,
                    School.SCHAKELPROGRAMMA, 16, true, B),
            // household 7: a family of four, recent
            new Persoon("Karim Oefen (fictief)", "H-07", 35, 3, false, null, B1, "A1", false, false, true,
                    School.GEEN, null, false, B),
            new Persoon("Rania Oefen (fictief)", "H-07", 33, 3, false, null, B1, "A1", false, false, true,
                    School.GEEN, null, false, B),
            new Persoon("Adam Oefen (fictief)", "H-07", 7, 3, false, null, NIET, null, false, false, false,
                    School.ISK, null, false, B),
            new Persoon("Maya Oefen (fictief)", "H-07", 1, 3, false, null, NIET, null, false, false, false,
                    School.GEEN, null, false, B),
            // household 8: a family of five, arrived 30 months ago; one parent overdue
            new Persoon("Hassan Demo (fictief)", "H-08", 47, 30, false, 10, B1, "B1", false, true, false,
                    School.GEEN, 1, true, B),
            new Persoon("Fatima Demo (fictief)", "H-08", 44, 30, false, null, Z, "A1", false, false, true,
                    School.GEEN, 1, true, B),
            new Persoon("Ali Demo (fictief)", "H-08", 19, 30, false, 12, OND, "B1", true, false, false,
                    School.SCHAKELPROGRAMMA, 4, true, B),
            new Persoon("Zainab Demo (fictief)", "H-08", 15, 30, false, null, NIET, "A2", false, false, false,
                    School.VOORTGEZET_ONDERWIJS, null, false, B),
            new Persoon("Yusuf Demo (fictief)", "H-08", 11, 30, false, null, NIET, null, false, false, false,
                    School.BASISONDERWIJS, null, false, B),
            // household 9: nareizigers joining a father; the three newest not assigned yet
            new Persoon("Kidane Nareiziger (fictief)", "H-09", 39, 13, false, null, B1, "A2", false, true, false,
                    School.GEEN, 2, false, A),
            new Persoon("Senait Nareiziger (fictief)", "H-09", 36, 2, false, null, B1, "A0", false, false, true,
                    School.GEEN, null, false, null),
            new Persoon("Abel Nareiziger (fictief)", "H-09", 12, 2, false, null, NIET, null, false, false, false,
                    School.ISK, null, false, null),
            new Persoon("Ruth Nareiziger (fictief)", "H-09", 5, 2, false, null, NIET, null, false, false, false,
                    School.BASISONDERWIJS, null, false, null));

    void laad(Gebruiker demo, String wachtwoord) {
        for (String[] a : ACCOUNTS) {
            gebruikers.maak(NieuweGebruiker.met(a[0], wachtwoord,
                    List.of(Toewijzing.gemeente(Rol.CASEMANAGER_INTEGRATIE, WASSENAAR))), demo, "demo");
        }
        LocalDate vandaag = gebied.vandaag();
        for (Persoon p : PERSONEN) {
            LocalDate aankomst = vandaag.minusMonths(p.maandenGeleden());
            LocalDate geboren = vandaag.minusYears(p.leeftijd()).minusDays(40 + p.naam().length());
            caseload.registreer(demo, WASSENAAR, new Statushouderverzoek(p.naam(), p.huishouden(), geboren, aankomst,
                    p.amv(), p.pvNaMaanden() == null ? null : aankomst.plusMonths(p.pvNaMaanden()), p.route(),
                    p.taal(), p.opleiding(), p.werk(), p.participatie(), p.school(),
                    p.intakeNaMaanden() == null ? null : aankomst.plusMonths(p.intakeNaMaanden()), p.noa(),
                    p.casemanager(), null, null), "demo");
        }
        // Wassenaar's yearly figures as seed 004 states them (the years before toezicht's records)
        jaar(demo, 2015, Grootheid.TAAKSTELLING, Deel.JAAR, 41, PLAN + "23–31", null);
        jaar(demo, 2016, Grootheid.TAAKSTELLING, Deel.JAAR, 51, PLAN + "23–31", "de tabel per jaar");
        jaar(demo, 2016, Grootheid.TAAKSTELLING, Deel.JAAR, 66, PLAN + "84–112", "de tabel van 2016 en 2017");
        jaar(demo, 2016, Grootheid.GEHUISVEST, Deel.JAAR, 46, PLAN + "15–17", "34 volwassenen en 12 kinderen");
        jaar(demo, 2016, Grootheid.GEHUISVEST, Deel.JAAR, 56, PLAN + "84–112", "gerealiseerd volgens de tabel");
        jaar(demo, 2017, Grootheid.TAAKSTELLING, Deel.JAAR, 45, PLAN + "23–31", null);
        jaar(demo, 2017, Grootheid.TAAKSTELLING, Deel.EERSTE_HALFJAAR, 20, PLAN + "84–112",
                "de tabel noemt 20 + 10 = 30, met de achterstand uit 2016");
        jaar(demo, 2017, Grootheid.TAAKSTELLING, Deel.TWEEDE_HALFJAAR, 15, PLAN + "84–112", null);
        jaar(demo, 2017, Grootheid.TAAKSTELLING, Deel.ACHTERSTAND, 10, PLAN + "116–117",
                "achterstand van 10 plaatsingen in 2016 door een tekort aan woningen");
    }

    private void jaar(Gebruiker demo, int jaar, Grootheid g, Deel d, int waarde, String bron, String toelichting) {
        caseload.voegJaarcijferToe(demo, WASSENAAR, new Jaarcijfer(0, jaar, g, d, waarde, bron, toelichting), "demo");
    }
}
