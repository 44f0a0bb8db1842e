package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stored programme (Haarlem's plan, as the demo loads it): who reads it, who changes which part, a change as a new
 * version with its reason in the audit trail, a stale version refused, every invalid field named.
 */
@IntegratieTest
class ProgrammaServiceTest {

    static final Gebruiker BEHEERDER = Gebruiker.met(0, "beheerder", Toewijzing.zonderScope(Rol.BEHEERDER));

    @Autowired
    ProgrammaService programmas;

    @Autowired
    AuditTrail audit;

    Programma haarlem;

    @BeforeEach
    void maakHaarlem() throws Exception {
        haarlem = programmas.aanmaken(BEHEERDER, HaarlemBegrotingTest.haarlem(), "Plan van aanpak 2020–2021", "test");
    }

    static Gebruiker met(String naam, Rol rol, long programma) {
        return Gebruiker.met(1, naam, new Toewijzing(rol, null, null, null, programma, null, null));
    }

    @Test
    void opgeslagen_en_teruggelezen_telt_het_plan_op_tot_5_621_184() {
        Programma p = programmas.lees(BEHEERDER, haarlem.id());
        assertThat(p.versie()).isEqualTo(1);
        assertThat(p.plan()).isEqualTo(haarlem.plan());
        assertThat(programmas.begroting(BEHEERDER, p.id()).totaal().bedrag()).isEqualByComparingTo("5621184");
        assertThat(audit.vanObject("programma", Long.toString(p.id()))).extracting(AuditTrail.Gebeurtenis::actie)
                .containsExactly("PROGRAMMA_AANGEMAAKT");
    }

    @Test
    void partnergemeenten_en_het_bestuur_van_haarlem_lezen_een_andere_gemeente_niet() {
        Gebruiker zandvoort = Gebruiker.met(2, "gm-zandvoort", Toewijzing.gemeente(Rol.GEMEENTE, "GM0473"));
        Gebruiker bestuur = Gebruiker.met(3, "bestuur-haarlem", Toewijzing.gemeente(Rol.BESTUUR, "GM0392"));
        Gebruiker leiden = Gebruiker.met(4, "gm-leiden", Toewijzing.gemeente(Rol.GEMEENTE, "GM0546"));
        Gebruiker andereManager = met("pm-ander", Rol.PROGRAMMAMANAGER, haarlem.id() + 100_000);
        assertThat(programmas.lees(zandvoort, haarlem.id()).id()).isEqualTo(haarlem.id());
        assertThat(programmas.lijst(zandvoort)).extracting(Programma::id).contains(haarlem.id());
        assertThat(programmas.rechten(bestuur, haarlem)).isEqualTo(new ProgrammaService.Rechten(true, false, false));
        assertThat(programmas.lijst(leiden)).extracting(Programma::id).doesNotContain(haarlem.id());
        assertThatThrownBy(() -> programmas.lees(leiden, haarlem.id())).isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status().value()).isEqualTo(404);
        assertThatThrownBy(() -> programmas.lees(andereManager, haarlem.id())).isInstanceOf(ApiException.class);
    }

    @Test
    void de_programmamanager_wijzigt_een_project_als_nieuwe_versie_met_reden() {
        Gebruiker pm = met("pm-haarlem", Rol.PROGRAMMAMANAGER, haarlem.id());
        Programmaplan.Project oud = haarlem.plan().projecten().get(2);
        Programmaplan.Project nieuw = new Programmaplan.Project(3, 2, oud.naam(), oud.soort(),
                Programmaplan.Projectstatus.IN_UITVOERING, oud.planning(), oud.eigenaar(), List.of("Kenter"),
                oud.verwachtResultaat());
        Programma p = programmas.zetProject(pm, haarlem.id(), "\"1\"", nieuw, "Gestart in januari", "test");
        assertThat(p.versie()).isEqualTo(2);
        assertThat(p.plan().projecten().get(2)).isEqualTo(nieuw);
        assertThat(p.versies().get(0)).satisfies(v -> {
            assertThat(v.wat()).isEqualTo("Project 3 gewijzigd");
            assertThat(v.reden()).isEqualTo("Gestart in januari");
            assertThat(v.door()).isEqualTo("pm-haarlem");
        });
        assertThat(audit.vanObject("programma", Long.toString(p.id()))).extracting(AuditTrail.Gebeurtenis::actie)
                .containsExactly("PROGRAMMA_AANGEMAAKT", "PROGRAMMA_PROJECT_GEZET");
    }

    @Test
    void een_verouderde_versie_wordt_geweigerd() {
        Gebruiker pm = met("pm-haarlem", Rol.PROGRAMMAMANAGER, haarlem.id());
        Programmaplan.Thema t = new Programmaplan.Thema(1, "Preventie en vroegsignalering");
        programmas.zetThema(pm, haarlem.id(), "1", t, "Naam zoals de regio hem gebruikt", "test");
        assertThatThrownBy(() -> programmas.zetThema(pm, haarlem.id(), "1", t, "nog eens", "test"))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).status().value())
                .isEqualTo(409);
    }

    @Test
    void begrotingsregels_zijn_van_de_controller_niet_van_de_programmamanager() {
        Gebruiker pm = met("pm-haarlem", Rol.PROGRAMMAMANAGER, haarlem.id());
        Gebruiker controller = met("controller-haarlem", Rol.CONTROLLER, haarlem.id());
        Programmaplan.Begrotingsregel r = new Programmaplan.Begrotingsregel(12, "Evaluatie", new BigDecimal("10000.00"),
                2021, 2021, Programmaplan.Kostensoort.INCIDENTEEL, "Gemeente Haarlem", 2, null, List.of(), null);
        assertThatThrownBy(() -> programmas.zetRegel(pm, haarlem.id(), "1", r, "evaluatie", "test"))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).status().value())
                .isEqualTo(403);
        assertThatThrownBy(() -> programmas.zetProject(controller, haarlem.id(), "1",
                haarlem.plan().projecten().get(0), "x", "test")).isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status().value()).isEqualTo(403);
        programmas.zetRegel(controller, haarlem.id(), "1", r, "Evaluatie door een bureau", "test");
        assertThat(programmas.begroting(controller, haarlem.id()).totaal().bedrag()).isEqualByComparingTo("5631184");
        assertThat(programmas.begroting(controller, haarlem.id()).bevindingen())
                .extracting(b -> b.soort().name()).contains("VERMELD_TOTAAL_WIJKT_AF");
    }

    @Test
    void elk_ongeldig_veld_van_een_regel_wordt_genoemd() {
        Gebruiker controller = met("controller-haarlem", Rol.CONTROLLER, haarlem.id());
        Programmaplan.Begrotingsregel r = new Programmaplan.Begrotingsregel(12, " ", new BigDecimal("-1.001"),
                2022, 2021, null, null, 9, null, List.of(99), null);
        assertThatThrownBy(() -> programmas.zetRegel(controller, haarlem.id(), null, r, null, "test"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).invalidParams()).extracting(InvalidParam::name)
                        .containsExactlyInAnyOrder("If-Match", "omschrijving", "bedrag", "totJaar", "kostensoort",
                                "financieringsbron", "projecten", "thema", "projecten[0]", "reden"));
    }

    @Test
    void een_meting_komt_bij_de_indicator() {
        Gebruiker pm = met("pm-haarlem", Rol.PROGRAMMAMANAGER, haarlem.id());
        Programma p = programmas.voegMetingToe(pm, haarlem.id(), "1", 2, new Programmaplan.Meting(
                LocalDate.of(2020, 5, 1), new BigDecimal("5"), "Regenboog Groep", "eerste half jaar"), "Rapportage",
                "test");
        assertThat(p.plan().indicatoren().get(1).metingen()).singleElement()
                .satisfies(m -> assertThat(m.waarde()).isEqualByComparingTo("5"));
        assertThatThrownBy(() -> programmas.voegMetingToe(pm, haarlem.id(), "2", 2, new Programmaplan.Meting(
                null, null, "", null), "x", "test")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).invalidParams()).extracting(InvalidParam::name)
                        .containsExactlyInAnyOrder("datum", "waarde", "bron"));
    }

    @Test
    void alleen_de_beheerder_maakt_een_programma() throws Exception {
        Gebruiker pm = met("pm-haarlem", Rol.PROGRAMMAMANAGER, haarlem.id());
        assertThatThrownBy(() -> programmas.aanmaken(pm, HaarlemBegrotingTest.haarlem(), "x", "test"))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).status().value())
                .isEqualTo(403);
    }
}
