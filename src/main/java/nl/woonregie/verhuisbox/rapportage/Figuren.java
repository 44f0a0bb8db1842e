package nl.woonregie.verhuisbox.rapportage;

import java.util.List;

import nl.woonregie.platform.web.ApiException;

/**
 * The definitions of the Verhuisbox figures: every figure is a <em>set</em> of cases (rows case, key, value; see
 * {@link #VERZAMELINGEN}, answered by the parts that own the data) and an <em>aggregate</em> over that set, with its
 * unit and the Dutch legend text that is its one definition in words (shown in page, JSON and XLSX).
 */
public final class Figuren {

    private Figuren() {
    }

    /** How the rows of a set become a number. */
    public enum Aggregaat {
        /** The number of distinct cases in the set. */
        AANTAL(false),
        /** Per key: the number of distinct cases with that key. */
        AANTAL_PER(true),
        /** The mean of the values (one row per case). */
        GEMIDDELDE(false),
        /** Per key: the mean of the values with that key. */
        GEMIDDELDE_PER(true),
        /** The median of the values (the mean of the two middle ones when their number is even). */
        MEDIAAN(false),
        /** The largest value. */
        MAXIMUM(false),
        /** The sum of the values. */
        SOM(false),
        /** Per key: the sum of the values with that key. */
        SOM_PER(true);

        private final boolean perSleutel;

        Aggregaat(boolean perSleutel) {
            this.perSleutel = perSleutel;
        }

        /** Is the figure given per key (reason, municipality, pot, question)? */
        public boolean perSleutel() {
            return perSleutel;
        }
    }

    /**
     * The sets, in the order they are computed: of the trajectory (its read model), of aftercare and the survey, of
     * the money, and BESTEMMING_PROVINCIE (the province of each destination gemeente, from the gebied register).
     */
    public static final List<String> VERZAMELINGEN = List.of("AANMELDINGEN", "GESCREEND", "GEWEIGERD", "WACHTEND",
            "GESTART", "GESTOPT", "GESTOPT_FASE", "AFGESLOTEN_UITKOMST", "GEHUISVEST", "GEHUISVEST_DIENST", "GEHUISVEST_PLAATS", "BESTEMMING_GEMEENTE",
            "BESTEMMING_PROVINCIE", "BESTEMMING_GEBIED", "UITKERING_BEEINDIGD", "COHORT", "ENQUETE", "NAZORG", "NAZORG_WOONT_ER_NOG",
            "GEHUISVEST_KOSTEN", "UITGAVEN", "AANMELDINGEN_ORGANISATIE", "GEHUISVEST_ORGANISATIE", "GESTART_HUISHOUDTYPE",
            "GEHUISVEST_HUISHOUDTYPE", "GEHUISVEST_INKOMEN", "GEHUISVEST_REMIGRANT", "GEHUISVEST_WERKPERSPECTIEF",
            "GEHUISVEST_OPVANG", "GESTART_LEEFTIJDSKLASSE", "GEHUISVEST_LEEFTIJDSKLASSE", "UITGAVEN_SOORT",
            "BESPARING");

    private static final String HUISHOUDTYPE_LEGENDA = "Van de %s casussen ('%s'): per huishoudtype — bij een "
            + "geïmporteerde casus zoals in het bestand, anders uit het huishouden: één volwassene zonder kinderen "
            + "alleenstaande, met kinderen eenoudergezin; twee volwassenen zonder kinderen stel, met kinderen gezin; "
            + "drie of meer volwassenen overig. De som is '%2$s'.";

    private static final String LEEFTIJD_LEGENDA = "Van de %s casussen ('%s'): per leeftijdsklasse zoals de "
            + "rapportages die noemen — jonger dan 28 jaar, 28 tot en met 54 jaar, 55 jaar en ouder. De leeftijd is de "
            + "leeftijd die de cliënt bereikt in het jaar van %s: dat jaar min het geboortejaar (bij een geïmporteerde "
            + "casus het geboortejaar uit het bestand). De som is '%2$s'.";

    /** A figure: a set, an aggregate, a unit and the legend text (its one definition in words). */
    public record Figuur(String code, String titel, String verzameling, Aggregaat aggregaat, String eenheid,
            String legenda) {
    }

    public static final List<Figuur> FIGUREN = List.of(
            f("AANMELDINGEN", "Aanmeldingen", "AANMELDINGEN", Aggregaat.AANTAL, "huishoudens",
                    "Casussen van het team waarvan de aanmelding in de periode compleet werd."),
            f("AANMELDINGEN_PER_ORGANISATIE", "Aanmeldingen per aanmeldende organisatie", "AANMELDINGEN_ORGANISATIE",
                    Aggregaat.AANTAL_PER, "huishoudens", "Van de aanmeldingen ('Aanmeldingen'): per organisatie die "
                            + "aanmeldde — bij een geïmporteerde casus de organisatie zoals in het bestand, anders de "
                            + "organisatie van de aanmelder. De som is 'Aanmeldingen'."),
            f("GESCREEND", "Getoetst door het ICP", "GESCREEND", Aggregaat.AANTAL, "huishoudens",
                    "Casussen met een besluit van de ICP-toets in de periode: de overgang van ICP-toets naar "
                            + "Geweigerd, Wachtlijst of (route alleen geld) Alleen geld vond plaats in de periode (een "
                            + "geïmporteerde casus: de toetsdatum in het bestand)."),
            f("GEWEIGERD", "Geweigerd", "GEWEIGERD", Aggregaat.AANTAL, "huishoudens",
                    "Casussen die in de periode naar Geweigerd gingen (niet voldaan aan een uitsluitend criterium)."),
            f("GEWEIGERD_PER_REDEN", "Geweigerd per reden", "GEWEIGERD", Aggregaat.AANTAL_PER, "huishoudens",
                    "Van de geweigerde casussen ('Geweigerd'): per uitsluitend criterium waarvan de laatste "
                            + "toetsuitslag 'niet voldaan' is. Een casus met meer redenen telt bij elke reden mee, "
                            + "dus de som kan groter zijn dan 'Geweigerd'."),
            f("WACHTEND", "Op de wachtlijst aan het eind van de periode", "WACHTEND", Aggregaat.AANTAL, "huishoudens",
                    "Casussen van het team die op de laatste dag van de periode (einde van de dag) de status "
                            + "Wachtlijst hadden."),
            f("WACHTEND_GEMIDDELD_DAGEN", "Gemiddelde wachtduur tot nu (wachtenden)", "WACHTEND",
                    Aggregaat.GEMIDDELDE, "dagen",
                    "Van de wachtenden ('Op de wachtlijst aan het eind van de periode'): gemiddeld aantal dagen van de laatste plaatsing op de wachtlijst "
                            + "tot de laatste dag van de periode."),
            f("WACHTEND_LANGSTE_DAGEN", "Langste wachtduur tot nu (wachtenden)", "WACHTEND", Aggregaat.MAXIMUM,
                    "dagen", "Van de wachtenden ('Op de wachtlijst aan het eind van de periode'): het grootste aantal dagen van de laatste plaatsing op de "
                            + "wachtlijst tot de laatste dag van de periode."),
            f("GESTART", "Gestart (intake of alleen geld)", "GESTART", Aggregaat.AANTAL, "huishoudens",
                    "Casussen die in de periode naar Intake gingen (toegelaten van de wachtlijst) of na de ICP-toets "
                            + "naar Alleen geld (route alleen geld: de startdatum, zonder wachtlijst en capaciteit); "
                            + "een geïmporteerde casus: de startdatum in het bestand."),
            f("WACHTTIJD_TOT_INTAKE_DAGEN", "Gemiddelde wachttijd tot intake", "GESTART", Aggregaat.GEMIDDELDE,
                    "dagen", "Van de gestarte casussen ('Gestart') die naar Intake gingen: gemiddeld aantal dagen van "
                            + "de plaatsing op de wachtlijst tot de intake (alleen geld wacht niet en telt hier niet "
                            + "mee; een geïmporteerde casus: van de toetsdatum tot de startdatum)."),
            f("GESTART_PER_HUISHOUDTYPE", "Gestart per huishoudtype", "GESTART_HUISHOUDTYPE",
                    Aggregaat.AANTAL_PER, "huishoudens", HUISHOUDTYPE_LEGENDA.formatted("gestarte", "Gestart")),
            f("GESTART_PER_LEEFTIJD", "Gestart per leeftijdsklasse", "GESTART_LEEFTIJDSKLASSE",
                    Aggregaat.AANTAL_PER, "huishoudens", LEEFTIJD_LEGENDA.formatted("gestarte", "Gestart",
                            "de start")),
            f("GESTOPT", "Gestopt", "GESTOPT", Aggregaat.AANTAL, "huishoudens",
                    "Casussen die in de periode zijn afgesloten met uitkomst Gestopt (vóór een verhuizing)."),
            f("GESTOPT_PER_REDEN", "Gestopt per reden", "GESTOPT", Aggregaat.AANTAL_PER, "huishoudens",
                    "Van de gestopte casussen ('Gestopt'): per stopreden uit de vaste lijst; de som is 'Gestopt'."),
            f("GESTOPT_PER_FASE", "Gestopt: niet gestart of gestaakt", "GESTOPT_FASE", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de gestopte casussen ('Gestopt'): niet gestart = gestopt voordat de casus naar "
                            + "Intake of Alleen geld ging (een geïmporteerde casus: zonder startdatum); gestaakt = "
                            + "gestopt na de start. De som is 'Gestopt'."),
            f("AFGESLOTEN_PER_UITKOMST", "Afgesloten per uitkomst", "AFGESLOTEN_UITKOMST", Aggregaat.AANTAL_PER,
                    "huishoudens", "Casussen die in de periode zijn afgesloten, per uitkomst: verhuisd naar een andere "
                            + "gemeente, gehuisvest in Den Haag, gehuisvest in het eigen netwerk (bij familie of "
                            + "vrienden, kostendelersnorm en briefadres geregeld) of gestopt. Huisvesting in het eigen "
                            + "netwerk is geen verhuizing en telt niet mee in 'Gehuisvest'; 'gestopt' is 'Gestopt'."),
            f("GEHUISVEST", "Gehuisvest", "GEHUISVEST", Aggregaat.AANTAL, "huishoudens",
                    "Casussen afgesloten als Verhuisd of Gehuisvest in Den Haag met een huisvestingsdatum "
                            + "in de periode."),
            f("GEHUISVEST_PER_ORGANISATIE", "Gehuisvest per aanmeldende organisatie", "GEHUISVEST_ORGANISATIE",
                    Aggregaat.AANTAL_PER, "huishoudens", "Van de gehuisveste casussen ('Gehuisvest'): per organisatie "
                            + "die aanmeldde, zoals bij 'Aanmeldingen per organisatie'. De som is 'Gehuisvest'."),
            f("GEHUISVEST_PER_HUISHOUDTYPE", "Gehuisvest per huishoudtype", "GEHUISVEST_HUISHOUDTYPE",
                    Aggregaat.AANTAL_PER, "huishoudens", HUISHOUDTYPE_LEGENDA.formatted("gehuisveste", "Gehuisvest")),
            f("GEHUISVEST_PER_LEEFTIJD", "Gehuisvest per leeftijdsklasse", "GEHUISVEST_LEEFTIJDSKLASSE",
                    Aggregaat.AANTAL_PER, "huishoudens", LEEFTIJD_LEGENDA.formatted("gehuisveste", "Gehuisvest",
                            "de huisvesting")),
            f("GEHUISVEST_PER_INKOMEN", "Gehuisvest per soort inkomen", "GEHUISVEST_INKOMEN", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de gehuisveste casussen ('Gehuisvest'): per soort inkomen — bij een "
                            + "geïmporteerde casus zoals in het bestand, anders zoals bij de melding gekozen; niet "
                            + "opgegeven: onbekend. De som is 'Gehuisvest'."),
            f("GEHUISVEST_PER_REMIGRANT", "Gehuisvest: remigrant", "GEHUISVEST_REMIGRANT", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de gehuisveste casussen ('Gehuisvest'): remigrant ja, nee of onbekend (niet "
                            + "opgegeven) — bij een geïmporteerde casus zoals in het bestand, anders zoals bij de "
                            + "melding. De som is 'Gehuisvest'."),
            f("GEHUISVEST_PER_WERKPERSPECTIEF", "Gehuisvest: perspectief op werk", "GEHUISVEST_WERKPERSPECTIEF",
                    Aggregaat.AANTAL_PER, "huishoudens", "Van de gehuisveste casussen ('Gehuisvest'): perspectief op "
                            + "werk ja, nee of onbekend — bij een geïmporteerde casus zoals in het bestand, anders zoals "
                            + "bij de melding. De som is 'Gehuisvest'."),
            f("GEHUISVEST_PER_OPVANG", "Gehuisvest per opvang van herkomst", "GEHUISVEST_OPVANG",
                    Aggregaat.AANTAL_PER, "huishoudens", "Van de gehuisveste casussen ('Gehuisvest'): de opvang waar "
                            + "het huishouden vandaan kwam, zoals geschreven (in het bestand of bij de melding); leeg: "
                            + "geen opvang. De som is 'Gehuisvest'."),
            f("GEHUISVEST_PER_DIENSTVERLENING", "Gehuisvest: intensief of alleen geld", "GEHUISVEST_DIENST",
                    Aggregaat.AANTAL_PER, "huishoudens",
                    "Van de gehuisveste casussen ('Gehuisvest'): alleen geld = de route alleen geld (woning in "
                            + "zicht) of de dienstverlening 'Intake en lichte ondersteuning' of 'Alleen adviesgesprek "
                            + "en geld' (of geen); intensief = de dienstverlening 'Intensieve hulp' op de reguliere "
                            + "route. De som is 'Gehuisvest'."),
            f("GEHUISVEST_PER_PLAATS", "Gehuisvest: eigen gemeente of elders", "GEHUISVEST_PLAATS",
                    Aggregaat.AANTAL_PER, "huishoudens",
                    "Van de gehuisveste casussen ('Gehuisvest'): eigen gemeente = Gehuisvest in Den Haag of een "
                            + "bestemming gelijk aan de gemeente van het team; anders elders. De som is 'Gehuisvest'."),
            f("BESTEMMING_PER_PROVINCIE", "Bestemming per provincie", "BESTEMMING_PROVINCIE", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de gehuisveste casussen ('Gehuisvest'): de provincie van de gemeente van "
                            + "bestemming (CBS-code; Gehuisvest in Den Haag: de gemeente van het team); zonder code: "
                            + "onbekend. De som is 'Gehuisvest'."),
            f("VERHUISD_PER_GEBIED", "Bestemming: krimpgebied, anticipeergebied, Zuid-Holland of rest van Nederland",
                    "BESTEMMING_GEBIED", Aggregaat.AANTAL_PER, "huishoudens", "Van de gehuisveste casussen "
                            + "('Gehuisvest'): een bestemming in een gemeente van een krimpgebied of (anders) een "
                            + "anticipeergebied uit het register van zoekgebieden van het team telt bij dat gebied; "
                            + "anders een gemeente in de provincie Zuid-Holland (ook Den Haag) bij Zuid-Holland; anders "
                            + "bij de rest van Nederland; zonder bestemming of met een gemeente waarvan de provincie "
                            + "onbekend is: onbekend. Een gemeente die later is opgegaan in een gemeente van een gebied "
                            + "telt bij dat gebied. De som is 'Gehuisvest'."),
            f("BESTEMMING_PER_GEMEENTE", "Bestemming per gemeente", "BESTEMMING_GEMEENTE", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de gehuisveste casussen ('Gehuisvest'): de gemeente van bestemming (als bij "
                            + "'Bestemming per provincie'). De som is 'Gehuisvest'."),
            f("DAGEN_TOT_HUISVESTING_GEMIDDELD", "Dagen van aanmelding tot huisvesting (gemiddeld)", "GEHUISVEST",
                    Aggregaat.GEMIDDELDE, "dagen", "Van de gehuisveste casussen ('Gehuisvest'): gemiddeld aantal dagen "
                            + "van de dag waarop de aanmelding compleet werd tot de dag van de huisvesting."),
            f("DAGEN_TOT_HUISVESTING_MEDIAAN", "Dagen van aanmelding tot huisvesting (mediaan)", "GEHUISVEST",
                    Aggregaat.MEDIAAN, "dagen", "Van de gehuisveste casussen ('Gehuisvest'): de mediaan van het aantal "
                            + "dagen van de complete aanmelding tot de huisvesting (bij een even aantal het gemiddelde "
                            + "van de middelste twee)."),
            f("UITKERING_BEEINDIGD", "Uitkering Den Haag beëindigd", "UITKERING_BEEINDIGD", Aggregaat.AANTAL,
                    "huishoudens", "Casussen waarvan vastgelegd is dat de uitkering in Den Haag is beëindigd, met een "
                            + "einddatum in de periode."),
            f("KOSTEN_PER_HUISHOUDEN", "Kosten per gehuisvest huishouden", "GEHUISVEST_KOSTEN", Aggregaat.GEMIDDELDE,
                    "euro", "Van de gehuisveste casussen ('Gehuisvest'): het totaal van alle betaalde verstrekkingen "
                            + "(status Betaald, elke datum, elke pot) op die casussen gedeeld door hun aantal; een "
                            + "casus zonder betaling telt mee met € 0."),
            f("UITGAVEN", "Uitgaven", "UITGAVEN", Aggregaat.SOM, "euro",
                    "Som van de verstrekkingen met status Betaald en betaaldatum in de periode, uit de potten van "
                            + "het team."),
            f("UITGAVEN_PER_POT", "Uitgaven per pot", "UITGAVEN", Aggregaat.SOM_PER, "euro",
                    "'Uitgaven' per pot (en jaar); de som is 'Uitgaven'."),
            f("UITGAVEN_PER_SOORT", "Uitgaven per soort verstrekking", "UITGAVEN_SOORT", Aggregaat.SOM_PER, "euro",
                    "'Uitgaven' per soort verstrekking (reiskosten, eerste huur, inrichting, overbrugging uitkering, "
                            + "verhuiskosten, …), met per soort het aantal huishoudens; de som is 'Uitgaven'."),
            f("BESPARING_UITKERINGEN_GESCHAT", "Geschatte besparing op uitkeringen (schatting, bovengrens)",
                    "BESPARING", Aggregaat.SOM, "euro", "Een schatting, geen betaald of gemeten bedrag: voor "
                            + "elk huishouden waarvan de uitkering in de periode is beëindigd ('Uitkering Den Haag "
                            + "beëindigd') de jaarnorm van zijn soort inkomen op de laatste dag van de periode (zie "
                            + "'Aannames van de schattingen'; een soort zonder bekende norm telt als € 0, een "
                            + "onbekende soort met de gemiddelde kosten van bijstand). Aannames: een volledige "
                            + "uitkering, een vol jaar, zonder terugval en zonder de kosten van de Verhuisbox — dus een "
                            + "bovengrens, zoals de rapportages haar noemen ('maximaal')."),
            f("BESPARING_UITKERINGEN_GESCHAT_PER_INKOMEN", "Geschatte besparing per soort inkomen (schatting)",
                    "BESPARING", Aggregaat.SOM_PER, "euro", "'Geschatte besparing op uitkeringen' per soort "
                            + "inkomen, met het aantal huishoudens; de som is de geschatte besparing."),
            f("ENQUETE_INGEVULD", "Klantenquêtes ingevuld", "ENQUETE", Aggregaat.AANTAL, "huishoudens",
                    "Casussen met een klantenquête vastgelegd in de periode."),
            f("ENQUETE_GEMIDDELDE_PER_VRAAG", "Klantenquête: gemiddelde score per vraag", "ENQUETE",
                    Aggregaat.GEMIDDELDE_PER, "score 1–5",
                    "Van de enquêtes ('Klantenquêtes ingevuld'): de gemiddelde score (1 = helemaal niet, 5 = heel veel) "
                            + "per vraag."),
            f("NAZORG_VASTGELEGD", "Nazorgcontacten vastgelegd", "NAZORG", Aggregaat.AANTAL_PER, "huishoudens",
                    "Casussen met een nazorgcontact vastgelegd in de periode, per moment (maanden na de verhuizing)."),
            f("NAZORG_WOONT_ER_NOG", "Nazorg: woont er nog", "NAZORG_WOONT_ER_NOG", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de nazorgcontacten ('Nazorgcontacten vastgelegd'): per moment de casussen waarvan "
                            + "vastgelegd is dat het huishouden nog in de woning woont."),
            f("COHORT_STAND", "Aanmeldingen van de periode naar stand aan het eind", "COHORT", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de aanmeldingen ('Aanmeldingen'): de status aan het eind van de periode — "
                            + "geweigerd, op de wachtlijst, lopend (Melding, ICP-toets, Intake, Zoeken, Aanbod, "
                            + "Verhuizing) of afgesloten. Elke aanmelding staat in precies één groep."));

    private static Figuur f(String code, String titel, String verzameling, Aggregaat a, String eenheid,
            String legenda) {
        return new Figuur(code, titel, verzameling, a, eenheid, legenda);
    }

    public static Figuur figuur(String code) {
        return FIGUREN.stream().filter(x -> x.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst()
                .orElseThrow(() -> ApiException.notFound("Cijfer " + code + " bestaat niet."));
    }
}
