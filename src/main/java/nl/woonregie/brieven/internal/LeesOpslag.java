package nl.woonregie.brieven.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only code that writes and reads {@code brief_lezing}: the read log of the municipality's letters (who opened
 * which frozen letter, with which role, when, from which address). Rows are only added.
 */
@Repository
public class LeesOpslag {

    private final JdbcClient jdbc;

    public LeesOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void gelezen(long ronde, int versie, String gemeente, String kenmerk, String soort, String actor,
            String rol, String adres) {
        jdbc.sql("""
                insert into brief_lezing (ronde_id, ronde_versie, gemeente_code, kenmerk, soort, actor, rol, adres)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ronde, versie, gemeente, kenmerk, soort, actor, rol,
                        adres == null || adres.length() <= 300 ? adres : adres.substring(0, 300))
                .update();
    }

    /** When each municipality first opened its letter of the round at this version. */
    public Map<String, OffsetDateTime> eersteLezing(long ronde, int versie) {
        Map<String, OffsetDateTime> m = new HashMap<>();
        jdbc.sql("select gemeente_code, min(op) from brief_lezing where ronde_id = ? and ronde_versie = ? "
                + "group by gemeente_code").params(ronde, versie)
                .query(rs -> {
                    m.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
                });
        return m;
    }
}
