package nl.woonregie.verhuisbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The source of team Den Haag's seeded budget pots, as the budget page shows it ("Bron: …"), is in words a
 * coordinator can follow: no references to the engineers' inventory (section or line numbers), which stay in
 * docs/verhuisbox.md (migration V67).
 */
@IntegratieTest
class PotBronTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void de_bron_van_een_pot_noemt_geen_regels_van_de_inventaris() {
        List<String> bronnen = jdbc.sql("""
                select p.bron from vhb_pot p join vhb_team t on t.id = p.team_id
                where t.naam = 'Den Haag' and p.bron is not null order by p.jaar, p.code""").query(String.class).list();
        assertThat(bronnen).hasSize(12);
        assertThat(bronnen).noneMatch(b -> b.contains("inventaris") || b.matches(".*\\bL\\d+.*") || b.contains("§"));
        assertThat(bronnen).contains("Werkinstructie: jaarlijks flexibel budget € 50.000, richtlijn max. € 250 per "
                + "cliënt");
    }
}
