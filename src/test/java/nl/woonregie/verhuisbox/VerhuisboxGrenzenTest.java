package nl.woonregie.verhuisbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The borders inside Verhuisbox that {@code ApplicationModules.verify()} does not see: SQL only in the nested
 * modules' {@code internal} repositories, each {@code internal} package used only by its own nested module, the
 * package root (the API for other modules) without implementation, and the audit trail written through events.
 * Which tables each repository may name is {@code TabelEigenaarTest}'s part.
 */
@AnalyzeClasses(packages = "nl.woonregie", importOptions = ImportOption.DoNotIncludeTests.class)
class VerhuisboxGrenzenTest {

    static final String[] DELEN = {"traject", "zoeken", "geld", "nazorg", "rapportage"};

    @ArchTest
    static final ArchRule sql_alleen_in_de_repositories = noClasses()
            .that().resideInAPackage("nl.woonregie.verhuisbox..").and().resideOutsideOfPackage("..internal..")
            .or().haveFullyQualifiedName("nl.woonregie.demo.VerhuisboxDemo")
            .or().haveFullyQualifiedName("nl.woonregie.demo.Jaargenerator")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                    "javax.sql..")
            .because("each nested module's internal repository is the only code writing SQL for its tables");

    @ArchTest
    static void internal_alleen_binnen_het_eigen_deel(JavaClasses alle) {
        for (String deel : DELEN) {
            String pakket = "nl.woonregie.verhuisbox." + deel;
            classes().that().resideInAPackage(pakket + ".internal..")
                    .should().onlyHaveDependentClassesThat().resideInAPackage(pakket + "..")
                    .because("another part reads " + deel + "'s data through its API, not through its repository")
                    .allowEmptyShould(true).check(alle);
        }
    }

    @ArchTest
    static final ArchRule de_wortel_kent_de_delen_niet = noClasses()
            .that().resideInAPackage("nl.woonregie.verhuisbox")
            .should().dependOnClassesThat().resideInAnyPackage("nl.woonregie.verhuisbox.traject..",
                    "nl.woonregie.verhuisbox.zoeken..", "nl.woonregie.verhuisbox.geld..",
                    "nl.woonregie.verhuisbox.nazorg..", "nl.woonregie.verhuisbox.rapportage..")
            .because("the root is the API that the nested modules implement");

    @ArchTest
    static final ArchRule de_audit_trail_via_gebeurtenissen = noClasses()
            .that().resideInAPackage("nl.woonregie.verhuisbox..")
            .or().haveFullyQualifiedName("nl.woonregie.demo.VerhuisboxDemo")
            .or().haveFullyQualifiedName("nl.woonregie.demo.Jaargenerator")
            .should().dependOnClassesThat().haveFullyQualifiedName("nl.woonregie.platform.audit.AuditLog")
            .because("every change publishes an AuditGebeurtenis; the audit log listens");
}
