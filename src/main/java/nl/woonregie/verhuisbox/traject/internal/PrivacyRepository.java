package nl.woonregie.verhuisbox.traject.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the verwerkingenlogging ({@code vhb_verwerking}, append-only) and of traject's part of retention,
 * anonymisation and the AVG export.
 */
@Repository
public class PrivacyRepository {

    /** What free text is overwritten with. */
    public static final String GEANONIMISEERD = "[geanonimiseerd]";

    private final JdbcClient jdbc;

    PrivacyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- verwerkingenlogging

    public void logLezing(String actor, String rol, long casus, String doel, String handeling) {
        jdbc.sql("insert into vhb_verwerking (actor, rol, casus_id, doel, handeling) values (?, ?, ?, ?, ?)")
                .params(actor, rol, casus, doel, handeling).update();
    }

    /** One processing action on several cases: a row per case, all with one action id. */
    public void logLezingen(String actor, String rol, Collection<Long> casussen, String doel, String handeling) {
        jdbc.sql("insert into vhb_verwerking (actor, rol, casus_id, doel, handeling, actie_id) "
                        + "select ?, ?, unnest(cast(? as bigint[])), ?, ?, ?")
                .params(actor, rol, casussen.toArray(Long[]::new), doel, handeling, UUID.randomUUID()).update();
    }

    // ---------------------------------------------------------------- retention and anonymisation

    /**
     * The closed or refused cases of a team (null: all teams), not yet anonymised, whose last state change lies
     * before {@code grens}.
     */
    public List<Long> teAnonimiseren(OffsetDateTime grens, Long team) {
        return jdbc.sql("""
                select c.id from vhb_casus c
                where c.status in ('AFGESLOTEN', 'GEWEIGERD') and c.geanonimiseerd_op is null
                  and (cast(:team as bigint) is null or c.team_id = :team)
                  and (select max(s.tijdstip) from vhb_statuswijziging s where s.casus_id = c.id)
                      < cast(:grens as timestamptz)
                order by c.id""").param("team", team).param("grens", grens).query(Long.class).list();
    }

    /**
     * Opens the anonymising transaction: the history tables (of every part of Verhuisbox) accept the overwriting of
     * their free text only while this transaction-local setting is on (V21).
     */
    public void begin() {
        jdbc.sql("select set_config('woonregie.anonimiseren', 'aan', true)").query().listOfRows();
    }

    /** Anonymises traject's tables of these cases. */
    public void anonimiseer(Long[] a) {
        String x = GEANONIMISEERD;
        jdbc.sql("""
                update vhb_casus set naam = ?, geboortedatum = make_date(extract(year from geboortedatum)::int, 1, 1),
                    bsn = null, telefoon = null, email = null, inkomen = ?, slaapplek = ?, reden = ?, urgentie = null,
                    weigerbrief = null, geanonimiseerd_op = now(), gewijzigd_op = now()
                where id = any(?)""").params(x, x, x, x, a).update();
        jdbc.sql("update vhb_statuswijziging set reden = ? where casus_id = any(?)").params(x, a).update();
        jdbc.sql("update vhb_toetsing set notitie = null where casus_id = any(?) and notitie is not null").param(a)
                .update();
        jdbc.sql("update vhb_checkitem set notitie = null where casus_id = any(?) and notitie is not null").param(a)
                .update();
        // what was handed over to the receiving municipality is free text about the client
        jdbc.sql("update vhb_overdracht set wat = ? where casus_id = any(?)").params(x, a).update();
        // an intake appointment's note is free text about the client; the aanmelder's address goes too
        jdbc.sql("""
                update vhb_intakeafspraak set notitie = case when notitie is null then null else ? end,
                    aanmelder_email = null where casus_id = any(?)""").params(x, a).update();
    }

    // ---------------------------------------------------------------- AVG export

    public List<Map<String, Object>> casus(long casus) {
        return Rijen.van(jdbc, """
                select id, status, categorie, variant, naam, geboortedatum, bsn, telefoon, email, volwassenen, kinderen,
                       inkomen, slaapplek, reden, voorkeursregios, urgentie, documenten, toestemming_op, compleet_op,
                       zoekregios::text as zoekregios, uitkomst, stopreden, bestemming, bestemming_code, gehuisvest_op,
                       uitkering_beeindigd, uitkering_beeindigd_op, remigrant, dakloos_sinds, slaapplaats_soort,
                       inkomen_soort, opvang, werkperspectief, gezinsgesprek_op, gezinscoach, netwerk_bij, netwerk_op,
                       netwerk_briefadres, netwerk_kostendelersnorm_uit, aangemaakt_op,
                       geanonimiseerd_op
                from vhb_casus where id = ?""", casus);
    }

    /** The sections of the case's history, in the order of the export. */
    public Map<String, List<Map<String, Object>>> geschiedenis(long casus) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("statuswijzigingen", Rijen.van(jdbc, "select van, naar, reden, actor, tijdstip from vhb_statuswijziging "
                + "where casus_id = ? order by id", casus));
        m.put("toetsing", Rijen.van(jdbc, "select jaar, code, uitkomst, notitie, actor, tijdstip from vhb_toetsing "
                + "where casus_id = ? order by id", casus));
        m.put("taken", Rijen.van(jdbc, "select soort, omschrijving, rol, deadline, aangemaakt_op, afgerond_op "
                + "from vhb_taak where casus_id = ? order by id", casus));
        m.put("checklists", Rijen.van(jdbc, "select lijst, code, omschrijving, stand, notitie from vhb_checkitem "
                + "where casus_id = ? order by lijst, volgorde", casus));
        m.put("overdrachten", Rijen.van(jdbc, "select organisatie, contactpersoon, email, overgedragen_op, wat, "
                + "vastgelegd_door, vastgelegd_op from vhb_overdracht where casus_id = ? order by id", casus));
        m.put("intakeafspraken", Rijen.van(jdbc, "select datum, tijd, plaats, notitie, aanmelder_email, uitkomst, "
                + "uitkomst_door, uitkomst_op, gepland_door, gepland_op from vhb_intakeafspraak where casus_id = ? "
                + "order by id", casus));
        m.put("intakeberichten", Rijen.van(jdbc, "select b.aan, b.soort, b.email, b.geplaatst_op from vhb_intakebericht b "
                + "join vhb_intakeafspraak a on a.id = b.afspraak_id where a.casus_id = ? order by b.id", casus));
        return m;
    }

    public List<Map<String, Object>> verwerkingen(long casus) {
        return Rijen.van(jdbc, "select tijdstip, actor, rol, doel, handeling, actie_id::text as actie "
                + "from vhb_verwerking where casus_id = ? order by id", casus);
    }
}
