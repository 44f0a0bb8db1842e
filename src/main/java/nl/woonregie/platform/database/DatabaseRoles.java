package nl.woonregie.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two roles of the embedded cluster, set up by the superuser at every start before Flyway runs:
 * <ul>
 * <li>{@code woonregie_eigenaar} owns the schema {@code public} and everything in it; Flyway migrates as this role;</li>
 * <li>{@code woonregie_app}, the role of the application's connection pool, owns nothing: it cannot alter or drop a table or
 * switch off a trigger (only an owner or a superuser can). Its rights on the rows are granted by migration 35.</li>
 * </ul>
 * Neither is a superuser or may create roles or databases. A cluster of an earlier version (every object owned by
 * {@code postgres}) is upgraded here: its objects in {@code public} pass to the owner role.
 */
final class DatabaseRoles {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "woonregie_eigenaar";
    static final String APP = "woonregie_app";
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    /** Relations in {@code public} not owned by the owner role (sequences of identity columns move with their table). */
    private static final String TABLES = """
            select format('alter table %s owner to %I', c.oid::regclass, :owner)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
              and c.relowner <> (select oid from pg_roles where rolname = :owner)
              and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                              and d.deptype = 'e')""";
    private static final String SEQUENCES = """
            select format('alter sequence %s owner to %I', c.oid::regclass, :owner)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'S'
              and c.relowner <> (select oid from pg_roles where rolname = :owner)
              and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                              and d.deptype = 'e')""";
    private static final String ROUTINES = """
            select format('alter routine %s owner to %I', p.oid::regprocedure, :owner)
            from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname = 'public' and p.proowner <> (select oid from pg_roles where rolname = :owner)
              and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                              and d.deptype = 'e')""";
    private static final String TYPES = """
            select format(case t.typtype when 'd' then 'alter domain %s owner to %I' else 'alter type %s owner to %I' end,
                          t.oid::regtype, :owner)
            from pg_type t join pg_namespace n on n.oid = t.typnamespace
            where n.nspname = 'public' and t.typowner <> (select oid from pg_roles where rolname = :owner)
              and (t.typtype in ('e', 'd', 'r', 'm')
                   or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))
              and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid
                              and d.deptype = 'e')""";

    private DatabaseRoles() {
    }

    /** Creates or corrects both roles, gives them the passwords of {@code secrets} and the schema to the owner. */
    static void ensure(DataSource superuser, DatabaseSecrets secrets) throws SQLException {
        try (Connection c = superuser.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                role(s, OWNER, secrets.owner());
                role(s, APP, secrets.app());
                s.execute("alter schema public owner to " + OWNER);
                // PostgreSQL 14 lets every role create objects in public; only the owner may
                s.execute("revoke create on schema public from public");
                int overgedragen = 0;
                for (String soort : List.of(TABLES, SEQUENCES, ROUTINES, TYPES)) {
                    for (String alter : statements(s, soort)) {
                        s.execute(alter);
                        overgedragen++;
                    }
                }
                if (overgedragen > 0) {
                    log.info("Upgraded the embedded cluster: {} objects in schema public now belong to {}",
                            overgedragen, OWNER);
                }
            }
            c.commit();
        }
    }

    private static void role(Statement s, String name, String password) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from pg_roles where rolname = '" + name + "'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                s.execute("create role " + name);
            }
        }
        // the verifier (salted hash), never the password itself, goes to the server
        s.execute("alter role " + name + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls "
                + "inherit password '" + PasswordUtil.encodeScramSha256(password.toCharArray()) + "'");
    }

    /** The statements a query in this class yields ({@code :owner} stands for the owner role's name). */
    private static List<String> statements(Statement s, String query) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query.replace(":owner", "'" + OWNER + "'"))) {
            while (rs.next()) {
                statements.add(rs.getString(1));
            }
        }
        return statements;
    }
}
