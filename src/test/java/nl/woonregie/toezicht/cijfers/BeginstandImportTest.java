package nl.woonregie.toezicht.cijfers;

import static nl.woonregie.support.Api.BEHEERDER;
import static nl.woonregie.support.Api.XLSX;
import static nl.woonregie.support.Api.fouten;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Importing beginstanden (one current per municipality): steps (3 is read as 3a), negative saldo, errors, versions
 * and scope. Municipalities of Drenthe (PV22) and Fryslân (PV21); their current beginstanden from other test classes
 * are set aside during this class and put back afterwards ({@link BeginstandenOpzij}).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeginstandImportTest {

    static final String PAD = "/api/v1/beginstanden/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String thDrenthe;
    String coa;
    BeginstandenOpzij opzij;

    @BeforeAll
    void accounts() {
        opzij = new BeginstandenOpzij(jdbc, "GM0119", "GM0118", "GM0114", "GM0098", "GM0109", "GM0080", "GM0088",
                "GM0106", "GM0093");
        opzij.zetOpzij();
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        thDrenthe = accounts.toezichthouder("PV22");
        coa = accounts.coa();
    }

    @AfterAll
    void opruimen() {
        opzij.zetTerug();
    }

    @Test
    void beginstanden_met_negatief_saldo_en_trede_3_als_3a() {
        String csv = "gemeente;periode;saldoIn;trede\nGM0119;2030-I;-12;3\nGM0118;2030-I;25;3B\nGM0114;2030-II;0;0\n";
        JsonNode r = api.als(BEHEERDER).postCsv(PAD, csv).json(201);
        assertThat(r.get("soort").asString()).isEqualTo("BEGINSTAND");
        assertThat(r.get("nieuw").asInt()).isEqualTo(3);
        assertThat(huidig("GM0119")).isEqualTo("2030-I -12 3a");
        assertThat(huidig("GM0118")).isEqualTo("2030-I 25 3b");
        assertThat(huidig("GM0114")).isEqualTo("2030-II 0 0");
        // 3 and 3a are the same step: importing 3a again changes nothing
        assertThat(api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;saldoIn;trede\nGM0119;2030-I;-12;3a\n").json()
                .get("ongewijzigd").asInt()).isEqualTo(1);
    }

    @Test
    void elke_fout_wordt_genoemd_ook_een_tweede_beginstand_voor_dezelfde_gemeente() {
        String csv = """
                gemeente,periode,saldoIn,trede
                GM0098,2030-I,abc,7
                GM0109,2030,1,2
                GM0109,2031-I,1,2
                GM0080,2030-I,+5,1
                GM0080,2030-II,5000000,
                """;
        JsonNode p = api.als(BEHEERDER).postCsv(PAD, csv).probleem(400);
        assertThat(fouten(p)).containsExactly(
                "regel 2, kolom saldoIn: 'abc' is geen geheel getal",
                "regel 2, kolom trede: '7' is geen trede; kies uit 0, 1, 2, 3, 3a, 3b, 4, 5, 6",
                "regel 3, kolom periode: '2030' is geen periode; gebruik jjjj-I of jjjj-II, bijvoorbeeld 2022-II",
                "regel 6, kolom saldoIn: is te groot (hoogstens 1000000)",
                "regel 6, kolom trede: is leeg");
        assertThat(huidige("GM0098", "GM0109", "GM0080")).isZero();
        JsonNode dubbel = api.als(BEHEERDER).postCsv(PAD,
                "gemeente,periode,saldoIn,trede\nGM0080,2030-I,5,1\nGM0080,2030-II,6,1\n").probleem(400);
        assertThat(fouten(dubbel)).containsExactly(
                "regel 3: dubbel: zelfde gemeente als regel 2 (één beginstand per gemeente)");
    }

    @Test
    void een_nieuwe_beginstand_vervangt_de_huidige_die_zichtbaar_blijft() {
        byte[] xlsx = Xlsx.bestand(List.of(List.of("Gemeente", "Periode", "SaldoIn", "Trede"),
                List.of("GM0088", "2030-I", 4, "1")));
        api.als(BEHEERDER).upload(PAD, "begin.xlsx", XLSX, xlsx).json(201);
        JsonNode r = api.als(BEHEERDER).postCsv(PAD, "gemeente;periode;saldoIn;trede\nGM0088;2030-II;-3;2\n")
                .json(201);
        assertThat(r.get("gewijzigd").asInt()).isEqualTo(1);
        JsonNode versies = api.als(BEHEERDER).get("/api/v1/gemeenten/GM0088/cijfers").json()
                .at("/beginstand/versies");
        assertThat(versies.size()).isGreaterThanOrEqualTo(2); // and versions set aside from other test classes
        assertThat(versies.get(0).get("periode").asString()).isEqualTo("2030-II");
        assertThat(versies.get(0).get("saldoIn").asInt()).isEqualTo(-3);
        assertThat(versies.get(0).get("vervangenOp").isNull()).isTrue();
        assertThat(versies.get(1).get("periode").asString()).isEqualTo("2030-I");
        assertThat(versies.get(1).get("trede").asString()).isEqualTo("1");
        assertThat(versies.get(1).get("vervangenOp").isNull()).isFalse();
        assertThat(huidig("GM0088")).isEqualTo("2030-II -3 2");
    }

    @Test
    void toezichthouder_van_drenthe_alleen_voor_drentse_gemeenten_en_coa_niet() {
        api.als(thDrenthe).postCsv(PAD, "gemeente;periode;saldoIn;trede\nGM0106;2030-I;1;0\n").json(201);
        JsonNode p = api.als(thDrenthe).postCsv(PAD,
                "gemeente;periode;saldoIn;trede\nGM0109;2030-I;1;0\nGM0093;2030-I;1;0\n").probleem(400);
        assertThat(fouten(p)).containsExactly(
                "regel 3, kolom gemeente: GM0093 (Terschelling) hoort niet bij uw provincie (PV22)");
        assertThat(huidige("GM0109", "GM0093")).isZero();
        api.als(coa).postCsv(PAD, "gemeente;periode;saldoIn;trede\nGM0109;2030-I;1;0\n").probleem(403);
    }

    private long huidige(String... gemeenten) {
        return jdbc.sql("select count(*) from beginstand where vervangen_op is null and gemeente_code = any(?)")
                .param(gemeenten).query(Long.class).single();
    }

    private String huidig(String gemeente) {
        return jdbc.sql("select periode || ' ' || saldo_in || ' ' || trede from beginstand "
                + "where gemeente_code = ? and vervangen_op is null").param(gemeente).query(String.class).single();
    }
}
