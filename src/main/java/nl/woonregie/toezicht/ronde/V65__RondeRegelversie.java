package nl.woonregie.toezicht.ronde;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 65: stored rounds go from schema version 2 to 3. The engine's input of every municipality
 * ({@code invoer}, a {@link nl.woonregie.toezicht.DossierRecord}) records the version of the engine's rules it was
 * computed with ({@code regelversie}). Every row stored so far was computed before the correction of R8 (issue 15:
 * leases count for the threshold "niet stijgen" too), so it gets version 1
 * ({@code Regelversie.DREMPEL_ZONDER_HUURCONTRACTEN}): replayed with those rules it gives its stored outcome again.
 * Only the input gains the field; no outcome, finding, step or letter changes. Rows of vastgestelde rounds are
 * immutable by trigger; the trigger is switched off for this conversion only. Open (CONCEPT) rounds are recomputed
 * with the current rules after the start ({@link RegelversieHerberekening}), vastgestelde rounds keep their outcome.
 *
 * <p>A Java migration and a bean of this module like {@link V26__RondeRecords}, which adds the column
 * {@code schema_versie} it reads: a module test without {@code toezicht} runs neither.
 */
@Component
class V65__RondeRegelversie extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("alter table ronde_gemeente disable trigger ronde_gemeente_onveranderlijk");
            s.execute("update ronde_gemeente set invoer = jsonb_set(invoer, '{regelversie}', '1'::jsonb), "
                    + "schema_versie = 3 where schema_versie = 2 and invoer is not null");
            s.execute("update ronde_gemeente set schema_versie = 3 where schema_versie = 2 and invoer is null");
            s.execute("alter table ronde_gemeente enable trigger ronde_gemeente_onveranderlijk");
        }
    }
}
