package nl.woonregie.verhuisbox.traject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void elfproef() {
        assertThat(Bsn.geldig("111222333")).isTrue();
        assertThat(Bsn.geldig("123456782")).isTrue();
        assertThat(Bsn.geldig("123456789")).isFalse();
        assertThat(Bsn.geldig("000000000")).isFalse();
        assertThat(Bsn.geldig("12345678")).isFalse();
        assertThat(Bsn.geldig("12345678a")).isFalse();
        assertThat(Bsn.geldig(null)).isFalse();
    }
}
