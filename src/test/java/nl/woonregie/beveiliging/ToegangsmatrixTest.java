package nl.woonregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of Woonregie (read from Spring MVC's handler mappings, so a new one cannot be forgotten) is tried
 * with every kind of account and must let in exactly the accounts the access rules name — for data of 's-Gravenhage
 * (GM0518) in Zuid-Holland (PV28). A leak (2xx or a redirect into the application for a refused account) or a wrong
 * refusal fails the test, and so does an endpoint without an expectation here.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToegangsmatrixTest {

    /** The kinds of account tried on every endpoint. */
    enum Account {
        ANONIEM(null), BEHEERDER("beheerder"), TH_ZH("toezicht-zh"), TH_NH("toezicht-nh"),
        GEM_DENHAAG("gemeente-denhaag"), GEM_ROTTERDAM("gemeente-rotterdam"), COA("coa"),
        VHB_AANMELDER("vhb-aanmelder"), VHB_AANMELDER2("vhb-aanmelder2"), VHB_ICP("vhb-icp"),
        VHB_CM("vhb-casemanager"), VHB_CM2("vhb-casemanager2"), VHB_ADM("vhb-administratief"),
        VHB_CONSULENT("vhb-consulent"), VHB_COORD("vhb-coordinator"), RIJK("rijk"), BELEID_ZH("beleid-zh"),
        PROGRAMMA_DENHAAG("programma-denhaag"), BESTUUR_DENHAAG("bestuur-denhaag"),
        PM_HAARLEM("programma-haarlem"), CONTROLLER_HAARLEM("controller-haarlem"),
        BESTUUR_HAARLEM("bestuur-haarlem"), GEM_ZANDVOORT("gemeente-zandvoort"),
        PL_HAARLEM("projectleider-haarlem"),
        CM_WASSENAAR("casemanager-wassenaar"), CM2_WASSENAAR("casemanager2-wassenaar");

        final String naam;

        Account(String naam) {
            this.naam = naam;
        }
    }

    static final Set<Account> IEDEREEN = EnumSet.allOf(Account.class);
    static final Set<Account> INGELOGD = EnumSet.complementOf(EnumSet.of(Account.ANONIEM));
    static final Set<Account> BEHEER = EnumSet.of(Account.BEHEERDER);
    static final Set<Account> PROVINCIE = EnumSet.of(Account.BEHEERDER, Account.TH_ZH);
    static final Set<Account> TOEZICHTLEZEN = EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.GEM_DENHAAG);
    /** Who writes a letter of the interventieladder's step 4 (ADR 0054): the province's supervisor only. */
    static final Set<Account> TOEZICHTHOUDER_ZH = EnumSet.of(Account.TH_ZH);
    static final Set<Account> CIJFERLEZEN = EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.GEM_DENHAAG,
            Account.COA);
    /** Who reads an agreement between 's-Gravenhage and Rotterdam: the province and both gemeenten. */
    static final Set<Account> TWEE_GEMEENTEN = EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.GEM_DENHAAG,
            Account.GEM_ROTTERDAM);
    static final Set<Account> TOEZICHTHOUDERS = EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.TH_NH);
    static final Set<Account> IMPORTEURS = EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.TH_NH, Account.COA);
    static final Set<Account> COA = EnumSet.of(Account.BEHEERDER, Account.COA);
    static final Set<Account> HUURCONTRACTEN = EnumSet.of(Account.BEHEERDER, Account.GEM_DENHAAG);
    static final Set<Account> AFRONDEN = EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.GEM_DENHAAG);
    /** Who computes a distribution of the taakstelling: every supervisor, the State, the administrator. */
    static final Set<Account> VERDELEN = EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.TH_NH, Account.RIJK);
    /** Who authors Zuid-Holland's beleidskaders: its policy staff (BELEIDSMEDEWERKER) and the administrator. */
    static final Set<Account> BELEID = EnumSet.of(Account.BEHEERDER, Account.BELEID_ZH);
    /**
     * Who computes the support of 's-Gravenhage's doorbraakplan: its programme team and its bestuur (a DIENST of one of
     * its departments too: no such account can be made yet) and the administrator; another municipality's programme
     * team is refused (OndersteuningApiTest).
     */
    static final Set<Account> DOORBRAAKPLAN = EnumSet.of(Account.BEHEERDER, Account.PROGRAMMA_DENHAAG,
            Account.BESTUUR_DENHAAG);
    /** Who keeps 's-Gravenhage's stored support plans, departments and tariffs: its programme team, the administrator. */
    static final Set<Account> STEUNPLAN_WIJZIGEN = EnumSet.of(Account.BEHEERDER, Account.PROGRAMMA_DENHAAG);

    /**
     * Who keeps 's-Gravenhage's lead pipeline (registers and moves leads, records decisions, tasks, tranches, the
     * reasons for dropping): its programme team and the administrator; its bestuur reads (DOORBRAAKPLAN). A
     * PROJECTLEIDER of one lead reads it and records its study (LeadsApiTest: no such demo account).
     */
    static final Set<Account> LEADS = EnumSet.of(Account.BEHEERDER, Account.PROGRAMMA_DENHAAG);

    /**
     * Who reads the demo's programme (Haarlem's brede aanpak): its programme manager and controller, the projectleider
     * of one of its projects (project 10, ADR 0049), Haarlem's bestuur, the partner gemeente Zandvoort, the
     * administrator.
     */
    static final Set<Account> PROGRAMMA_LEZEN = EnumSet.of(Account.BEHEERDER, Account.PM_HAARLEM,
            Account.CONTROLLER_HAARLEM, Account.BESTUUR_HAARLEM, Account.GEM_ZANDVOORT, Account.PL_HAARLEM);
    /**
     * Who changes its plan (themes, goals, projects, indicators, measurements). The projectleider of project 10 brings
     * that project up to date and no other: project 1, tried here, is refused (ProjectleiderApiTest proves its own).
     */
    static final Set<Account> PROGRAMMA_PLAN = EnumSet.of(Account.BEHEERDER, Account.PM_HAARLEM);
    /** Who changes its budget lines. */
    static final Set<Account> PROGRAMMA_BEGROTING = EnumSet.of(Account.BEHEERDER, Account.CONTROLLER_HAARLEM);

    /**
     * Who reads and changes the demo statushouder used here (Wassenaar's caseload, assigned to casemanager-wassenaar):
     * that case manager and the administrator; the other case manager of Wassenaar gets 404 (CaseloadApiTest: the
     * municipality's programme manager too, no such demo account on this branch).
     */
    static final Set<Account> STATUSHOUDER = EnumSet.of(Account.BEHEERDER, Account.CM_WASSENAAR);

    /** Verhuisbox: the team roles (not the aanmelder). */
    static final Set<Account> VHB_TEAM = EnumSet.of(Account.VHB_ICP, Account.VHB_CM, Account.VHB_CM2, Account.VHB_ADM,
            Account.VHB_CONSULENT, Account.VHB_COORD);
    static final Set<Account> VHB_ALLE = EnumSet.of(Account.VHB_AANMELDER, Account.VHB_AANMELDER2, Account.VHB_ICP,
            Account.VHB_CM, Account.VHB_CM2, Account.VHB_ADM, Account.VHB_CONSULENT, Account.VHB_COORD);
    /**
     * Who may read the Verhuisbox case used here: a case in Zoeken made by vhb-aanmelder, assigned to vhb-casemanager
     * and vhb-administratief (not ICP: the case is past screening; not vhb-casemanager2: not assigned).
     */
    static final Set<Account> VHB_LEZERS = EnumSet.of(Account.VHB_CM, Account.VHB_ADM, Account.VHB_CONSULENT,
            Account.VHB_COORD);
    static final Set<Account> VHB_TOEGEWEZEN = EnumSet.of(Account.VHB_CM, Account.VHB_ADM);

    /** Who may pass, per "METHOD pattern". */
    static final Map<String, Set<Account>> REGELS = new LinkedHashMap<>();

    static {
        r(IEDEREEN, "GET /", "GET /inloggen", "GET /simulator", "POST /simulator", "POST /api/v1/toezicht/simulaties",
                "POST /api/v1/aanbod/prognoses");
        // the second step after the password: its pages admit a half sign-in (TweedeStapTest); an account signed in
        // in full goes on to its start (a redirect into the application), anyone else to the login form
        r(INGELOGD, "GET /inloggen/code", "POST /inloggen/code", "GET /inloggen/instellen", "POST /inloggen/instellen");
        // one's own second step and API tokens (an account with a second step uses the API only with a token)
        r(INGELOGD, "GET /account/tweede-stap", "POST /account/tweede-stap", "POST /account/api-tokens");
        r(BEHEER, "POST /account/api-tokens/{id}/intrekken", "POST /api/v1/gebruikers/{gebruikersnaam}/totpherstel",
                "POST /beheer/gebruikers/{gebruikersnaam}/totpherstel");
        // population figures: their provenance for every account, the import of a year by the administrator
        r(INGELOGD, "GET /api/v1/bevolkingscijfers");
        r(BEHEER, "POST /api/v1/bevolkingscijfers/import", "GET /beheer/bevolking", "POST /beheer/bevolking");
        // the distribution of the taakstelling: computed by every supervisor, the State and the administrator; the
        // populations after a herindeling read by the province's supervisor and the State, recorded by the supervisor
        r(VERDELEN, "POST /api/v1/taakstellingen/verdelingen");
        r(EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.RIJK),
                "GET /api/v1/provincies/{code}/herindelingsbevolking");
        r(PROVINCIE, "POST /api/v1/provincies/{code}/herindelingsbevolking");
        r(VERDELEN, "POST /api/v1/taakstellingen/verdelingen/vergelijkingen",
                "GET /api/v1/taakstellingen/vastgelegde-verdelingen",
                "GET /api/v1/taakstellingen/vastgelegde-verdelingen/{id}", "GET /verdeling",
                "GET /verdeling/taakstellingen.xlsx", "GET /verdeling/vergelijking", "GET /verdeling/herindelingen");
        // a TOEZICHTHOUDER stores its own province's gemeenten (the API: the own province by default; the pages
        // send PV28, so the supervisor of Noord-Holland is refused there)
        r(TOEZICHTHOUDERS, "POST /api/v1/taakstellingen/vastgelegde-verdelingen");
        // the national view: the State, every supervisor (the letters quote the national figure), the administrator
        r(VERDELEN, "GET /api/v1/landelijk/overzicht", "GET /api/v1/landelijk/overzicht.xlsx", "GET /landelijk");
        r(PROVINCIE, "POST /verdeling/vastleggen", "POST /verdeling/herindelingen");
        // herverdeling (art. 29 lid 2) and uitruil: recorded by every supervisor (which gemeenten: the service, per
        // request; HerverdelingTest, UitruilTest) and the administrator, read by them and the gemeenten concerned (an
        // unknown id is a 404 for everyone: who reads an existing one is proven by those tests and by the documents'
        // round trip below)
        r(TOEZICHTHOUDERS, "POST /api/v1/taakstellingen/herverdelingen", "GET /api/v1/taakstellingen/herverdelingen",
                "POST /api/v1/uitruilen", "GET /api/v1/uitruilen", "GET /verdeling/afspraken",
                "POST /verdeling/herverdelingen", "POST /verdeling/uitruilen");
        r(TOEZICHTLEZEN, "GET /api/v1/taakstellingen/herverdelingen/{id}", "GET /api/v1/uitruilen/{id}",
                "GET /api/v1/gemeenten/{code}/herverdelingen", "GET /api/v1/gemeenten/{code}/uitruilen",
                "GET /gemeenten/{code}/afspraken");
        // a gemeente's supply and its forecast (issue 16): kept by the gemeente itself (and the administrator), read by
        // the province's supervisor too (an unknown source is a 404 after the access check; AanbodApiTest proves
        // who reads and changes an existing one)
        r(TOEZICHTLEZEN, "GET /api/v1/gemeenten/{code}/aanbodbronnen", "GET /api/v1/gemeenten/{code}/aanbodbronnen/{id}",
                "GET /api/v1/gemeenten/{code}/prognose", "GET /gemeenten/{code}/aanbod", "GET /gemeenten/{code}/aanbod/{id}",
                "GET /api/v1/gemeenten/{code}/aanbodvarianten", "GET /api/v1/gemeenten/{code}/aanbodvarianten/{id}",
                "GET /api/v1/gemeenten/{code}/eigentellingen", "GET /api/v1/gemeenten/{code}/eigentellingen/{id}",
                "GET /api/v1/gemeenten/{code}/huishoudens", "GET /api/v1/gemeenten/{code}/doorstroom",
                "GET /gemeenten/{code}/aanbod/tellingen", "GET /gemeenten/{code}/aanbod/huishoudens",
                "GET /api/v1/gemeenten/{code}/jaaroverzicht", "GET /api/v1/gemeenten/{code}/jaaroverzicht.xlsx",
                "GET /gemeenten/{code}/aanbod/jaaroverzicht", "GET /api/v1/gemeenten/{code}/plan-van-aanpak.pdf",
                "GET /api/v1/gemeenten/{code}/plan-van-aanpak.odt",
                "GET /gemeenten/{code}/aanbod/prognose.xlsx", "GET /api/v1/gemeenten/{code}/jaartabel",
                "GET /api/v1/gemeenten/{code}/aanbodnotities", "GET /api/v1/gemeenten/{code}/aanbodnotities/{id}",
                "GET /gemeenten/{code}/aanbod/notities/{id}");
        // the province's forecast list (the dashboard's column Prognose for every gemeente) as XLSX
        r(PROVINCIE, "GET /provincies/{code}/prognoses.xlsx");
        r(HUURCONTRACTEN, "POST /api/v1/gemeenten/{code}/aanbodbronnen", "PUT /api/v1/gemeenten/{code}/aanbodbronnen/{id}",
                "DELETE /api/v1/gemeenten/{code}/aanbodbronnen/{id}", "GET /gemeenten/{code}/aanbod/nieuw",
                "POST /gemeenten/{code}/aanbod/nieuw", "POST /gemeenten/{code}/aanbod/{id}",
                "POST /gemeenten/{code}/aanbod/{id}/verwijderen", "POST /api/v1/gemeenten/{code}/aanbodvarianten",
                "DELETE /api/v1/gemeenten/{code}/aanbodvarianten/{id}", "POST /gemeenten/{code}/aanbod/varianten",
                "POST /gemeenten/{code}/aanbod/varianten/{id}/verwijderen",
                "POST /api/v1/gemeenten/{code}/eigentellingen", "PUT /api/v1/gemeenten/{code}/eigentellingen/{id}",
                "DELETE /api/v1/gemeenten/{code}/eigentellingen/{id}", "PUT /api/v1/gemeenten/{code}/huishoudens/{periode}",
                "POST /gemeenten/{code}/aanbod/tellingen", "POST /gemeenten/{code}/aanbod/tellingen/{id}/verwijderen",
                "POST /gemeenten/{code}/aanbod/huishoudens", "PUT /api/v1/gemeenten/{code}/jaartabel",
                "POST /api/v1/gemeenten/{code}/jaartabel/import", "POST /gemeenten/{code}/aanbod/jaartabel",
                "POST /gemeenten/{code}/aanbod/jaartabel/import", "POST /api/v1/gemeenten/{code}/aanbodnotities",
                "PUT /api/v1/gemeenten/{code}/aanbodnotities/{id}", "DELETE /api/v1/gemeenten/{code}/aanbodnotities/{id}",
                "POST /gemeenten/{code}/aanbod/notities", "POST /gemeenten/{code}/aanbod/notities/{id}",
                "POST /gemeenten/{code}/aanbod/notities/{id}/verwijderen",
                "POST /api/v1/gemeenten/{code}/huishoudens/{periode}/import",
                "POST /gemeenten/{code}/aanbod/huishoudens/import");
        // the doorbraakplan's support computation (issue 17): nothing stored, the municipality's programme roles
        // programmes: the list answers everyone signed in (with the programmes each may read)
        r(INGELOGD, "GET /api/v1/programmas");
        r(BEHEER, "POST /api/v1/programmas");
        // the pages: the list for everyone signed in, a programme for its readers, the forms for who may save them
        r(INGELOGD, "GET /programmas");
        r(PROGRAMMA_LEZEN, "GET /programmas/{id}");
        r(PROGRAMMA_PLAN, "GET /programmas/{id}/projecten/nieuw", "GET /programmas/{id}/projecten/{nummer}",
                "POST /programmas/{id}/projecten", "GET /programmas/{id}/indicatoren/nieuw",
                "GET /programmas/{id}/indicatoren/{nummer}", "POST /programmas/{id}/indicatoren",
                "GET /programmas/{id}/indicatoren/{nummer}/metingen/nieuw",
                "POST /programmas/{id}/indicatoren/{nummer}/metingen");
        r(PROGRAMMA_BEGROTING, "GET /programmas/{id}/regels/nieuw", "GET /programmas/{id}/regels/{nummer}",
                "POST /programmas/{id}/regels", "GET /programmas/{id}/dekkingsregels/nieuw",
                "GET /programmas/{id}/dekkingsregels/{nummer}", "POST /programmas/{id}/dekkingsregels");
        r(PROGRAMMA_BEGROTING, "GET /programmas/{id}/regels/{nummer}/realisatie",
                "POST /programmas/{id}/regels/{nummer}/realisatie");
        // the controller's split of a multi-year line (line 1, tried here, is none: 404 after the access check;
        // ProgrammaFormulierenBrowserTest splits line 2)
        r(PROGRAMMA_BEGROTING, "GET /programmas/{id}/regels/{nummer}/verdeling",
                "POST /programmas/{id}/regels/{nummer}/verdeling");
        r(PROGRAMMA_LEZEN, "GET /api/v1/programmas/{id}", "GET /api/v1/programmas/{id}/begroting",
                "GET /api/v1/programmas/{id}/begroting.xlsx");
        r(PROGRAMMA_PLAN, "PUT /api/v1/programmas/{id}/themas/{nummer}", "PUT /api/v1/programmas/{id}/doelen/{nummer}",
                "PUT /api/v1/programmas/{id}/projecten/{nummer}", "PUT /api/v1/programmas/{id}/indicatoren/{nummer}",
                "POST /api/v1/programmas/{id}/indicatoren/{nummer}/metingen");
        r(PROGRAMMA_BEGROTING, "PUT /api/v1/programmas/{id}/begrotingsregels/{nummer}",
                "PUT /api/v1/programmas/{id}/dekkingsregels/{nummer}",
                "PUT /api/v1/programmas/{id}/begrotingsregels/{nummer}/realisaties/{jaar}",
                "PUT /api/v1/programmas/{id}/begrotingsregels/{nummer}/verdeling");
        // the progress report: whoever reads the programme; its evaluation moments: the programme manager
        r(PROGRAMMA_LEZEN, "GET /programmas/{id}/voortgang", "GET /programmas/{id}/voortgang.pdf",
                "GET /programmas/{id}/voortgang.xlsx", "GET /api/v1/programmas/{id}/voortgang",
                "GET /api/v1/programmas/{id}/evaluaties");
        r(PROGRAMMA_PLAN, "GET /programmas/{id}/evaluaties/nieuw", "GET /programmas/{id}/evaluaties/{nummer}",
                "POST /programmas/{id}/evaluaties", "PUT /api/v1/programmas/{id}/evaluaties/{nummer}");
        // the import of a plan from a workbook: a new programme by the administrator, a plan replaced by its manager
        r(BEHEER, "POST /api/v1/programmas/import", "GET /programmas/import", "POST /programmas/import");
        // making a programme in a form (BEHEERDER, as POST /programmas) and changing its own facts (its programme
        // manager and BEHEERDER; the partner gemeenten only BEHEERDER: ProgrammaGegevensTest)
        r(BEHEER, "GET /programmas/nieuw", "POST /programmas/nieuw");
        r(PROGRAMMA_PLAN, "GET /programmas/{id}/gegevens", "POST /programmas/{id}/gegevens",
                "PUT /api/v1/programmas/{id}/gegevens");
        r(PROGRAMMA_PLAN, "POST /api/v1/programmas/{id}/import", "GET /programmas/{id}/import",
                "POST /programmas/{id}/import", "GET /api/v1/programmas/importsjabloon.xlsx");
        r(PROGRAMMA_LEZEN, "GET /api/v1/programmas/{id}/plan.xlsx");
        r(PROGRAMMA_PLAN, "GET /programmas/{id}/themas/nieuw", "GET /programmas/{id}/themas/{nummer}",
                "POST /programmas/{id}/themas", "GET /programmas/{id}/doelen/nieuw",
                "GET /programmas/{id}/doelen/{nummer}", "POST /programmas/{id}/doelen");
        // the integration caseload of 's-Gravenhage: no programme of its own and no integration case manager in the
        // demo, so only the administrator (CaseloadApiTest proves the case managers and the programme manager of a
        // municipality, and that nobody else passes)
        r(BEHEER, "GET /api/v1/gemeenten/{gemeente}/statushouders", "POST /api/v1/gemeenten/{gemeente}/statushouders",
                "GET /api/v1/gemeenten/{gemeente}/participatieverklaringen-te-laat",
                "GET /api/v1/gemeenten/{gemeente}/caseload", "GET /api/v1/gemeenten/{gemeente}/caseload.xlsx",
                "GET /api/v1/gemeenten/{gemeente}/caseload/taakstelling",
                "POST /api/v1/gemeenten/{gemeente}/caseload/jaarcijfers");
        r(STATUSHOUDER, "GET /api/v1/statushouders/{id}", "PUT /api/v1/statushouders/{id}");
        r(BEHEER, "GET /api/v1/statushouders/{id}/verwerkingen");
        r(BEHEER, "GET /gemeenten/{gemeente}/caseload", "GET /gemeenten/{gemeente}/caseload/nieuw",
                "POST /gemeenten/{gemeente}/caseload", "GET /gemeenten/{gemeente}/caseload/overzicht",
                "GET /gemeenten/{gemeente}/caseload/jaarcijfers/nieuw",
                "POST /gemeenten/{gemeente}/caseload/jaarcijfers");
        r(STATUSHOUDER, "GET /caseload/statushouders/{id}", "POST /caseload/statushouders/{id}");
        r(DOORBRAAKPLAN, "POST /api/v1/ondersteuning/berekeningen", "GET /gemeenten/{code}/doorbraakplan",
                "GET /gemeenten/{code}/ondersteuning",
                "POST /gemeenten/{code}/ondersteuning", "POST /gemeenten/{code}/ondersteuning/berekening.xlsx");
        // the doorbraakplan's lead pipeline (issue 17 §1, §3): read by the programme roles, kept by the programme team
        // (the lead, task tried here do not exist: 404 after the access check; LeadsApiTest proves an existing one)
        r(DOORBRAAKPLAN, "GET /api/v1/gemeenten/{code}/leads", "GET /api/v1/gemeenten/{code}/leads/{id}",
                "GET /api/v1/gemeenten/{code}/informeertaken", "GET /api/v1/gemeenten/{code}/afvalredenen",
                "GET /api/v1/gemeenten/{code}/tranches", "GET /api/v1/gemeenten/{code}/leadtrechter",
                "GET /api/v1/gemeenten/{code}/leads.xlsx", "GET /gemeenten/{code}/doorbraakplan/leads",
                "GET /gemeenten/{code}/doorbraakplan/leads/{id}", "GET /doorbraakplan/leads/{id}",
                "GET /gemeenten/{code}/doorbraakplan/taken", "GET /gemeenten/{code}/doorbraakplan/trechter");
        // the view of one location (issue 17 §5; read-only): the programme roles here; the lead's PROJECTLEIDER reads
        // its own and is refused another's, the plans, the supply and the register (LocatieApiTest: no such demo
        // account yet, its lead comes with the doorbraakplan demo)
        r(DOORBRAAKPLAN, "GET /api/v1/gemeenten/{code}/leads/{id}/locatie",
                "GET /gemeenten/{code}/doorbraakplan/leads/{id}/locatie", "GET /doorbraakplan/leads/{id}/locatie");
        r(LEADS, "POST /api/v1/gemeenten/{code}/leads", "POST /api/v1/gemeenten/{code}/leads/{id}/stappen",
                "PUT /api/v1/gemeenten/{code}/leads/{id}/analyse/{aspect}",
                "PUT /api/v1/gemeenten/{code}/leads/{id}/haalbaarheidsonderzoek",
                "GET /api/v1/gemeenten/{code}/leads/{id}/verwerkingen",
                "POST /api/v1/gemeenten/{code}/informeertaken/{id}/afhandeling",
                "POST /api/v1/gemeenten/{code}/afvalredenen", "POST /api/v1/gemeenten/{code}/tranches",
                "GET /gemeenten/{code}/doorbraakplan/leads/nieuw", "POST /gemeenten/{code}/doorbraakplan/leads/nieuw",
                "POST /gemeenten/{code}/doorbraakplan/leads/{id}/stap",
                "POST /gemeenten/{code}/doorbraakplan/leads/{id}/analyse",
                "POST /gemeenten/{code}/doorbraakplan/leads/{id}/onderzoek",
                "POST /gemeenten/{code}/doorbraakplan/taken/{id}", "POST /gemeenten/{code}/doorbraakplan/tranches");
        // the communication and participation plan (issue 17 §6): read by the programme roles, kept by the programme
        // team (the tranche, action, meeting tried here do not exist: 404 after the access check; CommunicatieApiTest
        // proves existing ones and the projectleider, who reads what concerns its lead)
        r(DOORBRAAKPLAN, "GET /api/v1/gemeenten/{code}/tranches/{tranche}/communicatieplan",
                "GET /api/v1/gemeenten/{code}/tranches/{tranche}/communicatieplan.xlsx",
                "GET /api/v1/gemeenten/{code}/leads/{id}/communicatie",
                "GET /api/v1/gemeenten/{code}/communicatieacties/{actie}",
                "GET /api/v1/gemeenten/{code}/bijeenkomsten/{bijeenkomst}", "GET /api/v1/gemeenten/{code}/doelgroepen",
                "GET /gemeenten/{code}/doorbraakplan/tranches/{tranche}/communicatie",
                "GET /gemeenten/{code}/doorbraakplan/leads/{id}/communicatie",
                "GET /gemeenten/{code}/doorbraakplan/communicatieacties/{actie}",
                "GET /gemeenten/{code}/doorbraakplan/bijeenkomsten/{bijeenkomst}",
                "GET /gemeenten/{code}/doorbraakplan/doelgroepen");
        r(LEADS, "POST /api/v1/gemeenten/{code}/communicatieacties",
                "PUT /api/v1/gemeenten/{code}/communicatieacties/{actie}", "POST /api/v1/gemeenten/{code}/bijeenkomsten",
                "PUT /api/v1/gemeenten/{code}/bijeenkomsten/{bijeenkomst}", "POST /api/v1/gemeenten/{code}/doelgroepen",
                "POST /gemeenten/{code}/doorbraakplan/communicatieacties",
                "POST /gemeenten/{code}/doorbraakplan/communicatieacties/{actie}",
                "POST /gemeenten/{code}/doorbraakplan/bijeenkomsten",
                "POST /gemeenten/{code}/doorbraakplan/bijeenkomsten/{bijeenkomst}",
                "POST /gemeenten/{code}/doorbraakplan/doelgroepen");
        // stored support plans (issue 17 §4): read by the municipality's programme roles, kept by its programme team
        // (a DIENST keeps its own department's lines: SteunplanApiTest, not among the accounts tried here), the register
        // of departments and the tariff table kept by the programme team; the province has no access
        r(DOORBRAAKPLAN, "GET /api/v1/gemeenten/{code}/afdelingen", "GET /api/v1/gemeenten/{code}/steuntarieven",
                "GET /api/v1/gemeenten/{code}/steunplannen", "GET /api/v1/gemeenten/{code}/steunplannen/{plan}",
                "GET /gemeenten/{code}/steunplannen", "GET /gemeenten/{code}/steunplannen.xlsx",
                "GET /gemeenten/{code}/steunplannen/afdelingen/{afdeling}.pdf", "GET /gemeenten/{code}/steunplannen/{plan}",
                "GET /gemeenten/{code}/afdelingen", "GET /gemeenten/{code}/steuntarieven");
        r(STEUNPLAN_WIJZIGEN, "PUT /api/v1/gemeenten/{code}/afdelingen/{afdeling}",
                "PUT /api/v1/gemeenten/{code}/steuntarieven", "PUT /api/v1/gemeenten/{code}/steunplannen/{plan}",
                "POST /gemeenten/{code}/steunplannen/{plan}", "POST /gemeenten/{code}/afdelingen",
                "POST /gemeenten/{code}/steuntarieven");
        // the uitgangspunten check and a tranche's planning (issue 17 §2, §7): read by the municipality's programme roles,
        // kept by its programme team (a lead's PROJECTLEIDER reads its lead's scores: ToetsApiTest; the lead, tranche and
        // milestone tried here do not exist: 404 after the access check)
        r(DOORBRAAKPLAN, "GET /api/v1/gemeenten/{code}/uitgangspunten",
                "GET /api/v1/gemeenten/{code}/leads/{id}/uitgangspunten",
                "GET /api/v1/gemeenten/{code}/uitgangspuntentoets",
                "GET /api/v1/gemeenten/{code}/tranches/{tranche}/mijlpalen",
                "GET /gemeenten/{code}/doorbraakplan/uitgangspunten", "GET /gemeenten/{code}/doorbraakplan/toets",
                "GET /gemeenten/{code}/doorbraakplan/toets.xlsx",
                "GET /gemeenten/{code}/doorbraakplan/tranches/{tranche}/planning",
                "GET /gemeenten/{code}/doorbraakplan/tranches/{tranche}/planning.xlsx");
        r(LEADS, "PUT /api/v1/gemeenten/{code}/uitgangspunten",
                "PUT /api/v1/gemeenten/{code}/leads/{id}/uitgangspunten",
                "POST /api/v1/gemeenten/{code}/tranches/{tranche}/mijlpalen",
                "PUT /api/v1/gemeenten/{code}/tranches/{tranche}/mijlpalen/{id}",
                "POST /gemeenten/{code}/doorbraakplan/uitgangspunten",
                "POST /gemeenten/{code}/doorbraakplan/leads/{id}/uitgangspunten",
                "POST /gemeenten/{code}/doorbraakplan/tranches/{tranche}/planning",
                "POST /gemeenten/{code}/doorbraakplan/tranches/{tranche}/planning/sjabloon",
                "GET /gemeenten/{code}/doorbraakplan/tranches/{tranche}/planning/{id}",
                "POST /gemeenten/{code}/doorbraakplan/tranches/{tranche}/planning/{id}");
        r(INGELOGD, "GET /start", "GET /account", "POST /account/wachtwoord", "GET /api/v1/provincies",
                "GET /api/v1/provincies/{code}", "GET /api/v1/gemeenten", "GET /api/v1/gemeenten/{code}",
                "GET /api/v1/regios", "GET /api/v1/regios/{code}");
        r(BEHEER, "GET /api/v1/gebruikers", "POST /api/v1/gebruikers", "DELETE /api/v1/api-tokens/{id}",
                "GET /api/v1/audit", "GET /beheer/gebruikers", "POST /beheer/gebruikers", "POST /beheer/api-tokens",
                "POST /beheer/api-tokens/{id}/intrekken", "POST /api/v1/beoordelingsrondes/{id}/heropenen",
                "POST /api/v1/gebruikers/{gebruikersnaam}/wachtwoordherstel",
                "POST /beheer/gebruikers/{gebruikersnaam}/wachtwoordherstel");
        // background jobs and the outbox: the administrator's pages and API (the job tried here is the outbox's
        // recurring sender, the message one of the matrix's own)
        r(BEHEER, "GET /beheer/achtergrondtaken", "POST /beheer/achtergrondtaken/{id}/opnieuw",
                "GET /api/v1/achtergrondtaken", "GET /api/v1/achtergrondtaken/{id}",
                "POST /api/v1/achtergrondtaken/{id}/opnieuw", "GET /beheer/post", "GET /beheer/post/{id}",
                "POST /beheer/post/test", "POST /beheer/post/{id}/opnieuw", "GET /api/v1/post",
                "GET /api/v1/post/{id}", "POST /api/v1/post/{id}/opnieuw", "POST /api/v1/post/testbericht");
        // an account's assignments and whether it is active (the account tried here is one of this test's own)
        r(BEHEER, "GET /api/v1/gebruikers/{gebruikersnaam}", "PUT /api/v1/gebruikers/{gebruikersnaam}",
                "GET /beheer/gebruikers/{gebruikersnaam}", "POST /beheer/gebruikers/{gebruikersnaam}/toewijzingen",
                "POST /beheer/gebruikers/{gebruikersnaam}/toewijzingen/intrekken",
                "POST /beheer/gebruikers/{gebruikersnaam}/deactiveren",
                "POST /beheer/gebruikers/{gebruikersnaam}/activeren");
        // API tokens: everyone makes and lists their own (the token revoked here is the administrator's)
        r(INGELOGD, "GET /api/v1/api-tokens", "POST /api/v1/api-tokens");
        // account requests of the Verhuisbox team: read by administrators and the team's coordinator, decided by the
        // coordinator only (the administrator asked for the one tried here)
        r(EnumSet.of(Account.BEHEERDER, Account.VHB_COORD), "GET /api/v1/accountverzoeken",
                "GET /api/v1/accountverzoeken/{id}", "GET /accountverzoeken", "GET /accountverzoeken/{id}");
        r(EnumSet.of(Account.VHB_COORD), "POST /api/v1/accountverzoeken/{id}/goedkeuring",
                "POST /api/v1/accountverzoeken/{id}/weigering", "POST /accountverzoeken/{id}/goedkeuren",
                "POST /accountverzoeken/{id}/weigeren");
        // choosing a password with a one-time link: the link is the credential (an unknown one is 404 for everyone)
        r(IEDEREEN, "GET /wachtwoord/{token}", "POST /wachtwoord/{token}", "POST /api/v1/wachtwoordlinks/{token}");
        // the secure download link of a sent letter (ADR 0055): the link is the credential, so it answers without an
        // account — the token tried here is unknown (404 for everyone); een_downloadlink_opent_zonder_account_alleen_
        // met_een_geldig_token proves a valid one opens without an account and an expired or forged one does not
        r(IEDEREEN, "GET /downloads/{token}", "GET /downloads/{token}/brief.pdf");
        // how the province's decisions go out by e-mail (ADR 0055): its supervisor and the administrator
        r(PROVINCIE, "GET /api/v1/provincies/{code}/verzendinstelling", "PUT /api/v1/provincies/{code}/verzendinstelling",
                "GET /provincies/{code}/verzendinstelling", "POST /provincies/{code}/verzendinstelling");
        // the province's reminders to its municipalities (issue 19 §7, ADR 0059): its supervisor and the administrator
        r(PROVINCIE, "GET /api/v1/provincies/{code}/herinneringen", "PUT /api/v1/provincies/{code}/herinneringsinstelling",
                "GET /provincies/{code}/herinneringen", "POST /provincies/{code}/herinneringen/instelling",
                "POST /provincies/{code}/herinneringen/versturen", "POST /provincies/{code}/maandoverzicht/versturen");
        r(PROVINCIE, "GET /api/v1/provincies/{code}/beoordelingsrondes",
                "POST /api/v1/provincies/{code}/beoordelingsrondes", "GET /api/v1/provincies/{code}/overzicht",
                "GET /api/v1/provincies/{code}/overzicht.csv", "GET /api/v1/provincies/{code}/overzicht.xlsx",
                "GET /api/v1/provincies/{code}/acties/verlopen", "GET /provincies/{code}",
                "GET /api/v1/beoordelingsrondes/{id}/controle",
                "POST /api/v1/beoordelingsrondes/{id}/gemeenten/{gemeente}/beslissingen",
                "POST /api/v1/beoordelingsrondes/{id}/herberekenen", "POST /api/v1/beoordelingsrondes/{id}/vaststellen",
                "POST /api/v1/beoordelingsrondes/{id}/gemeenten/{gemeente}/delen",
                "POST /rondes/{id}/gemeenten/{gemeente}/delen",
                "GET /rondes/{id}", "GET /rondes/{id}/gemeenten/{gemeente}", "POST /rondes",
                "POST /rondes/{id}/gemeenten/{gemeente}/beslissing", "POST /rondes/{id}/herberekenen",
                "GET /rondes/{id}/vaststellen", "POST /rondes/{id}/vaststellen", "POST /rondes/{id}/brieven",
                "POST /api/v1/gemeenten/{code}/toezichtgesprekken", "PUT /api/v1/toezichtgesprekken/{id}",
                "POST /api/v1/gemeenten/{code}/plannen-van-aanpak", "POST /api/v1/plannen-van-aanpak/{id}/acties",
                "POST /api/v1/plannen-van-aanpak/{id}/bekrachtigen");
        r(TOEZICHTHOUDERS, "GET /provincies", "GET /rondes");
        // the contacts register (issue 19 §1): a municipality's contacts are read and added by its province and by
        // itself; the contact tried here is kept by the province, so only its supervisor changes it (the
        // municipality's own entries: ContactenApiTest); a province's register of COA regions and corporations
        r(TOEZICHTLEZEN, "GET /api/v1/gemeenten/{code}/contacten", "POST /api/v1/gemeenten/{code}/contacten",
                "GET /gemeenten/{code}/contacten", "POST /gemeenten/{code}/contacten", "GET /api/v1/contacten/{id}",
                "GET /contacten/{id}");
        r(PROVINCIE, "PUT /api/v1/contacten/{id}", "POST /contacten/{id}", "GET /api/v1/provincies/{code}/contacten",
                "POST /api/v1/provincies/{code}/contacten", "GET /provincies/{code}/contacten",
                "POST /provincies/{code}/contacten");
        // a province's beleidskaders, authored in the product: its BELEIDSMEDEWERKER and the administrator (not its
        // supervisor, who judges with the published ones)
        r(BELEID, "GET /api/v1/provincies/{code}/beleidskaders", "POST /api/v1/provincies/{code}/beleidskaders",
                "GET /api/v1/provincies/{code}/beleidskaders/{id}",
                "POST /api/v1/provincies/{code}/beleidskaders/{id}/testuitvoeringen",
                "POST /api/v1/provincies/{code}/beleidskaders/{id}/publiceren",
                "POST /api/v1/provincies/{code}/beleidskaders/{id}/intrekken",
                "GET /api/v1/provincies/{code}/beleidskaders/vergelijking", "GET /provincies/{code}/beleidskaders",
                "POST /provincies/{code}/beleidskaders", "GET /provincies/{code}/beleidskaders/{id}",
                "GET /provincies/{code}/beleidskaders/{id}/testuitslag",
                "POST /provincies/{code}/beleidskaders/{id}/publiceren",
                "POST /provincies/{code}/beleidskaders/{id}/intrekken",
                "GET /provincies/{code}/beleidskaders/vergelijking");
        // toezichtbrieven: the round tried here is the demo's CONCEPT round, whose letters are previews for the
        // province only; a GEMEENTE's own letter of a vastgestelde round is tested in BrievenTest
        r(PROVINCIE, "GET /api/v1/beoordelingsrondes/{id}/brieven/{gemeente}/brief.pdf",
                "GET /api/v1/beoordelingsrondes/{id}/brieven/{gemeente}/brief.html",
                // the earlier addresses of the same letters, kept as aliases (docs/api.md)
                "GET /api/v1/beoordelingsrondes/{id}/brieven/{gemeente}.pdf",
                "GET /api/v1/beoordelingsrondes/{id}/brieven/{gemeente}.html",
                "POST /api/v1/beoordelingsrondes/{id}/brieven/zip", "GET /api/v1/beoordelingsrondes/{id}/brieven/zip",
                "GET /api/v1/beoordelingsrondes/{id}/brieven/status", "POST /api/v1/beoordelingsrondes/{id}/brieven");
        // sending the letters (issue 19 §2): the province's supervisor and the administrator (the CONCEPT round tried
        // here answers 409 to the sending; BriefVerzendingTest sends a vastgestelde round and tries the municipality)
        r(PROVINCIE, "POST /api/v1/beoordelingsrondes/{id}/verzenden", "GET /api/v1/beoordelingsrondes/{id}/verzendingen",
                "GET /rondes/{id}/verzending", "POST /rondes/{id}/verzenden");
        // withdrawing a sending's download link: the province's supervisor and the administrator (DownloadlinkTest
        // withdraws one, refused to another province's supervisor and to the municipality)
        r(PROVINCIE, "POST /api/v1/brief-verzendingen/{id}/downloadlink-intrekking",
                "POST /brief-verzendingen/{id}/downloadlink-intrekken");
        // the letter's content set during the review (ADR 0050): the province's supervisor and the administrator
        r(PROVINCIE, "GET /api/v1/beoordelingsrondes/{id}/briefinhoud", "PUT /api/v1/beoordelingsrondes/{id}/briefinhoud",
                "GET /api/v1/beoordelingsrondes/{id}/briefinhoud/{gemeente}",
                "PUT /api/v1/beoordelingsrondes/{id}/briefinhoud/{gemeente}", "GET /rondes/{id}/briefinhoud",
                "POST /rondes/{id}/briefinhoud", "GET /rondes/{id}/briefinhoud/{gemeente}",
                "POST /rondes/{id}/briefinhoud/{gemeente}");
        // step 5, the besluit tot indeplaatsstelling (issue 19 §3): the province's supervisor and the administrator
        // draft, decide, send and read the worklist; the besluit tried here is a draft, which the municipality does
        // not see (404); it reads the list of its own (decided) besluiten (BesluitTotIndeplaatsstellingTest reads a
        // decided one as the municipality)
        r(TOEZICHTLEZEN, "GET /api/v1/gemeenten/{code}/indeplaatsstellingen", "GET /gemeenten/{code}/indeplaatsstellingen");
        r(PROVINCIE, "POST /api/v1/gemeenten/{code}/indeplaatsstellingen", "GET /api/v1/indeplaatsstellingen/{id}",
                "GET /api/v1/indeplaatsstellingen/{id}/besluit.pdf", "POST /api/v1/indeplaatsstellingen/{id}/besluit",
                "POST /api/v1/indeplaatsstellingen/{id}/verzenden",
                "GET /api/v1/provincies/{code}/begunstigingstermijnen/bevindingen",
                "POST /gemeenten/{code}/indeplaatsstellingen", "GET /indeplaatsstellingen/{id}",
                "POST /indeplaatsstellingen/{id}/besluit", "POST /indeplaatsstellingen/{id}/verzenden",
                "GET /provincies/{code}/begunstigingstermijnen");
        // step 4, the vooraankondiging (issue 19 §3, ADR 0054): the province's supervisor writes, the administrator
        // reads; the municipality lists its own (a sent one only: the matrix's draft is 404 to it)
        r(TOEZICHTLEZEN, "GET /api/v1/gemeenten/{code}/vooraankondigingen", "GET /gemeenten/{code}/vooraankondigingen");
        r(PROVINCIE, "GET /api/v1/vooraankondigingen/{id}", "GET /api/v1/vooraankondigingen/{id}/brief.pdf",
                "GET /api/v1/provincies/{code}/vooraankondigingen/ongepubliceerd", "GET /vooraankondigingen/{id}",
                "GET /provincies/{code}/vooraankondigingen");
        r(TOEZICHTHOUDER_ZH, "POST /api/v1/gemeenten/{code}/vooraankondigingen",
                "POST /api/v1/vooraankondigingen/{id}/besluit", "POST /api/v1/vooraankondigingen/{id}/verzenden",
                "POST /api/v1/vooraankondigingen/{id}/publicatie", "POST /gemeenten/{code}/vooraankondigingen",
                "POST /vooraankondigingen/{id}/besluit", "POST /vooraankondigingen/{id}/verzenden",
                "POST /vooraankondigingen/{id}/publicatie");
        // step 6, the verslag of the indeplaatsstelling (ADR 0054): as step 4; the verslag tried here is a draft
        r(TOEZICHTLEZEN, "GET /api/v1/gemeenten/{code}/indeplaatsstellingsverslagen",
                "GET /gemeenten/{code}/indeplaatsstellingsverslagen");
        r(PROVINCIE, "GET /api/v1/indeplaatsstellingsverslagen/{id}",
                "GET /api/v1/indeplaatsstellingsverslagen/{id}/verslag.pdf",
                "GET /api/v1/provincies/{code}/terugvorderingen/onbetaald", "GET /indeplaatsstellingsverslagen/{id}",
                "GET /provincies/{code}/terugvorderingen");
        r(TOEZICHTHOUDER_ZH, "POST /api/v1/gemeenten/{code}/indeplaatsstellingsverslagen",
                "POST /api/v1/indeplaatsstellingsverslagen/{id}/besluit",
                "POST /api/v1/indeplaatsstellingsverslagen/{id}/verzenden",
                "POST /api/v1/indeplaatsstellingsverslagen/{id}/terugvordering",
                "POST /gemeenten/{code}/indeplaatsstellingsverslagen", "POST /indeplaatsstellingsverslagen/{id}/besluit",
                "POST /indeplaatsstellingsverslagen/{id}/verzenden",
                "POST /indeplaatsstellingsverslagen/{id}/terugvordering");
        // the round tried here is a CONCEPT round: a municipality reads its own entry only once the round is vastgesteld
        // or the province shared the draft with it (ConceptOordelenTest tries both, and every other path)
        r(PROVINCIE, "GET /api/v1/beoordelingsrondes/{id}");
        r(TOEZICHTLEZEN, "GET /api/v1/gemeenten/{code}/toezicht", "GET /api/v1/gemeenten/{code}/toezicht.xlsx",
                "GET /api/v1/gemeenten/{code}/toezichtgesprekken", "GET /api/v1/gemeenten/{code}/plannen-van-aanpak",
                "GET /api/v1/gemeenten/{code}/acties", "GET /gemeenten/{code}", "GET /api/v1/toezichtgesprekken/{id}",
                "GET /api/v1/toezichtgesprekken/{id}/versies", "GET /api/v1/plannen-van-aanpak/{id}",
                "GET /api/v1/acties/{id}");
        r(AFRONDEN, "POST /api/v1/acties/{id}/afronden");
        r(CIJFERLEZEN, "GET /api/v1/gemeenten/{code}/cijfers", "GET /api/v1/gemeenten/{code}/cijfers.csv",
                "GET /api/v1/gemeenten/{code}/cijfers.xlsx", "GET /api/v1/gemeenten/{code}/huurcontracten",
                "GET /api/v1/gemeenten/{code}/huurcontracttermijn",
                "GET /gemeenten/{code}/huurcontracten");
        r(HUURCONTRACTEN, "POST /api/v1/gemeenten/{code}/huurcontracten", "POST /gemeenten/{code}/huurcontracten");
        // what the municipality hands in itself (plan van aanpak, answers to the survey): itself and BEHEERDER hand
        // in and change; whoever reads its supervision reads
        r(HUURCONTRACTEN, "POST /api/v1/gemeenten/{code}/inzendingen", "POST /gemeenten/{code}/inzendingen",
                "PUT /api/v1/inzendingen/{id}", "POST /inzendingen/{id}");
        r(TOEZICHTLEZEN, "GET /api/v1/gemeenten/{code}/inzendingen", "GET /gemeenten/{code}/inzendingen",
                "GET /api/v1/inzendingen/{id}", "GET /inzendingen/{id}");
        r(COA, "POST /api/v1/gemeenten/{code}/coa-definitief");
        // COA's standings: COA and BEHEERDER nationwide, a supervisor for its own province's municipalities (another
        // province's rows are field errors, as in the other imports); the column couplings of foreign files: whoever
        // imports figures (a supervisor keeps its own province's, COA and BEHEERDER the national ones)
        r(IMPORTEURS, "POST /api/v1/coa-standen/import", "GET /api/v1/kolomindelingen", "POST /api/v1/kolomindelingen",
                "GET /api/v1/kolomindelingen/{id}", "PUT /api/v1/kolomindelingen/{id}", "GET /cijfers/kolomindelingen",
                "GET /cijfers/kolomindelingen/nieuw", "POST /cijfers/kolomindelingen/nieuw",
                "GET /cijfers/kolomindelingen/{id}", "POST /cijfers/kolomindelingen/{id}");
        // the follow-up pages (issue 19 §4): whoever reads the municipality's supervision reads them, the province
        // records plans, ratifications, actions and talks; an action is marked done also by the municipality itself
        r(TOEZICHTLEZEN, "GET /gemeenten/{code}/plannen-van-aanpak", "GET /gemeenten/{code}/toezichtgesprekken",
                "POST /acties/{id}/afronden");
        // the course of a toezichtgesprek (issue 19 §4, ADR 0058): the province plans it and sends the invitation,
        // the concept-verslag and the vastgestelde verslag; the municipality itself reads the sending and comments on
        // the concept (the supervisor may record a comment on its behalf)
        r(PROVINCIE, "POST /api/v1/gemeenten/{code}/geplande-toezichtgesprekken",
                "POST /api/v1/toezichtgesprekken/{id}/uitnodiging", "POST /api/v1/toezichtgesprekken/{id}/conceptverslag",
                "POST /api/v1/toezichtgesprekken/{id}/verslag-vaststellen");
        r(TOEZICHTLEZEN, "GET /api/v1/toezichtgesprekken/{id}/verzendingen",
                "POST /api/v1/toezichtgesprekken/{id}/reacties");
        // the same on pages: the talk's own page with its steps and the sending per addressee (brieven), planning from
        // the municipality's list of talks (toezicht)
        r(PROVINCIE, "POST /gemeenten/{code}/geplande-toezichtgesprekken", "POST /toezichtgesprekken/{id}/uitnodiging",
                "POST /toezichtgesprekken/{id}/conceptverslag", "POST /toezichtgesprekken/{id}/verslag-vaststellen",
                "POST /toezichtgesprekken/{id}/correctie");
        r(TOEZICHTLEZEN, "GET /toezichtgesprekken/{id}", "POST /toezichtgesprekken/{id}/reacties");
        r(PROVINCIE, "POST /gemeenten/{code}/plannen-van-aanpak", "POST /plannen-van-aanpak/{id}/bekrachtigen",
                "POST /plannen-van-aanpak/{id}/acties", "POST /gemeenten/{code}/toezichtgesprekken",
                "GET /provincies/{code}/acties");
        // COA's monthly overview of a province: its supervisors, BEHEERDER and COA (whose figures it shows)
        r(EnumSet.of(Account.BEHEERDER, Account.TH_ZH, Account.COA), "GET /provincies/{code}/maandoverzicht",
                "GET /provincies/{code}/maandoverzicht.xlsx");
        r(TOEZICHTHOUDERS, "POST /api/v1/taakstellingen/import", "POST /api/v1/beginstanden/import");
        // the extra ambition: set by a province's supervisor (another province's municipalities are a field error,
        // as in the imports) and the administrator; read per province by its supervisor
        r(TOEZICHTHOUDERS, "POST /api/v1/ambities/berekeningen", "POST /api/v1/ambities/import", "GET /cijfers/ambitie",
                "POST /cijfers/ambitie");
        r(PROVINCIE, "GET /api/v1/provincies/{code}/ambities");
        String v = "/api/v1/verhuisbox";
        r(EnumSet.of(Account.VHB_AANMELDER, Account.VHB_ICP, Account.VHB_AANMELDER2), "POST " + v + "/meldingen",
                "POST /verhuisbox/meldingen");
        r(EnumSet.of(Account.VHB_AANMELDER, Account.VHB_AANMELDER2), "GET " + v + "/meldingen",
                "GET /verhuisbox/meldingen");
        r(EnumSet.of(Account.VHB_AANMELDER, Account.VHB_CM, Account.VHB_ADM, Account.VHB_CONSULENT, Account.VHB_COORD),
                "GET " + v + "/meldingen/{id}");
        r(VHB_TEAM, "GET " + v + "/casussen", "GET " + v + "/werklijst", "GET " + v + "/websites", "GET /verhuisbox",
                "GET /verhuisbox/casussen");
        r(VHB_LEZERS, "GET " + v + "/casussen/{id}", "GET " + v + "/casussen/{id}/tijdlijn",
                "GET " + v + "/casussen/{id}/checklist", "GET " + v + "/casussen/{id}/inschrijvingen",
                "GET " + v + "/casussen/{id}/reacties", "GET " + v + "/casussen/{id}/aanbiedingen",
                "GET /verhuisbox/casussen/{id}");
        r(VHB_ALLE, "GET " + v + "/criteria/{jaar}");
        r(EnumSet.of(Account.VHB_COORD), "PUT " + v + "/criteria/{jaar}", "PUT " + v + "/capaciteit",
                "PUT " + v + "/wachtlijst/volgorde", "PUT " + v + "/casussen/{id}/toewijzing",
                "POST /verhuisbox/casussen/{id}/toewijzen", "POST /verhuisbox/casussen/{id}/behandelen",
                "POST /verhuisbox/casussen/{id}/toelaten");
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_ICP), "GET " + v + "/wachtlijst");
        r(EnumSet.of(Account.VHB_COORD), "POST " + v + "/anonimiseren", "GET " + v + "/casussen/{id}/avg-export",
                "POST " + v + "/historie/import", "GET /verhuisbox/historie", "POST /verhuisbox/historie",
                "POST " + v + "/websites", "PUT " + v + "/websites/{id}");
        // the register of referring organisations (issue 20 §2): the coordinator keeps it; the ICP reads it to refer
        // on behalf of an organisation
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_ICP), "GET " + v + "/verwijzers", "GET " + v + "/verwijzers/{id}");
        r(EnumSet.of(Account.VHB_COORD), "POST " + v + "/verwijzers", "PUT " + v + "/verwijzers/{id}",
                "PUT " + v + "/verwijzers/{id}/aanmelders/{gebruikersnaam}",
                "DELETE " + v + "/verwijzers/{id}/aanmelders/{gebruikersnaam}", "GET " + v + "/verwijzers/ongekoppeld",
                "POST " + v + "/verwijzers/{id}/koppelingen", "GET /verhuisbox/verwijzers", "POST /verhuisbox/verwijzers",
                "POST /verhuisbox/verwijzers/koppelingen", "GET /verhuisbox/verwijzers/{id}",
                "POST /verhuisbox/verwijzers/{id}", "POST /verhuisbox/verwijzers/{id}/aanmelders",
                "POST /verhuisbox/verwijzers/{id}/aanmelders/ontkoppelen");
        // the register of search areas and their housing-market pressure (ADR 0061): kept by the coordinator, read by
        // the casemanagers who choose the search regions from it
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_CM, Account.VHB_CM2), "GET " + v + "/zoekgebieden",
                "GET " + v + "/zoekgebieden/{id}", "GET /verhuisbox/zoekgebieden", "GET /verhuisbox/zoekgebieden/{id}");
        r(EnumSet.of(Account.VHB_COORD), "POST " + v + "/zoekgebieden", "PUT " + v + "/zoekgebieden/{id}",
                "POST /verhuisbox/zoekgebieden", "POST /verhuisbox/zoekgebieden/{id}");
        // the evaluator's dataset (issue 20 §6): requested and downloaded by coordinator and consulent, decided by
        // the coordinator; an unknown request is a 404 for them (reached), a 403 for everyone else
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_CONSULENT), "GET " + v + "/evaluatie-exporten",
                "POST " + v + "/evaluatie-exporten", "GET " + v + "/evaluatie-exporten/{id}",
                "GET " + v + "/evaluatie-exporten/{id}/dataset", "GET /verhuisbox/evaluatie",
                "POST /verhuisbox/evaluatie", "GET /verhuisbox/evaluatie/{id}",
                "GET /verhuisbox/evaluatie/{id}/dataset.xlsx");
        r(EnumSet.of(Account.VHB_COORD), "POST " + v + "/evaluatie-exporten/{id}/beoordeling",
                "POST /verhuisbox/evaluatie/{id}/beoordeling");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_COORD), "POST " + v + "/casussen/{id}/overgangen",
                "POST /verhuisbox/casussen/{id}/stoppen");
        // the steps of the case page (the case is in Zoeken): to searching and closing after the move are the
        // casemanager's; the ICP-toets is the ICP's, who does not see the case past screening
        r(EnumSet.of(Account.VHB_CM), "POST /verhuisbox/casussen/{id}/zoeken", "POST /verhuisbox/casussen/{id}/afsluiten",
                "POST /verhuisbox/casussen/{id}/intake", "POST /verhuisbox/casussen/{id}/besluit");
        r(EnumSet.noneOf(Account.class), "POST /verhuisbox/casussen/{id}/toets");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_ADM, Account.VHB_CONSULENT), "POST /verhuisbox/casussen/{id}/checklist");
        r(VHB_TOEGEWEZEN, "POST /verhuisbox/casussen/{id}/uitkering", "POST /verhuisbox/casussen/{id}/inschrijven",
                "POST /verhuisbox/casussen/{id}/onthullen", "POST /verhuisbox/casussen/{id}/reageren",
                "POST /verhuisbox/casussen/{id}/aanbod");
        // the ICP-toets is for the ICP, who does not see a case past screening
        r(EnumSet.noneOf(Account.class), "POST " + v + "/casussen/{id}/toets");
        r(EnumSet.of(Account.VHB_CM), "PUT " + v + "/casussen/{id}/intake", "POST " + v + "/aanbiedingen/{id}/besluit");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_ADM, Account.VHB_CONSULENT),
                "PUT " + v + "/casussen/{id}/checklist/{lijst}/{code}");
        r(VHB_TOEGEWEZEN, "POST " + v + "/casussen/{id}/inschrijvingen", "POST " + v + "/casussen/{id}/reacties",
                "POST " + v + "/casussen/{id}/aanbiedingen",
                "POST " + v + "/casussen/{id}/inschrijvingen/{inschrijving}/inloggegevens");
        r(EnumSet.of(Account.VHB_ADM), "POST " + v + "/taken/{id}/afronden");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_CM2, Account.VHB_ADM, Account.VHB_COORD), "GET " + v + "/belemmeringen");
        // aftercare and the client survey: the assigned casemanager and the coordinator; yearly results coordinator
        r(EnumSet.of(Account.VHB_CM, Account.VHB_COORD), "GET " + v + "/casussen/{id}/nazorg",
                "POST " + v + "/casussen/{id}/nazorg/{contact}", "POST " + v + "/casussen/{id}/enquete");
        r(EnumSet.of(Account.VHB_COORD), "GET " + v + "/enquete", "GET /verhuisbox/enquete",
                "GET /verhuisbox/enquete.xlsx");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_COORD), "POST " + v + "/casussen/{id}/enquetelink",
                "POST /verhuisbox/casussen/{id}/nazorg/{maanden}", "POST /verhuisbox/casussen/{id}/enquete",
                "POST /verhuisbox/casussen/{id}/enquetelink");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_CM2, Account.VHB_COORD), "GET /verhuisbox/nazorg");
        // the client's survey form: the one-time link is the credential (an unknown link is 404 for everyone)
        r(IEDEREEN, "GET /enquete/{token}", "POST /enquete/{token}");
        // the benefit after housing: the assigned casemanager or administratief (409 here: the case is not closed)
        r(VHB_TOEGEWEZEN, "PUT " + v + "/casussen/{id}/uitkering");
        // the CJG rule's family talk: the assigned casemanager and the coordinator (409 here: the case is searching)
        r(EnumSet.of(Account.VHB_CM, Account.VHB_COORD), "POST " + v + "/casussen/{id}/gezinsgesprek",
                "POST /verhuisbox/casussen/{id}/gezinsgesprek");
        // housing in the own network: recorded by the assigned casemanager or the coordinator (400 here: no fields);
        // closing with it is the casemanager's, as closing after the move
        r(EnumSet.of(Account.VHB_CM, Account.VHB_COORD), "POST " + v + "/casussen/{id}/netwerk",
                "POST /verhuisbox/casussen/{id}/netwerk");
        r(EnumSet.of(Account.VHB_CM), "POST /verhuisbox/casussen/{id}/netwerk/afsluiten");
        // the hand-over to the receiving municipality: read by whoever reads the case; sent by the assigned casemanager
        // or the coordinator (409 here: the case is searching, not moving)
        r(VHB_LEZERS, "GET " + v + "/casussen/{id}/overdrachten");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_COORD), "POST " + v + "/casussen/{id}/overdrachten",
                "POST /verhuisbox/casussen/{id}/overdracht");
        // intake appointments: read by whoever reads the case; planned, moved and their outcome recorded by the assigned
        // casemanager or the coordinator (409 here: the case is searching; 404 for an unknown appointment)
        r(VHB_LEZERS, "GET " + v + "/casussen/{id}/intakeafspraken");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_COORD), "POST " + v + "/casussen/{id}/intakeafspraken",
                "PUT " + v + "/casussen/{id}/intakeafspraken/{afspraak}",
                "POST " + v + "/casussen/{id}/intakeafspraken/{afspraak}/uitkomst",
                "POST /verhuisbox/casussen/{id}/intakeafspraak",
                "POST /verhuisbox/casussen/{id}/intakeafspraak/{afspraak}/verplaatsen",
                "POST /verhuisbox/casussen/{id}/intakeafspraak/{afspraak}/uitkomst");
        // the confirmation after the intake: preview and sent ones for whoever reads the case; sent by the assigned
        // casemanager or the coordinator (409 here: no intake talk recorded)
        r(VHB_LEZERS, "GET " + v + "/casussen/{id}/intakebevestiging");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_COORD), "POST " + v + "/casussen/{id}/intakebevestiging",
                "POST /verhuisbox/casussen/{id}/intakebevestiging");
        // figures: coordinator and consulent (aggregates); the cases behind a figure only for the coordinator
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_CONSULENT), "GET " + v + "/rapportage",
                "GET " + v + "/rapportage/jaar/{jaar}/jaarverslag.xlsx", "GET " + v + "/rapportage/jaar/{jaar}.xlsx",
                "GET /verhuisbox/rapportage");
        r(EnumSet.of(Account.VHB_COORD), "GET " + v + "/rapportage/{figuur}/casussen",
                "GET /verhuisbox/rapportage/{figuur}/casussen");
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_CONSULENT), "GET " + v + "/uitgavenopgaven/{jaar}");
        r(EnumSet.of(Account.VHB_COORD), "PUT " + v + "/uitgavenopgaven/{jaar}", "GET /verhuisbox/rapportage/opgave/{jaar}",
                "POST /verhuisbox/rapportage/opgave/{jaar}");
        // money: budgets and rules per team; grants per case (assigned staff, consulent, coordinator)
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_CONSULENT, Account.VHB_ADM), "GET " + v + "/budgetten",
                "GET /verhuisbox/budget");
        r(EnumSet.of(Account.VHB_COORD), "POST " + v + "/budgetten", "PUT " + v + "/budgetten/{id}",
                "PUT " + v + "/regels", "POST " + v + "/verstrekkingen/{id}/overschrijding",
                "POST /verhuisbox/budget/potten/{id}", "POST /verhuisbox/budget/regels",
                "POST /verhuisbox/verstrekkingen/{id}/overschrijden");
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_CONSULENT), "GET " + v + "/budgetten.xlsx",
                "GET " + v + "/verstrekkingen.xlsx");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_CM2, Account.VHB_ADM, Account.VHB_CONSULENT, Account.VHB_COORD),
                "GET " + v + "/regels", "GET " + v + "/verstrekkingen");
        r(VHB_LEZERS, "GET " + v + "/casussen/{id}/verstrekkingen", "GET " + v + "/verstrekkingen/{id}",
                "GET " + v + "/verstrekkingen/{id}/beschikking");
        r(EnumSet.of(Account.VHB_CM, Account.VHB_ADM, Account.VHB_COORD), "POST " + v + "/casussen/{id}/verstrekkingen",
                "POST /verhuisbox/casussen/{id}/geld/voorstel");
        r(EnumSet.of(Account.VHB_CONSULENT), "POST " + v + "/verstrekkingen/{id}/goedkeuring",
                "POST " + v + "/verstrekkingen/{id}/afwijzing", "POST /verhuisbox/verstrekkingen/{id}/goedkeuren",
                "POST /verhuisbox/verstrekkingen/{id}/afwijzen");
        r(EnumSet.of(Account.VHB_ADM, Account.VHB_CONSULENT), "POST " + v + "/verstrekkingen/{id}/betaling",
                "POST /verhuisbox/verstrekkingen/{id}/betalen");
        // loans: read by whoever sees the case's money (409 here: the grant is a proposed gift); terms, repayments and
        // follow-up by the assigned administratief and the consulent; the arrears export as the other money exports
        r(VHB_LEZERS, "GET " + v + "/verstrekkingen/{id}/lening");
        r(EnumSet.of(Account.VHB_ADM, Account.VHB_CONSULENT), "PUT " + v + "/verstrekkingen/{id}/lening",
                "POST " + v + "/verstrekkingen/{id}/aflossingen", "POST " + v + "/verstrekkingen/{id}/opvolgingen",
                "POST /verhuisbox/verstrekkingen/{id}/lening", "POST /verhuisbox/verstrekkingen/{id}/aflossing",
                "POST /verhuisbox/verstrekkingen/{id}/opvolging");
        r(EnumSet.of(Account.VHB_COORD, Account.VHB_CONSULENT), "GET " + v + "/leningen/achterstanden.xlsx");
        r(IMPORTEURS, "GET /cijfers/import", "POST /cijfers/import", "POST /cijfers/import/{concept}/bevestigen",
                "POST /cijfers/import/{concept}/verwerpen");
        // the exposed actuator endpoints: health (and its probes) for everyone, the metrics for the administrator
        // (or a Prometheus server with the scrape token: MeetwaardenEnGereedheidTest)
        r(IEDEREEN, "GET /actuator/health");
        r(BEHEER, "GET /actuator/prometheus");
        // documents: tried here on the Verhuisbox case (a document of it, an upload to it); every other kind of object
        // with its own rules in een_document_gaat_heen_en_terug_met_de_toegang_van_zijn_object
        r(VHB_LEZERS, "GET /api/v1/documenten", "POST /api/v1/documenten", "GET /api/v1/documenten/{id}",
                "POST /api/v1/documenten/{id}/versies", "GET /api/v1/documenten/{id}/inhoud",
                "GET /api/v1/documenten/{id}/versies/{versie}/inhoud", "GET /documenten", "POST /documenten",
                "GET /documenten/{id}", "POST /documenten/{id}/versies");
    }

    static void r(Set<Account> wie, String... endpoints) {
        for (String e : endpoints) {
            if (REGELS.put(e, wie) != null) {
                throw new IllegalStateException("twee regels voor " + e);
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints actuator;

    final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void gegevens() throws Exception {
        ids.putAll(demoIds(mvc, jdbc));
    }

    /**
     * The objects of the demo the endpoints are tried on, by the names {@link #pad} uses (also for
     * {@link OngeldigeInvoerFuzzTest}): a CONCEPT round of Zuid-Holland, a toezichtgesprek and plan of 's-Gravenhage
     * made here, a Verhuisbox case in Zoeken with its offer, task, grant, pot and registration.
     */
    static Map<String, String> demoIds(MockMvc mvc, JdbcClient jdbc) throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        // a CONCEPT round of Zuid-Holland (other tests in this context may have made the demo's rounds final)
        String concept = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' and status = 'CONCEPT' "
                + "order by peildatum desc limit 1").query(String.class).optional().orElse(null);
        if (concept == null) {
            MvcResult r = mvc.perform(request(HttpMethod.POST, "/api/v1/provincies/PV28/beoordelingsrondes")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"peildatum\":\"2031-01-01\"}")
                    .with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD))).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(201);
            concept = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' and status = 'CONCEPT' "
                    + "order by peildatum desc limit 1").query(String.class).single();
        }
        ids.put("ronde", concept);
        String gesprek = maak(mvc, "/api/v1/gemeenten/GM0518/toezichtgesprekken", """
                {"periode":"2023-I","datum":"2023-05-01","soort":"AMBTELIJK","deelnemers":[{"organisatie":"Provincie",
                "functie":"toezichthouder"}],"verslag":"Gesprek over de achterstand."}""");
        ids.put("gesprek", gesprek);
        String plan = maak(mvc, "/api/v1/gemeenten/GM0518/plannen-van-aanpak", """
                {"periode":"2023-I","titel":"Plan","ontvangenOp":"2023-05-01","acties":[{"omschrijving":"Extra woningen",
                "verantwoordelijke":"wethouder wonen","deadline":"2023-09-01"}]}""");
        ids.put("plan", plan);
        long inzending = jdbc.sql("""
                insert into inzending (gemeente_code, soort, periode, ingediend_door)
                values ('GM0518', 'PLAN_VAN_AANPAK', '2023-I', 'matrix') returning id""").query(Long.class).single();
        jdbc.sql("insert into inzending_versie (inzending_id, versie, titel, door) values (?, 1, 'Plan', 'matrix')")
                .param(inzending).update();
        ids.put("inzending", String.valueOf(inzending));
        // a contact of 's-Gravenhage kept by the province (its supervisor may change it, the municipality reads it)
        ids.put("contact", maak(mvc, "/api/v1/gemeenten/GM0518/contacten", """
                {"soort":"BESTUURLIJK","rol":"COLLEGE","naam":"College van burgemeester en wethouders",
                "postadres":"Postbus 12600\\n2500 DJ Den Haag","reden":"Matrix"}"""));
        // a draft besluit tot indeplaatsstelling of 's-Gravenhage (step 5; issue 19 §3)
        ids.put("indeplaatsstelling", maak(mvc, "/api/v1/gemeenten/GM0518/indeplaatsstellingen", """
                {"overwegingen":"Matrix","termijnen":[{"datum":"2031-03-01","aantal":10}]}"""));
        // a draft vooraankondiging of 's-Gravenhage (step 4; ADR 0054), drafted by the province's supervisor
        ids.put("vooraankondiging", maak(mvc, "/api/v1/gemeenten/GM0518/vooraankondigingen", """
                {"reden":"Matrix","overwegingen":"Matrix","voornemen":"Matrix","termijnTot":"2031-03-01"}"""));
        // a draft verslag of an indeplaatsstelling of 's-Gravenhage (step 6; ADR 0054), for a decided besluit
        String uitgevoerd = maak(mvc, "/api/v1/gemeenten/GM0518/indeplaatsstellingen", """
                {"overwegingen":"Matrix","termijnen":[{"datum":"2031-03-01","aantal":10}]}""");
        MvcResult besloten = mvc.perform(request(HttpMethod.POST, "/api/v1/indeplaatsstellingen/" + uitgevoerd
                + "/besluit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"besluitdatum\":\"2031-01-15\",\"besluitnummer\":\"MATRIX-5\",\"versie\":1}")
                .with(httpBasic("toezicht-zh", BrowserTest.DEMO_WACHTWOORD))).andReturn();
        assertThat(besloten.getResponse().getStatus()).as(besloten.getResponse().getContentAsString()).isEqualTo(200);
        ids.put("verslag", maak(mvc, "/api/v1/gemeenten/GM0518/indeplaatsstellingsverslagen", """
                {"indeplaatsstelling":%s,"overwegingen":"Matrix","acties":[{"datum":"2031-04-01","omschrijving":"Matrix"}],
                "kosten":[{"omschrijving":"Matrix","bedrag":100.00}]}""".formatted(uitgevoerd)));
        ids.put("actie", jdbc.sql("select id from plan_actie where plan_id = ? limit 1")
                .param(Long.parseLong(plan)).query(String.class).optional().orElse("999999"));
        // a token of the administrator itself: only it (owner and administrator) may revoke it
        MvcResult token = mvc.perform(request(HttpMethod.POST, "/api/v1/api-tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\"matrix\"}").with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD)))
                .andReturn();
        assertThat(token.getResponse().getStatus()).isEqualTo(201);
        ids.put("token", jdbc.sql("select max(id)::text from api_token where naam = 'matrix'").query(String.class)
                .single());
        // an account request of the demo team, asked by the administrator
        long denHaag = jdbc.sql("select id from vhb_team where naam = 'Den Haag'").query(Long.class).single();
        MvcResult verzoek = mvc.perform(request(HttpMethod.POST, "/api/v1/gebruikers")
                .contentType(MediaType.APPLICATION_JSON).content("{\"gebruikersnaam\":\"matrix-" + System.nanoTime()
                        + "\",\"rol\":\"CASEMANAGER\",\"team\":" + denHaag + "}")
                .with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD))).andReturn();
        assertThat(verzoek.getResponse().getStatus()).as(verzoek.getResponse().getContentAsString()).isEqualTo(202);
        String plek = verzoek.getResponse().getHeader("Location");
        ids.put("accountverzoek", plek.substring(plek.lastIndexOf('/') + 1));
        ids.put("concept", "999999");
        ids.put("programma", jdbc.sql("select min(id)::text from programma where eigenaar_gemeente = 'GM0392'")
                .query(String.class).single());
        ids.put("statushouder", jdbc.sql("select min(s.id)::text from caseload_statushouder s join gebruiker g "
                + "on g.id = s.casemanager_id where g.gebruikersnaam = 'casemanager-wassenaar'").query(String.class)
                .single());
        // a concept version of a beleidskader of Zuid-Holland (Zuid-Holland's text under an id of its own)
        String zh;
        try (java.io.InputStream in = ToegangsmatrixTest.class.getClassLoader()
                .getResourceAsStream("beleidskaders/zuid-holland-2020.yaml")) {
            zh = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String kaderId = "matrix-" + System.nanoTime();
        ids.put("beleidskader", jdbc.sql("""
                insert into beleidskader_versie (provincie_code, kader_id, versie, status, yaml, reden, opgeslagen_door)
                values ('PV28', ?, 1, 'CONCEPT', ?, 'matrix', 'matrix') returning id::text""")
                .params(kaderId, zh.replace("id: zuid-holland-2020", "id: " + kaderId)).query(String.class).single());
        // the outbox's recurring sender (a job every application has), and a message of the outbox, not sent
        ids.put("achtergrondtaak", jdbc.sql("select id::text from achtergrondtaak where soort = 'post-verzenden'")
                .query(String.class).single());
        ids.put("post-bericht", jdbc.sql("""
                insert into post_bericht (aan, onderwerp, tekst, sjabloon, status, aangemaakt_door)
                values ('matrix@gemeente.example', 'Matrix', 'Matrix', 'testbericht', 'NIET_VERZONDEN', 'matrix')
                returning id::text""").query(String.class).single());
        // a sending of a letter of Zuid-Holland's (the row een_downloadlink_opent_zonder_account_alleen_met_een_geldig_
        // token gives its links): the matrix's requests carry no reason, so nothing is withdrawn
        long vastgesteld = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' "
                + "and status = 'VASTGESTELD' order by peildatum limit 1").query(Long.class).single();
        ids.put("brief-verzending", jdbc.sql("""
                insert into brief_verzending (ronde_id, ronde_versie, gemeente_code, kenmerk, contact_id,
                    contact_versie, naam, rol, adres, wijze, vorm, post_bericht_id, aangemaakt_door)
                select id, versie, 'GM0518', 'MATRIX-LINK-1', ?, 1, 'College', 'COLLEGE', 'matrix@gemeente.example',
                    'ELEKTRONISCH', 'DOWNLOADLINK', ?, 'matrix' from beoordelingsronde where id = ?
                on conflict (ronde_id, ronde_versie, gemeente_code, contact_id) do update set naam = excluded.naam
                returning id::text""").params(Long.parseLong(ids.get("contact")), Long.parseLong(ids.get("post-bericht")),
                vastgesteld).query(String.class).single());
        // an account of this test's own, for the endpoints that change an account (deactivate, assignments)
        String account = "matrix-account-" + System.nanoTime();
        MvcResult gemaakt = mvc.perform(request(HttpMethod.POST, "/api/v1/gebruikers")
                .contentType(MediaType.APPLICATION_JSON).content("{\"gebruikersnaam\":\"" + account
                        + "\",\"wachtwoord\":\"matrix-account-wachtwoord\",\"rol\":\"GEMEENTE\",\"gemeente\":\"GM0599\"}")
                .with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD))).andReturn();
        assertThat(gemaakt.getResponse().getStatus()).as(gemaakt.getResponse().getContentAsString()).isEqualTo(201);
        ids.put("gebruiker", account);
        long casus = jdbc.sql("""
                select c.id from vhb_casus c join gebruiker cm on cm.id = c.casemanager_id
                join gebruiker a on a.id = c.aanmelder_id
                where c.status = 'ZOEKEN' and cm.gebruikersnaam = 'vhb-casemanager' and a.gebruikersnaam = 'vhb-aanmelder'
                  and exists (select 1 from vhb_aanbod b where b.casus_id = c.id)
                  and exists (select 1 from vhb_taak t where t.casus_id = c.id and t.rol = 'ADMINISTRATIEF')
                order by c.id limit 1""").query(Long.class).single();
        ids.put("vhb-casus", String.valueOf(casus));
        ids.put("vhb-aanbod", jdbc.sql("select min(id)::text from vhb_aanbod where casus_id = ?").param(casus)
                .query(String.class).single());
        ids.put("vhb-taak", jdbc.sql("select min(id)::text from vhb_taak where casus_id = ? and rol = 'ADMINISTRATIEF'")
                .param(casus).query(String.class).single());
        // a proposed grant on the case (the pages and the API approve, reject, pay it in any order)
        ids.put("vhb-verstrekking", jdbc.sql("""
                insert into vhb_verstrekking (casus_id, pot_id, soort, vorm, bedrag, status, omschrijving, gemeente,
                    eigen_gemeente, grondslag, bezwaar, voorgesteld_door, voorgesteld_door_id, voorgesteld_op)
                select c.id, p.id, 'REISKOSTEN', 'GIFT', 40.00, 'VOORGESTELD', 'Reiskosten', 'Heerlen', false,
                    'Artikel 35 Participatiewet', true, g.gebruikersnaam, g.id, now()
                from vhb_casus c join vhb_pot p on p.team_id = c.team_id and p.code = 'VERHUISBOX_PLUS'
                    and p.jaar = extract(year from current_date)::int
                join gebruiker g on g.id = c.casemanager_id where c.id = ?
                returning id::text""").param(casus).query(String.class).single());
        ids.put("vhb-pot", jdbc.sql("select min(p.id)::text from vhb_pot p join vhb_casus c on c.team_id = p.team_id "
                + "where c.id = ?").param(casus).query(String.class).single());
        ids.put("vhb-verwijzer", jdbc.sql("select min(v.id)::text from vhb_verwijzer v join vhb_casus c "
                + "on c.team_id = v.team_id where c.id = ?").param(casus).query(String.class).single());
        ids.put("vhb-zoekgebied", jdbc.sql("select min(z.id)::text from vhb_zoekgebied z join vhb_casus c "
                + "on c.team_id = z.team_id where c.id = ?").param(casus).query(String.class).single());
        ids.put("vhb-inschrijving", jdbc.sql("select min(id)::text from vhb_inschrijving where casus_id = ? "
                + "and kluis_geheim is not null").param(casus).query(String.class).single());
        // a document of the case, added by its casemanager
        ids.put("document", String.valueOf(document(mvc, "vhb-casemanager", BrowserTest.DEMO_WACHTWOORD, "casus",
                casus)));
        return ids;
    }

    /** A small PDF for the uploads of documents. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Uploads a document (a PDF) to an object as this account; answers its id. */
    static long document(MockMvc mvc, String wie, String wachtwoord, String soort, long object) throws Exception {
        MvcResult r = mvc.perform(upload("/api/v1/documenten", soort, object)
                .with(httpBasic(wie, wachtwoord))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        String plek = r.getResponse().getHeader("Location");
        return Long.parseLong(plek.substring(plek.lastIndexOf('/') + 1));
    }

    /** A multipart upload of {@link #PDF} in the field bestand, for an object (null: a new version, no object). */
    static MockMultipartHttpServletRequestBuilder upload(String pad, String soort, Long object) {
        MockMultipartHttpServletRequestBuilder b = MockMvcRequestBuilders.multipart(pad)
                .file(new MockMultipartFile("bestand", "matrix.pdf", "application/pdf", PDF));
        if (soort != null) {
            b.param("objectsoort", soort).param("objectId", String.valueOf(object));
        }
        return b;
    }

    static String maak(MockMvc mvc, String pad, String json) throws Exception {
        MvcResult r = mvc.perform(request(HttpMethod.POST, pad).contentType(MediaType.APPLICATION_JSON).content(json)
                .with(httpBasic("toezicht-zh", BrowserTest.DEMO_WACHTWOORD))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        String location = r.getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    record Endpoint(String methode, String patroon) {
        String sleutel() {
            return methode + " " + patroon;
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> lijst = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("nl.woonregie")) {
                continue;
            }
            Set<RequestMethod> methoden = e.getKey().getMethodsCondition().getMethods();
            for (String patroon : e.getKey().getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod m : methoden.isEmpty() ? Set.of(RequestMethod.GET) : methoden) {
                    lijst.add(new Endpoint(m.name(), patroon));
                }
            }
        }
        // every actuator endpoint that is exposed over HTTP
        actuator.getAllPaths().forEach(pad -> lijst.add(new Endpoint("GET", pad)));
        return lijst;
    }

    @Test
    void elk_endpoint_heeft_een_toegangsregel() {
        Set<String> zonderRegel = new TreeSet<>();
        for (Endpoint e : endpoints()) {
            if (!REGELS.containsKey(e.sleutel())) {
                zonderRegel.add(e.sleutel());
            }
        }
        assertThat(zonderRegel).as("endpoints zonder toegangsregel in ToegangsmatrixTest").isEmpty();
    }

    @Test
    void elk_endpoint_laat_precies_de_juiste_accounts_toe() throws Exception {
        List<String> lekken = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            Set<Account> toegestaan = REGELS.get(e.sleutel());
            if (toegestaan == null) {
                continue;
            }
            for (Account a : Account.values()) {
                MvcResult r = mvc.perform(verzoek(e, a)).andReturn();
                int status = r.getResponse().getStatus();
                String redirect = r.getResponse().getRedirectedUrl();
                boolean naarInloggen = status == 302 && redirect != null && redirect.contains("/inloggen");
                boolean geweigerd = status == 401 || status == 403 || status == 404 || naarInloggen
                        // a write with an invalid body may be refused by validation before the scope check
                        || (status == 400 && !e.methode().equals("GET"));
                boolean binnen = status != 401 && status != 403 && !naarInloggen;
                if (toegestaan.contains(a) && !binnen) {
                    lekken.add("ONTERECHT GEWEIGERD " + e.sleutel() + " voor " + a + ": " + status);
                } else if (!toegestaan.contains(a) && !geweigerd) {
                    lekken.add("LEK " + e.sleutel() + " voor " + a + ": " + status);
                }
            }
        }
        assertThat(lekken).isEmpty();
    }

    /**
     * The one route of the letters without sign-in, the download link (ADR 0055), answers without an account only for
     * a valid token: a link of a sent letter (made here, its hash stored as the sender stores it) opens its page for
     * an anonymous visitor; the same link after its last day is 410, a forged token of the same form 404 — and
     * neither shows the letter's kenmerk.
     */
    @Test
    void een_downloadlink_opent_zonder_account_alleen_met_een_geldig_token() throws Exception {
        long ronde = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' and status = 'VASTGESTELD' "
                + "order by peildatum limit 1").query(Long.class).single();
        int versie = jdbc.sql("select versie from beoordelingsronde where id = ?").param(ronde).query(Integer.class)
                .single();
        long contact = Long.parseLong(ids.get("contact"));
        long verzending = jdbc.sql("""
                insert into brief_verzending (ronde_id, ronde_versie, gemeente_code, kenmerk, contact_id,
                    contact_versie, naam, rol, adres, wijze, vorm, post_bericht_id, aangemaakt_door)
                values (?, ?, 'GM0518', 'MATRIX-LINK-1', ?, 1, 'College', 'COLLEGE', 'matrix@gemeente.example',
                    'ELEKTRONISCH', 'DOWNLOADLINK', ?, 'matrix')
                on conflict (ronde_id, ronde_versie, gemeente_code, contact_id) do update set naam = excluded.naam
                returning id""").params(ronde, versie, contact, Long.parseLong(ids.get("post-bericht")))
                .query(Long.class).single();
        String geldig = "matrixGeldigToken" + "A".repeat(26);
        String verlopen = "matrixVerlopenToken" + "B".repeat(24);
        for (String[] t : new String[][] {{geldig, "2999-12-31"}, {verlopen, "2000-01-01"}}) {
            jdbc.sql("insert into brief_downloadlink (verzending_id, token_hash, geldig_tot) values (?, ?, ?::date) "
                    + "on conflict (token_hash) do nothing").params(verzending,
                    nl.woonregie.platform.core.Sha256.van(t[0].getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                    t[1]).update();
        }
        String vervalst = "matrixVervalstToken" + "C".repeat(24);
        for (String[] geval : new String[][] {{geldig, "200"}, {verlopen, "410"}, {vervalst, "404"}}) {
            MvcResult r = mvc.perform(request(HttpMethod.GET, "/downloads/" + geval[0]).with(x -> {
                x.setRemoteAddr("192.0.2.77");
                return x;
            })).andReturn();
            assertThat(r.getResponse().getStatus()).as(geval[0]).isEqualTo(Integer.parseInt(geval[1]));
            String tekst = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            if (geval[1].equals("200")) {
                assertThat(tekst).contains("MATRIX-LINK-1");
            } else {
                assertThat(tekst).doesNotContain("MATRIX-LINK-1");
            }
        }
    }

    /**
     * A document round-trips with the access rules of its object, for every kind of object that carries documents and
     * every kind of account: the first account that may add one uploads a PDF; then every account lists the object's
     * documents, reads the document, downloads its content (byte for byte the upload) and adds a version — allowed
     * exactly for the object's readers and writers, refused (401, 403) for everyone else.
     */
    @Test
    void een_document_gaat_heen_en_terug_met_de_toegang_van_zijn_object() throws Exception {
        record Soort(String soort, long object, Set<Account> lezen, Set<Account> toevoegen) {
        }
        long lease = jdbc.sql("""
                insert into huurcontract (gemeente_code, periode, ingangsdatum, aantal_personen, referentie, ingediend_door)
                values ('GM0518', '2023-I', '2023-06-28', 2, ?, 'matrix') returning id""")
                .param("MATRIX-" + System.nanoTime()).query(Long.class).single();
        long ronde = Long.parseLong(ids.get("ronde"));
        long beslissing = jdbc.sql("select id from ronde_beslissing where ronde_id = ? and gemeente_code = 'GM0518' "
                + "and vervangen_op is null order by id limit 1").param(ronde).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into ronde_beslissing (ronde_id, gemeente_code, soort, waarde, motivering, door)
                        values (?, 'GM0518', 'VERSCHOONBARE_REDEN', 'matrix', 'matrix', 'matrix') returning id""")
                        .param(ronde).query(Long.class).single());
        long herverdeling = jdbc.sql("""
                insert into herverdeling (periode, kenmerk, besluitdatum, vastgelegd_door)
                values ('2023-I', 'MATRIX', '2023-01-15', 'matrix') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into herverdeling_gemeente (herverdeling_id, gemeente_code, taakstelling_voor, taakstelling_na)
                values (?, 'GM0518', 10, 12), (?, 'GM0599', 10, 8)""").params(herverdeling, herverdeling).update();
        long uitruil = jdbc.sql("""
                insert into uitruil (periode, van_gemeente, naar_gemeente, aantal, kenmerk, besluitdatum, van_voor,
                                     van_na, naar_voor, naar_na, vastgelegd_door)
                values ('2023-I', 'GM0599', 'GM0518', 1, 'MATRIX', '2023-07-15', 10, 9, 10, 11, 'matrix')
                returning id""").query(Long.class).single();
        List<Soort> soorten = List.of(
                new Soort("toezichtgesprek", Long.parseLong(ids.get("gesprek")), TOEZICHTLEZEN, PROVINCIE),
                new Soort("plan-van-aanpak", Long.parseLong(ids.get("plan")), TOEZICHTLEZEN, AFRONDEN),
                new Soort("huurcontract", lease, CIJFERLEZEN, HUURCONTRACTEN),
                new Soort("inzending", Long.parseLong(ids.get("inzending")), TOEZICHTLEZEN, HUURCONTRACTEN),
                // the round is a CONCEPT not shared with the municipality: only the province reads its decisions
                new Soort("ronde-beslissing", beslissing, PROVINCIE, PROVINCIE),
                new Soort("casus", Long.parseLong(ids.get("vhb-casus")), VHB_LEZERS, VHB_LEZERS),
                // an agreement and an exchange between 's-Gravenhage and Rotterdam (rows of their own: the demo's
                // taakstellingen and COA figures stay as they are): read by both gemeenten, added by the province
                new Soort("herverdeling", herverdeling, TWEE_GEMEENTEN, PROVINCIE),
                new Soort("uitruil", uitruil, TWEE_GEMEENTEN, PROVINCIE));
        List<String> fouten = new ArrayList<>();
        for (Soort s : soorten) {
            Account eerste = Account.values()[0];
            for (Account a : Account.values()) {
                if (s.toevoegen().contains(a)) {
                    eerste = a;
                    break;
                }
            }
            long document = document(mvc, eerste.naam, wachtwoord(eerste), s.soort(), s.object());
            for (Account a : Account.values()) {
                String wie = s.soort() + " " + a;
                boolean lezen = s.lezen().contains(a);
                boolean toevoegen = s.toevoegen().contains(a);
                MvcResult lijst = mvc.perform(als(a, request(HttpMethod.GET, "/api/v1/documenten")
                        .param("objectsoort", s.soort()).param("objectId", String.valueOf(s.object())))).andReturn();
                verwacht(fouten, wie + " lijst", lijst, lezen, 200);
                if (lezen && !lijst.getResponse().getContentAsString().contains("\"id\":" + document + ",")) {
                    fouten.add(wie + " lijst zonder het document: " + lijst.getResponse().getContentAsString());
                }
                verwacht(fouten, wie + " document", mvc.perform(als(a, request(HttpMethod.GET,
                        "/api/v1/documenten/" + document))).andReturn(), lezen, 200);
                MvcResult inhoud = mvc.perform(als(a, request(HttpMethod.GET, "/api/v1/documenten/" + document
                        + "/versies/1/inhoud"))).andReturn();
                verwacht(fouten, wie + " inhoud", inhoud, lezen, 200);
                if (lezen && !java.util.Arrays.equals(inhoud.getResponse().getContentAsByteArray(), PDF)) {
                    fouten.add(wie + " inhoud niet gelijk aan de upload");
                }
                verwacht(fouten, wie + " pagina", mvc.perform(als(a, request(HttpMethod.GET, "/documenten/"
                        + document))).andReturn(), lezen, 200);
                verwacht(fouten, wie + " versie", mvc.perform(als(a, upload("/api/v1/documenten/" + document
                        + "/versies", null, null))).andReturn(), toevoegen, 201);
                verwacht(fouten, wie + " nieuw", mvc.perform(als(a, upload("/api/v1/documenten", s.soort(),
                        s.object()))).andReturn(), toevoegen, 201);
            }
        }
        assertThat(fouten).isEmpty();
    }

    static String wachtwoord(Account a) {
        return a == Account.BEHEERDER ? IntegratieTest.BEHEERDER_WACHTWOORD : BrowserTest.DEMO_WACHTWOORD;
    }

    static AbstractMockHttpServletRequestBuilder<?> als(Account a, AbstractMockHttpServletRequestBuilder<?> b) {
        return a.naam == null ? b : b.with(httpBasic(a.naam, wachtwoord(a)));
    }

    /** Allowed: the given status; refused: 401 or 403 (no document of the object leaks as a 404 either). */
    static void verwacht(List<String> fouten, String wat, MvcResult r, boolean toegestaan, int status) {
        int s = r.getResponse().getStatus();
        if (toegestaan ? s != status : s != 401 && s != 403) {
            fouten.add(wat + ": " + s + (toegestaan ? " (verwacht " + status + ")" : " (verwacht 401 of 403)"));
        }
    }

    AbstractMockHttpServletRequestBuilder<?> verzoek(Endpoint e, Account a) {
        String pad = pad(e.patroon(), ids);
        boolean document = e.patroon().startsWith("/api/v1/documenten") || e.patroon().startsWith("/documenten");
        AbstractMockHttpServletRequestBuilder<?> b = request(HttpMethod.valueOf(e.methode()), pad);
        if (document && e.methode().equals("POST")) {
            // a real upload: to the case (a new document) or to its document (a new version)
            boolean nieuw = e.patroon().endsWith("/documenten");
            b = upload(pad, nieuw ? "casus" : null, nieuw ? Long.valueOf(ids.get("vhb-casus")) : null).with(csrf());
        } else if (document && e.patroon().endsWith("/documenten")) {
            b = b.param("objectsoort", "casus").param("objectId", ids.get("vhb-casus"));
        } else if (!e.methode().equals("GET")) {
            b = b.with(csrf());
            if (pad.startsWith("/api/")) {
                b = b.contentType(MediaType.APPLICATION_JSON).content("{}");
            } else {
                b = b.param("provincie", "PV28").param("peildatum", "2019-01-01").param("versie", "-1")
                        .param("soort", "ONBEKEND");
            }
        }
        if (pad.contains("overzicht")) {
            b = b.param("peildatum", "2023-07-01");
        }
        if (a.naam != null) {
            b = b.with(httpBasic(a.naam, a == Account.BEHEERDER ? IntegratieTest.BEHEERDER_WACHTWOORD
                    : BrowserTest.DEMO_WACHTWOORD));
        }
        return b;
    }

    /** An endpoint's path pattern with the demo's objects ({@link #demoIds}) filled in. */
    static String pad(String patroon, Map<String, String> ids) {
        return patroon
                .replace("/verhuisbox/casussen/{id}", "/verhuisbox/casussen/" + ids.get("vhb-casus"))
                .replace("/verstrekkingen/{id}", "/verstrekkingen/" + ids.get("vhb-verstrekking"))
                .replace("/budgetten/{id}", "/budgetten/" + ids.get("vhb-pot"))
                .replace("/budget/potten/{id}", "/budget/potten/" + ids.get("vhb-pot"))
                .replace("/verhuisbox/meldingen/{id}", "/verhuisbox/meldingen/" + ids.get("vhb-casus"))
                .replace("/verhuisbox/aanbiedingen/{id}", "/verhuisbox/aanbiedingen/" + ids.get("vhb-aanbod"))
                .replace("/verhuisbox/taken/{id}", "/verhuisbox/taken/" + ids.get("vhb-taak"))
                .replace("/verhuisbox/websites/{id}", "/verhuisbox/websites/999999")
                .replace("/kolomindelingen/{id}", "/kolomindelingen/999999")
                .replace("/brief-verzendingen/{id}", "/brief-verzendingen/" + ids.get("brief-verzending"))
                .replace("/evaluatie-exporten/{id}", "/evaluatie-exporten/999999")
                .replace("/verhuisbox/evaluatie/{id}", "/verhuisbox/evaluatie/999999")
                .replace("/verwijzers/{id}", "/verwijzers/" + ids.get("vhb-verwijzer"))
                .replace("/zoekgebieden/{id}", "/zoekgebieden/" + ids.get("vhb-zoekgebied"))
                .replace("/aanmelders/{gebruikersnaam}", "/aanmelders/geen-aanmelder")
                .replace("{inschrijving}", ids.get("vhb-inschrijving"))
                .replace("{contact}", "1")
                .replace("{afspraak}", "999999")
                .replace("{maanden}", "1")
                .replace("{token}", "onbekende-link")
                .replace("/rapportage/jaar/{jaar}", "/rapportage/jaar/2025")
                .replace("/uitgavenopgaven/{jaar}", "/uitgavenopgaven/2020")
                .replace("/rapportage/opgave/{jaar}", "/rapportage/opgave/2020")
                .replace("{figuur}/casussen", "GEHUISVEST/casussen?van=2025-01-01&tot=2025-12-31")
                .replace("/criteria/{jaar}", "/criteria/2023")
                .replace("/checklist/{lijst}/{code}", "/checklist/INTAKE/DOSSIERONDERZOEK")
                .replace("/beleidskaders/{id}", "/beleidskaders/" + ids.get("beleidskader"))
                .replace("/beleidskaders/vergelijking", "/beleidskaders/vergelijking?eerste=" + ids.get("beleidskader")
                        + "&tweede=" + ids.get("beleidskader"))
                .replace("/beoordelingsrondes/{id}", "/beoordelingsrondes/" + ids.get("ronde"))
                .replace("/rondes/{id}", "/rondes/" + ids.get("ronde"))
                .replace("/documenten/{id}", "/documenten/" + ids.get("document"))
                .replace("/versies/{versie}", "/versies/1")
                .replace("/toezichtgesprekken/{id}", "/toezichtgesprekken/" + ids.get("gesprek"))
                .replace("/contacten/{id}", "/contacten/" + ids.get("contact"))
                .replace("/indeplaatsstellingen/{id}", "/indeplaatsstellingen/" + ids.get("indeplaatsstelling"))
                .replace("/vooraankondigingen/{id}", "/vooraankondigingen/" + ids.get("vooraankondiging"))
                .replace("/indeplaatsstellingsverslagen/{id}", "/indeplaatsstellingsverslagen/" + ids.get("verslag"))
                .replace("/plannen-van-aanpak/{id}", "/plannen-van-aanpak/" + ids.get("plan"))
                .replace("/inzendingen/{id}", "/inzendingen/" + ids.get("inzending"))
                .replace("/acties/{id}", "/acties/" + ids.get("actie"))
                .replace("/api-tokens/{id}", "/api-tokens/" + ids.get("token"))
                .replace("/accountverzoeken/{id}", "/accountverzoeken/" + ids.get("accountverzoek"))
                .replace("/achtergrondtaken/{id}", "/achtergrondtaken/" + ids.get("achtergrondtaak"))
                .replace("/post/{id}", "/post/" + ids.get("post-bericht"))
                .replace("/vastgelegde-verdelingen/{id}", "/vastgelegde-verdelingen/999999")
                .replace("/herverdelingen/{id}", "/herverdelingen/999999")
                .replace("/uitruilen/{id}", "/uitruilen/999999")
                .replace("/aanbodbronnen/{id}", "/aanbodbronnen/999999")
                .replace("/aanbodvarianten/{id}", "/aanbodvarianten/999999")
                .replace("/aanbod/varianten/{id}", "/aanbod/varianten/999999")
                .replace("tellingen/{id}", "tellingen/999999")
                .replace("notities/{id}", "notities/999999")
                .replace("/huishoudens/{periode}", "/huishoudens/2022-II")
                .replace("/aanbod/{id}", "/aanbod/999999")
                .replace("{tranche}", "999999")
                .replace("/communicatieacties/{actie}", "/communicatieacties/999999")
                .replace("/bijeenkomsten/{bijeenkomst}", "/bijeenkomsten/999999")
                .replace("/leads/{id}", "/leads/999999")
                .replace("/tranches/{tranche}", "/tranches/999999")
                .replace("/mijlpalen/{id}", "/mijlpalen/999999")
                .replace("/planning/{id}", "/planning/999999")
                .replace("/informeertaken/{id}", "/informeertaken/999999")
                .replace("/doorbraakplan/taken/{id}", "/doorbraakplan/taken/999999")
                .replace("{aspect}", "FINANCIEN")
                .replace("/programmas/{id}", "/programmas/" + ids.get("programma"))
                .replace("/statushouders/{id}", "/statushouders/" + ids.get("statushouder"))
                .replace("{nummer}", "1")
                .replace("{jaar}", "2020")
                .replace("{gebruikersnaam}", ids.get("gebruiker"))
                .replace("{concept}", ids.get("concept"))
                .replace("/provincies/{code}", "/provincies/PV28")
                .replace("/regios/{code}", "/regios/VR15")
                .replace("/steunplannen/{plan}", "/steunplannen/alle-locaties")
                .replace("/afdelingen/{afdeling}", "/afdelingen/OCW")
                .replace("/gemeenten/{code}", "/gemeenten/GM0518")
                .replace("{gemeente}", "GM0518");
    }
}
