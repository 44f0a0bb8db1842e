package nl.woonregie.gebied;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The module {@code gebied} starts on its own with the modules it uses directly and the platform they stand on
 * (database, core, audit, web): no bean of toezicht, brieven or verhuisbox is needed for it, and none is there (so
 * security runs without teams: {@code Teams.geen()}).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"platform.database", "platform.core", "platform.audit", "platform.web"})
@TestPropertySource(properties = {"woonregie.data-dir=${java.io.tmpdir}/woonregie-test-${random.uuid}",
    "woonregie.embedded.tijdelijk=true", "woonregie.embedded.duurzaam=false",
    "WOONREGIE_ADMIN_PASSWORD=" + IntegratieTest.BEHEERDER_WACHTWOORD})
class GebiedModuleTest {

    @Autowired
    GebiedService gebied;

    @Autowired
    ApplicationContext context;

    @Test
    void gebied_werkt_zonder_de_domeinmodules() {
        assertThat(gebied.gemeentenVanProvincie("PV28", LocalDate.of(2024, 1, 1))).hasSizeGreaterThan(40);
        assertThat(gebied.naam("GM0518")).isEqualTo("'s-Gravenhage");
        assertThat(context.getBeanNamesForType(nl.woonregie.toezicht.BeleidskaderRegister.class)).isEmpty();
    }
}
