package nl.woonregie.verhuisbox.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The success rate per referring organisation (issue 20 §5), derived from 'Aanmeldingen per aanmeldende organisatie'
 * and 'Gehuisvest per aanmeldende organisatie' of the same period: housed ÷ registered as a Dutch percentage with one
 * decimal, "—" for an organisation that registered nobody in the period, most registered first. The numbers are those
 * of the 2021 report (002: OCW casemanagers 66 referrals, 22 moves; D&T loket SZW 48 and 34), plus an organisation
 * with moves but no referrals in the period.
 */
class SlagingTest {

    static Rapportage.Cijfer cijfer(String code, Rapportage.Deel... delen) {
        int som = java.util.Arrays.stream(delen).mapToInt(Rapportage.Deel::casussen).sum();
        return new Rapportage.Cijfer(Figuren.figuur(code), true, BigDecimal.valueOf(som), som, List.of(delen));
    }

    static Rapportage.Deel deel(String naam, int n) {
        return new Rapportage.Deel(naam, naam, BigDecimal.valueOf(n), n);
    }

    @Test
    void gehuisvest_gedeeld_door_aangemeld_per_organisatie() {
        Rapportage.Rapport r = new Rapportage.Rapport(1, "Team", Periode.jaar(2021), List.of(
                cijfer("AANMELDINGEN_PER_ORGANISATIE", deel("Casemanagers OCW", 66), deel("D&T loket SZW", 48),
                        deel("Kessler Stichting", 3)),
                cijfer("GEHUISVEST_PER_ORGANISATIE", deel("Casemanagers OCW", 22), deel("D&T loket SZW", 34),
                        deel("Leger des Heils", 2))), List.of(), List.of());
        List<Rapportage.Slaging> s = Rapportage.slagingPerOrganisatie(r);
        assertThat(s).extracting(Rapportage.Slaging::organisatie).containsExactly("Casemanagers OCW",
                "D&T loket SZW", "Kessler Stichting", "Leger des Heils");
        assertThat(s).extracting(Rapportage.Slaging::weergave).containsExactly("33,3%", "70,8%", "0,0%", "—");
        assertThat(s.get(3).aangemeld()).isZero();
        assertThat(s.get(3).gehuisvest()).isEqualTo(2);
    }
}
