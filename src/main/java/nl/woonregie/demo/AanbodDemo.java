package nl.woonregie.demo;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.aanbod.Aanbodbronnen;
import nl.woonregie.aanbod.Aanbodnotities;
import nl.woonregie.aanbod.Bronverzoek;
import nl.woonregie.aanbod.Projectfeitenverzoek;
import nl.woonregie.platform.security.Gebruiker;
import org.springframework.stereotype.Component;

/**
 * The demo's supply plans (issue 16 item 9), stored through aanbod's services as a gemeente would enter them.
 *
 * <ul>
 *   <li>'s-Gravenhage 2022-II: the sources of its memo "Invulling asielakkoord" to the Stuurgroep Vluchtelingen
 *       (26 September 2022; the figures in {@code ../shared/specs/aanbod-prognose.md}) with the memo's numbers and
 *       dates; where the memo gives no date or pace the demo chose one, and each source's toelichting says which.
 *       Beside them the memo's own statement ("taakstelling in oktober, ambitie in november, voorsprong 198") as a
 *       note, which the aanbod page shows beside the forecast computed on 26 September 2022.</li>
 *   <li>Rotterdam, Leiden, Zoetermeer and Delft 2023-I: made-up plans (each source's name and toelichting say so),
 *       with a made-up note dated in the period, so their page links to the forecast of that day.</li>
 * </ul>
 */
@Component
@org.springframework.context.annotation.Conditional(DemoModus.class)
class AanbodDemo {

    static final String NOTITIE_DATUM = "2022-09-26";
    static final String NOTITIE_BRON = "Notitie 'Invulling asielakkoord' aan de Stuurgroep Vluchtelingen";
    static final String NOTITIE_TEKST = "De verwachting is dat we de taakstelling in oktober 2022 halen, de extra "
            + "ambitie in november 2022 en het jaar mogelijk eindigen met een voorsprong van 198 (ten opzichte van de "
            + "officiële taakstelling).";
    private static final String REDEN = "demo: plan uit de notitie van 26 september 2022";
    private static final String VERZONNEN = "Verzonnen voor de demo";

    private final Aanbodbronnen bronnen;
    private final Aanbodnotities notities;

    AanbodDemo(Aanbodbronnen bronnen, Aanbodnotities notities) {
        this.bronnen = bronnen;
        this.notities = notities;
    }

    /**
     * 's-Gravenhage's sources of the memo, in the memo's order — but for Leeghwaterplein: a Doorbraakplanlocatie of the
     * second tranche, it enters the supply at its designation ({@link DoorbraakplanDemo}), which then gives it the
     * memo's facts, so that the supply has it once.
     */
    static List<Bronverzoek> denHaag() {
        List<Bronverzoek> l = new ArrayList<>();
        l.add(corporatie("Corporaties 2022", "Uit de notitie: de corporaties is gevraagd 777 statushouders te huisvesten "
                + "in 2022 (bij 2,4 personen per woning ongeveer 324 woningen); verwacht 4.440 verhuringen in 2022 (op "
                + "basis van het eerste kwartaal); afgesproken: hoogstens 10 % van de verhuringen aan statushouders.",
                2022, 777, null, 4440, "0,10", REDEN));
        l.add(project("SoZa (Anna van Hannoverstraat)", "Uit de notitie: gemengd wonen voor 175 jongeren (50 % "
                + "statushouders, 50 % studenten) sinds 2017; 40 statushouders besloten, 90 in studie; inhuizing vanaf half "
                + "oktober 2022; het gebouw is voorzien voor sloop/nieuwbouw. Gekozen door de demo: start op 15 oktober "
                + "2022, 10 per week (de notitie noemt geen tempo), onzelfstandig.", "TIJDELIJK", "ONZELFSTANDIG", 175,
                40, "jongeren: 50 % statushouders, 50 % studenten", null, "2022-10-15", "10", null, "BESLOTEN", REDEN));
        l.add(project("Koolwitjelaan", "Uit de notitie: eigenaar Staedion; bewoners van 120 naar 90, de helft "
                + "statushouders; tot het najaar deels gebruikt voor Oekraïense vluchtelingen. Gekozen door de demo: 45 "
                + "plaatsen (de helft van 90), inhuizing vanaf 1 oktober 2022 met 5 per week, permanent, onzelfstandig (de "
                + "notitie noemt geen datum, tempo of duur).", "PERMANENT", "ONZELFSTANDIG", 90, 45,
                "statushouders en andere woningzoekenden", "Staedion", "2022-10-01", "5", null, "IN_GEBRUIK", REDEN));
        l.add(project("Haga (voormalig Juliana Kinderziekenhuis)", "Uit de notitie: 30 statushouders in vier of vijf "
                + "tijdelijke woningen voor grote gezinnen. Gekozen door de demo: alle 30 plaatsen op 1 november 2022 (de "
                + "notitie noemt geen datum); 30 eenheden (de notitie telt woningen).", "TIJDELIJK", "ZELFSTANDIG", 30, 30, "grote gezinnen",
                null, "2022-11-01", null, null, "BESLOTEN", REDEN));
        l.add(vestia("Schaapherderstraat", 250, 30));
        l.add(vestia("De Venen", 200, 40));
        l.add(vestia("Stuwstraat", 50, 30));
        l.add(project("Neuhuyskade (gebouw van het RVB)", "Uit de notitie: ongeveer 25 plaatsen, in verkenning voor een "
                + "derde tranche. Gekozen door de demo: 25 plaatsen vanaf 1 april 2023 met 5 per week, tijdelijk, "
                + "onzelfstandig (de notitie noemt geen datum of tempo).", "TIJDELIJK", "ONZELFSTANDIG", 25, 25,
                "statushouders", "Rijksvastgoedbedrijf", "2023-04-01", "5", null, "VERKENNING", REDEN));
        return l;
    }

    private static Bronverzoek vestia(String naam, long woningen, long plaatsen) {
        return project("Sloopwoningen Vestia: " + naam, "Uit de notitie: sloopwoningen van Vestia, een jaar beschikbaar, "
                + "druppelsgewijs; in totaal hoogstens 100 statushouders (30 / 40 / 30), alleenstaanden in afwachting van "
                + "gezinshereniging. Gekozen door de demo: inhuizing vanaf 1 oktober 2022 met 2 per week, einde gebruik "
                + "een jaar later (de notitie noemt geen datum of tempo).", "TIJDELIJK", "ZELFSTANDIG", woningen,
                plaatsen, "alleenstaanden in afwachting van gezinshereniging", "Vestia", "2022-10-01", "2", "2023-09-30",
                "BESLOTEN", REDEN);
    }

    void laad(Gebruiker demo) {
        for (Bronverzoek b : denHaag()) {
            bronnen.toevoegen(demo, DemoData.DEN_HAAG, b, "demo");
        }
        notities.toevoegen(demo, DemoData.DEN_HAAG, new Aanbodnotities.Verzoek(NOTITIE_DATUM, NOTITIE_BRON,
                NOTITIE_TEKST, REDEN), "demo");

        String reden = "demo: verzonnen plan";
        // Rotterdam
        bronnen.toevoegen(demo, "GM0599", corporatie("Corporaties 2023 (verzonnen)", VERZONNEN + ".", 2023, 1300, null,
                9000, null, reden), "demo");
        bronnen.toevoegen(demo, "GM0599", project("Tijdelijke woningen Kop van Zuid (verzonnen)", VERZONNEN + ".",
                "TIJDELIJK", "ZELFSTANDIG", 150, 60, "statushouders en starters", "Woonstad Rotterdam", "2023-03-01",
                "6", "2033-02-28", "IN_GEBRUIK", reden), "demo");
        bronnen.toevoegen(demo, "GM0599", route("Hotelregeling (verzonnen)", "HOTELREGELING", null, null, null, "3",
                "2023-01-15", "2023-06-30", reden), "demo");
        notities.toevoegen(demo, "GM0599", new Aanbodnotities.Verzoek("2023-03-15",
                "Voortgangsrapportage aan de raad (verzonnen voor de demo)",
                "Wij verwachten de taakstelling eind mei 2023 te halen.", reden), "demo");
        // Leiden
        bronnen.toevoegen(demo, "GM0546", corporatie("Corporaties 2023 (verzonnen)", VERZONNEN + ".", 2023, null, 110,
                1400, null, reden), "demo");
        bronnen.toevoegen(demo, "GM0546", project("Paviljoens Stevenshof (verzonnen)", VERZONNEN + ".", "TIJDELIJK",
                "ZELFSTANDIG", 40, 20, "statushouders", "Portaal", "2023-04-01", "4", "2028-03-31", "BESLOTEN", reden),
                "demo");
        bronnen.toevoegen(demo, "GM0546", route("Uitruil met Leiderdorp (verzonnen)", "UITRUIL", "GM0547", "2023-05-15",
                "6", null, null, null, reden), "demo");
        notities.toevoegen(demo, "GM0546", new Aanbodnotities.Verzoek("2023-02-15",
                "Raadsinformatiebrief (verzonnen voor de demo)",
                "De taakstelling wordt naar verwachting in juni 2023 gehaald.", reden), "demo");
        // Zoetermeer
        bronnen.toevoegen(demo, "GM0637", corporatie("Corporaties 2023 (verzonnen)", VERZONNEN + ".", 2023, 260, null,
                1500, null, reden), "demo");
        bronnen.toevoegen(demo, "GM0637", route("Zelf gevonden woonruimte (verzonnen)", "ZELF_GEVONDEN", null, null,
                null, "1", null, null, reden), "demo");
        notities.toevoegen(demo, "GM0637", new Aanbodnotities.Verzoek("2023-03-01",
                "Collegebesluit (verzonnen voor de demo)",
                "Met de corporaties halen we de taakstelling in april 2023.", reden), "demo");
        // Delft
        bronnen.toevoegen(demo, "GM0503", corporatie("Corporaties 2023 (verzonnen)", VERZONNEN + ".", 2023, 180, null,
                1100, null, reden), "demo");
        bronnen.toevoegen(demo, "GM0503", project("Gemengd wonen Tanthof (verzonnen)", VERZONNEN + ".", "TIJDELIJK",
                "ONZELFSTANDIG", 48, 24, "statushouders en studenten", "DUWO", "2023-02-01", "4", "2030-01-31",
                "IN_GEBRUIK", reden), "demo");
        notities.toevoegen(demo, "GM0503", new Aanbodnotities.Verzoek("2023-02-01",
                "Notitie aan het college (verzonnen voor de demo)",
                "We verwachten de opgave in mei 2023 te halen.", reden), "demo");
    }

    static Bronverzoek corporatie(String naam, String toelichting, int jaar, Integer personen, Integer woningen,
            Integer verhuringen, String maxAandeel, String reden) {
        return new Bronverzoek("CORPORATIE", naam, toelichting, Integer.toString(jaar), tekst(personen),
                tekst(woningen), null, tekst(verhuringen), maxAandeel, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, reden);
    }

    static Bronverzoek project(String naam, String toelichting, String duur, String woonvorm, long eenheden,
            long plaatsen, String doelgroepen, String eigenaar, String start, String perWeek, String einde,
            String status, String reden) {
        return new Bronverzoek("PROJECT", naam, toelichting, null, null, null, null, null, null, duur, woonvorm,
                Long.toString(eenheden), Long.toString(plaatsen), doelgroepen, eigenaar, start, perWeek, einde, status,
                null, null, null, null, null, reden);
    }

    /**
     * Leeghwaterplein's facts as the doorbraakplan's memos track them (issue 17 §5; inventory §A.3, §A.6), each with
     * its place in the memos; where the memos are silent (the unit and date of the "12k" subsidy, which of the 7
     * locations take Ukrainian refugees) nothing is filled in and the note says so.
     */
    static Projectfeitenverzoek leeghwaterplein() {
        return new Projectfeitenverzoek(
                List.of(new Projectfeitenverzoek.EisRij("1 harde eis: 33% statushouders (e-mail van 6 maart 2023, "
                        + "e-mail van 6 maart 2023, r. 112)", "MIN_AANDEEL", "33")),
                List.of(new Projectfeitenverzoek.DoelgroepRij("MBO-studenten (Mondriaan)", "15", "Haag Wonen, Inspire",
                        "Genoemd in de niet-getekende intentieovereenkomst (e-mail van 6 maart 2023, r. 108–109)")),
                "5", "6",
                List.of(new Projectfeitenverzoek.FinancieringRij("BZK-middelen", null, null, "Potentieel haalbare "
                                + "businesscase inclusief BZK-middelen (memo van 28 januari 2022, r. 333–336)"),
                        new Projectfeitenverzoek.FinancieringRij("Subsidie van 12k", null, null, "'En vervalt de 12k "
                                + "subsidie' (e-mail van 6 maart 2023, r. 127); de eenheid en de datum staan niet in de bron")),
                new Projectfeitenverzoek.GoBesluitVerzoek("IN_AFWACHTING", null, null),
                null, "3 van de 7 locaties worden (mogelijk) ook ingezet voor vluchtelingen uit Oekraïne; welke, staat "
                        + "niet in de bron (memo 'Stappenplan communicatie', r. 897–898)",
                "Laak",
                List.of(new Projectfeitenverzoek.AdviesRij("STADSDEEL", "2022-01-31", "VERWACHT", "Reactie van de "
                                + "stadsdelen verwacht in de week van 31 januari 2022; nog geen grote knelpunten "
                                + "(memo van 28 januari 2022, r. 362–366)"),
                        new Projectfeitenverzoek.AdviesRij("OOV", "2022-02-21", "VERWACHT", "Vroegste mogelijkheid om "
                                + "het college (positief) te adviseren; meer informatie nodig over de eerdere "
                                + "communicatie met omwonenden over de tijdelijkheid (memo van 28 januari 2022, r. 363–368)")));
    }

    static Bronverzoek route(String naam, String route, String partner, String datum, String personen,
            String perWeek, String vanaf, String tot, String reden) {
        return new Bronverzoek("ROUTE", naam, VERZONNEN + ".", null, personen, null, null, null, null, null, null, null,
                null, null, null, null, perWeek, null, null, route, partner, datum, vanaf, tot, reden);
    }

    private static String tekst(Integer n) {
        return n == null ? null : n.toString();
    }
}
