package nl.woonregie.verhuisbox.traject.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of a query as maps in column order, SQL arrays as lists: the form of the AVG export. */
final class Rijen {

    private Rijen() {
    }

    static List<Map<String, Object>> van(JdbcClient jdbc, String sql, long casus) {
        return jdbc.sql(sql).param(casus).query().listOfRows().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            r.forEach((k, v) -> m.put(k, v instanceof Array arr ? lijst(arr) : v));
            return m;
        }).toList();
    }

    private static Object lijst(Array arr) {
        try {
            return List.of((Object[]) arr.getArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
