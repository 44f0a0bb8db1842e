package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.woonregie.doorbraakplan.communicatie.Actiestand;
import nl.woonregie.doorbraakplan.communicatie.Gelijktijdigheid;
import nl.woonregie.doorbraakplan.communicatie.Kanaal;
import nl.woonregie.doorbraakplan.communicatie.Precisie;
import nl.woonregie.doorbraakplan.communicatie.Uitvoerder;
import nl.woonregie.doorbraakplan.internal.CommunicatieOpslag;
import nl.woonregie.doorbraakplan.internal.LeadOpslag;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communication and participation plan of a municipality's doorbraakplan (issue 17 §6, inventory A.7): actions
 * and meetings per tranche and per project (a lead), the municipality's list of audiences, and the same-moment check
 * ({@link Gelijktijdigheid}) on a tranche's plan. One call authorises and judges, naming every invalid field.
 *
 * <p>Who: as the lead pipeline ({@link Leads}) — the municipality's PROGRAMMATEAM and BEHEERDER change, BESTUUR reads;
 * a PROJECTLEIDER whose project is a lead reads the actions and meetings of that lead; anyone else 403. Every change is
 * a new version (who, when, why) and an audit event ({@link CommunicatieGebeurtenis}); a change names the version it
 * changes (409 when it changed in between). The plan holds no personal data (who acts is a role or an office).
 */
@Service
public class Communicatieplannen {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern MAAND = Pattern.compile("\\d{4}-\\d{2}");
    static final int WAT = 300;
    static final int TEKST = 2000;
    static final int UITKOMST = 4000;
    static final int MAX_AANMELDINGEN = 1_000_000;
    /** At most this many audiences on an action or meeting (their codes fit the column). */
    static final int MAX_DOELGROEPEN = 20;

    private final CommunicatieOpslag opslag;
    private final LeadOpslag leads;
    private final Leads pijplijn;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Communicatieplannen(CommunicatieOpslag opslag, LeadOpslag leads, Leads pijplijn, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.leads = leads;
        this.pijplijn = pijplijn;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    // --- reading

    /** A tranche's plan: its actions in date order, its meetings, its new projects and the check's findings. */
    @Transactional(readOnly = true)
    public Communicatieplan plan(Gebruiker g, String gemeente, long tranche) {
        pijplijn.vereisLezen(g, gemeente);
        Tranche t = tranche(gemeente, tranche);
        List<Communicatieactie> acties = opslag.actiesVanTranche(gemeente, tranche);
        List<Gelijktijdigheid.Project> projecten = leads.register(gemeente, Leadstatus.AANGEWEZEN, tranche).stream()
                .map(l -> new Gelijktijdigheid.Project(l.id(), l.naam())).toList();
        Gelijktijdigheid.Uitkomst u = Gelijktijdigheid.toets(new Gelijktijdigheid.Vraag(t.besluitdatum(),
                acties.stream().map(Communicatieplannen::voorToets).toList(), projecten));
        return new Communicatieplan(gemeente, t, acties, opslag.bijeenkomstenVanTranche(gemeente, tranche), projecten,
                Communicatieplan.Toets.van(u));
    }

    private static Gelijktijdigheid.Actie voorToets(Communicatieactie a) {
        return new Gelijktijdigheid.Actie(a.id(), a.wat(), java.util.Set.copyOf(a.doelgroepen()), a.kanaal(), a.lead(),
                a.moment(), a.stand(), a.gedaanOp());
    }

    /** The actions and meetings of one project (lead): the programme roles and the lead's projectleider. */
    @Transactional(readOnly = true)
    public Leadcommunicatie vanLead(Gebruiker g, String gemeente, long lead) {
        vereisLezen(g, gemeente, lead);
        Lead l = lead(gemeente, lead);
        return new Leadcommunicatie(gemeente, l.id(), l.naam(), l.tranche(), l.trancheNaam(),
                opslag.actiesVanLead(lead), opslag.bijeenkomstenVanLead(lead));
    }

    /** One action with its versions. */
    @Transactional(readOnly = true)
    public Communicatieactie actie(Gebruiker g, String gemeente, long id) {
        Communicatieactie a = opslag.actie(id).filter(x -> x.gemeente().equals(gemeente)).orElse(null);
        vereisLezen(g, gemeente, a == null ? null : a.lead());
        if (a == null) {
            throw ApiException.notFound("Actie " + id + " bestaat niet bij deze gemeente.");
        }
        return a.metVersies(opslag.versies("ACTIE", id));
    }

    /** One meeting with its versions. */
    @Transactional(readOnly = true)
    public Bijeenkomst bijeenkomst(Gebruiker g, String gemeente, long id) {
        Bijeenkomst b = opslag.bijeenkomst(id).filter(x -> x.gemeente().equals(gemeente)).orElse(null);
        vereisLezen(g, gemeente, b == null ? null : b.lead());
        if (b == null) {
            throw ApiException.notFound("Bijeenkomst " + id + " bestaat niet bij deze gemeente.");
        }
        return b.metVersies(opslag.versies("BIJEENKOMST", id));
    }

    /** May the account read what concerns this lead: the programme roles, or the lead's projectleider. */
    private void vereisLezen(Gebruiker g, String gemeente, Long lead) {
        if (lead != null && Leads.isProjectleider(g, lead)
                && leads.lees(lead).map(l -> l.gemeente().equals(gemeente)).orElse(false)) {
            return;
        }
        pijplijn.vereisLezen(g, gemeente);
    }

    /** May the account change the municipality's communication plans? (for the pages' forms) */
    public boolean magWijzigen(Gebruiker g, String gemeente) {
        return Leads.magWijzigen(g, gemeente);
    }

    // --- audiences

    @Transactional
    public List<Doelgroep> doelgroepen(Gebruiker g, String gemeente) {
        pijplijn.vereisLezen(g, gemeente);
        opslag.zorgVoorDoelgroepen(gemeente);
        return opslag.doelgroepen(gemeente);
    }

    /** The audiences as code → description (for pages and the export), the standard list when none is stored. */
    @Transactional
    public Map<String, String> doelgroepnamen(String gemeente) {
        opslag.zorgVoorDoelgroepen(gemeente);
        Map<String, String> m = new LinkedHashMap<>();
        opslag.doelgroepen(gemeente).forEach(d -> m.put(d.code(), d.omschrijving()));
        return m;
    }

    /** Adds an audience, renames one, or withdraws one ({@code actief} false: it stays on what used it). */
    @Transactional
    public List<Doelgroep> doelgroep(Gebruiker g, String gemeente, String code, String omschrijving, boolean actief,
            String client) {
        pijplijn.vereisWijzigen(g, gemeente);
        opslag.zorgVoorDoelgroepen(gemeente);
        List<InvalidParam> f = new ArrayList<>();
        String c = Leads.tekst(code, "code", 40, true, f);
        if (c != null && !CODE.matcher(c).matches()) {
            f.add(new InvalidParam("code", "hoofdletters, cijfers en _, beginnend met een letter (2 tot 40 tekens)"));
        }
        Optional<Doelgroep> bestaand = opslag.doelgroepen(gemeente).stream().filter(d -> d.code().equals(c))
                .findFirst();
        String o = Leads.tekst(omschrijving, "omschrijving", Leads.NAAM, bestaand.isEmpty(), f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De lijst van doelgroepen is niet gewijzigd.", f);
        }
        if (bestaand.isEmpty()) {
            opslag.voegDoelgroepToe(gemeente, c, o);
            if (!actief) {
                opslag.wijzigDoelgroep(gemeente, c, null, false);
            }
        } else {
            opslag.wijzigDoelgroep(gemeente, c, o, actief);
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("code", c);
        w.put("omschrijving", o != null ? o : bestaand.map(Doelgroep::omschrijving).orElse(null));
        w.put("actief", actief);
        Map<String, Object> vorige = bestaand.map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("omschrijving", d.omschrijving());
            m.put("actief", d.actief());
            return m;
        }).orElse(null);
        gebeurtenissen.publishEvent(new CommunicatieGebeurtenis.DoelgroepVastgelegd(gemeente, c, vorige, w,
                new Actor(g.actor(), client)));
        return opslag.doelgroepen(gemeente);
    }

    // --- actions

    /** Adds an action (state GEPLAND unless given); 400 naming every invalid field. */
    @Transactional
    public Communicatieactie voegActieToe(Gebruiker g, String gemeente, Communicatieverzoek v, String client) {
        pijplijn.vereisWijzigen(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        if (v.versie() != null && !v.versie().isBlank()) {
            f.add(new InvalidParam("versie", "alleen bij een wijziging"));
        }
        CommunicatieOpslag.Actiefeiten feiten = lees(gemeente, v, null, f);
        String reden = Leads.tekst(v.reden(), "reden", TEKST, false, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De actie is niet toegevoegd.", f);
        }
        long id = opslag.voegActieToe(gemeente, feiten, reden, g.actor());
        gebeurtenissen.publishEvent(new CommunicatieGebeurtenis.ActieVastgelegd(id, gemeente, 1, null,
                metReden(CommunicatieOpslag.inhoud(feiten), reden), new Actor(g.actor(), client)));
        return opslag.actie(id).orElseThrow().metVersies(opslag.versies("ACTIE", id));
    }

    /**
     * Changes an action — also marking it done or lapsed — as a new version: {@code versie} (or If-Match) names the
     * version changed, {@code reden} why; 409 when it changed in between.
     */
    @Transactional
    public Communicatieactie wijzigActie(Gebruiker g, String gemeente, long id, Communicatieverzoek v, Integer ifMatch,
            String client) {
        pijplijn.vereisWijzigen(g, gemeente);
        Communicatieactie huidig = opslag.actie(id).filter(x -> x.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Actie " + id + " bestaat niet bij deze gemeente."));
        List<InvalidParam> f = new ArrayList<>();
        Integer versie = versie(v.versie(), ifMatch, f);
        CommunicatieOpslag.Actiefeiten feiten = lees(gemeente, v, huidig.doelgroepen(), f);
        String reden = Leads.tekst(v.reden(), "reden", TEKST, true, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De actie is niet gewijzigd.", f);
        }
        if (versie != huidig.versie() || !opslag.wijzigActie(id, versie, feiten, reden, g.actor())) {
            throw gewijzigd("De actie '" + huidig.wat() + "'", opslag.actie(id).orElseThrow().versie(), versie);
        }
        gebeurtenissen.publishEvent(new CommunicatieGebeurtenis.ActieVastgelegd(id, gemeente, versie + 1,
                CommunicatieOpslag.inhoud(CommunicatieOpslag.feiten(huidig)),
                metReden(CommunicatieOpslag.inhoud(feiten), reden), new Actor(g.actor(), client)));
        return opslag.actie(id).orElseThrow().metVersies(opslag.versies("ACTIE", id));
    }

    private CommunicatieOpslag.Actiefeiten lees(String gemeente, Communicatieverzoek v, List<String> al,
            List<InvalidParam> f) {
        Long[] plek = plek(gemeente, v.tranche(), v.lead(), f);
        String wat = Leads.tekst(v.wat(), "wat", WAT, true, f);
        String wie = Leads.tekst(v.wie(), "wie", WAT, false, f);
        List<Uitvoerder> uitvoerders = codes(v.uitvoerders(), "uitvoerders", Uitvoerder.class, f);
        Precisie precisie = Leads.code(v.precisie(), "precisie", Precisie.class, false, f);
        LocalDate datum = null;
        String d = v.datum() == null ? null : v.datum().strip();
        if (d == null || d.isEmpty()) {
            f.add(new InvalidParam("datum", "verplicht: een dag (JJJJ-MM-DD) of, als alleen die bekend is, een maand "
                    + "(JJJJ-MM)"));
        } else if (MAAND.matcher(d).matches()) {
            try {
                datum = YearMonth.parse(d).atDay(1);
                if (precisie == Precisie.DAG) {
                    f.add(new InvalidParam("datum", "de precisie is op de dag: geef een dag (JJJJ-MM-DD)"));
                }
                precisie = Precisie.MAAND;
            } catch (DateTimeParseException e) {
                f.add(new InvalidParam("datum", "geen maand JJJJ-MM"));
            }
        } else if (nederlands(d, NL_MAAND) != null) {
            datum = YearMonth.from(nederlands(d, NL_MAAND)).atDay(1);
            if (precisie == Precisie.DAG) {
                f.add(new InvalidParam("datum", "de precisie is op de dag: geef een dag"));
            }
            precisie = Precisie.MAAND;
        } else if (nederlands(d, NL_DAG) != null) {
            datum = java.time.LocalDate.from(nederlands(d, NL_DAG));
            if (precisie == null) {
                precisie = Precisie.DAG;
            }
        } else {
            List<InvalidParam> datumfout = new ArrayList<>();
            datum = Leads.datum(d, "datum", true, datumfout);
            if (!datumfout.isEmpty()) {
                // said the way the form's label says it (a day such as 29 maart 2022, or a month such as april 2022)
                f.add(new InvalidParam("datum", "geen bestaande datum: een dag zoals 29 maart 2022 of een maand zoals "
                        + "april 2022"));
            }
            if (precisie == null) {
                precisie = Precisie.DAG;
            }
        }
        List<String> doelgroepen = doelgroepen(gemeente, v.doelgroepen(), al, f);
        Kanaal kanaal = Leads.code(v.kanaal(), "kanaal", Kanaal.class, false, f);
        String extra = Leads.tekst(v.extra(), "extra", TEKST, false, f);
        Actiestand stand = Leads.code(v.stand(), "stand", Actiestand.class, false, f);
        if (stand == null) {
            stand = Actiestand.GEPLAND;
        }
        LocalDate gedaanOp = Leads.datum(v.gedaanOp(), "gedaanOp", stand == Actiestand.GEDAAN, f);
        if (gedaanOp != null && stand != Actiestand.GEDAAN) {
            f.add(new InvalidParam("gedaanOp", "alleen bij de stand GEDAAN"));
        } else if (gedaanOp != null && gedaanOp.isAfter(gebied.vandaag())) {
            f.add(new InvalidParam("gedaanOp", "ligt in de toekomst"));
        }
        String vervallen = Leads.tekst(v.vervallenReden(), "vervallenReden", TEKST, stand == Actiestand.VERVALLEN, f);
        if (vervallen != null && stand != Actiestand.VERVALLEN) {
            f.add(new InvalidParam("vervallenReden", "alleen bij de stand VERVALLEN"));
        }
        return new CommunicatieOpslag.Actiefeiten(plek[0], plek[1], wat, wie, uitvoerders, datum,
                precisie == null ? Precisie.DAG : precisie, doelgroepen, kanaal, extra, stand, gedaanOp, vervallen);
    }

    // --- meetings

    @Transactional
    public Bijeenkomst voegBijeenkomstToe(Gebruiker g, String gemeente, Bijeenkomstverzoek v, String client) {
        pijplijn.vereisWijzigen(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        if (v.versie() != null && !v.versie().isBlank()) {
            f.add(new InvalidParam("versie", "alleen bij een wijziging"));
        }
        CommunicatieOpslag.Bijeenkomstfeiten feiten = lees(gemeente, v, null, f);
        String reden = Leads.tekst(v.reden(), "reden", TEKST, false, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De bijeenkomst is niet toegevoegd.", f);
        }
        long id = opslag.voegBijeenkomstToe(gemeente, feiten, reden, g.actor());
        gebeurtenissen.publishEvent(new CommunicatieGebeurtenis.BijeenkomstVastgelegd(id, gemeente, 1, null,
                metReden(CommunicatieOpslag.inhoud(feiten), reden), new Actor(g.actor(), client)));
        return opslag.bijeenkomst(id).orElseThrow().metVersies(opslag.versies("BIJEENKOMST", id));
    }

    @Transactional
    public Bijeenkomst wijzigBijeenkomst(Gebruiker g, String gemeente, long id, Bijeenkomstverzoek v, Integer ifMatch,
            String client) {
        pijplijn.vereisWijzigen(g, gemeente);
        Bijeenkomst huidig = opslag.bijeenkomst(id).filter(x -> x.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Bijeenkomst " + id + " bestaat niet bij deze gemeente."));
        List<InvalidParam> f = new ArrayList<>();
        Integer versie = versie(v.versie(), ifMatch, f);
        CommunicatieOpslag.Bijeenkomstfeiten feiten = lees(gemeente, v, huidig.doelgroepen(), f);
        String reden = Leads.tekst(v.reden(), "reden", TEKST, true, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De bijeenkomst is niet gewijzigd.", f);
        }
        if (versie != huidig.versie() || !opslag.wijzigBijeenkomst(id, versie, feiten, reden, g.actor())) {
            throw gewijzigd("De bijeenkomst '" + huidig.naam() + "'", opslag.bijeenkomst(id).orElseThrow().versie(),
                    versie);
        }
        gebeurtenissen.publishEvent(new CommunicatieGebeurtenis.BijeenkomstVastgelegd(id, gemeente, versie + 1,
                CommunicatieOpslag.inhoud(CommunicatieOpslag.feiten(huidig)),
                metReden(CommunicatieOpslag.inhoud(feiten), reden), new Actor(g.actor(), client)));
        return opslag.bijeenkomst(id).orElseThrow().metVersies(opslag.versies("BIJEENKOMST", id));
    }

    private CommunicatieOpslag.Bijeenkomstfeiten lees(String gemeente, Bijeenkomstverzoek v, List<String> al,
            List<InvalidParam> f) {
        Long[] plek = plek(gemeente, v.tranche(), v.lead(), f);
        String naam = Leads.tekst(v.naam(), "naam", Leads.NAAM, true, f);
        String plaats = Leads.tekst(v.plaats(), "plaats", Leads.ADRES, false, f);
        LocalDate datum = Leads.datum(v.datum(), "datum", false, f);
        List<String> doelgroepen = doelgroepen(gemeente, v.doelgroepen(), al, f);
        String wie = Leads.tekst(v.wie(), "wie", WAT, false, f);
        Integer aanmeldingen = Leads.geheel(v.aanmeldingen(), "aanmeldingen", false, f);
        if (aanmeldingen != null && aanmeldingen > MAX_AANMELDINGEN) {
            f.add(new InvalidParam("aanmeldingen", "hoogstens " + MAX_AANMELDINGEN));
        }
        boolean meerDan = false;
        String m = v.aanmeldingenMeerDan() == null ? "" : v.aanmeldingenMeerDan().strip();
        if (m.equals("true")) {
            meerDan = true;
            if (v.aanmeldingen() == null || v.aanmeldingen().isBlank()) {
                f.add(new InvalidParam("aanmeldingenMeerDan", "alleen met een aantal aanmeldingen"));
            }
        } else if (!m.isEmpty() && !m.equals("false")) {
            f.add(new InvalidParam("aanmeldingenMeerDan", "true of false"));
        }
        String uitkomst = Leads.tekst(v.uitkomst(), "uitkomst", UITKOMST, false, f);
        return new CommunicatieOpslag.Bijeenkomstfeiten(plek[0], plek[1], naam, plaats, datum, doelgroepen, wie,
                aanmeldingen, meerDan, uitkomst);
    }

    // --- export

    /** A tranche's plan as XLSX: sheets Acties (date order), Bijeenkomsten and Toets (the findings). */
    @Transactional(readOnly = true)
    public byte[] xlsx(Gebruiker g, String gemeente, long tranche) {
        Communicatieplan p = plan(g, gemeente, tranche);
        Map<String, String> namen = doelgroepnamen(gemeente);
        List<List<?>> acties = new ArrayList<>();
        for (Communicatieactie a : p.acties()) {
            acties.add(Arrays.asList(datumtekst(a), a.wat(), wie(a), doelgroeptekst(a.doelgroepen(), namen),
                    a.kanaal() == null ? null : Labels.van(a.kanaal()), a.extra(), a.leadNaam(), Labels.van(a.stand()),
                    a.gedaanOp(), a.vervallenReden()));
        }
        List<List<?>> bijeenkomsten = new ArrayList<>();
        for (Bijeenkomst b : p.bijeenkomsten()) {
            bijeenkomsten.add(Arrays.asList(b.datum(), b.naam(), b.plaats(), doelgroeptekst(b.doelgroepen(), namen),
                    b.wie(), aanmeldingen(b), b.uitkomst(), b.leadNaam()));
        }
        List<List<?>> toets = new ArrayList<>();
        if (!p.toets().getoetst()) {
            toets.add(List.of("Nog niet getoetst", "De tranche heeft nog geen collegebesluit."));
        } else if (p.toets().inOrde()) {
            toets.add(List.of("In orde", "Raad, bewonersorganisaties en omwonenden op hetzelfde moment geïnformeerd."));
        }
        for (Gelijktijdigheid.Bevinding b : p.toets().bevindingen()) {
            toets.add(List.of(Labels.van(b.soort()), b.tekst()));
        }
        return Spreadsheet.werkmap()
                .blad("Acties", List.of("Datum", "Wat", "Wie", "Doelgroepen", "Kanaal", "Extra informatie", "Project",
                        "Stand", "Gedaan op", "Reden vervallen"), acties)
                .blad("Bijeenkomsten", List.of("Datum", "Bijeenkomst", "Plaats", "Doelgroepen", "Wie", "Aanmeldingen",
                        "Uitkomst", "Project"), bijeenkomsten)
                .blad("Toets", List.of("Bevinding", "Toelichting"), toets)
                .bytes();
    }

    /** "29 maart 2022", or "april 2022" when only the month is known. */
    public static String datumtekst(Communicatieactie a) {
        return a.moment().tekst();
    }

    /** Who: the roles (labels) and the free text. */
    public static String wie(Communicatieactie a) {
        List<String> delen = new ArrayList<>(a.uitvoerders().stream().map(Labels::van).toList());
        if (a.wie() != null) {
            delen.add(a.wie());
        }
        return String.join(", ", delen);
    }

    public static String doelgroeptekst(List<String> codes, Map<String, String> namen) {
        return String.join(", ", codes.stream().map(c -> namen.getOrDefault(c, c)).toList());
    }

    /** "meer dan 50", "12", or empty. */
    public static String aanmeldingen(Bijeenkomst b) {
        if (b.aanmeldingen() == null) {
            return "";
        }
        String n = String.format(java.util.Locale.forLanguageTag("nl"), "%,d", b.aanmeldingen());
        return b.aanmeldingenMeerDan() ? "meer dan " + n : n;
    }

    /** For the templates: the audiences' descriptions, who acts, the registrations. */
    public String doelgroepenTekst(List<String> codes, Map<String, String> namen) {
        return doelgroeptekst(codes, namen);
    }

    public String wieTekst(Communicatieactie a) {
        return wie(a);
    }

    /**
     * A planned action whose moment has passed by the application's clock (the whole month, for an action planned in
     * a month) and that is neither done nor lapsed.
     */
    public boolean teLaat(Communicatieactie a) {
        return a.stand() == Actiestand.GEPLAND && a.moment().tot().isBefore(gebied.vandaag());
    }

    /** How many of the actions are {@linkplain #teLaat late}. */
    public long aantalTeLaat(List<Communicatieactie> acties) {
        return acties.stream().filter(this::teLaat).count();
    }

    /** Today by the application's clock (for the pages' sentence on late actions). */
    public java.time.LocalDate vandaag() {
        return gebied.vandaag();
    }

    public String aanmeldingenTekst(Bijeenkomst b) {
        return aanmeldingen(b);
    }

    // --- reading input

    private Tranche tranche(String gemeente, long id) {
        return leads.tranches(gemeente).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("Tranche " + id + " bestaat niet bij deze gemeente."));
    }

    private Lead lead(String gemeente, long id) {
        return leads.lees(id).filter(l -> l.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + id + " bestaat niet bij deze gemeente."));
    }

    /** The tranche and lead an action or meeting belongs to (at least one; the lead's tranche when both). */
    private Long[] plek(String gemeente, String tranche, String lead, List<InvalidParam> f) {
        Integer t = Leads.geheel(tranche, "tranche", false, f);
        Integer l = Leads.geheel(lead, "lead", false, f);
        Long trancheId = null;
        Long leadId = null;
        boolean fout = false;
        if (t != null) {
            Optional<Long> x = leads.trancheVan(gemeente, t);
            if (x.isEmpty()) {
                f.add(new InvalidParam("tranche", "onbekende tranche van deze gemeente"));
                fout = true;
            }
            trancheId = x.orElse(null);
        }
        if (l != null) {
            Optional<Lead> x = leads.lees(l).filter(y -> y.gemeente().equals(gemeente));
            if (x.isEmpty()) {
                f.add(new InvalidParam("lead", "onbekende lead van deze gemeente"));
                fout = true;
            } else {
                leadId = x.get().id();
                if (trancheId != null && x.get().tranche() != null && !x.get().tranche().equals(trancheId)) {
                    f.add(new InvalidParam("lead", "hoort bij een andere tranche (" + x.get().trancheNaam() + ")"));
                }
            }
        }
        boolean leeg = (tranche == null || tranche.isBlank()) && (lead == null || lead.isBlank());
        if (leeg && !fout) {
            f.add(new InvalidParam("tranche", "verplicht: een tranche, een lead (project) of beide"));
        }
        return new Long[] {trancheId, leadId};
    }

    /** Audience codes: each in the municipality's active list (or already on the action), none twice. */
    private List<String> doelgroepen(String gemeente, List<String> codes, List<String> al, List<InvalidParam> f) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        opslag.zorgVoorDoelgroepen(gemeente);
        List<Doelgroep> lijst = opslag.doelgroepen(gemeente);
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i) == null ? "" : codes.get(i).strip();
            if (c.isEmpty()) {
                continue;
            }
            boolean bekend = lijst.stream().anyMatch(d -> d.code().equals(c) && (d.actief()
                    || (al != null && al.contains(c))));
            if (!bekend) {
                f.add(new InvalidParam("doelgroepen[" + i + "]", "onbekende doelgroep; mogelijk: " + String.join(", ",
                        lijst.stream().filter(Doelgroep::actief).map(Doelgroep::code).toList())));
            } else if (uit.contains(c)) {
                f.add(new InvalidParam("doelgroepen[" + i + "]", "staat er al"));
            } else {
                uit.add(c);
            }
        }
        if (uit.size() > MAX_DOELGROEPEN) {
            f.add(new InvalidParam("doelgroepen", "hoogstens " + MAX_DOELGROEPEN + " doelgroepen"));
        }
        return List.copyOf(uit);
    }

    /** "29 maart 2022" and "april 2022" as the page writes them (a form shows a stored action so). */
    private static final java.time.format.DateTimeFormatter NL_DAG = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(java.util.Locale.forLanguageTag("nl"))
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final java.time.format.DateTimeFormatter NL_MAAND = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("MMMM uuuu").parseDefaulting(java.time.temporal.ChronoField
                    .DAY_OF_MONTH, 1).toFormatter(java.util.Locale.forLanguageTag("nl"))
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static java.time.temporal.TemporalAccessor nederlands(String tekst, java.time.format.DateTimeFormatter f) {
        try {
            return f.parse(tekst);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> List<E> codes(List<String> codes, String veld, Class<E> soort,
            List<InvalidParam> f) {
        if (codes == null) {
            return List.of();
        }
        List<E> uit = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || codes.get(i).isBlank()) {
                continue;
            }
            E e = Leads.code(codes.get(i), veld + "[" + i + "]", soort, true, f);
            if (e != null && !uit.contains(e)) {
                uit.add(e);
            }
        }
        return List.copyOf(uit);
    }

    private static Integer versie(String body, Integer ifMatch, List<InvalidParam> f) {
        if ((body == null || body.isBlank()) && ifMatch == null) {
            f.add(new InvalidParam("versie", "verplicht (of de header If-Match): de versie die u wijzigt"));
            return null;
        }
        if (body == null || body.isBlank()) {
            return ifMatch;
        }
        Integer v = Leads.geheel(body, "versie", true, f);
        if (v != null && ifMatch != null && !v.equals(ifMatch)) {
            f.add(new InvalidParam("versie", "verschilt van If-Match (" + ifMatch + ")"));
        }
        return v;
    }

    private static ApiException gewijzigd(String wat, int nu, int versie) {
        return new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", wat + " is intussen gewijzigd (nu versie "
                + nu + ", u wijzigde versie " + versie + "); bekijk haar opnieuw.", null);
    }

    private static Map<String, Object> metReden(Map<String, Object> m, String reden) {
        Map<String, Object> w = new LinkedHashMap<>(m);
        w.put("reden", reden);
        return w;
    }
}
