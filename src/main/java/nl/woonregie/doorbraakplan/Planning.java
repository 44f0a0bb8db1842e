package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.doorbraakplan.internal.PlanningOpslag;
import nl.woonregie.doorbraakplan.internal.Sjablonen;
import nl.woonregie.doorbraakplan.toetsing.Mijlpaaltermijn;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning of a tranche (issue 17 §7): its milestones with a date or a date range, what, who, a note and the day
 * each was done, in date order; late ones ("te laat": the date passed by the application's clock, not done) counted
 * and marked. The programme team adds, changes and marks them done (each change a new version, audited with before
 * and after), and may fill in the 16 dated steps of the memo of 28 January 2022 as a template to edit
 * ({@code doorbraakplan/planning-tweede-tranche-2022.yaml}, 000:L397-413). Who: as the lead pipeline's tranches.
 */
@Service
public class Planning {

    static final int WAT = 300;
    static final int MAX_MIJLPALEN = 200;

    private final PlanningOpslag opslag;
    private final Leads leads;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Planning(PlanningOpslag opslag, Leads leads, GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.leads = leads;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    private Tranche tranche(Gebruiker g, String gemeente, long tranche) {
        return leads.tranches(g, gemeente).stream().filter(t -> t.id() == tranche).findFirst()
                .orElseThrow(() -> ApiException.notFound("Tranche " + tranche + " bestaat niet bij deze gemeente."));
    }

    /** The tranche's planning on today's date (the application's clock). */
    @Transactional(readOnly = true)
    public Trancheplanning planning(Gebruiker g, String gemeente, long tranche) {
        leads.vereisLezen(g, gemeente);
        return planning(gemeente, tranche(g, gemeente, tranche));
    }

    private Trancheplanning planning(String gemeente, Tranche t) {
        LocalDate vandaag = gebied.vandaag();
        List<Mijlpaal> lijst = opslag.vanTranche(t.id()).stream().map(r -> mijlpaal(r, vandaag))
                .sorted(Mijlpaaltermijn.opDatum(Mijlpaal::van, Mijlpaal::tot, Mijlpaal::id)).toList();
        return new Trancheplanning(gemeente, t.id(), t.naam(), vandaag,
                (int) lijst.stream().filter(Mijlpaal::teLaat).count(), lijst);
    }

    private static Mijlpaal mijlpaal(PlanningOpslag.Rij r, LocalDate vandaag) {
        return new Mijlpaal(r.id(), r.tranche(), r.van(), r.tot(), r.wat(), r.wie(), r.toelichting(), r.gedaanOp(),
                r.bron(), r.versie(), r.door(), r.op(), Mijlpaaltermijn.teLaat(r.van(), r.tot(), r.gedaanOp(), vandaag));
    }

    /** Adds a milestone; 400 naming every invalid field. */
    @Transactional
    public Mijlpaal toevoegen(Gebruiker g, String gemeente, long tranche, Mijlpaalverzoek v, String client) {
        leads.vereisWijzigen(g, gemeente);
        Tranche t = tranche(g, gemeente, tranche);
        List<InvalidParam> f = new ArrayList<>();
        if (v.versie() != null && !v.versie().isBlank()) {
            f.add(new InvalidParam("versie", "alleen bij een wijziging"));
        }
        Invoer in = lees(v, f);
        if (opslag.vanTranche(t.id()).size() >= MAX_MIJLPALEN) {
            f.add(new InvalidParam("wat", "de tranche heeft al " + MAX_MIJLPALEN + " mijlpalen"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De mijlpaal is niet toegevoegd.", f);
        }
        long id = opslag.voegToe(t.id(), in.van(), in.tot(), in.wat(), in.wie(), in.toelichting(), in.gedaanOp(), null,
                g.actor());
        gebeurtenissen.publishEvent(new ToetsGebeurtenis.MijlpaalVastgelegd(id, gemeente, 1, null,
                waarden(t, in), new Actor(g.actor(), client)));
        return mijlpaal(opslag.lees(id).orElseThrow(), gebied.vandaag());
    }

    /** Changes a milestone (also: marks it done with {@code gedaanOp}); 400 naming every invalid field, 409 stale. */
    @Transactional
    public Mijlpaal wijzigen(Gebruiker g, String gemeente, long tranche, long id, Mijlpaalverzoek v, String client) {
        leads.vereisWijzigen(g, gemeente);
        Tranche t = tranche(g, gemeente, tranche);
        PlanningOpslag.Rij oud = opslag.lees(id).filter(r -> r.tranche() == t.id())
                .orElseThrow(() -> ApiException.notFound("Mijlpaal " + id + " bestaat niet in deze tranche."));
        List<InvalidParam> f = new ArrayList<>();
        Integer versie = Leads.geheel(v.versie(), "versie", true, f);
        Invoer in = lees(v, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De mijlpaal is niet gewijzigd.", f);
        }
        if (oud.versie() != versie || !opslag.wijzig(id, versie, in.van(), in.tot(), in.wat(), in.wie(),
                in.toelichting(), in.gedaanOp(), g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "De mijlpaal '" + oud.wat() + "' is intussen "
                    + "gewijzigd (nu versie " + opslag.lees(id).map(PlanningOpslag.Rij::versie).orElse(0)
                    + "); bekijk haar opnieuw.", null);
        }
        Invoer was = new Invoer(oud.van(), oud.tot(), oud.wat(), oud.wie(), oud.toelichting(), oud.gedaanOp());
        gebeurtenissen.publishEvent(new ToetsGebeurtenis.MijlpaalVastgelegd(id, gemeente, versie + 1,
                waarden(t, was), waarden(t, in), new Actor(g.actor(), client)));
        return mijlpaal(opslag.lees(id).orElseThrow(), gebied.vandaag());
    }

    /**
     * Adds the 16 dated steps of the memo of 28 January 2022 (the shipped template, with its source) to the tranche,
     * to edit there; answers the planning.
     */
    @Transactional
    public Trancheplanning sjabloonToevoegen(Gebruiker g, String gemeente, long tranche, String client) {
        leads.vereisWijzigen(g, gemeente);
        Tranche t = tranche(g, gemeente, tranche);
        List<Sjablonen.Stap> stappen = Sjablonen.planningTweedeTranche();
        if (opslag.vanTranche(t.id()).size() + stappen.size() > MAX_MIJLPALEN) {
            throw ApiException.invalid("Het sjabloon is niet toegevoegd.", List.of(new InvalidParam("tranche",
                    "de tranche zou meer dan " + MAX_MIJLPALEN + " mijlpalen krijgen")));
        }
        for (Sjablonen.Stap s : stappen) {
            long id = opslag.voegToe(t.id(), s.van(), s.tot(), s.wat(), null, null, null, s.bron(), g.actor());
            Map<String, Object> w = waarden(t, new Invoer(s.van(), s.tot(), s.wat(), null, null, null));
            w.put("bron", s.bron());
            gebeurtenissen.publishEvent(new ToetsGebeurtenis.MijlpaalVastgelegd(id, gemeente, 1, null, w,
                    new Actor(g.actor(), client)));
        }
        return planning(gemeente, t);
    }

    /** The template's steps (for the page that offers it). */
    public static List<Sjablonen.Stap> sjabloon() {
        return Sjablonen.planningTweedeTranche();
    }

    private record Invoer(LocalDate van, LocalDate tot, String wat, String wie, String toelichting,
            LocalDate gedaanOp) {
    }

    private Invoer lees(Mijlpaalverzoek v, List<InvalidParam> f) {
        LocalDate van = Leads.datum(v.van(), "van", true, f);
        LocalDate tot = Leads.datum(v.tot(), "tot", false, f);
        if (van != null && tot != null && !tot.isAfter(van)) {
            f.add(new InvalidParam("tot", "ligt niet na de eerste dag (laat leeg voor één dag)"));
        }
        if (van != null && (van.getYear() < 2000 || van.getYear() > 2100)) {
            f.add(new InvalidParam("van", "tussen 2000 en 2100"));
        }
        if (tot != null && tot.getYear() > 2100) {
            f.add(new InvalidParam("tot", "uiterlijk in 2100"));
        }
        String wat = Leads.tekst(v.wat(), "wat", WAT, true, f);
        String wie = Leads.tekst(v.wie(), "wie", Leads.NAAM, false, f);
        String toelichting = Leads.tekst(v.toelichting(), "toelichting", Leads.TEKST, false, f);
        LocalDate gedaan = Leads.datum(v.gedaanOp(), "gedaanOp", false, f);
        if (gedaan != null && gedaan.isAfter(gebied.vandaag())) {
            f.add(new InvalidParam("gedaanOp", "ligt in de toekomst"));
        } else if (gedaan != null && gedaan.getYear() < 2000) {
            f.add(new InvalidParam("gedaanOp", "vanaf 2000"));
        }
        return new Invoer(van, tot, wat, wie, toelichting, gedaan);
    }

    private static Map<String, Object> waarden(Tranche t, Invoer in) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("tranche", t.id());
        w.put("van", in.van() == null ? null : in.van().toString());
        w.put("tot", in.tot() == null ? null : in.tot().toString());
        w.put("wat", in.wat());
        w.put("wie", in.wie());
        w.put("toelichting", in.toelichting());
        w.put("gedaanOp", in.gedaanOp() == null ? null : in.gedaanOp().toString());
        return w;
    }

    /** The planning as XLSX (sheet Planning: dates as dates, te laat as text). */
    @Transactional(readOnly = true)
    public byte[] xlsx(Gebruiker g, String gemeente, long tranche) {
        Trancheplanning p = planning(g, gemeente, tranche);
        List<List<?>> rijen = new ArrayList<>();
        for (Mijlpaal m : p.mijlpalen()) {
            rijen.add(Arrays.asList(m.van(), m.tot(), m.wat(), m.wie(), m.toelichting(), m.gedaanOp(),
                    m.teLaat() ? "Te laat" : m.gedaanOp() != null ? "Gedaan" : "Gepland", m.bron()));
        }
        return Spreadsheet.werkmap().blad("Planning", List.of("Datum", "Tot en met", "Wat", "Wie", "Toelichting",
                "Gedaan op", "Stand", "Bron"), rijen).bytes();
    }
}
