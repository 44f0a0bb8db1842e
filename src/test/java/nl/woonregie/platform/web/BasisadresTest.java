package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BasisadresTest {

    @Test
    void een_basisadres_dat_geen_volledig_adres_is_wordt_bij_de_start_geweigerd() {
        assertThat(Basisadres.geldig("https://woonregie.gemeente.nl/")).isEqualTo("https://woonregie.gemeente.nl");
        assertThat(Basisadres.geldig("http://localhost:8080")).isEqualTo("http://localhost:8080");
        for (String fout : new String[] {"", " ", "woonregie.nl", "/enquete", "ftp://x.nl", "https://x.nl/?a=b",
            "https://x.nl/#a", "https://iemand@x.nl"}) {
            assertThatThrownBy(() -> new Basisadres(fout)).as(fout).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("woonregie.basis-url");
        }
    }

    @Test
    void een_pad_wordt_een_volledig_adres_op_het_basisadres() {
        Basisadres b = new Basisadres("https://woonregie.gemeente.nl/");
        assertThat(b.van("/wachtwoord/abc")).isEqualTo("https://woonregie.gemeente.nl/wachtwoord/abc");
        assertThat(b.van("enquete/x")).isEqualTo("https://woonregie.gemeente.nl/enquete/x");
    }
}
