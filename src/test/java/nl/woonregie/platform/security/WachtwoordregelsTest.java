package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which new passwords are refused: the trivial and common ones the attacker found accepted, and their kind. */
class WachtwoordregelsTest {

    static final Wachtwoordregels REGELS = new Wachtwoordregels();

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "123456789012", "            ", "qwertyuiopas", "abcabcabcabc",
        "121212121212", "aaaabbbbcccc", "zyxwvutsrqpo", "098765432109", "asdfghjklasd", "Zomer2024!Zomer2024!"})
    void een_herhaling_of_reeks_wordt_geweigerd(String wachtwoord) {
        assertThat(REGELS.bezwaar(wachtwoord, "iemand")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Welkom123456", "welkom2026!!", "Wachtwoord01", "W3lk0m!!2026", "password1234",
        "Feyenoord1908", "Voorjaar2026!", "!!Rotterdam010", "iloveyou1234", "1qaz2wsx3edc"})
    void een_veelgebruikt_wachtwoord_of_woord_met_cijfers_eromheen_wordt_geweigerd(String wachtwoord) {
        assertThat(REGELS.bezwaar(wachtwoord, "iemand")).isPresent();
        assertThat(REGELS.bezwaar(wachtwoord, "iemand").get()).satisfiesAnyOf(
                b -> assertThat(b).contains("veelgebruikte"), b -> assertThat(b).contains("herhaling"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kort", "elf tekens!", ""})
    void korter_dan_12_tekens_wordt_geweigerd(String wachtwoord) {
        assertThat(REGELS.bezwaar(wachtwoord, "iemand")).contains("Kies een wachtwoord van minstens 12 tekens.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vhb-casemanager-2026!", "xVHB-CASEMANAGERx9"})
    void de_gebruikersnaam_in_het_wachtwoord_wordt_geweigerd(String wachtwoord) {
        assertThat(REGELS.bezwaar(wachtwoord, "vhb-casemanager")).hasValueSatisfying(
                b -> assertThat(b).contains("gebruikersnaam"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paard batterij nietje correct", "xK9#mP2$qL7!", "Tulpen-langs-de-Vliet-88",
        "demo-woonregie-2026", "test-account-wachtwoord"})
    void een_niet_te_raden_wachtwoord_mag(String wachtwoord) {
        assertThat(REGELS.bezwaar(wachtwoord, "iemand")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void langer_dan_200_tekens_wordt_geweigerd() {
        assertThat(REGELS.bezwaar("Tulpen-langs-de-Vliet-88".repeat(9), "iemand")).hasValueSatisfying(b -> assertThat(b).contains("200"));
    }
}
