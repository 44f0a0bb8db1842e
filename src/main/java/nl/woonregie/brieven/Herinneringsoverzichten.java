package nl.woonregie.brieven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.woonregie.brieven.herinnering.Peildatumherinnering;
import nl.woonregie.brieven.internal.ContactOpslag;
import nl.woonregie.brieven.internal.HerinneringOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.Bericht;
import nl.woonregie.platform.post.Post;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.cijfers.Maandoverzicht;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's side of the reminders (issue 19 §7, ADR 0059): the province's list of what was sent and what is due
 * next, its setting of the days before a peildatum (to the version read, audited
 * {@link HerinneringGebeurtenis.InstellingGewijzigd}) and running the daily job for the province now. For the
 * province's TOEZICHTHOUDER and the BEHEERDER; 403 for anyone else, 404 for an unknown province. The contacts' names
 * and addresses shown are the register's, whose reads are not logged (docs/toezicht-cyclus.md).
 */
@Service
public class Herinneringsoverzichten {

    /** How many days ahead the list of what is due looks. */
    public static final int DAGEN_VOORUIT = 30;
    static final int MAX_VERZONDEN = 500;

    private final Herinneringen herinneringen;
    private final HerinneringOpslag opslag;
    private final ContactOpslag contacten;
    private final GebiedService gebied;
    private final Post post;
    private final Toegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Maandoverzicht maandoverzichten;

    Herinneringsoverzichten(Herinneringen herinneringen, HerinneringOpslag opslag, ContactOpslag contacten,
            GebiedService gebied, Post post, Toegang toegang, ApplicationEventPublisher gebeurtenissen,
            Maandoverzicht maandoverzichten) {
        this.maandoverzichten = maandoverzichten;
        this.herinneringen = herinneringen;
        this.opslag = opslag;
        this.contacten = contacten;
        this.gebied = gebied;
        this.post = post;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** May this account see the province's reminders? (for the province page's link, no exception) */
    public static boolean magInzien(Gebruiker g, String provincie) {
        return Toegang.magProvincieToezien(g, provincie);
    }

    @Transactional(readOnly = true)
    public Herinneringsinstelling instelling(Gebruiker g, String provincie) {
        toegang.provincieToezien(g, provincie);
        return instelling(provincie);
    }

    private Herinneringsinstelling instelling(String provincie) {
        String naam = gebied.provincie(provincie).map(p -> p.naam()).orElse(provincie);
        return opslag.instelling(provincie).map(i -> new Herinneringsinstelling(provincie, naam,
                i.dagenVoorPeildata(), false, i.versie(), i.gewijzigdOp(), i.gewijzigdDoor()))
                .orElse(new Herinneringsinstelling(provincie, naam, Peildatumherinnering.STANDAARD_DAGEN, true, 0,
                        null, null));
    }

    /** What was sent to the province's municipalities and what is due in the next {@link #DAGEN_VOORUIT} days. */
    @Transactional(readOnly = true)
    public Herinneringsoverzicht overzicht(Gebruiker g, String provincie) {
        toegang.provincieToezien(g, provincie);
        var vandaag = gebied.vandaag();
        List<HerinneringOpslag.Verzonden> rijen = opslag.vanProvincie(provincie, MAX_VERZONDEN);
        Map<Long, Bericht> stand = post.stand(rijen.stream().map(HerinneringOpslag.Verzonden::bericht).toList());
        Map<Long, ContactOpslag.Rij> contact = rijen.stream().map(HerinneringOpslag.Verzonden::contact).distinct()
                .map(contacten::lees).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(ContactOpslag.Rij::id, Function.identity()));
        List<Herinneringsoverzicht.Verzonden> verzonden = new ArrayList<>();
        for (HerinneringOpslag.Verzonden r : rijen) {
            Herinneringsoort soort = Herinneringsoort.valueOf(r.soort());
            Bericht b = stand.get(r.bericht());
            ContactOpslag.Rij c = contact.get(r.contact());
            verzonden.add(new Herinneringsoverzicht.Verzonden(r.id(), r.verzondenOp(), r.geplaatstOp(), r.gemeente(),
                    gebied.naam(r.gemeente()), c == null ? null : c.gegevens().naam(), r.aan(), soort,
                    Herinneringen.omschrijving(soort, r.onderwerp()), b == null ? null : b.status(),
                    b == null ? null : b.verzondenOp(), r.door()));
        }
        List<Herinneringsoverzicht.Verwacht> verwacht = herinneringen.verwacht(provincie, vandaag, DAGEN_VOORUIT)
                .stream().map(v -> new Herinneringsoverzicht.Verwacht(v.op(), v.gemeente().code(),
                        v.gemeente().naam(), v.soort(), v.onderwerp(), v.ontvangers())).toList();
        Herinneringsinstelling i = instelling(provincie);
        return new Herinneringsoverzicht(provincie, i.naam(), vandaag, DAGEN_VOORUIT, i, verzonden, verwacht);
    }

    /**
     * Sets the days before a peildatum at version {@code versie} (If-Match, or the request's {@code versie}): 400
     * naming every invalid field, 409 when it changed meanwhile.
     */
    @Transactional
    public Herinneringsinstelling wijzig(Gebruiker g, String provincie, Integer versie, HerinneringsinstellingVerzoek v,
            String client) {
        toegang.provincieToezien(g, provincie);
        HerinneringsinstellingVerzoek x = v == null ? new HerinneringsinstellingVerzoek(null, null) : v;
        Integer van = versie != null ? versie : x.versie();
        List<InvalidParam> fouten = new ArrayList<>();
        if (van == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie die u wijzigt (0 als er nog niets is "
                    + "ingesteld), of If-Match"));
        } else if (van < 0) {
            fouten.add(new InvalidParam("versie", "0 of hoger"));
        }
        fouten.addAll(controleer(x));
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De herinneringen zijn niet ingesteld.", fouten);
        }
        Herinneringsinstelling voor = instelling(provincie);
        if (van != voor.versie() || !opslag.wijzigInstelling(provincie, van, x.dagenVoorPeildata(), g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De instelling van de herinneringen is "
                    + "intussen gewijzigd (nu versie " + instelling(provincie).versie() + "); lees haar opnieuw.",
                    null);
        }
        Herinneringsinstelling na = instelling(provincie);
        gebeurtenissen.publishEvent(new HerinneringGebeurtenis.InstellingGewijzigd(provincie,
                voor.dagenVoorPeildata(), na.dagenVoorPeildata(), na.versie(), new Actor(g.actor(), client)));
        return na;
    }

    /** Every invalid field of the request (the version aside): also the page's check. */
    static List<InvalidParam> controleer(HerinneringsinstellingVerzoek x) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (x.dagenVoorPeildata() == null) {
            fouten.add(new InvalidParam("dagenVoorPeildata", "verplicht: een aantal dagen van "
                    + Peildatumherinnering.MIN_DAGEN + " tot en met " + Peildatumherinnering.MAX_DAGEN));
        } else if (x.dagenVoorPeildata() < Peildatumherinnering.MIN_DAGEN
                || x.dagenVoorPeildata() > Peildatumherinnering.MAX_DAGEN) {
            fouten.add(new InvalidParam("dagenVoorPeildata", Peildatumherinnering.MIN_DAGEN + " tot en met "
                    + Peildatumherinnering.MAX_DAGEN + " dagen"));
        }
        return fouten;
    }

    /**
     * Runs the daily job for the province now (what is due today and not yet sent): answers how many messages were
     * placed. Each placing is audited as the job's are, with the supervisor as its author.
     */
    public int nuVersturen(Gebruiker g, String provincie, String client) {
        toegang.provincieToezien(g, provincie);
        return herinneringen.verstuur(provincie, new Actor(g.actor(), client));
    }

    /**
     * Issue 19 §8: sends each municipality of the province its own row of COA's monthly overview of {@code maand}
     * (jjjj-mm; empty: the month the overview page opens with), once per month and contact; answers how many
     * messages were placed. 400 naming {@code maand} for one that is not a month.
     */
    public Maandverzending maandoverzichtVersturen(Gebruiker g, String provincie, String maand, String client) {
        toegang.provincieToezien(g, provincie);
        java.time.YearMonth m;
        if (maand == null || maand.isBlank()) {
            m = maandoverzichten.standaardMaand(g, provincie, gebied.vandaag());
        } else {
            try {
                m = java.time.YearMonth.parse(maand.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiException.invalid("Ongeldige maand.", List.of(new InvalidParam("maand",
                        "een maand als jjjj-mm, bijvoorbeeld 2022-05")));
            }
        }
        return new Maandverzending(m, herinneringen.maandoverzicht(provincie, m, new Actor(g.actor(), client)));
    }

    /** What a sending of the monthly overview did: the month and how many messages it placed. */
    public record Maandverzending(java.time.YearMonth maand, int geplaatst) {
    }
}
