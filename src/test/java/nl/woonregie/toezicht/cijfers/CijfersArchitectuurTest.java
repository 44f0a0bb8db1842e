package nl.woonregie.toezicht.cijfers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The file readers of the imports are a platform module of their own ({@code platform.importbestand}, shared with
 * Verhuisbox's historical import) and know nothing of supervision's figures.
 */
@AnalyzeClasses(packages = "nl.woonregie", importOptions = ImportOption.DoNotIncludeTests.class)
class CijfersArchitectuurTest {

    @ArchTest
    static final ArchRule internals_kennen_de_module_niet = noClasses()
            .that().resideInAPackage("nl.woonregie.platform.importbestand..")
            .should().dependOnClassesThat().resideInAPackage("nl.woonregie.toezicht..");
}
