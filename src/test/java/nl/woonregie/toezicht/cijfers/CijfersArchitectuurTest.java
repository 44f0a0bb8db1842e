package nl.woonregie.toezicht.cijfers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Other modules use the API at the top of {@code toezicht.cijfers}; its file readers stay internal. */
@AnalyzeClasses(packages = "nl.woonregie", importOptions = ImportOption.DoNotIncludeTests.class)
class CijfersArchitectuurTest {

    @ArchTest
    static final ArchRule alleen_cijfers_gebruikt_cijfers_internal = noClasses()
            .that().resideOutsideOfPackages("nl.woonregie.toezicht.cijfers..")
            .should().dependOnClassesThat().resideInAPackage("nl.woonregie.toezicht.cijfers.internal..");

    @ArchTest
    static final ArchRule internals_kennen_de_module_niet = noClasses()
            .that().resideInAPackage("nl.woonregie.toezicht.cijfers.internal..")
            .should().dependOnClassesThat().resideInAPackage("nl.woonregie.toezicht.cijfers");
}
