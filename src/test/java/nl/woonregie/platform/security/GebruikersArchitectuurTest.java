package nl.woonregie.platform.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one way around the coordinator's approval, an active Verhuisbox account with a known password
 * ({@link Gebruikers#maakTeamaccount}), is for the demo only: no controller, page or other module calls it.
 */
@AnalyzeClasses(packages = "nl.woonregie", importOptions = ImportOption.DoNotIncludeTests.class)
class GebruikersArchitectuurTest {

    @ArchTest
    static final ArchRule alleen_de_demo_maakt_een_teamaccount_zonder_goedkeuring = noClasses()
            .that().resideOutsideOfPackage("nl.woonregie.demo..")
            .should().callMethod(Gebruikers.class, "maakTeamaccount", String.class, String.class, Rol.class,
                    long.class, Gebruiker.class, String.class)
            .because("een account met een Verhuisbox-rol ontstaat alleen na goedkeuring door de coördinator");
}
