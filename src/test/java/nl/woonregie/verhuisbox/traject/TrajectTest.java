package nl.woonregie.verhuisbox.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.Afsluiting;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Route;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Stopreden;
import nl.woonregie.verhuisbox.Toetsbesluit;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.Variant;
import nl.woonregie.verhuisbox.traject.Traject.Bezwaar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state machine: every transition and branch, with its entry conditions named when unmet. */
class TrajectTest {

    static final List<Criterium> CRITERIA = List.of(
            new Criterium(2023, "MOTIVATIE", 1, "gemotiveerd", Criterium.Soort.UITSLUITEND, "Woonnet Haaglanden"),
            new Criterium(2023, "GEEN_DETENTIE", 2, "niet gedetineerd", Criterium.Soort.UITSLUITEND, "re-integratie"),
            new Criterium(2023, "DIGID", 3, "DigiD", Criterium.Soort.DOCUMENT, null),
            new Criterium(2023, "JONGERENREGISSEUR", 4, "jongerenregisseur", Criterium.Soort.UITZONDERING, null));

    static Toetsuitslag toets(Criterium.Uitslag motivatie, Criterium.Uitslag detentie) {
        return Toetsuitslag.van(CRITERIA, Map.of("MOTIVATIE", motivatie, "GEEN_DETENTIE", detentie));
    }

    static final Toetsuitslag GOED = toets(Criterium.Uitslag.VOLDAAN, Criterium.Uitslag.VOLDAAN);

    static Traject.Stand stand(Status s) {
        return new Traject.Stand(s, Route.REGULIER, GOED, true, true, true, Variant.INTENSIEF, 0, true, true, true, 0, 0);
    }

    static List<Bezwaar> naar(Traject.Stand s, Status naar) {
        return Traject.bezwaren(s, naar, "reden", null);
    }

    @Test
    void de_hoofdlijn_is_toegestaan_als_aan_de_voorwaarden_is_voldaan() {
        assertThat(naar(stand(Status.MELDING), Status.ICP_TOETS)).isEmpty();
        assertThat(naar(stand(Status.ICP_TOETS), Status.WACHTLIJST)).isEmpty();
        assertThat(naar(stand(Status.WACHTLIJST), Status.INTAKE)).isEmpty();
        assertThat(naar(stand(Status.INTAKE), Status.ZOEKEN)).isEmpty();
        assertThat(naar(stand(Status.ZOEKEN), Status.AANBOD)).isEmpty();
        assertThat(naar(stand(Status.AANBOD), Status.VERHUIZING)).isEmpty();
        assertThat(naar(stand(Status.AANBOD), Status.ZOEKEN)).isEmpty();
        assertThat(Traject.bezwaren(stand(Status.VERHUIZING), Status.AFGESLOTEN, "verhuisd",
                new Afsluiting(Uitkomst.VERHUISD, null, "Heerlen"))).isEmpty();
        assertThat(Traject.bezwaren(stand(Status.VERHUIZING), Status.AFGESLOTEN, "woning in Den Haag",
                new Afsluiting(Uitkomst.GEHUISVEST_DEN_HAAG, null, null))).isEmpty();
    }

    static Traject.Stand alleenGeld(Status s, boolean casemanager, boolean openAanbod) {
        return new Traject.Stand(s, Route.ALLEEN_GELD, GOED, casemanager, false, false, null, 0, false, openAanbod,
                true, 0, 0);
    }

    /**
     * The self-finder's route (ADR 0043), every transition: a passed toets leads to Alleen geld (never the waiting
     * list), the home is recorded as the offer once a casemanager is assigned, a refused offer returns to Alleen geld
     * (never to searching), an accepted one to the move; no waiting-list order or capacity is asked anywhere.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            van         | naar        | route       | casemanager | openAanbod | bezwaren
            MELDING     | ICP_TOETS   | ALLEEN_GELD | false       | false      |
            ICP_TOETS   | ALLEEN_GELD | ALLEEN_GELD | false       | false      |
            ICP_TOETS   | WACHTLIJST  | ALLEEN_GELD | false       | false      | route
            ICP_TOETS   | ALLEEN_GELD | REGULIER    | false       | false      | route
            ALLEEN_GELD | AANBOD      | ALLEEN_GELD | true        | true       |
            ALLEEN_GELD | AANBOD      | ALLEEN_GELD | false       | false      | aanbod casemanager
            ALLEEN_GELD | INTAKE      | ALLEEN_GELD | true        | false      | naar
            ALLEEN_GELD | ZOEKEN      | ALLEEN_GELD | true        | false      | naar
            ALLEEN_GELD | VERHUIZING  | ALLEEN_GELD | true        | false      | naar
            AANBOD      | ALLEEN_GELD | ALLEEN_GELD | true        | false      |
            AANBOD      | ZOEKEN      | ALLEEN_GELD | true        | false      | route
            AANBOD      | ALLEEN_GELD | REGULIER    | true        | false      | route
            AANBOD      | VERHUIZING  | ALLEEN_GELD | true        | false      |
            """)
    void de_route_alleen_geld(Status van, Status naar, Route route, boolean casemanager, boolean openAanbod,
            String bezwaren) {
        Traject.Stand s = new Traject.Stand(van, route, GOED, casemanager, false, false,
                route == Route.REGULIER ? Variant.INTENSIEF : null, 0, route == Route.REGULIER, openAanbod, true, 0,
                0);
        assertThat(naar(s, naar)).extracting(Bezwaar::veld)
                .containsExactly(bezwaren == null ? new String[0] : bezwaren.split(" "));
    }

    @Test
    void alleen_geld_sluit_af_als_verhuisd_en_stopt_als_elke_actieve_status() {
        Traject.Stand verhuizing = alleenGeld(Status.VERHUIZING, true, false);
        assertThat(Traject.bezwaren(verhuizing, Status.AFGESLOTEN, "verhuisd",
                new Afsluiting(Uitkomst.VERHUISD, null, "Heerlen"))).isEmpty();
        assertThat(Traject.bezwaren(alleenGeld(Status.ALLEEN_GELD, false, false), Status.AFGESLOTEN, "gestopt",
                new Afsluiting(Uitkomst.GESTOPT, Stopreden.NIET_GEMOTIVEERD, null))).isEmpty();
        assertThat(Traject.bezwaren(alleenGeld(Status.ALLEEN_GELD, true, false), Status.AFGESLOTEN, "verhuisd",
                new Afsluiting(Uitkomst.VERHUISD, null, "Heerlen"))).extracting(Bezwaar::veld)
                .containsExactly("naar");
    }

    @Test
    void elke_overgang_vraagt_een_reden() {
        assertThat(Traject.bezwaren(stand(Status.MELDING), Status.ICP_TOETS, " ", null))
                .containsExactly(new Bezwaar("reden", "verplicht bij elke statuswijziging"));
    }

    @Test
    void stappen_overslaan_of_terug_kan_niet() {
        assertThat(naar(stand(Status.MELDING), Status.INTAKE)).anyMatch(b -> b.veld().equals("naar"));
        assertThat(naar(stand(Status.ZOEKEN), Status.VERHUIZING)).anyMatch(b -> b.veld().equals("naar"));
        assertThat(naar(stand(Status.INTAKE), Status.WACHTLIJST)).anyMatch(b -> b.veld().equals("naar"));
    }

    static boolean eindstatus(Bezwaar b) {
        return b.veld().equals("status") && b.melding().contains("eindstatus");
    }

    @Test
    void eindstatussen_zijn_definitief() {
        assertThat(naar(stand(Status.GEWEIGERD), Status.WACHTLIJST)).anyMatch(TrajectTest::eindstatus);
        assertThat(Traject.bezwaren(stand(Status.AFGESLOTEN), Status.AFGESLOTEN, "nog eens",
                new Afsluiting(Uitkomst.GESTOPT, Stopreden.ANDERS, null))).anyMatch(TrajectTest::eindstatus);
    }

    @Test
    void weigeren_alleen_bij_een_niet_voldaan_uitsluitend_criterium_en_wachtlijst_alleen_als_alles_bekend_is() {
        Traject.Stand geweigerd = new Traject.Stand(Status.ICP_TOETS, Route.REGULIER,
                toets(Criterium.Uitslag.VOLDAAN, Criterium.Uitslag.NIET_VOLDAAN), false, false, false, null, 0, false,
                false, false, 0, 0);
        assertThat(naar(geweigerd, Status.GEWEIGERD)).isEmpty();
        assertThat(naar(geweigerd, Status.WACHTLIJST)).containsExactly(new Bezwaar("toets", "een uitsluitend criterium is niet voldaan"));
        Traject.Stand onbekend = new Traject.Stand(Status.ICP_TOETS, Route.REGULIER,
                toets(Criterium.Uitslag.VOLDAAN, Criterium.Uitslag.ONBEKEND), false, false, false, null, 0, false,
                false, false, 0, 0);
        assertThat(naar(onbekend, Status.WACHTLIJST)).anyMatch(b -> b.veld().equals("toets"));
        assertThat(naar(onbekend, Status.GEWEIGERD)).anyMatch(b -> b.veld().equals("toets"));
        assertThat(naar(stand(Status.ICP_TOETS), Status.GEWEIGERD)).anyMatch(b -> b.veld().equals("toets"));
    }

    @Test
    void intake_vraagt_casemanager_eerste_plaats_en_capaciteit() {
        Traject.Stand s = new Traject.Stand(Status.WACHTLIJST, Route.REGULIER, GOED, false, false, false, null, 0, false, false,
                false, 0, 0);
        assertThat(naar(s, Status.INTAKE)).extracting(Bezwaar::veld)
                .containsExactly("casemanager", "wachtlijst", "capaciteit");
    }

    @Test
    void zoeken_vraagt_variant_volledige_intakechecklist_en_een_zeer_kansrijke_regio() {
        Traject.Stand s = new Traject.Stand(Status.INTAKE, Route.REGULIER, GOED, true, false, true, null, 3, false, false, false, 0,
                0);
        assertThat(naar(s, Status.ZOEKEN)).extracting(Bezwaar::veld)
                .containsExactly("variant", "intakechecklist", "zoekregios");
    }

    /**
     * The CJG rule (issue 20 §1; 002:L7559–L7566): with minor children the CJG gezinscoach's family talk comes before
     * the search — a condition of Intake → Zoeken only (a refused offer returns to searching without it).
     */
    @ParameterizedTest(name = "{0} → {1}, kinderen={2}, gesprek={3}")
    @CsvSource(delimiter = '|', textBlock = """
            INTAKE | ZOEKEN | false | false | 
            INTAKE | ZOEKEN | true  | false | gezinsgesprek
            INTAKE | ZOEKEN | true  | true  | 
            AANBOD | ZOEKEN | true  | false | 
            """)
    void de_cjg_regel_vraagt_het_gezinsgesprek_voor_het_zoeken(Status van, Status naar, boolean kinderen,
            boolean gesprek, String bezwaar) {
        Traject.Stand s = new Traject.Stand(van, Route.REGULIER, GOED, true, false, true, Variant.INTENSIEF, 0, true,
                false, false, 0, 0, kinderen, gesprek, false);
        assertThat(naar(s, naar)).isEqualTo(bezwaar == null ? List.of()
                : List.of(new Bezwaar(bezwaar, Traject.GEZINSGESPREK_NODIG)));
    }

    /**
     * Housing in the client's own network (002:L85–L87) closes the trajectory from Intake, Zoeken or Aanbod, once the
     * intervention is recorded, without an open offer or a destination code.
     */
    @ParameterizedTest(name = "{0}, netwerk={1}, open aanbod={2}, code={3}")
    @CsvSource(delimiter = '|', textBlock = """
            INTAKE     | true  | false |        |
            ZOEKEN     | true  | false |        |
            AANBOD     | true  | false |        |
            ZOEKEN     | false | false |        | netwerk
            AANBOD     | true  | true  |        | aanbod
            ZOEKEN     | true  | false | GM0637 | bestemmingCode
            WACHTLIJST | true  | false |        | uitkomst
            VERHUIZING | true  | false |        | uitkomst
            """)
    void gehuisvest_in_het_eigen_netwerk_sluit_af_vanuit_intake_zoeken_of_aanbod(Status van, boolean netwerk,
            boolean openAanbod, String code, String bezwaar) {
        Traject.Stand s = new Traject.Stand(van, Route.REGULIER, GOED, true, false, true, Variant.INTENSIEF, 0, true,
                openAanbod, false, 0, 0, false, false, netwerk);
        assertThat(Traject.bezwaren(s, Status.AFGESLOTEN, "woont bij zus", new Afsluiting(Uitkomst.GEHUISVEST_NETWERK,
                null, null, code))).extracting(Bezwaar::veld)
                .isEqualTo(bezwaar == null ? List.of() : List.of(bezwaar));
    }

    @Test
    void aanbod_en_verhuizing_vragen_een_aanbod_aanvaarding_en_documenten() {
        Traject.Stand zoeken = new Traject.Stand(Status.ZOEKEN, Route.REGULIER, GOED, true, false, true, Variant.LICHT, 0, true,
                false, false, 0, 0);
        assertThat(naar(zoeken, Status.AANBOD)).containsExactly(new Bezwaar("aanbod", "leg eerst het aanbod vast"));
        Traject.Stand aanbod = new Traject.Stand(Status.AANBOD, Route.REGULIER, GOED, true, false, true, Variant.LICHT, 0, true,
                true, false, 2, 0);
        assertThat(naar(aanbod, Status.VERHUIZING)).extracting(Bezwaar::veld)
                .containsExactly("aanbod", "documenten");
    }

    @Test
    void afsluiten_vraagt_een_uitkomst_volledige_verhuischecklist_en_bestemming() {
        Traject.Stand s = new Traject.Stand(Status.VERHUIZING, Route.REGULIER, GOED, true, false, true, Variant.LICHT, 0, true,
                false, true, 0, 4);
        assertThat(Traject.bezwaren(s, Status.AFGESLOTEN, "klaar", null)).anyMatch(b -> b.veld().equals("uitkomst"));
        assertThat(Traject.bezwaren(s, Status.AFGESLOTEN, "klaar",
                new Afsluiting(Uitkomst.VERHUISD, null, " "))).extracting(Bezwaar::veld)
                .containsExactly("verhuischecklist", "bestemming");
    }

    @Test
    void stoppen_kan_vanuit_elke_actieve_status_maar_alleen_met_een_reden_uit_de_lijst() {
        for (Status s : Status.ACTIEF) {
            assertThat(Traject.bezwaren(stand(s), Status.AFGESLOTEN, "cliënt wil niet meer",
                    new Afsluiting(Uitkomst.GESTOPT, Stopreden.NIET_GEMOTIVEERD, null))).as(s.name()).isEmpty();
            assertThat(Traject.bezwaren(stand(s), Status.AFGESLOTEN, "weg",
                    new Afsluiting(Uitkomst.GESTOPT, null, null))).as(s.name())
                    .containsExactly(new Bezwaar("stopreden", "kies een reden uit de vaste lijst"));
        }
        assertThat(Traject.bezwaren(stand(Status.ZOEKEN), Status.AFGESLOTEN, "verhuisd",
                new Afsluiting(Uitkomst.VERHUISD, null, "Emmen"))).anyMatch(b -> b.veld().equals("naar"));
    }

    @Test
    void de_toets_leidt_ontbrekende_documenten_naar_taken_en_uitzonderingen_naar_de_lichte_variant() {
        Toetsuitslag u = Toetsuitslag.van(CRITERIA, Map.of("MOTIVATIE", Criterium.Uitslag.VOLDAAN,
                "GEEN_DETENTIE", Criterium.Uitslag.VOLDAAN, "DIGID", Criterium.Uitslag.NIET_VOLDAAN,
                "JONGERENREGISSEUR", Criterium.Uitslag.VOLDAAN));
        assertThat(u.besluit()).isEqualTo(Toetsbesluit.WACHTLIJST);
        assertThat(u.basisOpOrde()).extracting(Criterium::code).containsExactly("DIGID");
        assertThat(u.uitzondering()).isTrue();
    }

    @Test
    void de_weigerbrief_noemt_de_redenen_en_verwijst_naar_andere_hulp() {
        Toetsuitslag u = toets(Criterium.Uitslag.NIET_VOLDAAN, Criterium.Uitslag.VOLDAAN);
        String brief = u.weigerbrief("Leger des Heils", 12, 2023);
        assertThat(brief).contains("Beste collega,", "VHB-12", "Leger des Heils", "om de volgende reden:",
                "Niet voldaan: gemotiveerd", "Woonnet Haaglanden", "recht op andere hulp")
                .doesNotContain("re-integratie", "reden(en)");
    }
}
