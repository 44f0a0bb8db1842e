package nl.woonregie.verhuisbox.zoeken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KluisTest {

    @TempDir
    Path dir;

    @Test
    void versleutelt_met_een_nieuwe_nonce_per_geheim_en_bindt_aan_de_context() {
        Kluis k = new Kluis(Base64.getEncoder().encodeToString(new byte[32]), new nl.woonregie.platform.core.DataMap(dir.toString()));
        Kluis.Versleuteld a = k.versleutel("klant\ngeheim", "vhb_inschrijving:1:2");
        Kluis.Versleuteld b = k.versleutel("klant\ngeheim", "vhb_inschrijving:1:2");
        assertThat(a.nonce()).hasSize(12).isNotEqualTo(b.nonce());
        assertThat(a.geheim()).isNotEqualTo(b.geheim());
        assertThat(new String(a.geheim())).doesNotContain("geheim");
        assertThat(k.ontsleutel(a, "vhb_inschrijving:1:2")).isEqualTo("klant\ngeheim");
        assertThatThrownBy(() -> k.ontsleutel(a, "vhb_inschrijving:1:3")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void zonder_omgevingsvariabele_een_sleutelbestand_met_rechten_0600() throws Exception {
        Kluis k = new Kluis("", new nl.woonregie.platform.core.DataMap(dir.toString()));
        Path bestand = dir.resolve("kluis.sleutel");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand))).isEqualTo("rw-------");
        Kluis.Versleuteld v = k.versleutel("x", "c");
        assertThat(new Kluis("", new nl.woonregie.platform.core.DataMap(dir.toString())).ontsleutel(v, "c")).isEqualTo("x");
    }

    @Test
    void een_verkeerde_sleutellengte_wordt_geweigerd() {
        assertThatThrownBy(() -> new Kluis(Base64.getEncoder().encodeToString(new byte[16]), new nl.woonregie.platform.core.DataMap(dir.toString())))
                .hasMessageContaining("32 bytes");
    }
}
