package nl.woonregie.brieven;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.woonregie.brieven.begunstiging.Begunstigingstermijnen;
import nl.woonregie.brieven.herinnering.Actieherinnering;
import nl.woonregie.brieven.herinnering.Begunstigingstermijnherinnering;
import nl.woonregie.brieven.herinnering.Huurcontractherinnering;
import nl.woonregie.brieven.herinnering.Peildatumherinnering;
import nl.woonregie.brieven.internal.ContactOpslag;
import nl.woonregie.brieven.internal.HerinneringOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.Post;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.cijfers.Huurcontracten;
import nl.woonregie.toezicht.cijfers.Maandoverzicht;
import nl.woonregie.toezicht.opvolging.Actie;
import nl.woonregie.toezicht.opvolging.PlanVanAanpakService;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Huurcontracttermijn;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders through the outbox (issue 19 §7 and §8, ADR 0059), computed by the daily job
 * ({@code herinneringen-versturen}) for the application's today ({@link GebiedService#vandaag()}, the {@code Clock}).
 * The lease window of a period (R14) — when it opens, and
 * {@link Huurcontractherinnering#WERKDAGEN_VOOR_UITERLIJK} working days before the deadline when the municipality
 * passed on nothing — to the municipality's active ambtelijke contacts with an e-mail address, stating the window and
 * deadline in Dutch dates and the province's realisation of the half-year by COA's figures (template
 * {@code templates/post/herinnering-huurcontracten}); an open action of a plan van aanpak
 * {@link Actieherinnering#DAGEN_VOOR_DEADLINE} days before its deadline and the day after it passed (kind
 * {@link Herinneringsoort#ACTIE}, template {@code templates/post/herinnering-actie}); an upcoming peildatum of the
 * province's beleidskader the province's number of days before it ({@link Herinneringsoort#PEILDATUM}, V179's setting,
 * default {@link Peildatumherinnering#STANDAARD_DAGEN}; template {@code herinnering-peildatum}); and to the
 * municipality's active bestuurlijke contacts (the college) a begunstigingstermijn of a decided besluit tot
 * indeplaatsstelling {@link Begunstigingstermijnherinnering#DAGEN_VOOR_EINDE} days before it ends and the day after it
 * passed unmet ({@link Herinneringsoort#BEGUNSTIGINGSTERMIJN}, template {@code herinnering-begunstigingstermijn}). A
 * reminder is not a decision: it goes by e-mail to whoever has an address, regardless of Awb 2:14, unless the contact switched the kind off in the register
 * ({@link Contactgegevens#wilHerinnering}). Each reminder goes once per kind, subject and contact: the row in {@code herinnering}
 * and its outbox message commit together, one contact at a time, and a second run (or a second instance) finds the row
 * and places nothing. Every placing is a {@link HerinneringGebeurtenis.Verzonden} in the audit trail.
 */
@Service
public class Herinneringen {

    static final String SJABLOON = "herinnering-huurcontracten";
    static final String SJABLOON_ACTIE = "herinnering-actie";
    static final String SJABLOON_PEILDATUM = "herinnering-peildatum";
    static final String SJABLOON_BEGUNSTIGINGSTERMIJN = "herinnering-begunstigingstermijn";
    static final String SJABLOON_MAANDOVERZICHT = "maandoverzicht";

    private final ContactOpslag contacten;
    private final HerinneringOpslag opslag;
    private final Huurcontracten huurcontracten;
    private final Maandoverzicht maandoverzicht;
    private final PlanVanAanpakService plannen;
    private final BeleidskaderRegister kaders;
    private final Indeplaatsstellingen indeplaatsstellingen;
    private final GebiedService gebied;
    private final Post post;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate transactie;
    private final String basisUrl;

    Herinneringen(ContactOpslag contacten, HerinneringOpslag opslag, Huurcontracten huurcontracten,
            Maandoverzicht maandoverzicht, PlanVanAanpakService plannen, BeleidskaderRegister kaders,
            Indeplaatsstellingen indeplaatsstellingen, GebiedService gebied, Post post,
            ApplicationEventPublisher gebeurtenissen, PlatformTransactionManager transacties,
            @Value("${woonregie.basis-url}") String basisUrl) {
        this.contacten = contacten;
        this.opslag = opslag;
        this.huurcontracten = huurcontracten;
        this.maandoverzicht = maandoverzicht;
        this.plannen = plannen;
        this.kaders = kaders;
        this.indeplaatsstellingen = indeplaatsstellingen;
        this.gebied = gebied;
        this.post = post;
        this.gebeurtenissen = gebeurtenissen;
        this.transactie = new TransactionTemplate(transacties);
        this.basisUrl = basisUrl;
    }

    /** What is due today and not yet sent, placed in the outbox; answers how many messages were placed. */
    public int verstuur(Actor door) {
        return verstuur(null, door);
    }

    /**
     * What is due today and not yet sent to the contacts of one province's municipalities ({@code null}: of all),
     * placed in the outbox; answers how many messages were placed.
     */
    public int verstuur(String alleenProvincie, Actor door) {
        LocalDate vandaag = gebied.vandaag();
        Map<String, List<ContactOpslag.Rij>> perGemeente = ontvangers();
        Map<String, List<Indeplaatsstellingen.Termijnvolging>> termijnen = indeplaatsstellingen
                .termijnen(alleenProvincie, vandaag).stream()
                .collect(Collectors.groupingBy(Indeplaatsstellingen.Termijnvolging::gemeente));
        Map<String, Optional<String>> realisatie = new HashMap<>();
        int geplaatst = 0;
        for (Map.Entry<String, List<ContactOpslag.Rij>> e : perGemeente.entrySet()) {
            Optional<Gemeente> gemeente = gebied.gemeente(e.getKey());
            if (gemeente.isEmpty()
                    || alleenProvincie != null && !alleenProvincie.equals(gemeente.get().provincie().code())) {
                continue;
            }
            List<ContactOpslag.Rij> ambtelijk = e.getValue().stream()
                    .filter(r -> r.gegevens().soort() == Contactsoort.AMBTELIJK).toList();
            List<ContactOpslag.Rij> bestuurlijk = e.getValue().stream()
                    .filter(r -> r.gegevens().soort() == Contactsoort.BESTUURLIJK).toList();
            geplaatst += begunstigingstermijnen(gemeente.get(), bestuurlijk,
                    termijnen.getOrDefault(gemeente.get().code(), List.of()), vandaag, door);
            if (ambtelijk.isEmpty()) {
                continue;
            }
            geplaatst += acties(gemeente.get(), ambtelijk, vandaag, door);
            geplaatst += peildatum(gemeente.get(), ambtelijk, vandaag, door);
            Optional<Huurcontracten.Termijn> termijn = huurcontracten.huidigeTermijn(gemeente.get());
            if (termijn.isEmpty()) {
                continue;
            }
            Huurcontracttermijn regel = termijn.get().regel();
            Optional<Huurcontractherinnering.Moment> moment = Huurcontractherinnering.teVersturen(regel.opentOp(),
                    regel.uiterlijk(), vandaag, huurcontracten.ingediend(gemeente.get().code(), regel.periode()));
            if (moment.isEmpty()) {
                continue;
            }
            Herinneringsoort soort = Herinneringsoort.TERMIJN_HUURCONTRACTEN;
            boolean sluit = moment.get() == Huurcontractherinnering.Moment.SLUIT;
            String onderwerp = regel.periode().code() + (sluit ? "/sluit" : "/open");
            String provincie = gemeente.get().provincie().code();
            LocalDate standOp = vandaag.isAfter(regel.periode().laatsteDag()) ? regel.periode().laatsteDag() : vandaag;
            String procent = realisatie.computeIfAbsent(provincie + "/" + standOp,
                    k -> realisatie(provincie, standOp)).orElse(null);
            for (ContactOpslag.Rij c : ambtelijk) {
                Map<String, Object> gegevens = gegevens(sluit, gemeente.get(), regel, procent, standOp, c);
                if (plaats(soort, onderwerp, gemeente.get(), c, onderwerpregel(sluit, gemeente.get(), regel), SJABLOON,
                        gegevens, vandaag, door)) {
                    geplaatst++;
                }
            }
        }
        return geplaatst;
    }

    /** The reminders of the municipality's open actions whose deadline is near or just passed (ACTIE). */
    private int acties(Gemeente gemeente, List<ContactOpslag.Rij> contactenVan, LocalDate vandaag, Actor door) {
        int geplaatst = 0;
        for (Actie actie : plannen.actiesVanGemeente(gemeente.code(), Actie.Filter.OPEN, vandaag)) {
            Optional<Actieherinnering.Moment> moment = Actieherinnering.teVersturen(actie.deadline(), vandaag,
                    actie.status() == Actie.Status.OPEN);
            if (moment.isEmpty()) {
                continue;
            }
            boolean verlopen = moment.get() == Actieherinnering.Moment.VERLOPEN;
            String onderwerp = actie.id() + (verlopen ? "/verlopen" : "/bijna");
            for (ContactOpslag.Rij c : contactenVan) {
                if (plaats(Herinneringsoort.ACTIE, onderwerp, gemeente, c, onderwerpregel(verlopen, gemeente, actie),
                        SJABLOON_ACTIE, gegevens(verlopen, gemeente, actie, c), vandaag, door)) {
                    geplaatst++;
                }
            }
        }
        return geplaatst;
    }

    /**
     * Issue 19 §8: COA's monthly overview of the month as a mail to each municipality of the province with a
     * taakstelling or a standing in it — its own row (taakstelling, COA's standing, what is left, the realisation) —
     * to its active ambtelijke contacts, once per month and contact (kind {@link Herinneringsoort#MAANDOVERZICHT},
     * subject the month): a second run places only what is new (a new contact, a municipality with its first
     * figures). Answers how many messages were placed. No access check: the caller's.
     */
    int maandoverzicht(String provincie, java.time.YearMonth maand, Actor door) {
        Maandoverzicht.Overzicht o = maandoverzicht.opDatum(provincie, maand.atEndOfMonth());
        Map<String, List<ContactOpslag.Rij>> perGemeente = ontvangers();
        LocalDate vandaag = gebied.vandaag();
        int geplaatst = 0;
        for (Maandoverzicht.Regel r : o.regels()) {
            Optional<Gemeente> gemeente = gebied.gemeente(r.gemeente());
            if (gemeente.isEmpty() || r.taakstelling() == null && r.gehuisvest() == null) {
                continue;
            }
            for (ContactOpslag.Rij c : perGemeente.getOrDefault(r.gemeente(), List.of())) {
                if (c.gegevens().soort() == Contactsoort.AMBTELIJK && plaats(Herinneringsoort.MAANDOVERZICHT,
                        maand.toString(), gemeente.get(), c, onderwerpregel(gemeente.get(), maand),
                        SJABLOON_MAANDOVERZICHT, gegevens(gemeente.get(), o, r, c), vandaag, door)) {
                    geplaatst++;
                }
            }
        }
        return geplaatst;
    }

    static String onderwerpregel(Gemeente gemeente, java.time.YearMonth maand) {
        return "Maandoverzicht huisvesting vergunninghouders " + maandnaam(maand) + " (" + gemeente.naam() + ")";
    }

    static String maandnaam(java.time.YearMonth maand) {
        return NlFormaat.maand(maand.getMonthValue()) + " " + maand.getYear();
    }

    /** The values of the monthly overview's template: the municipality's own row (all text, Dutch formats). */
    Map<String, Object> gegevens(Gemeente gemeente, Maandoverzicht.Overzicht o, Maandoverzicht.Regel r,
            ContactOpslag.Rij c) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("aanhef", "Geachte " + c.gegevens().naam());
        g.put("gemeente", gemeente.naam());
        g.put("provincie", o.provincieNaam());
        g.put("maand", maandnaam(o.maand()));
        g.put("periode", o.periode().omschrijving());
        g.put("taakstelling", r.taakstelling() == null ? null : NlFormaat.getal(r.taakstelling()));
        g.put("additioneleOpgave", r.additioneleOpgave() == null || r.additioneleOpgave() == 0 ? null
                : NlFormaat.getal(r.additioneleOpgave()));
        g.put("standVan", r.standVan() == null ? null : NlFormaat.datum(r.standVan()));
        g.put("gehuisvest", r.gehuisvest() == null ? null : NlFormaat.getal(r.gehuisvest()));
        g.put("koppelingen", r.koppelingen() == null ? null : NlFormaat.getal(r.koppelingen()));
        Long over = r.nogTeHuisvesten();
        g.put("nogTeHuisvesten", over == null ? null : NlFormaat.getal(Math.max(0, over)));
        g.put("meer", over != null && over < 0 ? NlFormaat.getal(-over) : null);
        g.put("realisatie", r.realisatie() == null ? null
                : NlFormaat.procent(BigDecimal.valueOf(r.realisatie()).setScale(3, RoundingMode.HALF_UP)));
        g.put("link", basisUrl + "/gemeenten/" + gemeente.code() + "/huurcontracten");
        return g;
    }

    /** The active contacts with an e-mail address of every municipality, by municipality. */
    private Map<String, List<ContactOpslag.Rij>> ontvangers() {
        return contacten.vanAlleGemeenten().stream()
                .filter(r -> r.gegevens().actief() && r.gegevens().email() != null)
                .collect(Collectors.groupingBy(ContactOpslag.Rij::gemeente, LinkedHashMap::new, Collectors.toList()));
    }

    /** A reminder the daily job will place on a coming day as things stand today (computed, not stored). */
    record Verwacht(LocalDate op, Gemeente gemeente, Herinneringsoort soort, String onderwerp, int ontvangers) {
    }

    /**
     * What the daily job will place for the municipalities of the province from {@code vandaag} up to and including
     * {@code vandaag + dagen}, as things stand today (the figures, leases, actions and settings of today): per kind,
     * subject and municipality the first day it is due and how many contacts will get it (not those who got it or
     * switched it off). Earliest first.
     */
    List<Verwacht> verwacht(String provincie, LocalDate vandaag, int dagen) {
        Map<String, List<ContactOpslag.Rij>> perGemeente = ontvangers();
        Map<String, List<Indeplaatsstellingen.Termijnvolging>> termijnen = indeplaatsstellingen
                .termijnen(provincie, vandaag).stream()
                .collect(Collectors.groupingBy(Indeplaatsstellingen.Termijnvolging::gemeente));
        List<LocalDate> dagenLijst = vandaag.datesUntil(vandaag.plusDays(dagen + 1L)).toList();
        Map<LocalDate, Optional<LocalDate>> peildata = new HashMap<>();
        List<Verwacht> lijst = new java.util.ArrayList<>();
        for (Map.Entry<String, List<ContactOpslag.Rij>> e : perGemeente.entrySet()) {
            Optional<Gemeente> gemeente = gebied.gemeente(e.getKey());
            if (gemeente.isEmpty() || !provincie.equals(gemeente.get().provincie().code())) {
                continue;
            }
            Gemeente gem = gemeente.get();
            List<ContactOpslag.Rij> ambtelijk = e.getValue().stream()
                    .filter(r -> r.gegevens().soort() == Contactsoort.AMBTELIJK).toList();
            List<ContactOpslag.Rij> bestuurlijk = e.getValue().stream()
                    .filter(r -> r.gegevens().soort() == Contactsoort.BESTUURLIJK).toList();
            Map<String, LocalDate> college = new LinkedHashMap<>();
            for (Indeplaatsstellingen.Termijnvolging t : termijnen.getOrDefault(gem.code(), List.of())) {
                var termijn = t.uitkomst().termijn();
                boolean gehaald = t.uitkomst().stand() == Begunstigingstermijnen.Stand.GEHAALD;
                for (LocalDate d : dagenLijst) {
                    Begunstigingstermijnherinnering.teVersturen(termijn.datum(), d, gehaald).ifPresent(m -> college
                            .putIfAbsent(Herinneringsoort.BEGUNSTIGINGSTERMIJN.name() + "|" + t.besluit() + "/"
                                    + termijn.volgnummer() + (m == Begunstigingstermijnherinnering.Moment.VERSTREKEN
                                            ? "/verstreken" : "/bijna"), d));
                }
            }
            voegToe(lijst, college, gem, bestuurlijk);
            if (ambtelijk.isEmpty()) {
                continue;
            }
            Map<String, LocalDate> eerste = new LinkedHashMap<>();
            for (LocalDate d : dagenLijst) {
                Optional<LocalDate> p = peildata.computeIfAbsent(d, x -> peildatumTeHerinneren(provincie, x));
                if (p.isPresent()) {
                    eerste.putIfAbsent(Herinneringsoort.PEILDATUM.name() + "|" + p.get(), d);
                }
            }
            for (Actie actie : plannen.actiesVanGemeente(gem.code(), Actie.Filter.OPEN, vandaag)) {
                for (LocalDate d : dagenLijst) {
                    Actieherinnering.teVersturen(actie.deadline(), d, actie.status() == Actie.Status.OPEN)
                            .ifPresent(m -> eerste.putIfAbsent(Herinneringsoort.ACTIE.name() + "|" + actie.id()
                                    + (m == Actieherinnering.Moment.VERLOPEN ? "/verlopen" : "/bijna"), d));
                }
            }
            Optional<Huurcontracten.Termijn> termijn = huurcontracten.huidigeTermijn(gem);
            if (termijn.isPresent()) {
                Huurcontracttermijn regel = termijn.get().regel();
                boolean ingediend = huurcontracten.ingediend(gem.code(), regel.periode());
                for (LocalDate d : dagenLijst) {
                    Huurcontractherinnering.teVersturen(regel.opentOp(), regel.uiterlijk(), d, ingediend)
                            .ifPresent(m -> eerste.putIfAbsent(Herinneringsoort.TERMIJN_HUURCONTRACTEN.name() + "|"
                                    + regel.periode().code() + (m == Huurcontractherinnering.Moment.SLUIT ? "/sluit"
                                            : "/open"), d));
                }
            }
            voegToe(lijst, eerste, gem, ambtelijk);
        }
        lijst.sort(java.util.Comparator.comparing(Verwacht::op).thenComparing(v -> v.gemeente().naam())
                .thenComparing(v -> v.soort().ordinal()));
        return lijst;
    }

    private void voegToe(List<Verwacht> lijst, Map<String, LocalDate> eerste, Gemeente gemeente,
            List<ContactOpslag.Rij> aan) {
        eerste.forEach((sleutel, op) -> {
            Herinneringsoort soort = Herinneringsoort.valueOf(sleutel.substring(0, sleutel.indexOf('|')));
            String onderwerp = sleutel.substring(sleutel.indexOf('|') + 1);
            int ontvangers = (int) aan.stream().filter(c -> c.gegevens().wilHerinnering(soort)
                    && !opslag.verzonden(soort.name(), onderwerp, c.id())).count();
            if (ontvangers > 0) {
                lijst.add(new Verwacht(op, gemeente, soort, omschrijving(soort, onderwerp), ontvangers));
            }
        });
    }

    /**
     * A stored subject in Dutch, for the supervisor's page (no internal codes on screen): "Termijn geopend:
     * huurcontracten over de eerste helft 2022", "Peildatum 1 juli 2022", "Begunstigingstermijn 2 verstreken" …
     */
    static String omschrijving(Herinneringsoort soort, String onderwerp) {
        String[] delen = onderwerp.split("/");
        String laatste = delen[delen.length - 1];
        try {
            return switch (soort) {
                case TERMIJN_HUURCONTRACTEN -> ("sluit".equals(laatste) ? "Termijn bijna verstreken, nog niets "
                        + "doorgegeven: huurcontracten over de " : "Termijn geopend: huurcontracten over de ")
                        + Periode.of(delen[0]).omschrijving();
                case ACTIE -> "verlopen".equals(laatste) ? "Actie uit het plan van aanpak: deadline verstreken"
                        : "Actie uit het plan van aanpak: deadline nadert";
                case PEILDATUM -> "Peildatum " + NlFormaat.datum(LocalDate.parse(onderwerp));
                case BEGUNSTIGINGSTERMIJN -> "Begunstigingstermijn " + delen[1] + " van een besluit tot "
                        + "indeplaatsstelling: " + ("verstreken".equals(laatste) ? "verstreken zonder het aantal"
                                : "eindigt binnenkort");
                case MAANDOVERZICHT -> "Maandoverzicht " + maandnaam(java.time.YearMonth.parse(onderwerp));
            };
        } catch (RuntimeException e) {
            return "Herinnering";
        }
    }

    /** The days before a peildatum the province's officials are reminded of it (its setting, else the default). */
    public int dagenVoorPeildata(String provincie) {
        return opslag.instelling(provincie).map(HerinneringOpslag.Instelling::dagenVoorPeildata)
                .orElse(Peildatumherinnering.STANDAARD_DAGEN);
    }

    /** The peildatum of the province's beleidskader reminded of today, if any (PEILDATUM). */
    Optional<LocalDate> peildatumTeHerinneren(String provincie, LocalDate vandaag) {
        int dagen = dagenVoorPeildata(provincie);
        return kaders.voorProvincie(provincie, vandaag).flatMap(k -> Peildatumherinnering.teVersturen(
                k.kalender().peildata(vandaag.plusDays(1), vandaag.plusDays(dagen)), vandaag, dagen));
    }

    /** The reminder of the upcoming peildatum of the municipality's province (PEILDATUM). */
    private int peildatum(Gemeente gemeente, List<ContactOpslag.Rij> contactenVan, LocalDate vandaag, Actor door) {
        String provincie = gemeente.provincie().code();
        Optional<LocalDate> peildatum = peildatumTeHerinneren(provincie, vandaag);
        Optional<Beleidskader> kader = kaders.voorProvincie(provincie, vandaag);
        if (peildatum.isEmpty() || kader.isEmpty()) {
            return 0;
        }
        Maandoverzicht.Regel regel = maandoverzicht.opDatum(provincie, vandaag).regels().stream()
                .filter(r -> r.gemeente().equals(gemeente.code())).findFirst().orElse(null);
        int geplaatst = 0;
        for (ContactOpslag.Rij c : contactenVan) {
            Map<String, Object> g = gegevens(gemeente, peildatum.get(), kader.get(), regel, vandaag, c);
            if (plaats(Herinneringsoort.PEILDATUM, peildatum.get().toString(), gemeente, c,
                    onderwerpregel(gemeente, peildatum.get()), SJABLOON_PEILDATUM, g, vandaag, door)) {
                geplaatst++;
            }
        }
        return geplaatst;
    }

    static String onderwerpregel(Gemeente gemeente, LocalDate peildatum) {
        return "Herinnering: peildatum " + NlFormaat.datum(peildatum) + " (" + gemeente.naam() + ")";
    }

    /**
     * The values of the peildatum reminder's template: what is judged on the peildatum and, when COA gave a standing
     * in the half-year of today, the municipality's figures (all text, Dutch formats).
     */
    Map<String, Object> gegevens(Gemeente gemeente, LocalDate peildatum, Beleidskader kader, Maandoverzicht.Regel regel,
            LocalDate vandaag, ContactOpslag.Rij c) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("aanhef", "Geachte " + c.gegevens().naam());
        g.put("gemeente", gemeente.naam());
        g.put("provincie", gemeente.provincie().naam());
        g.put("peildatum", NlFormaat.datum(peildatum));
        Optional<Periode> beoordeeld = kader.kalender().periodeVan(peildatum);
        g.put("toets", (kader.kalender().isEindoordeel(peildatum) ? "het eindoordeel over de "
                : "de tussentijdse toets over de ") + beoordeeld.map(Periode::omschrijving).orElse(""));
        boolean cijfers = regel != null && regel.taakstelling() != null && regel.gehuisvest() != null;
        g.put("cijfers", cijfers);
        if (cijfers) {
            g.put("periode", Periode.van(vandaag).omschrijving());
            g.put("taakstelling", NlFormaat.getal(regel.taakstelling()));
            g.put("gehuisvest", NlFormaat.getal(regel.gehuisvest()));
            g.put("standVan", NlFormaat.datum(regel.standVan()));
            g.put("nogTeHuisvesten", NlFormaat.getal(Math.max(0, regel.nogTeHuisvesten())));
            g.put("realisatie", regel.realisatie() == null ? null
                    : NlFormaat.procent(BigDecimal.valueOf(regel.realisatie()).setScale(3, RoundingMode.HALF_UP)));
        }
        g.put("link", basisUrl + "/gemeenten/" + gemeente.code() + "/huurcontracten");
        return g;
    }

    /** The reminders to the college of the terms of the municipality's decided besluiten (BEGUNSTIGINGSTERMIJN). */
    private int begunstigingstermijnen(Gemeente gemeente, List<ContactOpslag.Rij> college,
            List<Indeplaatsstellingen.Termijnvolging> termijnen, LocalDate vandaag, Actor door) {
        int geplaatst = 0;
        for (Indeplaatsstellingen.Termijnvolging t : termijnen) {
            var termijn = t.uitkomst().termijn();
            Optional<Begunstigingstermijnherinnering.Moment> moment = Begunstigingstermijnherinnering.teVersturen(
                    termijn.datum(), vandaag, t.uitkomst().stand() == Begunstigingstermijnen.Stand.GEHAALD);
            if (moment.isEmpty()) {
                continue;
            }
            boolean verstreken = moment.get() == Begunstigingstermijnherinnering.Moment.VERSTREKEN;
            String onderwerp = t.besluit() + "/" + termijn.volgnummer() + (verstreken ? "/verstreken" : "/bijna");
            for (ContactOpslag.Rij c : college) {
                if (plaats(Herinneringsoort.BEGUNSTIGINGSTERMIJN, onderwerp, gemeente, c,
                        onderwerpregel(verstreken, gemeente, t), SJABLOON_BEGUNSTIGINGSTERMIJN,
                        gegevens(verstreken, gemeente, t, c), vandaag, door)) {
                    geplaatst++;
                }
            }
        }
        return geplaatst;
    }

    static String onderwerpregel(boolean verstreken, Gemeente gemeente, Indeplaatsstellingen.Termijnvolging t) {
        return (verstreken ? "Begunstigingstermijn verstreken: besluit tot indeplaatsstelling "
                : "Herinnering: begunstigingstermijn eindigt op " + NlFormaat.datum(t.uitkomst().termijn().datum())
                        + ", besluit tot indeplaatsstelling ")
                + t.besluitnummer() + " (" + gemeente.naam() + ")";
    }

    /** The values of the begunstigingstermijn reminder's template (all text, Dutch formats). */
    Map<String, Object> gegevens(boolean verstreken, Gemeente gemeente, Indeplaatsstellingen.Termijnvolging t,
            ContactOpslag.Rij c) {
        Begunstigingstermijnen.Uitkomst u = t.uitkomst();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("aanhef", "Geachte " + c.gegevens().naam());
        g.put("verstreken", verstreken);
        g.put("gemeente", gemeente.naam());
        g.put("provincie", gemeente.provincie().naam());
        g.put("besluitnummer", t.besluitnummer());
        g.put("besluitdatum", NlFormaat.datum(t.besluitdatum()));
        g.put("termijn", NlFormaat.getal(u.termijn().volgnummer()));
        g.put("einde", NlFormaat.datum(u.termijn().datum()));
        g.put("aantal", NlFormaat.getal(u.termijn().aantal()));
        g.put("gehuisvest", NlFormaat.getal(u.gehuisvest()));
        g.put("tekort", NlFormaat.getal(u.tekort()));
        g.put("cijfersTot", u.cijfersTot() == null ? null : NlFormaat.datum(u.cijfersTot()));
        g.put("link", basisUrl + "/gemeenten/" + gemeente.code() + "/huurcontracten");
        return g;
    }

    /**
     * Places one reminder for one contact unless it was sent or the contact switched its kind off: the outbox message,
     * the row in {@code herinnering} and the audit event in one transaction. Answers whether it was placed.
     */
    private boolean plaats(Herinneringsoort soort, String onderwerp, Gemeente gemeente, ContactOpslag.Rij c,
            String titel, String sjabloon, Map<String, Object> gegevens, LocalDate vandaag, Actor door) {
        if (!c.gegevens().wilHerinnering(soort) || opslag.verzonden(soort.name(), onderwerp, c.id())) {
            return false;
        }
        Boolean gedaan = transactie.execute(s -> {
            long bericht = post.plaats(c.gegevens().email(), titel, sjabloon, gegevens, door);
            Optional<Long> id = opslag.leg(soort.name(), onderwerp, gemeente.provincie().code(), gemeente.code(),
                    c.id(), c.versie(), c.gegevens().email(), bericht, vandaag, door.naam());
            if (id.isEmpty()) {
                s.setRollbackOnly();
                return false;
            }
            gebeurtenissen.publishEvent(new HerinneringGebeurtenis.Verzonden(id.get(), soort, onderwerp,
                    gemeente.code(), c.id(), bericht, vandaag, door));
            return true;
        });
        return Boolean.TRUE.equals(gedaan);
    }

    static String onderwerpregel(boolean verlopen, Gemeente gemeente, Actie actie) {
        return (verlopen ? "Deadline verstreken: actie uit het plan van aanpak van "
                : "Herinnering: deadline nadert van een actie uit het plan van aanpak van ") + gemeente.naam() + " ("
                + NlFormaat.datum(actie.deadline()) + ")";
    }

    /** The values of the action reminder's template (all text, Dutch formats). */
    Map<String, Object> gegevens(boolean verlopen, Gemeente gemeente, Actie actie, ContactOpslag.Rij c) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("aanhef", "Geachte " + c.gegevens().naam());
        g.put("verlopen", verlopen);
        g.put("gemeente", gemeente.naam());
        g.put("provincie", gemeente.provincie().naam());
        g.put("plan", actie.planTitel());
        g.put("actie", actie.omschrijving());
        g.put("verantwoordelijke", actie.verantwoordelijke());
        g.put("deadline", NlFormaat.datum(actie.deadline()));
        g.put("link", basisUrl + "/gemeenten/" + gemeente.code() + "/plannen-van-aanpak");
        return g;
    }

    /** The province's realisation of the half-year on the day, "40%", or empty without a taakstelling. */
    private Optional<String> realisatie(String provincie, LocalDate op) {
        Maandoverzicht.Overzicht o = maandoverzicht.opDatum(provincie, op);
        if (o.taakstelling() <= 0) {
            return Optional.empty();
        }
        BigDecimal deel = BigDecimal.valueOf(o.gehuisvest()).divide(BigDecimal.valueOf(o.taakstelling()), 3,
                RoundingMode.HALF_UP);
        return Optional.of(NlFormaat.procent(deel));
    }

    static String onderwerpregel(boolean sluit, Gemeente gemeente, Huurcontracttermijn regel) {
        return (sluit ? "Herinnering: h" : "H")
                + "uurcontracten van vergunninghouders over de " + regel.periode().omschrijving() + " doorgeven ("
                + gemeente.naam() + ", uiterlijk " + NlFormaat.datum(regel.uiterlijk()) + ")";
    }

    /** The template's values (all text, Dutch formats). */
    Map<String, Object> gegevens(boolean sluit, Gemeente gemeente, Huurcontracttermijn regel, String procent,
            LocalDate standOp, ContactOpslag.Rij c) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("aanhef", "Geachte " + c.gegevens().naam());
        g.put("sluit", sluit);
        g.put("gemeente", gemeente.naam());
        g.put("provincie", gemeente.provincie().naam());
        g.put("periode", regel.periode().omschrijving());
        g.put("vanaf", NlFormaat.datum(regel.ingangVanaf()));
        g.put("totEnMet", NlFormaat.datum(regel.ingangTotEnMet()));
        g.put("uiterlijk", NlFormaat.datum(regel.uiterlijk()));
        g.put("realisatie", procent);
        g.put("standOp", NlFormaat.datum(standOp));
        g.put("link", basisUrl + "/gemeenten/" + gemeente.code() + "/huurcontracten");
        return g;
    }
}
