package nl.woonregie.toezicht.cijfers;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality has one current beginstand, and all integration tests share one database: other test classes give
 * every municipality one (e.g. the round over all 342). A test class that imports beginstanden therefore sets the
 * current ones of its municipalities aside first ({@link #zetOpzij}) and afterwards removes its own rows and puts the
 * others back ({@link #zetTerug}), so that the database is as it found it.
 */
final class BeginstandenOpzij {

    private final JdbcClient jdbc;
    private final String[] gemeenten;
    private long hoogsteId;
    private Long[] opzij = new Long[0];

    BeginstandenOpzij(JdbcClient jdbc, String... gemeenten) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
    }

    void zetOpzij() {
        hoogsteId = jdbc.sql("select coalesce(max(id), 0) from beginstand").query(Long.class).single();
        List<Long> ids = jdbc.sql("select id from beginstand where vervangen_op is null and gemeente_code = any(?)")
                .param(gemeenten).query(Long.class).list();
        opzij = ids.toArray(Long[]::new);
        jdbc.sql("update beginstand set vervangen_op = now() where id = any(?)").param(opzij).update();
    }

    void zetTerug() {
        jdbc.sql("delete from beginstand where id > ? and gemeente_code = any(?)").params(hoogsteId, gemeenten)
                .update();
        jdbc.sql("update beginstand set vervangen_op = null where id = any(?)").param(opzij).update();
    }
}
