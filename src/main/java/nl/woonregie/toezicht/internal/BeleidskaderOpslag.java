package nl.woonregie.toezicht.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only code that reads and writes {@code beleidskader_versie} (module toezicht). */
@Repository
public class BeleidskaderOpslag {

    /** A stored row as it is. */
    public record Rij(long id, String provincie, String kaderId, int versie, String status, String yaml,
            String testgevallen, String reden, String opgeslagenDoor, OffsetDateTime opgeslagenOp,
            String gepubliceerdDoor, OffsetDateTime gepubliceerdOp, String ingetrokkenDoor,
            OffsetDateTime ingetrokkenOp, String intrekkingsreden) {
    }

    private static final String KOLOMMEN = "id, provincie_code, kader_id, versie, status, yaml, testgevallen, reden, "
            + "opgeslagen_door, opgeslagen_op, gepubliceerd_door, gepubliceerd_op, ingetrokken_door, ingetrokken_op, "
            + "intrekkingsreden";

    private final JdbcClient jdbc;

    BeleidskaderOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Rij rij(ResultSet rs, int n) throws SQLException {
        return new Rij(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class), rs.getString(11), rs.getObject(12, OffsetDateTime.class),
                rs.getString(13), rs.getObject(14, OffsetDateTime.class), rs.getString(15));
    }

    /** Stores a new concept version of the kader (the next number of its id); answers its row id. */
    public Rij schrijf(String provincie, String kaderId, String yaml, String testgevallen, String reden, String door) {
        // one writer per kader at a time: the unique (kader_id, versie) refuses a second one with the same number
        jdbc.sql("select pg_advisory_xact_lock(hashtext('beleidskader:' || :kader))").param("kader", kaderId)
                .query().listOfRows();
        int versie = jdbc.sql("select coalesce(max(versie), 0) + 1 from beleidskader_versie where kader_id = :kader")
                .param("kader", kaderId).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into beleidskader_versie (provincie_code, kader_id, versie, status, yaml, testgevallen, reden,
                    opgeslagen_door)
                values (:provincie, :kader, :versie, 'CONCEPT', :yaml, :testgevallen, :reden, :door) returning id""")
                .param("provincie", provincie).param("kader", kaderId).param("versie", versie).param("yaml", yaml)
                .param("testgevallen", testgevallen).param("reden", reden).param("door", door)
                .query(Long.class).single();
        return lees(id).orElseThrow();
    }

    public Optional<Rij> lees(long id) {
        return jdbc.sql("select " + KOLOMMEN + " from beleidskader_versie where id = :id").param("id", id)
                .query(BeleidskaderOpslag::rij).optional();
    }

    /** The row, locked until the end of the transaction (publishing). */
    public Optional<Rij> leesVoorWijziging(long id) {
        return jdbc.sql("select " + KOLOMMEN + " from beleidskader_versie where id = :id for update").param("id", id)
                .query(BeleidskaderOpslag::rij).optional();
    }

    /** The versions of a province, the newest first. */
    public List<Rij> vanProvincie(String provincie) {
        return jdbc.sql("select " + KOLOMMEN + " from beleidskader_versie where provincie_code = :provincie "
                + "order by opgeslagen_op desc, id desc").param("provincie", provincie)
                .query(BeleidskaderOpslag::rij).list();
    }

    /** The province whose versions carry this kader id, if any. */
    public Optional<String> provincieVan(String kaderId) {
        return jdbc.sql("select provincie_code from beleidskader_versie where kader_id = :kader limit 1")
                .param("kader", kaderId).query(String.class).optional();
    }

    /** Whether a version of this kader id is published. */
    public boolean isGepubliceerd(String kaderId) {
        return jdbc.sql("select count(*) from beleidskader_versie where kader_id = :kader and status = 'GEPUBLICEERD'")
                .param("kader", kaderId).query(Long.class).single() > 0;
    }

    /** Every published version, the oldest first. */
    public List<Rij> gepubliceerd() {
        return jdbc.sql("select " + KOLOMMEN + " from beleidskader_versie where status = 'GEPUBLICEERD' order by id")
                .query(BeleidskaderOpslag::rij).list();
    }

    /** Publishes a concept; false when it was no longer a concept (guarded: a double submit publishes once). */
    public boolean publiceer(long id, String door) {
        return jdbc.sql("update beleidskader_versie set status = 'GEPUBLICEERD', gepubliceerd_door = :door, "
                + "gepubliceerd_op = now() where id = :id and status = 'CONCEPT'").param("id", id)
                .param("door", door).update() == 1;
    }

    /**
     * Withdraws a published version (rounds no longer use it); false when it was no longer published (guarded: a
     * double submit withdraws once).
     */
    public boolean trekIn(long id, String door, String reden) {
        return jdbc.sql("update beleidskader_versie set status = 'INGETROKKEN', ingetrokken_door = :door, "
                + "ingetrokken_op = now(), intrekkingsreden = :reden where id = :id and status = 'GEPUBLICEERD'")
                .param("id", id).param("door", door).param("reden", reden).update() == 1;
    }

    /** The peildata of the rounds judged with this kader, the oldest first. */
    public List<java.time.LocalDate> peildataVanRondes(String kaderId) {
        return jdbc.sql("select peildatum from beoordelingsronde where beleidskader = :kader order by peildatum, id")
                .param("kader", kaderId).query(java.time.LocalDate.class).list();
    }

    /** The state of the published kaders, shared by every instance: it rises with every publication and withdrawal. */
    public long stand() {
        return jdbc.sql("select versie from beleidskader_stand where id = 1").query(Long.class).single();
    }

    /**
     * Raises the state in the current transaction and locks it until the end of the transaction: publications and
     * withdrawals of every instance come one after the other; the other instances reload when it commits.
     */
    public long verhoogStand() {
        return jdbc.sql("update beleidskader_stand set versie = versie + 1 where id = 1 returning versie")
                .query(Long.class).single();
    }

    /**
     * Whether a stored kader id is published now, read under a shared lock of the state until the end of the
     * transaction: a withdrawal waits for a round that is being stored with it, and a round stored after a
     * withdrawal sees it.
     */
    public boolean isGepubliceerdVergrendeld(String kaderId) {
        jdbc.sql("select versie from beleidskader_stand where id = 1 for share").query(Long.class).single();
        return isGepubliceerd(kaderId);
    }
}
