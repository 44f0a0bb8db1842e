package nl.woonregie.verhuisbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bulk import of historical cases ({@link HistorischeImport}) as a migrating team uses it: a batch of cases with
 * back-dated history, ICP-toets, a grant, aftercare and a survey lands in every owner's tables in one transaction,
 * with one audit entry for the batch; an invalid batch is refused naming every field and leaves nothing behind.
 * Each test imports into a new team of its own ({@link Testteam}).
 */
@IntegratieTest
class HistorischeImportTest {

    static final int JAAR = 2022;
    static final Actor MIGRATIE = new Actor("migratie", "test");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistorischeImport importeren;

    @Autowired
    Casussen casussen;

    @Autowired
    Geld geld;

    @Autowired
    Beschikkingen beschikkingen;

    Testteam testteam;
    long team;
    long aanmelder;
    long casemanager;
    long consulent;

    @BeforeEach
    void team() {
        testteam = new Testteam(mvc, jdbc);
        team = testteam.team;
        aanmelder = testteam.id(testteam.aanmelder);
        casemanager = testteam.id(testteam.casemanager);
        consulent = testteam.id(testteam.consulent);
        geld.zorgVoorPotten(team, JAAR, List.of(new Geld.Potbudget("MAATWERK", "Maatwerkbudget", new BigDecimal(
                "5000.00"))));
    }

    static OffsetDateTime op(int maand, int dag) {
        return OffsetDateTime.of(JAAR, maand, dag, 10, 0, 0, 0, ZoneOffset.ofHours(1));
    }

    static List<HistorischeImport.Statusstap> geschiedenis(Status... naar) {
        List<HistorischeImport.Statusstap> l = new ArrayList<>();
        Status van = null;
        for (int i = 0; i < naar.length; i++) {
            l.add(new HistorischeImport.Statusstap(van, naar[i], "stap " + i, "oud systeem", op(1 + i, 3)));
            van = naar[i];
        }
        return l;
    }

    HistorischeImport.Casus verhuisd(String naam) {
        return new HistorischeImport.Casus(aanmelder, "Leger des Heils", casemanager, null, naam,
                LocalDate.of(1980, 5, 1), Categorie.HUISHOUDEN, 1, 0, "Participatiewet", "Nachtopvang", "Dakloos",
                List.of("Twente"), LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 1, 2), op(1, 2), Status.AFGESLOTEN,
                Variant.INTENSIEF, 2023, Uitkomst.VERHUISD, null, "Enschede", "GM0153", LocalDate.of(JAAR, 8, 20),
                true, LocalDate.of(JAAR, 9, 1), geschiedenis(Status.MELDING, Status.ICP_TOETS, Status.WACHTLIJST,
                        Status.INTAKE, Status.ZOEKEN, Status.AANBOD, Status.VERHUIZING, Status.AFGESLOTEN),
                List.of(new HistorischeImport.Toetsing(2023, "MOTIVATIE", Criterium.Uitslag.VOLDAAN, "oud systeem",
                        op(2, 3))),
                List.of(new HistorischeImport.Verstrekking("INSCHRIJVING", Geld.Vorm.GIFT, "MAATWERK", JAAR,
                        new BigDecimal("45.00"), "inschrijfgeld", "Enschede", false, "maatwerk", true, casemanager,
                        op(5, 1), consulent, op(5, 3), "Cliënt", LocalDate.of(JAAR, 5, 10), "oud systeem", null)),
                List.of(new HistorischeImport.Nazorgcontact(3, LocalDate.of(JAAR, 8, 20), LocalDate.of(JAAR, 11, 20),
                        op(11, 18), "oud systeem", true, "Participatiewet Enschede")),
                new HistorischeImport.Enquete(JAAR, 4, 5, 4, 4, 3, 5, "CASEMANAGER", "oud systeem", op(9, 15)));
    }

    HistorischeImport.Casus geweigerd(String naam) {
        return new HistorischeImport.Casus(aanmelder, "Consulent D&T", null, null, naam, LocalDate.of(1990, 2, 2),
                Categorie.HUISHOUDEN, 1, 0, "Participatiewet", "Inwonend", "Dakloos", List.of("Drenthe"),
                LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 1, 2), op(1, 2), Status.GEWEIGERD, null, 2023, null, null,
                null, null, null, null, null, geschiedenis(Status.MELDING, Status.ICP_TOETS, Status.GEWEIGERD),
                List.of(new HistorischeImport.Toetsing(2023, "TAAL", Criterium.Uitslag.NIET_VOLDAAN, "oud systeem",
                        op(2, 3))), null, null, null);
    }

    /** A case still under way in {@code status}, with this history (each step on the 3rd of the next month). */
    HistorischeImport.Casus lopend(String naam, Status... naar) {
        return new HistorischeImport.Casus(aanmelder, "Leger des Heils", casemanager, null, naam,
                LocalDate.of(1985, 3, 3), Categorie.HUISHOUDEN, 1, 1, "Participatiewet", "Nachtopvang", "Dakloos",
                List.of("Twente"), LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 1, 2), op(1, 2), naar[naar.length - 1],
                null, 2023, null, null, null, null, null, null, null, geschiedenis(naar), null, null, null, null);
    }

    /** The tasks of a case: kind, role, deadline and whether open. */
    List<String> taken(long casus) {
        return jdbc.sql("select soort || ' ' || rol || ' ' || deadline || ' ' || (afgerond_op is null) from vhb_taak "
                + "where casus_id = ? order by id").param(casus).query(String.class).list();
    }

    @Test
    void een_lopende_casus_krijgt_de_taken_die_zijn_geschiedenis_open_laat() {
        HistorischeImport.Resultaat r = importeren.importeer(new HistorischeImport.Partij(team, "IMP", null, List.of(
                lopend("Import Melding", Status.MELDING),
                lopend("Import Intake", Status.MELDING, Status.ICP_TOETS, Status.WACHTLIJST, Status.INTAKE),
                lopend("Import Weer zoeken", Status.MELDING, Status.ICP_TOETS, Status.WACHTLIJST, Status.INTAKE,
                        Status.ZOEKEN, Status.AANBOD, Status.ZOEKEN),
                lopend("Import Verhuizing", Status.MELDING, Status.ICP_TOETS, Status.WACHTLIJST, Status.INTAKE,
                        Status.ZOEKEN, Status.AANBOD, Status.VERHUIZING),
                verhuisd("Import Verhuisd"), geweigerd("Import Geweigerd"))), MIGRATIE);
        List<Long> c = r.casussen();
        // the deadlines count from the day of the step that brought the task (step i on the 3rd of month i + 1)
        assertThat(taken(c.get(0))).containsExactly("MELDING_BEOORDELEN ICP " + LocalDate.of(JAAR, 1, 8) + " true");
        // a household with a child: the intake also brings the CJG gezinscoach's family talk (the CJG rule)
        assertThat(taken(c.get(1))).containsExactly("INTAKE CASEMANAGER " + LocalDate.of(JAAR, 4, 17) + " true",
                "GEZINSGESPREK CASEMANAGER " + LocalDate.of(JAAR, 4, 17) + " true");
        assertThat(taken(c.get(2))).containsExactly("INSCHRIJVEN ADMINISTRATIEF " + LocalDate.of(JAAR, 5, 10)
                + " true");
        assertThat(taken(c.get(3))).containsExactlyInAnyOrder("OVERDRACHT CASEMANAGER " + LocalDate.of(JAAR, 7, 17)
                + " true", "BIJZONDERE_BIJSTAND CONSULENT " + LocalDate.of(JAAR, 7, 8) + " true");
        assertThat(taken(c.get(4))).isEmpty();
        assertThat(taken(c.get(5))).isEmpty();
    }

    long aantal(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void een_partij_komt_in_een_transactie_met_een_auditregel_bij_elke_eigenaar() {
        long capaciteit = jdbc.sql("select coalesce(sum(aantal), 0) from vhb_capaciteit where team_id = ? and jaar = ? "
                + "and categorie = 'HUISHOUDEN'").params(team, JAAR).query(Long.class).single();
        HistorischeImport.Resultaat r = importeren.importeer(new HistorischeImport.Partij(team, "IMP", JAAR,
                List.of(verhuisd("Import Verhuisd"), geweigerd("Import Geweigerd"))), MIGRATIE);

        assertThat(r.casussen()).hasSize(2);
        assertThat(r.statuswijzigingen()).isEqualTo(11);
        assertThat(r.toetsingen()).isEqualTo(2);
        assertThat(r.verstrekkingen()).isEqualTo(1);
        assertThat(r.nazorgcontacten()).isEqualTo(1);
        assertThat(r.enquetes()).isEqualTo(1);
        long v = r.casussen().get(0);
        long g = r.casussen().get(1);
        Casussen.Casus c = casussen.lees(v);
        assertThat(c.status()).isEqualTo(Status.AFGESLOTEN);
        assertThat(c.uitkomst()).isEqualTo(Uitkomst.VERHUISD);
        assertThat(c.casemanager()).isEqualTo(testteam.casemanager);
        assertThat(c.aanmelder()).isEqualTo(testteam.aanmelder);
        assertThat(casussen.lees(g).status()).isEqualTo(Status.GEWEIGERD);
        assertThat(aantal("select count(*) from vhb_statuswijziging where casus_id in (?, ?) and tijdstip < ?", v, g,
                OffsetDateTime.of(JAAR + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).as("back-dated history").isEqualTo(11);
        assertThat(aantal("select count(*) from vhb_nazorg where casus_id = ?", v)).isEqualTo(1);
        assertThat(aantal("select count(*) from vhb_enquete where casus_id = ?", v)).isEqualTo(1);
        String[] grant = jdbc.sql("select id, kenmerk, status from vhb_verstrekking where casus_id = ?").param(v)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(grant[1]).isEqualTo("IMP-" + JAAR + "-" + v + "-1");
        assertThat(grant[2]).isEqualTo("BETAALD");
        assertThat(beschikkingen.zonderBrief(team)).contains(Long.parseLong(grant[0]));
        assertThat(aantal("select coalesce(sum(aantal), 0) from vhb_capaciteit where team_id = ? and jaar = ? "
                + "and categorie = 'HUISHOUDEN'", team, JAAR)).as("the intake used a place of " + JAAR)
                .isEqualTo(capaciteit + 1);
        assertThat(aantal("select count(*) from audit_log where actie = 'VHB_CASUSSEN_GEIMPORTEERD' and object_type = "
                + "'vhb_team' and object_id = ? and actor = 'migratie' and client = 'test' and (nieuwe_waarde ->> "
                + "'casussen')::int = 2 and (nieuwe_waarde ->> 'verstrekkingen')::int = 1", String.valueOf(team)))
                .as("one audit entry for the batch").isEqualTo(1);
        assertThat(aantal("select count(*) from audit_log where object_type = 'vhb_casus' and object_id in (?, ?)",
                String.valueOf(v), String.valueOf(g))).isZero();
    }

    @Test
    void een_ongeldige_partij_noemt_elk_veld_en_laat_niets_achter() {
        long voor = aantal("select count(*) from vhb_casus where team_id = ?", team);
        HistorischeImport.Casus zonderNaam = verhuisd(" ");
        HistorischeImport.Casus c = verhuisd("Import Vier Ogen");
        HistorischeImport.Verstrekking x = c.verstrekkingen().get(0);
        HistorischeImport.Casus vierOgen = new HistorischeImport.Casus(c.aanmelder(), c.organisatie(),
                c.casemanager(), c.administratief(), c.naam(), c.geboortedatum(), c.categorie(), c.volwassenen(),
                c.kinderen(), c.inkomen(), c.slaapplek(), c.reden(), c.voorkeursregios(), c.toestemmingOp(),
                c.compleetOp(), c.aangemaaktOp(), Status.ZOEKEN, c.variant(), c.criteriaJaar(), c.uitkomst(),
                c.stopreden(), c.bestemming(), c.bestemmingCode(), c.gehuisvestOp(), c.uitkeringBeeindigd(),
                c.uitkeringBeeindigdOp(), c.geschiedenis(), c.toetsing(), List.of(new HistorischeImport.Verstrekking(
                        x.soort(), x.vorm(), x.potCode(), x.jaar(), new BigDecimal("-1"), x.omschrijving(),
                        x.gemeente(), x.eigenGemeente(), x.grondslag(), x.bezwaar(), consulent, x.voorgesteldOp(),
                        consulent, x.beoordeeldOp(), x.ontvanger(), x.betaaldOp(), x.betaaldDoor(), null)),
                c.nazorg(), c.enquete());
        ApiException e = catchThrowableOfType(ApiException.class, () -> importeren.importeer(
                new HistorischeImport.Partij(team, "IMP", null, List.of(geweigerd("Import Goed"), zonderNaam,
                        vierOgen)), MIGRATIE));
        assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactlyInAnyOrder("casussen[1].naam",
                "casussen[2].geschiedenis", "casussen[2].uitkomst", "casussen[2].verstrekkingen[0].beoordeeldDoor",
                "casussen[2].verstrekkingen[0].bedrag");

        HistorischeImport.Casus onbekendePot = new HistorischeImport.Casus(c.aanmelder(), c.organisatie(),
                c.casemanager(), null, c.naam(), c.geboortedatum(), c.categorie(), 1, 0, c.inkomen(), c.slaapplek(),
                c.reden(), c.voorkeursregios(), c.toestemmingOp(), c.compleetOp(), c.aangemaaktOp(), c.status(),
                c.variant(), c.criteriaJaar(), c.uitkomst(), null, c.bestemming(), c.bestemmingCode(),
                c.gehuisvestOp(), true, c.uitkeringBeeindigdOp(), c.geschiedenis(), c.toetsing(), List.of(
                        new HistorischeImport.Verstrekking(x.soort(), x.vorm(), "BESTAAT_NIET", JAAR, x.bedrag(),
                                x.omschrijving(), x.gemeente(), false, x.grondslag(), true, casemanager,
                                x.voorgesteldOp(), consulent, x.beoordeeldOp(), x.ontvanger(), x.betaaldOp(),
                                x.betaaldDoor(), null)), null, null);
        e = catchThrowableOfType(ApiException.class, () -> importeren.importeer(new HistorischeImport.Partij(team,
                "IMP", null, List.of(geweigerd("Import Goed"), onbekendePot)), MIGRATIE));
        assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactly("casussen[1].verstrekkingen[0]");
        assertThat(aantal("select count(*) from vhb_casus where team_id = ?", team)).as("all or nothing")
                .isEqualTo(voor);
    }
}
