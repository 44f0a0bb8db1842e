package nl.woonregie.brieven.internal;

import java.util.List;

import nl.woonregie.toezicht.ronde.AanvullendeControle;
import nl.woonregie.toezicht.ronde.Controlebevinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Part of the consistency check of a round: no kenmerk of a stored letter ({@code brief}) is used twice. */
@Component
class KenmerkControle implements AanvullendeControle {

    private final JdbcClient jdbc;

    KenmerkControle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Controlebevinding> controleer(long ronde, String provincie) {
        return jdbc.sql("select kenmerk, count(*) from brief group by kenmerk having count(*) > 1")
                .query((rs, n) -> new Controlebevinding(Controlebevinding.Niveau.FOUT,
                        Controlebevinding.Code.KENMERK_DUBBEL, null,
                        "Kenmerk " + rs.getString(1) + " is " + rs.getLong(2) + " keer gebruikt."))
                .list();
    }
}
