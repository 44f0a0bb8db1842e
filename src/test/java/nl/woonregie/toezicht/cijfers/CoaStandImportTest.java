package nl.woonregie.toezicht.cijfers;

import static nl.woonregie.support.Api.BEHEERDER;
import static nl.woonregie.support.Api.XLSX;
import static nl.woonregie.support.Api.fouten;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Importing COA standings (COA, BEHEERDER nationwide; a supervisor for its own province): dates, ja/nee, errors,
 * versions, roles. Periods 2091–2092 and 2096.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoaStandImportTest {

    static final String PAD = "/api/v1/coa-standen/import";
    static final String KOP = "gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String coa;
    String th;
    String denHaag;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        coa = accounts.coa();
        th = accounts.toezichthouder("PV28");
        denHaag = accounts.gemeente("GM0518");
    }

    @Test
    void coa_importeert_standen_met_beide_datumnotaties_en_ja_nee_varianten() {
        String csv = KOP + """
                GM0518;2091-I;2091-01-31;10;100;0;ja
                GM0518;2091-I;28-02-2091;25;90;1;NEE
                GM0363;2091-I;31-03-2091;5;7;0;true
                GM0080;2091-I;2091-03-31;0;0;0;0
                """;
        JsonNode r = api.als(coa).postCsv(PAD, csv).json(201);
        assertThat(r.get("nieuw").asInt()).isEqualTo(4);
        assertThat(standen("2091-I")).containsExactly(
                "GM0080 2091-03-31 0/0/0 false",
                "GM0363 2091-03-31 5/7/0 true",
                "GM0518 2091-01-31 10/100/0 true",
                "GM0518 2091-02-28 25/90/1 false");
        assertThat(jdbc.sql("select distinct ingevoerd_door from coa_stand where periode = '2091-I'")
                .query(String.class).list()).containsExactly(coa);
    }

    @Test
    void xlsx_met_datumcellen_als_body() {
        byte[] xlsx = Xlsx.bestand(List.of(
                List.of("gemeente", "periode", "datum", "gehuisvest", "koppelingen", "omkoppelingen", "stapelgemeente"),
                List.of("GM0599", "2091-II", LocalDate.of(2091, 7, 31), 12, 40, 2, true),
                List.of("GM0599", "2091-II", "31-08-2091", 20, 35, 2, "nee")));
        api.als(BEHEERDER).post(PAD, XLSX, xlsx).json(201);
        assertThat(standen("2091-II")).containsExactly("GM0599 2091-07-31 12/40/2 true",
                "GM0599 2091-08-31 20/35/2 false");
    }

    @Test
    void elke_fout_wordt_genoemd_en_niets_opgeslagen() {
        String csv = KOP + """
                GM0518;2092-I;2092-07-01;1;1;0;ja
                GM0518;2092-I;31-02-2092;1;1;0;ja
                GM0518;2092-I;2092-01-31;1;-1;0;misschien
                GM0518;2092-I;31-01-2092;2;1;0;nee
                GM0518;2092-I;;1.5;1;;ja
                """;
        JsonNode p = api.als(coa).postCsv(PAD, csv).probleem(400);
        assertThat(fouten(p)).containsExactly(
                "regel 2, kolom datum: 1 juli 2092 ligt niet in periode 2092-I (1 januari 2092 t/m 30 juni 2092)",
                "regel 3, kolom datum: '31-02-2092' is geen datum; gebruik jjjj-mm-dd of dd-mm-jjjj",
                "regel 4, kolom koppelingen: mag niet negatief zijn",
                "regel 4, kolom stapelgemeente: 'misschien' is geen ja of nee (ook true/false of 1/0)",
                "regel 6, kolom datum: is leeg",
                "regel 6, kolom gehuisvest: '1.5' is geen geheel getal",
                "regel 6, kolom omkoppelingen: is leeg");
        assertThat(standen("2092-I")).isEmpty();
        // the same day in another notation is the same standing
        JsonNode dubbel = api.als(coa).postCsv(PAD,
                KOP + "GM0518;2092-I;2092-01-31;1;1;0;ja\nGM0518;2092-I;31-01-2092;2;1;0;nee\n").probleem(400);
        assertThat(fouten(dubbel)).containsExactly("regel 3: dubbel: zelfde gemeente, periode en datum als regel 2");
    }

    @Test
    void een_gecorrigeerde_stand_is_een_nieuwe_versie_en_hetzelfde_bestand_nogmaals_verandert_niets() {
        String csv = KOP + "GM0546;2092-II;2092-07-31;3;30;0;nee\nGM0546;2092-II;2092-08-31;6;28;0;nee\n";
        api.als(coa).postCsv(PAD, csv).json(201);
        api.als(coa).postCsv(PAD, csv).json();
        JsonNode r = api.als(coa).postCsv(PAD,
                KOP + "GM0546;2092-II;2092-07-31;3;30;0;nee\nGM0546;2092-II;2092-08-31;7;28;0;ja\n").json(201);
        assertThat(r.get("gewijzigd").asInt()).isEqualTo(1);
        assertThat(r.get("ongewijzigd").asInt()).isEqualTo(1);
        JsonNode coaStanden = api.als(coa).get("/api/v1/gemeenten/GM0546/cijfers").json().get("coaStanden");
        JsonNode augustus = null;
        for (JsonNode s : coaStanden) {
            if (s.get("datum").asString().equals("2092-08-31")) {
                augustus = s;
            }
        }
        assertThat(augustus).isNotNull();
        assertThat(augustus.get("periode").asString()).isEqualTo("2092-II");
        assertThat(augustus.get("versies")).hasSize(2);
        assertThat(augustus.at("/versies/0/gehuisvest").asInt()).isEqualTo(7);
        assertThat(augustus.at("/versies/0/stapelgemeente").asBoolean()).isTrue();
        assertThat(augustus.at("/versies/1/gehuisvest").asInt()).isEqualTo(6);
        assertThat(augustus.at("/versies/1/vervangenOp").isNull()).isFalse();
        assertThat(standen("2092-II")).containsExactly("GM0546 2092-07-31 3/30/0 false",
                "GM0546 2092-08-31 7/28/0 true");
    }

    @Test
    void een_toezichthouder_importeert_alleen_voor_de_eigen_provincie_en_een_gemeente_niet() {
        String andere = KOP + "GM0518;2096-I;2096-05-31;1;1;0;ja\nGM0363;2096-I;2096-05-31;1;1;0;ja\n";
        assertThat(fouten(api.als(th).postCsv(PAD, andere).probleem(400))).containsExactly(
                "regel 3, kolom gemeente: GM0363 (Amsterdam) hoort niet bij uw provincie (PV28)");
        api.als(denHaag).postCsv(PAD, KOP + "GM0518;2096-I;2096-05-31;1;1;0;ja\n").probleem(403);
        assertThat(jdbc.sql("select count(*) from coa_stand where datum = '2096-05-31'").query(Long.class).single())
                .isZero();
        api.als(th).postCsv(PAD, KOP + "GM0518;2096-I;2096-05-31;1;1;0;ja\n").json(201);
        assertThat(jdbc.sql("select count(*) from coa_stand where datum = '2096-05-31'").query(Long.class).single())
                .isEqualTo(1);
    }

    private List<String> standen(String periode) {
        return jdbc.sql("""
                select gemeente_code || ' ' || datum || ' ' || gehuisvest || '/' || koppelingen || '/' || omkoppelingen
                       || ' ' || stapelgemeente
                from coa_stand where periode = ? and vervangen_op is null order by gemeente_code, datum""")
                .param(periode).query(String.class).list();
    }
}
