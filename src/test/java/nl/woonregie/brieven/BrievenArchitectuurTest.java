package nl.woonregie.brieven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The letters module: its internals are its own, and the supervision modules do not know the letters. */
@AnalyzeClasses(packages = "nl.woonregie", importOptions = ImportOption.DoNotIncludeTests.class)
class BrievenArchitectuurTest {

    @ArchTest
    static final ArchRule internals_blijven_binnen_brieven = noClasses()
            .that().resideOutsideOfPackage("nl.woonregie.brieven..")
            .should().dependOnClassesThat().resideInAPackage("nl.woonregie.brieven.internal..")
            .because("other modules use the letters through BriefService and BriefBundels only");

    @ArchTest
    static final ArchRule toezicht_kent_de_brieven_niet = noClasses()
            .that().resideInAnyPackage("nl.woonregie.toezicht..", "nl.woonregie.gebied..", "nl.woonregie.platform..")
            .and().resideOutsideOfPackage("nl.woonregie.toezicht.web..")
            .should().dependOnClassesThat().resideInAPackage("nl.woonregie.brieven..")
            .because("letters are made from the stored rounds; the rounds do not depend on the letters "
                    + "(only the pages, which put everything of a municipality together, show its letters)");
}
