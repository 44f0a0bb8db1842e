package nl.woonregie.verhuisbox.traject.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;

import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.traject.Taaksoort;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 37: completes the stored tasks whose work was already done. Before this version a transition
 * completed only a few tasks (the ICP's task when the toets put a case on the waiting list, everything when a case
 * was closed), so refused referrals kept "Melding in behandeling nemen en ICP-toets doen", cases past the intake
 * kept "Intakegesprek plannen en voeren", and every return to searching after a refused offer made another
 * "Inschrijvingen … regelen". Now every transition completes the tasks whose kind is not open in the new state
 * ({@link Taaksoort#openIn}); this applies the same rule, from that one table, to the tasks stored before: per
 * state, the open tasks of cases in that state whose kind is not open in it; and of a case's open registration
 * tasks all but the first. Completed by {@value #DOOR}, dated now.
 */
@Component
class V37__VerhuisboxTaken extends BaseJavaMigration {

    static final String DOOR = "systeem (migratie 37: het werk was al gedaan)";

    private static final Logger log = LoggerFactory.getLogger(V37__VerhuisboxTaken.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        int totaal = 0;
        for (Status s : Status.values()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    update vhb_taak t set afgerond_op = now(), afgerond_door = ?
                    from vhb_casus c
                    where c.id = t.casus_id and t.afgerond_op is null and c.status = ? and not (t.soort = any(?))""")) {
                ps.setString(1, DOOR);
                ps.setString(2, s.name());
                ps.setArray(3, c.createArrayOf("varchar", Taaksoort.blijvenOpenIn(s).stream().map(Enum::name)
                        .toArray()));
                totaal += ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update vhb_taak t set afgerond_op = now(), afgerond_door = ?
                where t.afgerond_op is null and t.soort = ? and exists (select 1 from vhb_taak e
                    where e.casus_id = t.casus_id and e.soort = t.soort and e.afgerond_op is null and e.id < t.id)""")) {
            ps.setString(1, DOOR);
            ps.setString(2, Taaksoort.INSCHRIJVEN.name());
            totaal += ps.executeUpdate();
        }
        log.info("Migratie 37: {} taken afgerond waarvan het werk al gedaan was", totaal);
    }
}
