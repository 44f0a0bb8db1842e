package nl.woonregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.aanbod.Bronverzoek;
import nl.woonregie.aanbod.internal.Bronlezer;
import nl.woonregie.platform.web.InvalidParam;
import org.junit.jupiter.api.Test;

/** Without a database: every source of 's-Gravenhage's demo plan passes aanbod's own reader, field by field. */
class AanbodDemoBronnenTest {

    @Test
    void elke_bron_van_het_demoplan_van_s_gravenhage_is_geldig() {
        Bronlezer lezer = new Bronlezer(code -> true);
        for (Bronverzoek v : AanbodDemo.denHaag()) {
            List<InvalidParam> fouten = new ArrayList<>();
            var soort = Bronlezer.soort(v.soort(), fouten);
            fouten.addAll(lezer.lees(soort, DemoData.DEN_HAAG, v).fouten());
            Bronlezer.reden(v.reden(), fouten);
            assertThat(fouten).as(v.naam()).isEmpty();
        }
    }
}
