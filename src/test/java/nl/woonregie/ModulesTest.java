package nl.woonregie;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure (Spring Modulith): every module declares the modules it may use, and {@code verify()} refuses
 * cycles, undeclared dependencies and access to another module's internals. The module documentation in
 * {@code docs/modules/} is generated here, so it cannot drift from the code.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(WoonregieApplication.class);

    @Test
    void de_modules_houden_zich_aan_hun_grenzen() {
        MODULES.verify();
    }

    @Test
    void de_moduledocumentatie_wordt_gegenereerd() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
