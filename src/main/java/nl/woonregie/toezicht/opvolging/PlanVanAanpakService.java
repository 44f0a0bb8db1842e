package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plannen van aanpak (ladder step 3a; ratified by the college: 3b) and their actions, which are OPEN until marked
 * done (AFGEROND) and overdue (verlopen) while open after their deadline. "Today" comes from the application's clock
 * ({@link Kalender}); the read methods also take it as a parameter. Every change is audited in the same transaction.
 * Role and scope checks are the caller's (see {@code PlanVanAanpakController}).
 */
@Service
public class PlanVanAanpakService {

    static final int MAX_TITEL = 300;
    static final int MAX_OMSCHRIJVING = 2_000;
    static final int MAX_VERANTWOORDELIJKE = 200;
    static final int MAX_TOELICHTING = 4_000;
    static final int MAX_ACTIES = 200;

    /** A new plan; dates and period as text so that every invalid field can be reported. */
    public record PlanInvoer(String periode, String titel, @Schema(format = "date") String ontvangenOp,
            @Schema(format = "date") String bekrachtigdDoorCollegeOp,
            List<ActieInvoer> acties) {
    }

    /** A new action: what, who (an organisation or role, not a person's name), and by when. */
    public record ActieInvoer(String omschrijving, String verantwoordelijke, @Schema(format = "date") String deadline) {
    }

    /** Marking an action done: on which day, and what was done. */
    public record Afronding(@Schema(format = "date") String afgerondOp, String toelichting) {
    }

    /** The date on which the college ratified the plan (step 3b). */
    public record Bekrachtiging(@Schema(format = "date") String bekrachtigdDoorCollegeOp) {
    }

    private record Plan(long id, String gemeente, LocalDate ontvangenOp, LocalDate bekrachtigdOp) {
    }

    private record NieuweActie(String omschrijving, String verantwoordelijke, LocalDate deadline) {

        Map<String, Object> alsMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("omschrijving", omschrijving);
            m.put("verantwoordelijke", verantwoordelijke);
            m.put("deadline", deadline.toString());
            return m;
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Kalender kalender;
    private final GebiedService gebied;

    PlanVanAanpakService(JdbcClient jdbc, ApplicationEventPublisher gebeurtenissen, Kalender kalender, GebiedService gebied) {
        this.jdbc = jdbc;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
        this.kalender = kalender;
    }

    /** Today, by the application's clock, in the Netherlands. */
    public LocalDate vandaag() {
        return kalender.vandaag();
    }

    /** Records a plan of a municipality (which must exist) with its actions; answers its id. */
    @Transactional
    public long legVast(String gemeente, PlanInvoer invoer, Gebruiker door, String client) {
        bestaandeGemeente(gemeente);
        LocalDate vandaag = vandaag();
        Fouten fouten = new Fouten();
        Periode periode = fouten.periode(invoer.periode(), "periode");
        String titel = fouten.tekst(invoer.titel(), "titel", MAX_TITEL);
        LocalDate ontvangenOp = fouten.datumNietNa(invoer.ontvangenOp(), "ontvangenOp", true, vandaag);
        LocalDate bekrachtigdOp = bekrachtigdOp(invoer.bekrachtigdDoorCollegeOp(), false, ontvangenOp, vandaag,
                fouten);
        List<NieuweActie> acties = new ArrayList<>();
        List<ActieInvoer> actieInvoer = invoer.acties() == null ? List.of() : invoer.acties();
        if (actieInvoer.size() > MAX_ACTIES) {
            fouten.voeg("acties", "hoogstens " + MAX_ACTIES + " acties");
        } else {
            for (int i = 0; i < actieInvoer.size(); i++) {
                acties.add(actie(actieInvoer.get(i), "acties[" + i + "].", ontvangenOp, fouten));
            }
        }
        fouten.gooiAlsNodig("Het plan van aanpak is niet geldig.");
        long id = jdbc.sql("""
                insert into plan_van_aanpak (gemeente_code, periode, titel, ontvangen_op, bekrachtigd_door_college_op,
                    aangemaakt_door)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(gemeente, periode.code(), titel, ontvangenOp, bekrachtigdOp, door.actor())
                .query(Long.class).single();
        List<Map<String, Object>> actieMaps = new ArrayList<>();
        for (NieuweActie a : acties) {
            long actieId = voegToe(id, a, door);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", actieId);
            m.putAll(a.alsMap());
            actieMaps.add(m);
        }
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("gemeente", gemeente);
        nieuw.put("periode", periode.code());
        nieuw.put("titel", titel);
        nieuw.put("ontvangenOp", ontvangenOp.toString());
        nieuw.put("bekrachtigdDoorCollegeOp", bekrachtigdOp == null ? null : bekrachtigdOp.toString());
        nieuw.put("acties", actieMaps);
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.PlanVastgelegd(id, gemeente, nieuw,
                new Actor(door.actor(), client)));
        return id;
    }

    /** Records the ratification by the college (step 3b); 409 when the plan was already ratified. */
    @Transactional
    public void bekrachtig(long planId, Bekrachtiging b, Gebruiker door, String client) {
        Plan plan = plan(planId, true);
        Fouten fouten = new Fouten();
        LocalDate op = bekrachtigdOp(b.bekrachtigdDoorCollegeOp(), true, plan.ontvangenOp(), vandaag(), fouten);
        fouten.gooiAlsNodig("De bekrachtiging is niet geldig.");
        if (plan.bekrachtigdOp() != null) {
            throw new ApiException(HttpStatus.CONFLICT, "Al bekrachtigd", "Plan van aanpak " + planId
                    + " is al op " + plan.bekrachtigdOp() + " door het college bekrachtigd.", null);
        }
        jdbc.sql("update plan_van_aanpak set bekrachtigd_door_college_op = ? where id = ?").params(op, planId)
                .update();
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.PlanBekrachtigd(planId, op,
                new Actor(door.actor(), client)));
    }

    /** Adds an action to a plan; answers its id. */
    @Transactional
    public long voegActieToe(long planId, ActieInvoer invoer, Gebruiker door, String client) {
        Plan plan = plan(planId, false);
        Fouten fouten = new Fouten();
        NieuweActie actie = actie(invoer, "", plan.ontvangenOp(), fouten);
        fouten.gooiAlsNodig("De actie is niet geldig.");
        long id = voegToe(planId, actie, door);
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("planVanAanpak", planId);
        nieuw.put("gemeente", plan.gemeente());
        nieuw.putAll(actie.alsMap());
        nieuw.put("status", Actie.Status.OPEN.name());
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.ActieToegevoegd(id, planId, nieuw,
                new Actor(door.actor(), client)));
        return id;
    }

    /**
     * Marks an action done, on a day not in the future and not before the plan was received, with an explanation;
     * 409 when it is already done.
     */
    @Transactional
    public void rondAf(long actieId, Afronding afronding, Gebruiker door, String client) {
        record Rij(long plan, String status, LocalDate deadline, LocalDate ontvangenOp) {
        }
        Rij rij = jdbc.sql("""
                select a.plan_id, a.status, a.deadline, p.ontvangen_op
                from plan_actie a join plan_van_aanpak p on p.id = a.plan_id
                where a.id = ? for update of a""").param(actieId)
                .query((rs, n) -> new Rij(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .optional().orElseThrow(() -> ApiException.notFound("Actie " + actieId + " bestaat niet."));
        Fouten fouten = new Fouten();
        LocalDate op = fouten.datumNietNa(afronding.afgerondOp(), "afgerondOp", true, vandaag());
        if (op != null && op.isBefore(rij.ontvangenOp())) {
            fouten.voeg("afgerondOp", "mag niet voor de ontvangst van het plan van aanpak (" + rij.ontvangenOp()
                    + ") liggen");
        }
        String toelichting = fouten.tekst(afronding.toelichting(), "toelichting", MAX_TOELICHTING);
        fouten.gooiAlsNodig("De afronding is niet geldig.");
        if (Actie.Status.AFGEROND.name().equals(rij.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Al afgerond", "Actie " + actieId + " is al afgerond.",
                    null);
        }
        jdbc.sql("""
                update plan_actie set status = 'AFGEROND', afgerond_op = ?, toelichting = ?, afgerond_door = ?,
                    afgerond_vastgelegd_op = now()
                where id = ?""").params(op, toelichting, door.actor(), actieId).update();
        Map<String, Object> oud = new LinkedHashMap<>();
        oud.put("status", Actie.Status.OPEN.name());
        oud.put("deadline", rij.deadline().toString());
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("status", Actie.Status.AFGEROND.name());
        nieuw.put("afgerondOp", op.toString());
        nieuw.put("toelichting", toelichting);
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.ActieAfgerond(actieId, oud, nieuw,
                new Actor(door.actor(), client)));
    }

    @Transactional(readOnly = true)
    public Optional<String> gemeenteVanPlan(long planId) {
        return jdbc.sql("select gemeente_code from plan_van_aanpak where id = ?").param(planId).query(String.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<String> gemeenteVanActie(long actieId) {
        return jdbc.sql("""
                select p.gemeente_code from plan_actie a join plan_van_aanpak p on p.id = a.plan_id
                where a.id = ?""").param(actieId).query(String.class).optional();
    }

    /** A plan with its actions, overdue as of {@code vandaag}; 404 when it does not exist. */
    @Transactional(readOnly = true)
    public PlanVanAanpak lees(long planId, LocalDate vandaag) {
        return plannen("p.id = ?", vandaag, planId).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Plan van aanpak " + planId + " bestaat niet."));
    }

    /** The plans of a municipality, the most recently received first. */
    @Transactional(readOnly = true)
    public List<PlanVanAanpak> vanGemeente(String gemeente, LocalDate vandaag) {
        return plannen("p.gemeente_code = ?", vandaag, gemeente);
    }

    /** An action; 404 when it does not exist. */
    @Transactional(readOnly = true)
    public Actie actie(long actieId, LocalDate vandaag) {
        return acties("a.id = ?", vandaag, actieId).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Actie " + actieId + " bestaat niet."));
    }

    /** The actions of a municipality's plans, by deadline; all of them when {@code filter} is null. */
    @Transactional(readOnly = true)
    public List<Actie> actiesVanGemeente(String gemeente, Actie.Filter filter, LocalDate vandaag) {
        if (filter == null) {
            return acties("p.gemeente_code = ?", vandaag, gemeente);
        }
        return switch (filter) {
            case OPEN -> acties("p.gemeente_code = ? and a.status = 'OPEN'", vandaag, gemeente);
            case AFGEROND -> acties("p.gemeente_code = ? and a.status = 'AFGEROND'", vandaag, gemeente);
            case VERLOPEN -> acties("p.gemeente_code = ? and a.status = 'OPEN' and a.deadline < ?", vandaag,
                    gemeente, vandaag);
        };
    }

    /** The overdue actions of all municipalities of a province (by their current province), by deadline. */
    @Transactional(readOnly = true)
    public List<Actie> verlopenInProvincie(String provincie, LocalDate vandaag) {
        return acties("a.status = 'OPEN' and a.deadline < ?", vandaag, vandaag).stream()
                .filter(a -> gebied.provincieVan(a.gemeente()).map(provincie::equals).orElse(false)).toList();
    }

    // ---------------------------------------------------------------------------------------------------------

    private NieuweActie actie(ActieInvoer invoer, String pad, LocalDate ontvangenOp, Fouten fouten) {
        if (invoer == null) {
            fouten.voeg(pad.isEmpty() ? "body" : pad.substring(0, pad.length() - 1),
                    "verplicht: een actie met omschrijving, verantwoordelijke en deadline");
            return null;
        }
        String omschrijving = fouten.tekst(invoer.omschrijving(), pad + "omschrijving", MAX_OMSCHRIJVING);
        String verantwoordelijke = fouten.tekst(invoer.verantwoordelijke(), pad + "verantwoordelijke",
                MAX_VERANTWOORDELIJKE);
        LocalDate deadline = fouten.datum(invoer.deadline(), pad + "deadline", true);
        if (deadline != null && ontvangenOp != null && deadline.isBefore(ontvangenOp)) {
            fouten.voeg(pad + "deadline", "mag niet voor de ontvangst van het plan van aanpak (" + ontvangenOp
                    + ") liggen");
        }
        return new NieuweActie(omschrijving, verantwoordelijke, deadline);
    }

    /** The ratification date: optional on a new plan; not before receipt, not in the future. */
    private static LocalDate bekrachtigdOp(String tekst, boolean verplicht, LocalDate ontvangenOp,
            LocalDate vandaag, Fouten fouten) {
        LocalDate op = fouten.datumNietNa(tekst, "bekrachtigdDoorCollegeOp", verplicht, vandaag);
        if (op != null && ontvangenOp != null && op.isBefore(ontvangenOp)) {
            fouten.voeg("bekrachtigdDoorCollegeOp", "mag niet voor ontvangenOp (" + Weergave.dag(ontvangenOp)
                    + ") liggen");
            return null;
        }
        return op;
    }

    private long voegToe(long planId, NieuweActie a, Gebruiker door) {
        return jdbc.sql("""
                insert into plan_actie (plan_id, omschrijving, verantwoordelijke, deadline, aangemaakt_door)
                values (?, ?, ?, ?, ?) returning id""")
                .params(planId, a.omschrijving(), a.verantwoordelijke(), a.deadline(), door.actor())
                .query(Long.class).single();
    }

    private Plan plan(long planId, boolean vergrendel) {
        return jdbc.sql("select id, gemeente_code, ontvangen_op, bekrachtigd_door_college_op from plan_van_aanpak "
                        + "where id = ?" + (vergrendel ? " for update" : "")).param(planId)
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .optional()
                .orElseThrow(() -> ApiException.notFound("Plan van aanpak " + planId + " bestaat niet."));
    }

    private void bestaandeGemeente(String gemeente) {
        if (gebied.gemeente(gemeente).isEmpty()) {
            throw ApiException.notFound("Gemeente " + gemeente + " bestaat niet.");
        }
    }

    private List<PlanVanAanpak> plannen(String waar, LocalDate vandaag, Object... params) {
        List<PlanVanAanpak> plannen = jdbc.sql("""
                select p.id, p.gemeente_code, p.periode, p.titel, p.ontvangen_op,
                       p.bekrachtigd_door_college_op, p.aangemaakt_door, p.aangemaakt_op
                from plan_van_aanpak p
                where\s""" + waar + " order by p.ontvangen_op desc, p.id desc")
                .params(params)
                .query((rs, n) -> new PlanVanAanpak(rs.getLong(1), rs.getString(2), gebied.naam(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                        vandaag, 0, 0, 0, List.of()))
                .list();
        if (plannen.isEmpty()) {
            return plannen;
        }
        List<Actie> acties = acties("a.plan_id = any(?)", vandaag,
                (Object) plannen.stream().map(PlanVanAanpak::id).toArray(Long[]::new));
        return plannen.stream().map(p -> {
            List<Actie> van = acties.stream().filter(a -> a.planVanAanpak() == p.id()).toList();
            int open = (int) van.stream().filter(a -> a.status() == Actie.Status.OPEN).count();
            int verlopen = (int) van.stream().filter(Actie::verlopen).count();
            return new PlanVanAanpak(p.id(), p.gemeente(), p.gemeenteNaam(), p.periode(), p.titel(), p.ontvangenOp(),
                    p.bekrachtigdDoorCollegeOp(), p.aangemaaktDoor(), p.aangemaaktOp(), vandaag, open, verlopen,
                    van.size() - open, van);
        }).toList();
    }

    private List<Actie> acties(String waar, LocalDate vandaag, Object... params) {
        return jdbc.sql("""
                select a.id, a.plan_id, p.titel, p.periode, p.gemeente_code, a.omschrijving,
                       a.verantwoordelijke, a.deadline, a.status, a.afgerond_op, a.toelichting, a.afgerond_door,
                       a.afgerond_vastgelegd_op, a.aangemaakt_door, a.aangemaakt_op
                from plan_actie a
                join plan_van_aanpak p on p.id = a.plan_id
                where\s""" + waar)
                .params(params)
                .query((rs, n) -> {
                    LocalDate deadline = rs.getObject(8, LocalDate.class);
                    Actie.Status status = Actie.Status.valueOf(rs.getString(9));
                    return new Actie(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), gebied.naam(rs.getString(5)), rs.getString(6), rs.getString(7),
                            deadline, status, Actie.isVerlopen(status, deadline, vandaag),
                            Actie.dagenVerlopen(status, deadline, vandaag), rs.getObject(10, LocalDate.class),
                            rs.getString(11), rs.getString(12), rs.getObject(13, OffsetDateTime.class),
                            rs.getString(14), rs.getObject(15, OffsetDateTime.class));
                })
                .list().stream()
                .sorted(java.util.Comparator.comparing(Actie::deadline).thenComparing(Actie::gemeenteNaam)
                        .thenComparingLong(Actie::id))
                .toList();
    }
}
