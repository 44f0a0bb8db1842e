package nl.woonregie.verhuisbox.nazorg.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import nl.woonregie.verhuisbox.nazorg.NazorgCijfers;
import nl.woonregie.verhuisbox.traject.Cijferrij;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aftercare's and the survey's sets for the report: one query each over nazorg's own tables. */
@Repository
class NazorgCijferRepository implements NazorgCijfers {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    NazorgCijferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Cijferrij> enquetes(long team, LocalDate van, LocalDate tot) {
        return jdbc.sql("""
                select e.casus_id, v.vraag, v.score::numeric from vhb_enquete e
                cross join lateral (values ('proces', e.proces), ('steun', e.steun), ('tevredenheid', e.tevredenheid),
                    ('vertrouwen', e.vertrouwen), ('perspectief', e.perspectief), ('overzicht', e.overzicht)) v (vraag, score)
                where e.team_id = :team and e.vastgelegd_op >= :vanTs and e.vastgelegd_op < :totTs""")
                .param("team", team).param("vanTs", van.atStartOfDay(NL).toOffsetDateTime())
                .param("totTs", tot.plusDays(1).atStartOfDay(NL).toOffsetDateTime())
                .query((rs, i) -> new Cijferrij(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    @Override
    public List<Cijferrij> contacten(Collection<Long> casussen, LocalDate van, LocalDate tot,
            boolean alleenWoontErNog) {
        return jdbc.sql("""
                select n.casus_id, lpad(n.maanden::text, 2, '0'),
                       case when :alleen then null else case when n.woont_er_nog then 1 else 0 end end::numeric
                from vhb_nazorg n
                where n.casus_id = any(:casussen) and n.vastgelegd_op >= :vanTs and n.vastgelegd_op < :totTs
                  and (not :alleen or n.woont_er_nog)""")
                .param("casussen", casussen.toArray(Long[]::new)).param("alleen", alleenWoontErNog)
                .param("vanTs", van.atStartOfDay(NL).toOffsetDateTime())
                .param("totTs", tot.plusDays(1).atStartOfDay(NL).toOffsetDateTime())
                .query((rs, i) -> new Cijferrij(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }
}
