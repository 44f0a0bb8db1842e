package nl.woonregie.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.woonregie.gebied.BevolkingImport;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The half-years 2021-I … 2022-II, whose population (1 January 2020 and 2021) an administrator imports first, and the
 * herindelingen of 2021 and 2022: Eemsdelta, Dijk en Waard, Land van Cuijk and Maashorst as the sum of their parts,
 * Beemster in Purmerend, and the split of Haaren, for which the province must fix the figures of the four receivers.
 * The imported files are test data (the shipped figures of 1 January 2019, which the project has, presented as those
 * of 2020 and, reshaped onto the 2021 indeling, of 2021: the real ones are not in the project). Everything runs in a
 * transaction that is rolled back, so the other tests see no figures of 2020 or 2021.
 */
@IntegratieTest
class VerdelingVoor2022Test {

    static final Gebruiker BEHEERDER = Gebruiker.met(0, "beheerder", Toewijzing.zonderScope(Rol.BEHEERDER));
    static final Gebruiker TH_BRABANT = Gebruiker.met(0, "toezicht-nb", Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV30"));

    @Autowired
    BevolkingImport bevolking;

    @Autowired
    VerdelingService verdeling;

    @Autowired
    Herindelingsbevolking herindelingen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    Map<String, Integer> cijfers2019() {
        Map<String, Integer> m = new LinkedHashMap<>();
        jdbc.sql("select gemeente_code, inwoners from bevolking where peildatum = date '2019-01-01' order by 1")
                .query(rs -> {
                    m.put(rs.getString(1), rs.getInt(2));
                });
        return m;
    }

    static byte[] csv(int jaar, Map<String, Integer> cijfers) {
        StringBuilder sb = new StringBuilder("jaar;peildatum;code;naam_in_bron;inwoners\n");
        cijfers.forEach((code, n) -> sb.append(jaar).append(';').append(jaar).append("-01-01;").append(code)
                .append(";testgemeente;").append(n).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void met_de_bevolking_van_2020_en_2021_worden_2021_en_2022_verdeeld_volgens_artikel_30() {
        transacties.executeWithoutResult(status -> {
            status.setRollbackOnly();
            Map<String, Integer> c2019 = cijfers2019();
            bevolking.importeer("2020", "Testgegevens: de CBS-cijfers van 1 januari 2019", csv(2020, c2019), "t.csv",
                    BEHEERDER, null);

            // Haaren was split on 1 January 2021: Noord-Brabant has to fix the receivers' figures first
            assertThatThrownBy(() -> verdeling.bereken(BEHEERDER, "2021-I", "10000", null))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactly("periode");
                        assertThat(e.invalidParams().get(0).reason()).contains("splitsing", "Boxtel (GM0757",
                                "Oisterwijk (GM0824", "Tilburg (GM0855", "Vught (GM0865", "Noord-Brabant");
                    });
            Herindelingsoverzicht brabant = herindelingen.overzicht(TH_BRABANT, "PV30", "2021-II");
            assertThat(brabant.gemeenten()).extracting(Herindelingsgemeente::code)
                    .containsExactly("GM0757", "GM0824", "GM0855", "GM0865");
            Herindelingsgemeente boxtel = brabant.gemeenten().get(0);
            assertThat(boxtel.somVanDelen()).isNull();
            assertThat(boxtel.gebruikt()).isNull();
            assertThat(boxtel.delen()).extracting(Samenstellingsdeel::code, Samenstellingsdeel::deels)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("GM0757", false),
                            org.assertj.core.groups.Tuple.tuple("GM0788", true));
            // a made-up decision of GS: each receiver its own figure plus a quarter of Haaren
            long kwart = c2019.get("GM0788") / 4;
            for (String code : Set.of("GM0757", "GM0824", "GM0855", "GM0865")) {
                herindelingen.vastleggen(TH_BRABANT, "PV30", "2021-I", code, Long.toString(c2019.get(code) + kwart),
                        "PNB-test-" + code, "2020-09-15", null);
            }

            Verdeling v2021 = verdeling.bereken(BEHEERDER, "2021-I", "10000", null);
            assertThat(v2021.peildatumBevolking()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(v2021.gemeenten()).hasSize(352).extracting(Verdeling.Gemeente::code)
                    .contains("GM1979").doesNotContain("GM0003", "GM0788");
            assertThat(v2021.inwonersNederland()).isEqualTo(17_282_163L);
            Verdeling.Gemeente eemsdelta = gemeente(v2021, "GM1979");
            assertThat(eemsdelta.inwonersBron()).isEqualTo(Inwonersbron.SOM_VAN_DELEN);
            assertThat(eemsdelta.inwoners()).isEqualTo((long) c2019.get("GM0003") + c2019.get("GM0010")
                    + c2019.get("GM0024"));
            Verdeling.Gemeente tilburg = gemeente(v2021, "GM0855");
            assertThat(tilburg.inwonersBron()).isEqualTo(Inwonersbron.PROVINCIE);
            assertThat(tilburg.inwoners()).isEqualTo(c2019.get("GM0855") + kwart);
            assertThat(tilburg.kenmerk()).isEqualTo("PNB-test-GM0855");
            assertThat(gemeente(v2021, "GM0370").inwonersBron()).isEqualTo(Inwonersbron.CBS); // Beemster until 2022
            formule(v2021);

            // 2022-I needs 1 January 2021: on the 2021 indeling (Eemsdelta, no Haaren)
            assertThatThrownBy(() -> verdeling.bereken(BEHEERDER, "2022-I", "10000", null))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.invalidParams().get(0).reason())
                            .contains("2021"));
            Map<String, Integer> c2021 = new LinkedHashMap<>(c2019);
            int eems = c2021.remove("GM0003") + c2021.remove("GM0010") + c2021.remove("GM0024");
            c2021.put("GM1979", eems);
            c2021.remove("GM0788");
            bevolking.importeer("2021", "Testgegevens: de CBS-cijfers van 1 januari 2019 op de indeling van 2021",
                    csv(2021, c2021), "t.csv", BEHEERDER, null);
            Verdeling v2022 = verdeling.bereken(BEHEERDER, "2022-II", "10000", "HALF_OMHOOG");
            assertThat(v2022.gemeenten()).hasSize(345);
            assertThat(v2022.peildatumBevolking()).isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(gemeente(v2022, "GM1980").inwoners()).isEqualTo((long) c2019.get("GM0398") + c2019.get("GM0416"));
            assertThat(gemeente(v2022, "GM0439").inwoners()).isEqualTo((long) c2019.get("GM0439") + c2019.get("GM0370"));
            assertThat(gemeente(v2022, "GM0439").inwonersBron()).isEqualTo(Inwonersbron.SOM_VAN_DELEN);
            assertThat(gemeente(v2022, "GM1982").inwoners()).isEqualTo((long) c2019.get("GM0756") + c2019.get("GM1684")
                    + c2019.get("GM0786") + c2019.get("GM0815") + c2019.get("GM1702"));
            assertThat(gemeente(v2022, "GM1991").inwoners()).isEqualTo((long) c2019.get("GM1685") + c2019.get("GM0856"));
            assertThat(gemeente(v2022, "GM1979").inwonersBron()).isEqualTo(Inwonersbron.CBS);
            assertThat(gemeente(v2022, "GM0457").inwonersBron()).isEqualTo(Inwonersbron.CBS); // Weesp until March 2022
        });
        assertThat(jdbc.sql("select count(*) from bevolking where peildatum in (date '2020-01-01', date '2021-01-01')")
                .query(Long.class).single()).isZero();
    }

    static void formule(Verdeling v) {
        for (Verdeling.Gemeente g : v.gemeenten()) {
            long teller = v.landelijk() * g.inwoners();
            assertThat(g.taakstelling()).isEqualTo(teller / v.inwonersNederland()
                    + (teller % v.inwonersNederland() == 0 ? 0 : 1));
        }
    }

    static Verdeling.Gemeente gemeente(Verdeling v, String code) {
        return v.gemeenten().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }
}
