package nl.woonregie.gebied;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Other modules use the public types at the top of {@code nl.woonregie.gebied}, never its internals. */
@AnalyzeClasses(packages = "nl.woonregie", importOptions = ImportOption.DoNotIncludeTests.class)
class GebiedArchitectuurTest {

    @ArchTest
    static final ArchRule gebied_gebruikt_zijn_internals_niet_rechtstreeks = noClasses()
            .that().resideInAPackage("nl.woonregie.gebied")
            .should().dependOnClassesThat().resideInAPackage("nl.woonregie.gebied.internal..");

    @ArchTest
    static final ArchRule de_migratie_hangt_niet_af_van_de_rest_van_de_module = noClasses()
            .that().resideInAPackage("nl.woonregie.gebied.internal..")
            .should().dependOnClassesThat().resideInAPackage("nl.woonregie.gebied");
}
