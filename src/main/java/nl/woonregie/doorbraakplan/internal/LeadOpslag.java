package nl.woonregie.doorbraakplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.doorbraakplan.Afvalreden;
import nl.woonregie.doorbraakplan.Informeertaak;
import nl.woonregie.doorbraakplan.Informeerwijze;
import nl.woonregie.doorbraakplan.Lead;
import nl.woonregie.doorbraakplan.Leadoverzicht;
import nl.woonregie.doorbraakplan.Tranche;
import nl.woonregie.doorbraakplan.pijplijn.Aspect;
import nl.woonregie.doorbraakplan.pijplijn.Inbrenger;
import nl.woonregie.doorbraakplan.pijplijn.Kleur;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.doorbraakplan.pijplijn.Stap;
import nl.woonregie.doorbraakplan.pijplijn.Trechter;
import nl.woonregie.doorbraakplan.pijplijn.Uitkomst;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only code that reads and writes the lead pipeline's tables ({@code dbp_lead} and its steps, aspects, tasks,
 * tranches, reasons and the log of reads of personal data). State changes are guarded by the lead's version.
 */
@Component
public class LeadOpslag {

    /** Den Haag's reasons for dropping a lead (memos of 18 and 28 January 2022): every municipality starts with them. */
    public static final List<Afvalreden> STANDAARDREDENEN = List.of(
            new Afvalreden("NIET_BESCHIKBAAR", "Niet beschikbaar (eigenaar)", true),
            new Afvalreden("UITGANGSPUNTEN", "Past niet bij de uitgangspunten van het Doorbraakplan", true),
            new Afvalreden("RUIMTELIJK_NIET_MOGELIJK", "Ruimtelijk niet mogelijk", true),
            new Afvalreden("FINANCIEEL_NIET_HAALBAAR", "Financieel niet haalbaar", true),
            new Afvalreden("LEEFBAARHEID_VEILIGHEID", "Leefbaarheid en veiligheid", true),
            new Afvalreden("CONCURRERENDE_RUIMTECLAIM", "Concurrerende ruimteclaim (voorzieningen, groen)", true),
            new Afvalreden("BESLUIT_WETHOUDERS", "Wethouders: geen haalbaarheidsonderzoek of niet naar het college",
                    true),
            new Afvalreden("BESLUIT_COLLEGE", "College: geen Doorbraakplanlocatie", true),
            new Afvalreden("INGETROKKEN", "Ingetrokken door de inbrenger of de eigenaar", true),
            new Afvalreden("ANDERS", "Andere reden (zie de toelichting)", true));

    private final JdbcClient jdbc;

    LeadOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- reasons

    public List<Afvalreden> afvalredenen(String gemeente) {
        return jdbc.sql("select code, omschrijving, actief from dbp_afvalreden where gemeente_code = ? "
                + "order by volgorde, code").param(gemeente)
                .query((rs, i) -> new Afvalreden(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** Gives a municipality the standard list when it has none yet. */
    public void zorgVoorRedenen(String gemeente) {
        if (jdbc.sql("select count(*) from dbp_afvalreden where gemeente_code = ?").param(gemeente).query(Long.class)
                .single() > 0) {
            return;
        }
        int volgorde = 10;
        for (Afvalreden r : STANDAARDREDENEN) {
            jdbc.sql("insert into dbp_afvalreden (gemeente_code, code, omschrijving, volgorde) values (?, ?, ?, ?) "
                    + "on conflict do nothing").params(gemeente, r.code(), r.omschrijving(), volgorde).update();
            volgorde += 10;
        }
    }

    public boolean voegRedenToe(String gemeente, String code, String omschrijving) {
        return jdbc.sql("""
                insert into dbp_afvalreden (gemeente_code, code, omschrijving, volgorde)
                values (?, ?, ?, (select coalesce(max(volgorde), 0) + 10 from dbp_afvalreden where gemeente_code = ?))
                on conflict do nothing""").params(gemeente, code, omschrijving, gemeente).update() == 1;
    }

    public boolean zetRedenActief(String gemeente, String code, boolean actief) {
        return jdbc.sql("update dbp_afvalreden set actief = ? where gemeente_code = ? and code = ?")
                .params(actief, gemeente, code).update() == 1;
    }

    // --- leads

    public long voegToe(String gemeente, String naam, String adres, String omschrijving, LocalDate ingediendOp,
            Inbrenger soort, String inbrengerNaam, String contact, String eigenaar, Integer plaatsen, Integer eenheden,
            String door) {
        long id = jdbc.sql("""
                insert into dbp_lead (gemeente_code, naam, adres, omschrijving, status, ingediend_op, inbrenger_soort,
                    inbrenger_naam, inbrenger_contact, eigenaar, plaatsen, eenheden, aangemaakt_door)
                values (?, ?, ?, ?, 'INGEDIEND', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(gemeente, naam, adres, omschrijving, ingediendOp, soort.name(), inbrengerNaam, contact,
                        eigenaar, plaatsen, eenheden, door)
                .query(Long.class).single();
        stap(id, Stap.INDIENEN, null, Leadstatus.INGEDIEND, ingediendOp, null, null, null, null, door);
        return id;
    }

    /** Records a step in the lead's history; answers its id. */
    /** Records a step; {@code tranche} when the step put the lead in a tranche (null: it named none). */
    public long stap(long lead, Stap stap, Leadstatus van, Leadstatus naar, LocalDate datum, String kenmerk,
            String toelichting, String reden, Long tranche, String door) {
        return jdbc.sql("""
                insert into dbp_lead_stap (lead_id, stap, van, naar, datum, kenmerk, toelichting, afvalreden,
                    tranche_id, door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(lead, stap.name(), van == null ? null : van.name(), naar.name(), datum, kenmerk, toelichting,
                        reden, tranche, door)
                .query(Long.class).single();
    }

    /** The facts a step changes besides the state (null: unchanged). */
    public record Wijziging(Leadstatus naar, Long tranche, String projectleider, Kleur kleur, Integer plaatsen,
            Integer eenheden, Long aanbodbron, String afvalreden, String afvalToelichting, LocalDate geslotenOp) {
    }

    /** Moves a lead still at {@code versie} in state {@code van}; false when it changed in between. */
    public boolean zet(long id, int versie, Leadstatus van, Wijziging w) {
        return jdbc.sql("""
                update dbp_lead set status = :naar, versie = versie + 1,
                    tranche_id = coalesce(:tranche, tranche_id), projectleider = coalesce(:projectleider, projectleider),
                    kleur = coalesce(:kleur, kleur), plaatsen = coalesce(:plaatsen, plaatsen),
                    eenheden = coalesce(:eenheden, eenheden), aanbodbron_id = coalesce(:aanbodbron, aanbodbron_id),
                    afvalreden = :afvalreden, afval_toelichting = :toelichting, gesloten_op = :gesloten
                where id = :id and versie = :versie and status = :van""")
                .param("naar", w.naar().name()).param("tranche", w.tranche())
                .param("projectleider", w.projectleider()).param("kleur", w.kleur() == null ? null : w.kleur().name())
                .param("plaatsen", w.plaatsen()).param("eenheden", w.eenheden()).param("aanbodbron", w.aanbodbron())
                .param("afvalreden", w.afvalreden()).param("toelichting", w.afvalToelichting())
                .param("gesloten", w.geslotenOp()).param("id", id).param("versie", versie).param("van", van.name())
                .update() == 1;
    }

    public void aspect(long lead, Aspect aspect, Uitkomst uitkomst, String toelichting, String door) {
        jdbc.sql("""
                insert into dbp_lead_aspect (lead_id, aspect, uitkomst, toelichting, door) values (?, ?, ?, ?, ?)
                on conflict (lead_id, aspect) do update set uitkomst = excluded.uitkomst,
                    toelichting = excluded.toelichting, door = excluded.door, op = now()""")
                .params(lead, aspect.name(), uitkomst.name(), toelichting, door).update();
        jdbc.sql("update dbp_lead set versie = versie + 1 where id = ?").param(lead).update();
    }

    public void conclusie(long lead, String conclusie) {
        jdbc.sql("update dbp_lead set conclusie = ?, versie = versie + 1 where id = ?").params(conclusie, lead)
                .update();
    }

    public Optional<Lead> lees(long id) {
        Optional<Lead> kaal = jdbc.sql("""
                select l.*, t.naam as tranche_naam, r.omschrijving as reden_omschrijving
                from dbp_lead l left join dbp_tranche t on t.id = l.tranche_id
                left join dbp_afvalreden r on r.gemeente_code = l.gemeente_code and r.code = l.afvalreden
                where l.id = ?""").param(id).query((rs, i) -> lead(rs)).optional();
        return kaal.map(l -> new Lead(l.id(), l.gemeente(), l.naam(), l.adres(), l.omschrijving(), l.status(),
                l.versie(), l.ingediendOp(), l.inbrenger(), l.inbrengerNaam(), l.inbrengerContact(),
                l.geanonimiseerd(), l.eigenaar(), l.plaatsen(), l.eenheden(), l.projectleider(), l.conclusie(),
                l.kleur(), l.tranche(), l.trancheNaam(), l.aanbodbron(), l.afvalreden(), l.afvalredenOmschrijving(),
                l.afvalToelichting(), l.geslotenOp(), aspecten(id), stappen(id), List.of()));
    }

    private List<Lead.Analyse> aspecten(long lead) {
        List<Lead.Analyse> lijst = new ArrayList<>(jdbc.sql("select aspect, uitkomst, toelichting, door from "
                + "dbp_lead_aspect where lead_id = ?").param(lead)
                .query((rs, i) -> new Lead.Analyse(Aspect.valueOf(rs.getString(1)), Uitkomst.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4))).list());
        lijst.sort(java.util.Comparator.comparing(Lead.Analyse::aspect));
        return lijst;
    }

    private List<Lead.Stapregel> stappen(long lead) {
        return jdbc.sql("select id, stap, van, naar, datum, kenmerk, toelichting, afvalreden, door from dbp_lead_stap "
                + "where lead_id = ? order by id").param(lead)
                .query((rs, i) -> new Lead.Stapregel(rs.getLong(1), Stap.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : Leadstatus.valueOf(rs.getString(3)),
                        Leadstatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9))).list();
    }

    private static Lead lead(ResultSet rs) throws SQLException {
        return new Lead(rs.getLong("id"), rs.getString("gemeente_code"), rs.getString("naam"), rs.getString("adres"),
                rs.getString("omschrijving"), Leadstatus.valueOf(rs.getString("status")), rs.getInt("versie"),
                rs.getObject("ingediend_op", LocalDate.class), Inbrenger.valueOf(rs.getString("inbrenger_soort")),
                rs.getString("inbrenger_naam"), rs.getString("inbrenger_contact"),
                rs.getObject("geanonimiseerd_op") != null, rs.getString("eigenaar"),
                (Integer) rs.getObject("plaatsen"), (Integer) rs.getObject("eenheden"), rs.getString("projectleider"),
                rs.getString("conclusie"), rs.getString("kleur") == null ? null : Kleur.valueOf(rs.getString("kleur")),
                (Long) rs.getObject("tranche_id"), rs.getString("tranche_naam"), (Long) rs.getObject("aanbodbron_id"),
                rs.getString("afvalreden"), rs.getString("reden_omschrijving"), rs.getString("afval_toelichting"),
                rs.getObject("gesloten_op", LocalDate.class), List.of(), List.of(), List.of());
    }

    /** The register of a municipality (a state, a tranche: filters; null for all), newest first. */
    public List<Leadoverzicht> register(String gemeente, Leadstatus status, Long tranche) {
        return jdbc.sql("""
                select l.id, l.naam, l.adres, l.status, l.inbrenger_soort, l.ingediend_op,
                    (select max(s.datum) from dbp_lead_stap s where s.lead_id = l.id) as laatste, l.kleur, l.tranche_id,
                    t.naam as tranche_naam, l.afvalreden, r.omschrijving, l.projectleider
                from dbp_lead l left join dbp_tranche t on t.id = l.tranche_id
                left join dbp_afvalreden r on r.gemeente_code = l.gemeente_code and r.code = l.afvalreden
                where l.gemeente_code = :gemeente and (cast(:status as varchar) is null or l.status = :status)
                  and (cast(:tranche as bigint) is null or l.tranche_id = :tranche)
                order by l.ingediend_op desc, l.id desc""")
                .param("gemeente", gemeente).param("status", status == null ? null : status.name())
                .param("tranche", tranche)
                .query((rs, i) -> new Leadoverzicht(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Leadstatus.valueOf(rs.getString(4)), Inbrenger.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getString(8) == null ? null : Kleur.valueOf(rs.getString(8)), (Long) rs.getObject(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13))).list();
    }

    /** The paths of a municipality's leads up to the peildatum (steps dated on or before it), for the funnel. */
    public List<Trechter.Pad> paden(String gemeente, LocalDate peildatum, Long tranche) {
        Map<Long, List<Leadstatus>> standen = new LinkedHashMap<>();
        Map<Long, String> redenen = new LinkedHashMap<>();
        jdbc.sql("""
                select s.lead_id, s.naar, s.afvalreden from dbp_lead_stap s join dbp_lead l on l.id = s.lead_id
                where l.gemeente_code = :gemeente and s.datum <= :peildatum
                  and (cast(:tranche as bigint) is null or :tranche = (
                      select t.tranche_id from dbp_lead_stap t
                      where t.lead_id = l.id and t.datum <= :peildatum and t.tranche_id is not null
                      order by t.datum desc, t.id desc limit 1))
                order by s.lead_id, s.id""")
                .param("gemeente", gemeente).param("peildatum", peildatum).param("tranche", tranche)
                .query((ResultSet rs) -> {
                    long lead = rs.getLong(1);
                    standen.computeIfAbsent(lead, k -> new ArrayList<>()).add(Leadstatus.valueOf(rs.getString(2)));
                    if (rs.getString(3) != null) {
                        redenen.put(lead, rs.getString(3));
                    }
                });
        List<Trechter.Pad> paden = new ArrayList<>();
        standen.forEach((lead, s) -> paden.add(new Trechter.Pad(s, redenen.get(lead))));
        return paden;
    }

    // --- tasks

    public long taak(long lead, String gemeente, long stap, LocalDate termijn) {
        return jdbc.sql("insert into dbp_informeertaak (lead_id, gemeente_code, stap_id, termijn) values (?, ?, ?, ?) "
                + "returning id").params(lead, gemeente, stap, termijn).query(Long.class).single();
    }

    /** The municipality's tasks (only the open ones when asked), the earliest deadline first. */
    public List<Informeertaak> taken(String gemeente, boolean alleenOpen, LocalDate vandaag) {
        return jdbc.sql("""
                select t.id, t.lead_id, l.naam, s.stap, s.datum, t.termijn, t.gedaan_op, t.wijze, t.toelichting,
                    t.gedaan_door
                from dbp_informeertaak t join dbp_lead l on l.id = t.lead_id join dbp_lead_stap s on s.id = t.stap_id
                where t.gemeente_code = :gemeente and (not :open or t.gedaan_op is null)
                order by (t.gedaan_op is null) desc, t.termijn, t.id""")
                .param("gemeente", gemeente).param("open", alleenOpen)
                .query((rs, i) -> taak(rs, vandaag)).list();
    }

    public Optional<Informeertaak> taak(long id, LocalDate vandaag) {
        return jdbc.sql("""
                select t.id, t.lead_id, l.naam, s.stap, s.datum, t.termijn, t.gedaan_op, t.wijze, t.toelichting,
                    t.gedaan_door, t.gemeente_code
                from dbp_informeertaak t join dbp_lead l on l.id = t.lead_id join dbp_lead_stap s on s.id = t.stap_id
                where t.id = ?""").param(id).query((rs, i) -> taak(rs, vandaag)).optional();
    }

    public Optional<String> gemeenteVanTaak(long id) {
        return jdbc.sql("select gemeente_code from dbp_informeertaak where id = ?").param(id).query(String.class)
                .optional();
    }

    private static Informeertaak taak(ResultSet rs, LocalDate vandaag) throws SQLException {
        LocalDate termijn = rs.getObject(6, LocalDate.class);
        LocalDate gedaan = rs.getObject(7, LocalDate.class);
        return new Informeertaak(rs.getLong(1), rs.getLong(2), rs.getString(3), Stap.valueOf(rs.getString(4)),
                rs.getObject(5, LocalDate.class), termijn, gedaan,
                rs.getString(8) == null ? null : Informeerwijze.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), gedaan == null && termijn.isBefore(vandaag));
    }

    /** Records that a task was done; false when it was done already. */
    public boolean afhandelen(long id, LocalDate op, Informeerwijze wijze, String toelichting, String door) {
        return jdbc.sql("update dbp_informeertaak set gedaan_op = ?, wijze = ?, toelichting = ?, gedaan_door = ? "
                + "where id = ? and gedaan_op is null").params(op, wijze.name(), toelichting, door, id).update() == 1;
    }

    // --- tranches

    public List<Tranche> tranches(String gemeente) {
        return jdbc.sql("""
                select t.id, t.gemeente_code, t.naam, t.besluitdatum, t.kenmerk, count(l.id),
                    count(l.id) filter (where l.kleur = 'ORANJE'), count(l.id) filter (where l.kleur = 'GROEN')
                from dbp_tranche t left join dbp_lead l on l.tranche_id = t.id
                where t.gemeente_code = ? group by t.id order by t.id""").param(gemeente)
                .query((rs, i) -> new Tranche(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }

    public Optional<Long> trancheVan(String gemeente, long id) {
        return jdbc.sql("select id from dbp_tranche where gemeente_code = ? and id = ?").params(gemeente, id)
                .query(Long.class).optional();
    }

    public boolean trancheNaamBestaat(String gemeente, String naam) {
        return jdbc.sql("select count(*) from dbp_tranche where gemeente_code = ? and lower(naam) = lower(?)")
                .params(gemeente, naam).query(Long.class).single() > 0;
    }

    public long voegTrancheToe(String gemeente, String naam, LocalDate besluitdatum, String kenmerk, String door) {
        return jdbc.sql("insert into dbp_tranche (gemeente_code, naam, besluitdatum, kenmerk, aangemaakt_door) "
                + "values (?, ?, ?, ?, ?) returning id").params(gemeente, naam, besluitdatum, kenmerk, door)
                .query(Long.class).single();
    }

    // --- personal data

    /** Logs a read of a submitter's name and contact. */
    public void gelezen(long lead, String actor, String rol, String doel, String handeling) {
        jdbc.sql("insert into dbp_verwerking (actor, rol, lead_id, doel, handeling) values (?, ?, ?, ?, ?)")
                .params(actor, rol, lead, doel, handeling).update();
    }

    /** The reads of a lead's personal data, oldest first: who, role, what. */
    public List<String> verwerkingen(long lead) {
        return jdbc.sql("select actor || ' (' || rol || '): ' || handeling from dbp_verwerking where lead_id = ? "
                + "order by id").param(lead).query(String.class).list();
    }

    /** The leads closed before {@code grens} whose personal data is still there. */
    public List<Lead> teAnonimiseren(LocalDate grens) {
        return jdbc.sql("select id from dbp_lead where gesloten_op < ? and geanonimiseerd_op is null order by id")
                .param(grens).query(Long.class).list().stream().map(id -> lees(id).orElseThrow()).toList();
    }

    public boolean anonimiseer(long lead) {
        return jdbc.sql("update dbp_lead set inbrenger_naam = null, inbrenger_contact = null, geanonimiseerd_op = now() "
                + "where id = ? and geanonimiseerd_op is null").param(lead).update() == 1;
    }

    // --- project scope

    public boolean bestaat(long lead) {
        return jdbc.sql("select count(*) from dbp_lead where id = ?").param(lead).query(Long.class).single() > 0;
    }

    /** Every lead as a scope: id, name and municipality. */
    public List<Object[]> scopes() {
        return jdbc.sql("select id, naam, gemeente_code from dbp_lead order by gemeente_code, naam, id")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
    }
}
