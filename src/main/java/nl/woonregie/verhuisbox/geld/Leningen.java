package nl.woonregie.verhuisbox.geld;

import static nl.woonregie.verhuisbox.geld.Bedragen.MAX_VERSTREKKING;
import static nl.woonregie.verhuisbox.geld.Bedragen.bedrag;
import static nl.woonregie.verhuisbox.geld.Bedragen.conflict;
import static nl.woonregie.verhuisbox.geld.Bedragen.gooi;
import static nl.woonregie.verhuisbox.geld.Bedragen.tekst;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Geld.Verstrekking;
import nl.woonregie.verhuisbox.Geld.Verstrekkingstatus;
import nl.woonregie.verhuisbox.Geld.Vorm;
import nl.woonregie.verhuisbox.geld.internal.LeningRepository;
import nl.woonregie.verhuisbox.geld.lening.Achterstand;
import nl.woonregie.verhuisbox.geld.lening.Aflossingsschema;
import nl.woonregie.verhuisbox.traject.Handeling;
import nl.woonregie.verhuisbox.traject.Taaksoort;
import nl.woonregie.verhuisbox.traject.Taken;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loans (ADR 0062): a grant with vorm LENING gets its terms after its approval — term in months, first due date,
 * the number of days in arrears after which the administratief is asked to act (default 30); interest-free — recorded
 * and changed (naming the version it changes) by the assigned administratief or a consulent. The repayment schedule
 * ({@link Aflossingsschema}) and the arrears ({@link Achterstand}) are computed from the terms and the repayments,
 * never stored. Repayments of a paid loan and follow-up notes (contact made, payment arrangement, handed to
 * invordering) are added. Every step keeps the loan's task "Achterstand lening …" right: one open task that shows
 * from the day the oldest instalment not covered is more than the days in arrears overdue, and closes itself when a
 * repayment covers it. Every step is audited.
 */
@Service
public class Leningen {

    /** The number of days in arrears after which the loan is a task, unless its terms say otherwise. */
    public static final int STANDAARD_ACHTERSTAND_DAGEN = 30;

    /** What a follow-up note on a loan in arrears records. */
    public enum Opvolgsoort {
        CONTACT, REGELING, INVORDERING
    }

    /** The terms as entered (API and page); {@code versie} the version changed (null for the first terms). */
    public record Voorwaardeninvoer(Integer looptijdMaanden, LocalDate eersteVervaldatum, BigDecimal rentePercentage,
            Integer achterstandDagen, Integer versie) {
    }

    public record Aflossinginvoer(LocalDate datum, BigDecimal bedrag, String referentie) {
    }

    public record Opvolginginvoer(String soort, String toelichting) {
    }

    /** The terms of a loan with the instalment they give. */
    public record Voorwaarden(int looptijdMaanden, LocalDate eersteVervaldatum, BigDecimal termijnbedrag,
            BigDecimal laatsteTermijn, BigDecimal rentePercentage, int achterstandDagen, int versie,
            String vastgelegdDoor, OffsetDateTime vastgelegdOp) {
    }

    public record Aflossing(long id, LocalDate datum, BigDecimal bedrag, String referentie, String door,
            OffsetDateTime op) {
    }

    public record Opvolging(long id, Opvolgsoort soort, String soortLabel, String toelichting, String door,
            OffsetDateTime op) {
    }

    /**
     * A loan grant with its terms (null until recorded), schedule, repayments, state on today, follow-up notes, and
     * the day from which it is a task when nothing more is repaid ({@code signaalVanaf}; null when repaid or without
     * terms).
     */
    public record Lening(long verstrekking, long casus, String kenmerk, String omschrijving, BigDecimal bedrag,
            Verstrekkingstatus status, LocalDate betaaldOp, Voorwaarden voorwaarden,
            List<Aflossingsschema.Termijn> schema, List<Aflossing> aflossingen, Achterstand.Stand stand,
            boolean signaal, LocalDate signaalVanaf, List<Opvolging> opvolgingen) {
    }

    private final LeningRepository leningen;
    private final Verstrekkingen verstrekkingen;
    private final Taken taken;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Leningen(LeningRepository leningen, Verstrekkingen verstrekkingen, Taken taken, VerhuisboxToegang toegang,
            ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.leningen = leningen;
        this.verstrekkingen = verstrekkingen;
        this.taken = taken;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    // ---------------------------------------------------------------- reading

    /** The loan of a grant, for an account that may see the money of its case (logged); 409 for a gift. */
    public Lening lees(long verstrekking, Gebruiker door) {
        toegang.vereis(door, verstrekkingen.casusVan(verstrekking), Handeling.VERSTREKKING);
        Verstrekking v = verstrekkingen.lees(verstrekking);
        if (v.vorm() != Vorm.LENING) {
            throw geenLening();
        }
        return lening(v);
    }

    /** The loans among these grants (of a case whose money the caller has checked may be seen). */
    public List<Lening> van(List<Verstrekking> lijst) {
        return lijst.stream().filter(v -> v.vorm() == Vorm.LENING && (v.status() == Verstrekkingstatus.GOEDGEKEURD
                || v.status() == Verstrekkingstatus.BETAALD)).map(this::lening).toList();
    }

    private Lening lening(Verstrekking v) {
        LeningRepository.Voorwaarden w = leningen.voorwaarden(v.id()).orElse(null);
        List<Aflossing> aflossingen = leningen.aflossingen(v.id()).stream().map(a -> new Aflossing(a.id(), a.datum(),
                a.bedrag(), a.referentie(), a.door(), a.op())).toList();
        List<Opvolging> opvolgingen = leningen.opvolgingen(v.id()).stream().map(o -> {
            Opvolgsoort s = Opvolgsoort.valueOf(o.soort());
            return new Opvolging(o.id(), s, Labels.van(s), o.toelichting(), o.door(), o.op());
        }).toList();
        if (w == null) {
            return new Lening(v.id(), v.casus(), v.kenmerk(), v.omschrijving(), v.bedrag(), v.status(), v.betaaldOp(),
                    null, List.of(), aflossingen, null, false, null, opvolgingen);
        }
        List<Aflossingsschema.Termijn> schema = Aflossingsschema.bereken(v.bedrag(), w.looptijdMaanden(),
                w.eersteVervaldatum());
        Achterstand.Stand stand = Achterstand.op(schema, aflossingen.stream()
                .map(a -> new Achterstand.Aflossing(a.datum(), a.bedrag())).toList(), LocalDate.now(klok));
        return new Lening(v.id(), v.casus(), v.kenmerk(), v.omschrijving(), v.bedrag(), v.status(), v.betaaldOp(),
                voorwaarden(v.bedrag(), w), schema, aflossingen, stand, stand.langerDan(w.achterstandDagen()),
                Achterstand.signaalVanaf(stand, w.achterstandDagen()), opvolgingen);
    }

    private static Voorwaarden voorwaarden(BigDecimal bedrag, LeningRepository.Voorwaarden w) {
        List<Aflossingsschema.Termijn> s = Aflossingsschema.bereken(bedrag, w.looptijdMaanden(),
                w.eersteVervaldatum());
        return new Voorwaarden(w.looptijdMaanden(), w.eersteVervaldatum(), s.get(0).bedrag(),
                s.get(s.size() - 1).bedrag(), BigDecimal.ZERO.setScale(2), w.achterstandDagen(), w.versie(),
                w.vastgelegdDoor(), w.vastgelegdOp());
    }

    /**
     * The team's loans in arrears today, for the export (COORDINATOR, CONSULENT); the cases in it are logged as the
     * export.
     */
    public List<Lening> achterstanden(Gebruiker g) {
        toegang.teamrol(g, Potten.EXPORT);
        List<Lening> lijst = new ArrayList<>();
        for (long id : leningen.metVoorwaarden(g.team())) {
            Lening l = lening(verstrekkingen.lees(id));
            if (l.stand() != null && l.stand().achterstand().signum() > 0) {
                lijst.add(l);
            }
        }
        toegang.logLijst(g, lijst.stream().map(Lening::casus).toList(), "leningen met achterstand (XLSX)");
        return lijst;
    }

    // ---------------------------------------------------------------- terms

    /**
     * Records or changes the terms of an approved or paid loan (the assigned ADMINISTRATIEF, a CONSULENT): 400 naming
     * every invalid field, 409 for a gift, a grant not approved, or a stale version.
     */
    @Transactional
    public Lening legVoorwaardenVast(long verstrekking, Voorwaardeninvoer in, Gebruiker door, String client) {
        toegang.vereis(door, verstrekkingen.casusVan(verstrekking), Handeling.LENING);
        Verstrekking v = alsLening(verstrekking);
        LeningRepository.Voorwaarden oud = leningen.voorwaarden(verstrekking).orElse(null);
        Voorwaardencontrole c = controle(v, oud, in);
        gooi("De voorwaarden van de lening zijn niet volledig of niet geldig.", c.fouten());
        OffsetDateTime nu = OffsetDateTime.now(klok);
        boolean gelukt = oud == null
                ? leningen.legVast(verstrekking, c.maanden(), c.eerste(), c.dagen(), door.actor(), nu)
                : leningen.wijzig(verstrekking, in.versie(), c.maanden(), c.eerste(), c.dagen(), door.actor(), nu);
        if (!gelukt) {
            throw conflict("Intussen gewijzigd", "De voorwaarden van deze lening zijn intussen vastgelegd of "
                    + "gewijzigd; lees ze opnieuw en geef de versie die u wijzigt.");
        }
        LeningRepository.Voorwaarden nieuw = leningen.voorwaarden(verstrekking).orElseThrow();
        gebeurtenissen.publishEvent(new GeldGebeurtenis.LeningVoorwaardenVastgelegd(verstrekking,
                oud == null ? null : voorwaardenMap(v.bedrag(), oud), voorwaardenMap(v.bedrag(), nieuw),
                new Actor(door.actor(), client)));
        signaleer(v, door.actor());
        return lening(verstrekkingen.lees(verstrekking));
    }

    /** The judgment of terms without recording them (a page's check): the account may (403), and every problem. */
    public List<InvalidParam> controleerVoorwaarden(long verstrekking, Voorwaardeninvoer in, Gebruiker door) {
        toegang.vereis(door, verstrekkingen.casusVan(verstrekking), Handeling.LENING);
        Verstrekking v = alsLening(verstrekking);
        return controle(v, leningen.voorwaarden(verstrekking).orElse(null), in).fouten();
    }

    private record Voorwaardencontrole(int maanden, LocalDate eerste, int dagen, List<InvalidParam> fouten) {
    }

    private Voorwaardencontrole controle(Verstrekking v, LeningRepository.Voorwaarden oud, Voorwaardeninvoer in) {
        if (in == null) {
            in = new Voorwaardeninvoer(null, null, null, null, null);
        }
        List<InvalidParam> f = new ArrayList<>();
        Integer maanden = in.looptijdMaanden();
        if (maanden == null) {
            f.add(new InvalidParam("looptijdMaanden", "verplicht: het aantal maandelijkse termijnen"));
        } else if (maanden < 1 || maanden > Aflossingsschema.MAX_MAANDEN) {
            f.add(new InvalidParam("looptijdMaanden", "1 tot en met " + Aflossingsschema.MAX_MAANDEN + " maanden"));
        } else if (v.bedrag().compareTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(maanden))) < 0) {
            f.add(new InvalidParam("looptijdMaanden", "te lang: minder dan één cent per maand"));
        }
        LocalDate eerste = in.eersteVervaldatum();
        LocalDate besluit = v.beoordeeldOp().atZoneSameInstant(Verstrekkingen.NL).toLocalDate();
        if (eerste == null) {
            f.add(new InvalidParam("eersteVervaldatum", "verplicht: de datum van de eerste termijn"));
        } else if (eerste.isBefore(besluit)) {
            f.add(new InvalidParam("eersteVervaldatum", "niet voor de goedkeuring (" + Weergave.dag(besluit)
                    + ")"));
        } else if (eerste.isAfter(besluit.plusYears(5))) {
            f.add(new InvalidParam("eersteVervaldatum", "hoogstens vijf jaar na de goedkeuring"));
        }
        if (in.rentePercentage() != null && in.rentePercentage().signum() != 0) {
            f.add(new InvalidParam("rentePercentage", "alleen 0: leningen van de bijzondere bijstand zijn renteloos "
                    + "en Woonregie rekent geen rente"));
        }
        Integer dagen = in.achterstandDagen();
        if (dagen != null && (dagen < 1 || dagen > 365)) {
            f.add(new InvalidParam("achterstandDagen", "1 tot en met 365 dagen"));
        }
        if (oud != null && in.versie() == null) {
            f.add(new InvalidParam("versie", "verplicht: de versie van de voorwaarden die u wijzigt (nu "
                    + oud.versie() + ")"));
        }
        int d = dagen != null ? dagen : oud != null ? oud.achterstandDagen() : STANDAARD_ACHTERSTAND_DAGEN;
        return new Voorwaardencontrole(maanden == null ? 0 : maanden, eerste, d, f);
    }

    private static Map<String, Object> voorwaardenMap(BigDecimal bedrag, LeningRepository.Voorwaarden w) {
        Voorwaarden x = voorwaarden(bedrag, w);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("looptijdMaanden", x.looptijdMaanden());
        m.put("eersteVervaldatum", x.eersteVervaldatum().toString());
        m.put("termijnbedrag", x.termijnbedrag());
        m.put("laatsteTermijn", x.laatsteTermijn());
        m.put("rentePercentage", x.rentePercentage());
        m.put("achterstandDagen", x.achterstandDagen());
        m.put("versie", x.versie());
        return m;
    }

    // ---------------------------------------------------------------- repayments and notes

    /**
     * Records a repayment of a paid loan with terms (the assigned ADMINISTRATIEF, a CONSULENT): date (default today,
     * not in the future, not before the payment), amount (at most what is still owed), reference. The arrears task
     * closes itself when the repayment covers the arrears.
     */
    @Transactional
    public Lening losAf(long verstrekking, Aflossinginvoer in, Gebruiker door, String client) {
        toegang.vereis(door, verstrekkingen.casusVan(verstrekking), Handeling.LENING);
        Verstrekking v = alsLening(verstrekking);
        leningen.vergrendel(verstrekking);
        Lening l = aflosbaar(v);
        List<InvalidParam> f = aflossingFouten(l, in);
        gooi("De aflossing is niet geldig.", f);
        LocalDate datum = in.datum() == null ? LocalDate.now(klok) : in.datum();
        BigDecimal b = in.bedrag().setScale(2);
        String ref = in.referentie() == null || in.referentie().isBlank() ? null : in.referentie().strip();
        long id = leningen.losAf(verstrekking, datum, b, ref, door.actor(), OffsetDateTime.now(klok));
        gebeurtenissen.publishEvent(new GeldGebeurtenis.AflossingVastgelegd(verstrekking, id, datum, b, ref,
                new Actor(door.actor(), client)));
        signaleer(v, door.actor());
        return lening(verstrekkingen.lees(verstrekking));
    }

    /** The judgment of a repayment without recording it (a page's check). */
    public List<InvalidParam> controleerAflossing(long verstrekking, Aflossinginvoer in, Gebruiker door) {
        toegang.vereis(door, verstrekkingen.casusVan(verstrekking), Handeling.LENING);
        return aflossingFouten(aflosbaar(alsLening(verstrekking)), in);
    }

    private Lening aflosbaar(Verstrekking v) {
        if (v.status() != Verstrekkingstatus.BETAALD) {
            throw conflict("Nog niet betaald", "Een lening wordt afgelost nadat zij is uitbetaald; deze is "
                    + Labels.inZin(v.status()) + ".");
        }
        Lening l = lening(v);
        if (l.voorwaarden() == null) {
            throw conflict("Geen voorwaarden", "Leg eerst de voorwaarden van de lening vast (looptijd en eerste "
                    + "vervaldatum).");
        }
        if (l.stand().openstaand().signum() == 0) {
            throw conflict("Afgelost", "Deze lening is helemaal afgelost.");
        }
        return l;
    }

    private List<InvalidParam> aflossingFouten(Lening l, Aflossinginvoer in) {
        if (in == null) {
            in = new Aflossinginvoer(null, null, null);
        }
        List<InvalidParam> f = new ArrayList<>();
        LocalDate datum = in.datum() == null ? LocalDate.now(klok) : in.datum();
        if (datum.isAfter(LocalDate.now(klok))) {
            f.add(new InvalidParam("datum", "niet in de toekomst"));
        } else if (l.betaaldOp() != null && datum.isBefore(l.betaaldOp())) {
            f.add(new InvalidParam("datum", "niet voor de uitbetaling (" + Weergave.dag(l.betaaldOp()) + ")"));
        }
        BigDecimal b = bedrag(in.bedrag(), "bedrag", MAX_VERSTREKKING, true, f);
        if (b != null && b.compareTo(l.stand().openstaand()) > 0) {
            f.add(new InvalidParam("bedrag", "hoogstens " + Weergave.euro(l.stand().openstaand())
                    + ": het bedrag dat nog openstaat"));
        }
        tekst(in.referentie(), "referentie", 100, false, f);
        return f;
    }

    /**
     * Records a follow-up note on an approved or paid loan (the assigned ADMINISTRATIEF, a CONSULENT): what was done
     * (contact made, payment arrangement, handed to invordering) and a text.
     */
    @Transactional
    public Lening volgOp(long verstrekking, Opvolginginvoer in, Gebruiker door, String client) {
        toegang.vereis(door, verstrekkingen.casusVan(verstrekking), Handeling.LENING);
        Verstrekking v = alsLening(verstrekking);
        List<InvalidParam> f = new ArrayList<>();
        Opvolgsoort soort = opvolgingFouten(in, f);
        gooi("De opvolging is niet volledig.", f);
        String t = in.toelichting().strip();
        long id = leningen.volgOp(verstrekking, soort.name(), t, door.actor(), OffsetDateTime.now(klok));
        gebeurtenissen.publishEvent(new GeldGebeurtenis.OpvolgingVastgelegd(verstrekking, id, soort.name(), t,
                new Actor(door.actor(), client)));
        return lening(v);
    }

    public List<InvalidParam> controleerOpvolging(long verstrekking, Opvolginginvoer in, Gebruiker door) {
        toegang.vereis(door, verstrekkingen.casusVan(verstrekking), Handeling.LENING);
        alsLening(verstrekking);
        List<InvalidParam> f = new ArrayList<>();
        opvolgingFouten(in, f);
        return f;
    }

    private static Opvolgsoort opvolgingFouten(Opvolginginvoer in, List<InvalidParam> f) {
        if (in == null) {
            in = new Opvolginginvoer(null, null);
        }
        Opvolgsoort soort = null;
        String s = in.soort() == null ? "" : in.soort().strip().toUpperCase(Locale.ROOT);
        for (Opvolgsoort o : Opvolgsoort.values()) {
            soort = o.name().equals(s) ? o : soort;
        }
        if (soort == null) {
            f.add(new InvalidParam("soort", "een van CONTACT (contact gehad), REGELING (betalingsregeling), "
                    + "INVORDERING (overgedragen aan invordering)"));
        }
        tekst(in.toelichting(), "toelichting", 2000, true, f);
        return soort;
    }

    // ---------------------------------------------------------------- the grant and the task

    /** The grant as a loan that has been approved; 409 otherwise. */
    private Verstrekking alsLening(long verstrekking) {
        Verstrekking v = verstrekkingen.lees(verstrekking);
        if (v.vorm() != Vorm.LENING) {
            throw geenLening();
        }
        if (v.status() != Verstrekkingstatus.GOEDGEKEURD && v.status() != Verstrekkingstatus.BETAALD) {
            throw conflict("Niet goedgekeurd", "Een lening krijgt voorwaarden na de goedkeuring; deze is "
                    + Labels.inZin(v.status()) + ".");
        }
        return v;
    }

    private static RuntimeException geenLening() {
        return conflict("Geen lening", "Deze verstrekking is een gift; alleen een lening heeft voorwaarden, "
                + "aflossingen en een achterstand.");
    }

    /**
     * Keeps the loan's one open task right after a step: it shows from the day the oldest instalment not covered is
     * more than the days in arrears overdue. While the loan stays that far behind the open task stays; when the
     * repayments cover it (or the terms change the day) the task closes and, unless the loan is repaid, a new one is
     * planned for the next instalment.
     */
    private void signaleer(Verstrekking v, String door) {
        leningen.vergrendel(v.id());
        LeningRepository.Voorwaarden w = leningen.voorwaarden(v.id()).orElseThrow();
        Lening l = lening(v);
        LocalDate vandaag = LocalDate.now(klok);
        LocalDate oud = w.signaalVanaf();
        LocalDate nieuw = l.signaalVanaf();
        Long taak = w.taak();
        boolean oudZichtbaar = oud != null && !oud.isAfter(vandaag);
        boolean nieuwZichtbaar = nieuw != null && !nieuw.isAfter(vandaag);
        if (taak != null && (oudZichtbaar && nieuwZichtbaar || Objects.equals(oud, nieuw))) {
            leningen.zetSignaal(v.id(), taak, nieuw);
            return;
        }
        if (taak != null) {
            taken.rondAf(taak, Taaksoort.ACHTERSTAND_LENING, door);
        }
        Long nieuweTaak = nieuw == null ? null : taken.maak(v.casus(), Taaksoort.ACHTERSTAND_LENING,
                "Achterstand lening " + v.kenmerk() + " (" + v.omschrijving() + "): meer dan "
                        + w.achterstandDagen() + " dagen achter", Rol.ADMINISTRATIEF, nieuw.plusDays(5), nieuw);
        leningen.zetSignaal(v.id(), nieuweTaak, nieuw);
    }
}
