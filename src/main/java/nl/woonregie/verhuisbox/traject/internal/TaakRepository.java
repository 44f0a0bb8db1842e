package nl.woonregie.verhuisbox.traject.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.traject.Checklists;
import nl.woonregie.verhuisbox.traject.Checkstand;
import nl.woonregie.verhuisbox.traject.Lijstvraag;
import nl.woonregie.verhuisbox.traject.Taaksoort;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang.Bereik;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the worklist and the checklists (traject owns {@code vhb_taak} and {@code vhb_checkitem}). */
@Repository
public class TaakRepository {

    private final JdbcClient jdbc;

    TaakRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- tasks

    public long maak(long casus, Taaksoort soort, String omschrijving, String rol, LocalDate deadline,
            LocalDate zichtbaarVanaf) {
        return jdbc.sql("insert into vhb_taak (casus_id, soort, omschrijving, rol, deadline, zichtbaar_vanaf) "
                        + "values (?, ?, ?, ?, ?, ?) returning id")
                .params(casus, soort.name(), omschrijving, rol, deadline, zichtbaarVanaf).query(Long.class).single();
    }

    /** A new open task of the team that belongs to no case: an account request for its coordinator. */
    public long maakVoorAccountverzoek(long team, long accountverzoek, String omschrijving, String rol,
            LocalDate deadline) {
        return jdbc.sql("insert into vhb_taak (team_id, accountverzoek_id, soort, omschrijving, rol, deadline) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing returning id")
                .params(team, accountverzoek, Taaksoort.ACCOUNTVERZOEK.name(), omschrijving, rol, deadline)
                .query(Long.class).optional().orElse(-1L);
    }

    /** Completes the open task of an account request (once it is decided). */
    public void rondAfVoorAccountverzoek(long accountverzoek, String door) {
        jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where accountverzoek_id = ? "
                + "and afgerond_op is null").params(door, accountverzoek).update();
    }

    /** Completes an open task; false when it was done already. */
    public boolean rondAf(long taak, String door) {
        return jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where id = ? and afgerond_op is null")
                .params(door, taak).update() == 1;
    }

    /** Completes an open task of this kind (the kind is checked, so a grant's id cannot close another task). */
    public boolean rondAf(long taak, Taaksoort soort, String door) {
        return jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where id = ? and soort = ? "
                + "and afgerond_op is null").params(door, taak, soort.name()).update() == 1;
    }

    /** Completes the open tasks of this kind on a case. */
    public void rondAfVanSoort(long casus, Taaksoort soort, String door) {
        jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where casus_id = ? and soort = ? "
                + "and afgerond_op is null").params(door, casus, soort.name()).update();
    }

    /** Completes the open tasks of a case whose kind is not one of {@code open}. */
    public void rondAfBehalve(long casus, Set<Taaksoort> open, String door) {
        jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where casus_id = ? "
                        + "and afgerond_op is null and not (soort = any(?))")
                .params(door, casus, open.stream().map(Taaksoort::name).toArray(String[]::new)).update();
    }

    /** A task to make (in bulk, for imported cases). */
    public record NieuweTaak(long casus, Taaksoort soort, String omschrijving, String rol, LocalDate deadline) {
    }

    /** Makes these open tasks in one statement. */
    public void maakAlle(List<NieuweTaak> nieuw) {
        if (nieuw.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into vhb_taak (casus_id, soort, omschrijving, rol, deadline)
                select * from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as date[]))""")
                .params(nieuw.stream().map(NieuweTaak::casus).toArray(Long[]::new),
                        nieuw.stream().map(t -> t.soort().name()).toArray(String[]::new),
                        nieuw.stream().map(NieuweTaak::omschrijving).toArray(String[]::new),
                        nieuw.stream().map(NieuweTaak::rol).toArray(String[]::new),
                        nieuw.stream().map(t -> t.deadline().toString()).toArray(String[]::new))
                .update();
    }

    /**
     * An open task: of a case (with the case's scope), or of the team without a case (an account request: casus and
     * scope null).
     */
    public record Taakrij(long id, Long casus, String casusNaam, Taaksoort soort, String omschrijving, String rol,
            LocalDate deadline, Scope scope, Long accountverzoek) {
    }

    /**
     * One page of the open tasks of a role in a team that are visible on {@code vandaag} and match the search, on
     * the cases within {@code lezen} (a task about a grant: within {@code geld}), earliest deadline first. Returns
     * the page's rows and the number of all matching tasks.
     */
    public Deel<Taakrij> zoek(String[] rollen, Bereik lezen, Bereik geld, Lijstvraag.Gelezen v, LocalDate vandaag) {
        if (lezen.team() == null) {
            return new Deel<>(List.of(), 0, 1);
        }
        String waar = """
                from vhb_taak t left join vhb_casus c on c.id = t.casus_id
                where t.afgerond_op is null and t.rol = any(cast(:rollen as text[])) and coalesce(c.team_id, t.team_id) = :team
                  and (t.zichtbaar_vanaf is null or t.zichtbaar_vanaf <= :vandaag)
                  and case when t.casus_id is null then true
                      when t.soort = any(cast(:geldsoorten as text[]))
                      then (:gAlle or c.status = any(cast(:gStatussen as text[])) or c.casemanager_id = :gCm
                            or c.administratief_id = :gAdm)
                      else (:lAlle or c.status = any(cast(:lStatussen as text[])) or c.casemanager_id = :lCm
                            or c.administratief_id = :lAdm) end
                  and (cast(:status as varchar) is null or c.status = :status)
                  and (cast(:naam as varchar) is null or c.naam ilike :naam or c.id = :nummer)
                  and (cast(:taak as varchar) is null or t.soort = :taak)
                  and (not :teLaat or t.deadline < :vandaag)""";
        Map<String, Object> p = new HashMap<>();
        p.put("rollen", rollen);
        p.put("team", lezen.team());
        p.put("vandaag", vandaag);
        p.put("geldsoorten", Arrays.stream(Taaksoort.values()).filter(Taaksoort::geld).map(Taaksoort::name)
                .toArray(String[]::new));
        p.put("gAlle", geld.alle());
        p.put("gStatussen", geld.statusnamen());
        p.put("gCm", geld.casemanager());
        p.put("gAdm", geld.administratief());
        p.put("lAlle", lezen.alle());
        p.put("lStatussen", lezen.statusnamen());
        p.put("lCm", lezen.casemanager());
        p.put("lAdm", lezen.administratief());
        p.put("status", v.status() == null ? null : v.status().name());
        p.put("naam", v.naam());
        p.put("nummer", v.nummer());
        p.put("taak", v.taak() == null ? null : v.taak().name());
        p.put("teLaat", v.teLaat());
        long totaal = jdbc.sql("select count(*) " + waar).params(p).query(Long.class).single();
        int pagina = Deel.geldig(v.pagina(), v.paginaGrootte(), totaal);
        p.put("limiet", v.paginaGrootte());
        p.put("vanaf", (long) (pagina - 1) * v.paginaGrootte());
        List<Taakrij> rijen = jdbc.sql("""
                select t.id, t.casus_id, c.naam, t.soort, t.omschrijving, t.rol, t.deadline,
                       c.team_id, c.aanmelder_id, c.casemanager_id, c.administratief_id, c.status, t.accountverzoek_id
                """ + waar + " order by t.deadline nulls last, t.id limit :limiet offset :vanaf").params(p)
                .query((rs, i) -> {
                    Long casus = rs.getObject(2, Long.class);
                    return new Taakrij(rs.getLong(1), casus, rs.getString(3), Taaksoort.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), casus == null ? null
                                    : new Scope(casus, rs.getLong(8), rs.getLong(9), rs.getObject(10, Long.class),
                                            rs.getObject(11, Long.class), Status.valueOf(rs.getString(12))),
                            rs.getObject(13, Long.class));
                }).list();
        return new Deel<>(rijen, totaal, pagina);
    }

    /** The case (null for a team's task without one) and role of a task. */
    public record Taakkop(Long casus, String rol) {
    }

    public Optional<Taakkop> kop(long taak) {
        return jdbc.sql("select casus_id, rol from vhb_taak where id = ?").param(taak)
                .query((rs, i) -> new Taakkop(rs.getObject(1, Long.class), rs.getString(2))).optional();
    }

    // ---------------------------------------------------------------- checklists

    /** Adds the items of a list to the case (items already there stay as they are). */
    public void maakLijst(long casus, String lijst, List<Checklists.Item> items) {
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into vhb_checkitem (casus_id, lijst, code, volgorde, omschrijving) values (?, ?, ?, ?, ?) "
                            + "on conflict (casus_id, lijst, code) do nothing")
                    .params(casus, lijst, items.get(i).code(), i + 1, items.get(i).omschrijving()).update();
        }
    }

    /** Sets every item of a list of the case back to OPEN (the documents are checked again for a new offer). */
    public void heropen(long casus, String lijst) {
        jdbc.sql("update vhb_checkitem set stand = 'OPEN', notitie = null where casus_id = ? and lijst = ?")
                .params(casus, lijst).update();
    }

    public record Itemrij(long id, String lijst, String code, String omschrijving, Checkstand stand, String notitie) {
    }

    public List<Itemrij> items(long casus) {
        return jdbc.sql("select id, lijst, code, omschrijving, stand, notitie from vhb_checkitem where casus_id = ? "
                        + "order by case lijst when 'INTAKE' then 1 when 'AANBOD' then 2 else 3 end, volgorde")
                .param(casus)
                .query((rs, i) -> new Itemrij(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Checkstand.valueOf(rs.getString(5)), rs.getString(6))).list();
    }

    /** Sets an item; false when the case has no such item. */
    public boolean zet(long casus, String lijst, String code, Checkstand stand, String notitie, String door) {
        return jdbc.sql("update vhb_checkitem set stand = ?, notitie = ?, gewijzigd_door = ?, gewijzigd_op = now() "
                        + "where casus_id = ? and lijst = ? and code = ?")
                .params(stand.name(), notitie, door, casus, lijst, code).update() > 0;
    }

    public int open(long casus, String lijst) {
        return jdbc.sql("select count(*) from vhb_checkitem where casus_id = ? and lijst = ? and stand = 'OPEN'")
                .params(casus, lijst).query(Integer.class).single();
    }
}
