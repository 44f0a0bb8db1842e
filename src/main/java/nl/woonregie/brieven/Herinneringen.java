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

import nl.woonregie.brieven.herinnering.Actieherinnering;
import nl.woonregie.brieven.herinnering.Huurcontractherinnering;
import nl.woonregie.brieven.internal.ContactOpslag;
import nl.woonregie.brieven.internal.HerinneringOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.Post;
import nl.woonregie.toezicht.cijfers.Huurcontracten;
import nl.woonregie.toezicht.cijfers.Maandoverzicht;
import nl.woonregie.toezicht.opvolging.Actie;
import nl.woonregie.toezicht.opvolging.PlanVanAanpakService;
import nl.woonregie.toezicht.regels.Huurcontracttermijn;
import nl.woonregie.toezicht.regels.NlFormaat;
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
 * {@link Herinneringsoort#ACTIE}, template {@code templates/post/herinnering-actie}). A reminder is not a decision: it
 * goes by e-mail to whoever has an
 * address, regardless of Awb 2:14, unless the contact switched the kind off in the register
 * ({@link Contactgegevens#wilHerinnering}). Each reminder goes once per kind, subject and contact: the row in {@code herinnering}
 * and its outbox message commit together, one contact at a time, and a second run (or a second instance) finds the row
 * and places nothing. Every placing is a {@link HerinneringGebeurtenis.Verzonden} in the audit trail.
 */
@Service
public class Herinneringen {

    static final String SJABLOON = "herinnering-huurcontracten";
    static final String SJABLOON_ACTIE = "herinnering-actie";

    private final ContactOpslag contacten;
    private final HerinneringOpslag opslag;
    private final Huurcontracten huurcontracten;
    private final Maandoverzicht maandoverzicht;
    private final PlanVanAanpakService plannen;
    private final GebiedService gebied;
    private final Post post;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate transactie;
    private final String basisUrl;

    Herinneringen(ContactOpslag contacten, HerinneringOpslag opslag, Huurcontracten huurcontracten,
            Maandoverzicht maandoverzicht, PlanVanAanpakService plannen, GebiedService gebied, Post post, ApplicationEventPublisher gebeurtenissen,
            PlatformTransactionManager transacties, @Value("${woonregie.basis-url}") String basisUrl) {
        this.contacten = contacten;
        this.opslag = opslag;
        this.huurcontracten = huurcontracten;
        this.maandoverzicht = maandoverzicht;
        this.plannen = plannen;
        this.gebied = gebied;
        this.post = post;
        this.gebeurtenissen = gebeurtenissen;
        this.transactie = new TransactionTemplate(transacties);
        this.basisUrl = basisUrl;
    }

    /** What is due today and not yet sent, placed in the outbox; answers how many messages were placed. */
    public int verstuur(Actor door) {
        LocalDate vandaag = gebied.vandaag();
        Map<String, List<ContactOpslag.Rij>> perGemeente = contacten.vanAlleGemeenten().stream()
                .filter(r -> r.gegevens().actief() && r.gegevens().soort() == Contactsoort.AMBTELIJK
                        && r.gegevens().email() != null)
                .collect(Collectors.groupingBy(ContactOpslag.Rij::gemeente, LinkedHashMap::new, Collectors.toList()));
        Map<String, Optional<String>> realisatie = new HashMap<>();
        int geplaatst = 0;
        for (Map.Entry<String, List<ContactOpslag.Rij>> e : perGemeente.entrySet()) {
            Optional<Gemeente> gemeente = gebied.gemeente(e.getKey());
            if (gemeente.isEmpty()) {
                continue;
            }
            geplaatst += acties(gemeente.get(), e.getValue(), vandaag, door);
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
            for (ContactOpslag.Rij c : e.getValue()) {
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
