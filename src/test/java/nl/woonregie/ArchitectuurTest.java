package nl.woonregie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What Spring Modulith cannot say (module borders, cycles and internals are {@code ModulesTest}'s): the rules engine,
 * the distribution's formula, the forecast model, the
 * doorbraakplan's support computation, a programme's budget arithmetic and the Verhuisbox state machine stay plain Java.
 */
@AnalyzeClasses(packages = "nl.woonregie", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

    @ArchTest
    static final ArchRule regels_zijn_vrij_van_frameworks = noClasses()
            .that().resideInAPackage("nl.woonregie.toezicht.regels..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.hibernate..",
                    "org.flywaydb..", "tools.jackson..", "com.fasterxml..", "io.swagger..", "org.thymeleaf..")
            .because("the rules engine is plain Java, readable and testable without the application");

    @ArchTest
    static final ArchRule regels_kennen_de_rest_van_de_applicatie_niet = noClasses()
            .that().resideInAPackage("nl.woonregie.toezicht.regels..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.woonregie..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("nl.woonregie.toezicht.regels..")))
            .because("the engine is the innermost layer: records in, records out, nothing else of Woonregie");

    @ArchTest
    static final ArchRule de_verdeelformule_is_gewoon_java = noClasses()
            .that().haveFullyQualifiedName("nl.woonregie.verdeling.internal.Verdeelformule")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                    "tools.jackson..", "nl.woonregie.platform..", "nl.woonregie.gebied..", "nl.woonregie.toezicht..")
            .because("art. 29's formula is a pure function of numbers, tested with tables and properties");

    @ArchTest
    static final ArchRule de_bevestigingstekst_is_gewoon_java = noClasses()
            .that().resideInAPackage("nl.woonregie.verhuisbox.geld.bevestiging..")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.hibernate..",
                    "org.flywaydb..", "tools.jackson..", "com.fasterxml..", "io.swagger..", "org.thymeleaf..")
            .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.woonregie..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("nl.woonregie.verhuisbox.geld.bevestiging..")))
            .because("the confirmation after the intake is a pure function from its data to text, tested with a "
                    + "golden copy");

    @ArchTest
    static final ArchRule het_prognosemodel_is_gewoon_java = noClasses()
            .that().resideInAPackage("nl.woonregie.aanbod.prognose..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.hibernate..",
                    "org.flywaydb..", "tools.jackson..", "com.fasterxml..", "io.swagger..", "org.thymeleaf..")
            .because("the forecast model is a pure function from records to records, tested with tables and "
                    + "properties");

    @ArchTest
    static final ArchRule het_prognosemodel_kent_alleen_de_periode_van_de_regels = noClasses()
            .that().resideInAPackage("nl.woonregie.aanbod.prognose..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.woonregie..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("nl.woonregie.aanbod.prognose.."))
                    .and(JavaClass.Predicates.resideOutsideOfPackage("nl.woonregie.toezicht.regels..")))
            .because("the model knows the half-year (toezicht.regels.Periode) and Dutch number formats, nothing "
                    + "else of Woonregie: no storage, no web, no other module's services");

    @ArchTest
    static final ArchRule de_projecttoets_is_gewoon_java = noClasses()
            .that().resideInAPackage("nl.woonregie.aanbod.projecttoets..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.hibernate..",
                    "org.flywaydb..", "tools.jackson..", "com.fasterxml..", "io.swagger..", "org.thymeleaf..")
            .because("a project's checks and findings are a pure function from its facts and a day");

    @ArchTest
    static final ArchRule de_projecttoets_kent_de_rest_van_de_applicatie_niet = noClasses()
            .that().resideInAPackage("nl.woonregie.aanbod.projecttoets..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.woonregie..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("nl.woonregie.aanbod.projecttoets..")))
            .because("no storage, no web, no other module's services: records in, records out");

    @ArchTest
    static final ArchRule de_ondersteuningsberekening_is_gewoon_java = noClasses()
            .that().resideInAPackage("nl.woonregie.doorbraakplan.ondersteuning..")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.hibernate..",
                    "org.flywaydb..", "tools.jackson..", "com.fasterxml..", "io.swagger..", "org.thymeleaf..",
                    "org.yaml..")
            .because("the support computation is a pure function from records to records, tested with tables and "
                    + "properties; its tariffs are dated data read elsewhere");

    @ArchTest
    static final ArchRule de_ondersteuningsberekening_kent_de_rest_van_de_applicatie_niet = noClasses()
            .that().resideInAPackage("nl.woonregie.doorbraakplan.ondersteuning..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.woonregie..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("nl.woonregie.doorbraakplan.ondersteuning..")))
            .because("no storage, no web, no other module's services: records in, records out");

    @ArchTest
    static final ArchRule de_leadpijplijn_is_gewoon_java = gewoonJava(
            "nl.woonregie.doorbraakplan.pijplijn",
            "the lead pipeline is a state machine of plain records and enums, unit-tested per step");

    @ArchTest
    static final ArchRule de_toets_aan_de_uitgangspunten_en_de_planning_zijn_gewoon_java = gewoonJava(
            "nl.woonregie.doorbraakplan.toetsing",
            "the computed finding of a limit and a milestone's lateness are plain rules, unit-tested with "
                    + "tables of cases; the service stores and shows them");

    @ArchTest
    static final ArchRule de_communicatietoets_is_gewoon_java = gewoonJava(
            "nl.woonregie.doorbraakplan.communicatie",
            "the same-moment check of the communication plan is plain records in, findings out, tested as a "
                    + "table of cases");

    @ArchTest
    static final ArchRule de_begunstigingstermijnen_zijn_gewoon_java = gewoonJava(
            "nl.woonregie.brieven.begunstiging",
            "following a besluit tot indeplaatsstelling's begunstigingstermijnen (housed since the decision, COA plus "
                    + "leases, judged on a given day) is a pure function from records to records, tested as a table "
                    + "of cases");

    @ArchTest
    static final ArchRule de_herinneringen_zijn_gewoon_java = gewoonJava(
            "nl.woonregie.brieven.herinnering",
            "which reminder of a lease window is due on a day (open, a few working days before the deadline) is a "
                    + "pure function of the window, the day and whether anything was passed on, tested as a table of "
                    + "cases");

    @ArchTest
    static final ArchRule het_kostenverhaal_is_gewoon_java = gewoonJava(
            "nl.woonregie.brieven.kostenverhaal",
            "the costs of an indeplaatsstelling (the total, the amount recovered, whether the recovery is overdue on "
                    + "a day) are pure functions, tested as a table of cases");

    @ArchTest
    static final ArchRule de_begrotingsrekening_is_gewoon_java = noClasses()
            .that().resideInAPackage("nl.woonregie.programma.begroting..")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.hibernate..",
                    "org.flywaydb..", "tools.jackson..", "com.fasterxml..", "io.swagger..", "org.thymeleaf..",
                    "org.yaml..")
            .because("a programme's budget arithmetic is a pure function from records to records");

    @ArchTest
    static final ArchRule de_begrotingsrekening_kent_de_rest_van_de_applicatie_niet = noClasses()
            .that().resideInAPackage("nl.woonregie.programma.begroting..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.woonregie..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("nl.woonregie.programma.begroting..")))
            .because("no storage, no web, no other module's services: records in, records out");

    @ArchTest
    static final ArchRule de_caseloadregels_zijn_gewoon_java = gewoonJava(
            "nl.woonregie.programma.caseload",
            "the caseload's rules (age bands, deadlines, counts, the check of yearly figures) are pure "
                    + "functions from records to records, judged on a given day");

    @ArchTest
    static final ArchRule de_voortgangsrekening_is_gewoon_java = gewoonJava(
            "nl.woonregie.programma.voortgang",
            "the progress report of a programme (statuses, changes in a period, indicators against their "
                    + "targets, overdue evaluations) is a pure function from records to records");

    @ArchTest
    static final ArchRule het_bestemmingsgebied_is_gewoon_java = gewoonJava(
            "nl.woonregie.verhuisbox.rapportage.bestemming",
            "which area a destination counts in (krimpgebied, anticipeergebied, Zuid-Holland, rest) is a pure function "
                    + "of the destination and the team's register of search areas, tested as a table of cases");

    @ArchTest
    static final ArchRule de_regels_van_de_verhuisboxrapportage_zijn_gewoon_java = gewoonJava(
            "nl.woonregie.verhuisbox.rapportage.regels",
            "the age band and the estimated saving on benefits are pure functions of a case's facts and the dated "
                    + "norms, tested as tables of cases");

    @ArchTest
    static final ArchRule de_leningrekening_is_gewoon_java = gewoonJava(
            "nl.woonregie.verhuisbox.geld.lening",
            "a loan's repayment schedule and its arrears on a day are pure functions of amount, term, first due date and "
                    + "the repayments, tested as tables of cases and jqwik properties");

    @ArchTest
    static final ArchRule de_richtlijn_naar_rato_is_gewoon_java = gewoonJava(
            "nl.woonregie.verhuisbox.geld.naarrato",
            "the pro-rata guideline (stoffering above 80 m², L10024) is a pure function of the rule's guideline, its "
                    + "limit and the floor area, tested as a table of cases");

    @ArchTest
    static final ArchRule verhuisbox_traject_is_gewoon_java = noClasses()
            .that().haveFullyQualifiedName("nl.woonregie.verhuisbox.traject.Traject")
            .or().haveFullyQualifiedName("nl.woonregie.verhuisbox.traject.Wachtlijst")
            .or().haveFullyQualifiedName("nl.woonregie.verhuisbox.traject.Toetsuitslag")
            .or().haveFullyQualifiedName("nl.woonregie.verhuisbox.traject.Bsn")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                    "tools.jackson..", "nl.woonregie.platform..")
            .because("the state machine and the waiting-list order are plain Java, unit-tested per transition");

    /**
     * A package of plain Java: no framework, no storage, no JSON, no YAML, nothing of Woonregie outside itself —
     * records in, records out ({@code pakket} without the trailing "..").
     */
    private static ArchRule gewoonJava(String pakket, String waarom) {
        return noClasses()
                .that().resideInAPackage(pakket + "..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.hibernate..",
                        "org.flywaydb..", "tools.jackson..", "com.fasterxml..", "io.swagger..", "org.thymeleaf..",
                        "org.yaml..")
                .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.woonregie..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(pakket + "..")))
                .because(waarom);
    }
}
