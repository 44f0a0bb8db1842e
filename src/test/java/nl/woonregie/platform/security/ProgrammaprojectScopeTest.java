package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.woonregie.platform.web.InvalidParam;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scope of a PROJECTLEIDER (ADR 0049): an assignment naming only a project is the projectleider of a lead of the
 * doorbraakplan, as before; one naming a programme and a project is the projectleider of that project of that
 * programme — a scope of its own kind, which never reads as the lead with the same number. Rules without Spring.
 */
class ProgrammaprojectScopeTest {

    private static Long getal(String s) {
        return s == null || s.isBlank() ? null : Long.valueOf(s);
    }

    @ParameterizedTest(name = "{0} programma={1} project={2} gemeente={3}: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # role,          programma, project, gemeente, kind,             faults of form
            PROJECTLEIDER,    -,         7,       -,        PROJECT,          -
            PROJECTLEIDER,    5,         3,       -,        PROGRAMMAPROJECT, -
            PROJECTLEIDER,    5,         -,       -,        PROGRAMMAPROJECT, project
            PROJECTLEIDER,    -,         -,       -,        PROJECT,          project
            PROJECTLEIDER,    5,         3,       GM0392,   PROGRAMMAPROJECT, gemeente
            PROGRAMMAMANAGER, 5,         -,       -,        PROGRAMMA,        -
            PROGRAMMAMANAGER, 5,         3,       -,        PROGRAMMA,        project
            CONTROLLER,       5,         3,       -,        PROGRAMMA,        project
            """)
    void de_soort_scope_volgt_uit_de_rol_en_de_velden_en_de_vorm_eist_precies_die_velden(Rol rol, String programma,
            String project, String gemeente, Scopesoort soort, String fout) {
        Toewijzing t = new Toewijzing(rol, null, gemeente, null, getal(programma), null, getal(project));
        assertThat(t.scopesoort()).isEqualTo(soort);
        List<String> fouten = Toewijzingen.vorm(t, "").stream().map(InvalidParam::name).toList();
        assertThat(fouten).isEqualTo(fout == null ? List.of() : List.of(fout));
    }

    @ParameterizedTest(name = "{0} programma={1} project={2}: lead 3 {3}, project 3 van programma 5 {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # role,          programma, project, lead 3, project 3 of programme 5
            PROJECTLEIDER,    -,         3,       true,   false
            PROJECTLEIDER,    5,         3,       false,  true
            PROJECTLEIDER,    6,         3,       false,  false
            PROJECTLEIDER,    5,         4,       false,  false
            PROJECTLEIDER,    -,         4,       false,  false
            PROGRAMMAMANAGER, 5,         -,       false,  false
            """)
    void een_projectleider_van_een_programmaproject_is_niet_de_projectleider_van_de_lead_met_hetzelfde_nummer(Rol rol,
            String programma, String project, boolean lead3, boolean programmaproject3) {
        Toewijzing t = new Toewijzing(rol, null, null, null, getal(programma), null, getal(project));
        assertThat(t.isLeadProject(3)).isEqualTo(lead3);
        assertThat(t.isProgrammaproject(5, 3)).isEqualTo(programmaproject3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # as written,                        programma, project
            PROJECTLEIDER:programma=5/project=3,  5,         3
            projectleider: programma = 5 / project = 3, 5,   3
            PROJECTLEIDER:project=7,              -,         7
            """)
    void de_groepskoppeling_schrijft_een_programmaproject_als_programma_schuine_streep_project(String tekst,
            String programma, String project) {
        assertThat(Groepskoppeling.toewijzing(tekst)).isEqualTo(new Toewijzing(Rol.PROJECTLEIDER, null, null, null,
                getal(programma), null, getal(project)));
    }
}
