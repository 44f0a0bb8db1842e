package nl.woonregie.brieven;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.woonregie.brieven.internal.LeesOpslag;
import nl.woonregie.brieven.internal.VerzendOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.Bericht;
import nl.woonregie.platform.post.Post;
import nl.woonregie.platform.post.Poststatus;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the frozen letters of a vastgestelde round to each municipality's addressees (issue 19 §2, ADR 0048): the
 * active bestuurlijke contacts of the register ({@link Contacten#geadresseerden}). To whom has accepted electronic
 * decisions (Awb 2:14) the letter goes through the outbox ({@link Post}) as PDF/A attached to a Dutch cover e-mail
 * ({@code templates/post/brief-verzending}); the letter itself is never changed. To anyone else it goes by post: the
 * sending records "per post" and the page lists the post to print. Each letter goes to each addressee once: a second
 * call sends only what was not sent yet (a new addressee, one who has an address now) or failed after the outbox's last
 * attempt; what is in the queue or sent is never placed again. Retrying a failed attempt is the outbox's own.
 */
@Service
public class BriefVerzending {

    static final String SJABLOON = "brief-verzending";

    private final RondeService rondes;
    private final Contacten contacten;
    private final VerzendOpslag opslag;
    private final Post post;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;
    private final LeesOpslag lezingen;

    BriefVerzending(RondeService rondes, Contacten contacten, VerzendOpslag opslag, Post post, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen, LeesOpslag lezingen) {
        this.rondes = rondes;
        this.contacten = contacten;
        this.opslag = opslag;
        this.post = post;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
        this.lezingen = lezingen;
    }

    /**
     * Sends what is not sent yet of the round's letters (TOEZICHTHOUDER of the province, BEHEERDER): 409 when the round
     * is not vastgesteld. Returns the state afterwards.
     */
    @Transactional
    public Verzendstand verzend(long rondeId, Gebruiker door, String client) {
        rondes.vereisToezien(rondeId, door);
        opslag.vergrendel(rondeId);
        Ronde ronde = rondes.lees(rondeId, g -> true);
        if (!ronde.vastgesteld()) {
            throw new ApiException(HttpStatus.CONFLICT, "Ronde niet vastgesteld", "Beoordelingsronde " + rondeId
                    + " is nog niet vastgesteld; de brieven worden pas na het vaststellen verzonden.", null);
        }
        Actor actor = new Actor(door.actor(), client);
        List<VerzendOpslag.Rij> rijen = opslag.vanRonde(rondeId, ronde.versie());
        Map<Long, Bericht> berichten = post.stand(rijen.stream().map(VerzendOpslag.Rij::postBericht)
                .filter(Objects::nonNull).toList());
        String provincieNaam = gebied.provincie(ronde.provincie()).map(Provincie::naam).orElse(ronde.provincie());
        Map<String, String> namen = namen(ronde);
        for (VerzendOpslag.Opgeslagen brief : opslag.brieven(rondeId, ronde.versie())) {
            String gemeenteNaam = namen.getOrDefault(brief.gemeente(), brief.gemeente());
            Map<Long, VerzendOpslag.Rij> vanBrief = new HashMap<>();
            rijen.stream().filter(r -> r.gemeente().equals(brief.gemeente())).forEach(r -> vanBrief.put(r.contact(), r));
            Stuk stuk = rondebrief(ronde, brief, provincieNaam, gemeenteNaam);
            for (Geplaatst p : plaatsBijGeadresseerden(stuk, contacten.geadresseerden(brief.gemeente()), vanBrief,
                    berichten,
                    (c, adres, wijze, bericht) -> opslag.nieuw(rondeId, ronde.versie(), brief.gemeente(),
                            brief.kenmerk(), c.id(), c.versie(), c.gegevens().naam(), c.gegevens().rol(), adres,
                            wijze, bericht, door.actor()), actor)) {
                gebeurtenissen.publishEvent(new BriefGebeurtenis.Verzending(rondeId, brief.gemeente(),
                        brief.kenmerk(), p.contact(), p.wijze(), p.bericht(), p.plaatsing(), actor));
            }
        }
        return stand(ronde);
    }

    /**
     * Whether a sending that exists is made again: a failed e-mail (after the outbox's last attempt), or an addressee
     * who had no address and has one now. What is queued, sent or on the post list is never sent again.
     */
    private static boolean opnieuwTeVerzenden(VerzendOpslag.Rij rij, Map<Long, Bericht> berichten,
            Verzendwijze nu) {
        if (rij.wijze() == Verzendwijze.ONBEKEND) {
            return nu != Verzendwijze.ONBEKEND;
        }
        if (rij.wijze() == Verzendwijze.ELEKTRONISCH) {
            Bericht b = berichten.get(rij.postBericht());
            return b != null && b.status() == Poststatus.MISLUKT;
        }
        return false;
    }

    /**
     * What goes to a municipality's addressees: a round's frozen letter or a decided besluit of the interventieladder
     * (issue 19 §3), with the cover e-mail's subject, template and data (the salutation is added per addressee).
     */
    record Stuk(String gemeente, String kenmerk, String bestand, byte[] pdf, String onderwerp, String sjabloon,
            Map<String, Object> gegevens) {
    }

    /** A new sending stored for an addressee who had none. */
    @FunctionalInterface
    interface NieuweVerzending {
        void leg(Contact c, String adres, Verzendwijze wijze, Long bericht);
    }

    /** A placing made: to whom, which way, which outbox message, the how-manieth. */
    record Geplaatst(long contact, Verzendwijze wijze, Long bericht, int plaatsing) {
    }

    /**
     * Sends the piece to every addressee in {@code aan} (for a round's letter and a besluit the municipality's
     * {@link Contacten#geadresseerden}; for a vooraankondiging also the griffie, as copy to the council) that has no sending
     * yet, or whose sending is to be made again ({@link #opnieuwTeVerzenden}): by e-mail through the outbox with the
     * PDF/A attached, else by post, else recorded without an address. {@code bestaand}: the sendings of this piece by
     * contact. The one sender of letters and besluiten.
     */
    private List<Geplaatst> plaatsBijGeadresseerden(Stuk stuk, List<Contact> aan,
            Map<Long, VerzendOpslag.Rij> bestaand, Map<Long, Bericht> berichten, NieuweVerzending nieuw,
            Actor actor) {
        List<Geplaatst> geplaatst = new ArrayList<>();
        for (Contact c : aan) {
            VerzendOpslag.Rij rij = bestaand.get(c.id());
            Verzendwijze wijze = c.verzendwijze();
            if (rij != null && !opnieuwTeVerzenden(rij, berichten, wijze)) {
                continue;
            }
            Long bericht = wijze == Verzendwijze.ELEKTRONISCH ? plaats(stuk, c, actor) : null;
            String adres = wijze == Verzendwijze.ELEKTRONISCH ? c.gegevens().email()
                    : wijze == Verzendwijze.POST ? c.gegevens().postadres() : null;
            int plaatsing;
            if (rij == null) {
                nieuw.leg(c, adres, wijze, bericht);
                plaatsing = 1;
            } else {
                opslag.opnieuw(rij.id(), c.versie(), c.gegevens().naam(), adres, wijze, bericht);
                plaatsing = rij.plaatsingen() + 1;
            }
            geplaatst.add(new Geplaatst(c.id(), wijze, bericht, plaatsing));
        }
        return geplaatst;
    }

    private Stuk rondebrief(Ronde ronde, VerzendOpslag.Opgeslagen brief, String provincieNaam, String gemeenteNaam) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("provincie", provincieNaam);
        gegevens.put("gemeente", gemeenteNaam);
        gegevens.put("kenmerk", brief.kenmerk());
        gegevens.put("briefdatum", NlFormaat.datum(brief.datum()));
        gegevens.put("peildatum", NlFormaat.datum(ronde.peildatum()));
        String bestand = bestandsnaam(brief.gemeente(), gemeenteNaam);
        gegevens.put("bestand", bestand);
        String onderwerp = "Brief van Gedeputeerde Staten van " + provincieNaam + " aan " + gemeenteNaam
                + ": huisvesting vergunninghouders per " + NlFormaat.datum(ronde.peildatum()) + " (kenmerk "
                + brief.kenmerk() + ")";
        return new Stuk(brief.gemeente(), brief.kenmerk(), bestand, brief.pdf(), onderwerp, SJABLOON, gegevens);
    }

    private long plaats(Stuk stuk, Contact c, Actor door) {
        boolean college = c.gegevens().rol() == Contactrol.COLLEGE;
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("aanhef", college ? "Geacht college" : "Geachte " + c.gegevens().naam());
        gegevens.putAll(stuk.gegevens());
        return post.plaats(c.gegevens().email(), stuk.onderwerp(), stuk.sjabloon(), gegevens,
                List.of(new Post.Bijlage(stuk.bestand(), "application/pdf", stuk.pdf())), door);
    }

    /**
     * Sends a decided besluit of the interventieladder (issue 19 §3, ADR 0052, 0054) to the addressees {@code aan}
     * (the municipality's; for a vooraankondiging with the griffie), each once, the same way and by the same rules as a round's letters. The caller ({@link Indeplaatsstellingen}) checked
     * the right to send and that the besluit is decided, inside its transaction; one sending of a besluit at a time.
     */
    List<Geplaatst> verzendBesluit(long besluit, Stuk stuk, List<Contact> aan, String door, Actor actor) {
        opslag.vergrendelBesluit(besluit);
        List<VerzendOpslag.Rij> rijen = opslag.vanBesluit(besluit);
        Map<Long, VerzendOpslag.Rij> perContact = new HashMap<>();
        rijen.forEach(r -> perContact.put(r.contact(), r));
        Map<Long, Bericht> berichten = post.stand(rijen.stream().map(VerzendOpslag.Rij::postBericht)
                .filter(Objects::nonNull).toList());
        return plaatsBijGeadresseerden(stuk, aan, perContact, berichten,
                (c, adres, wijze, bericht) -> opslag.nieuwVoorBesluit(besluit, stuk.gemeente(), stuk.kenmerk(),
                        c.id(), c.versie(), c.gegevens().naam(), c.gegevens().rol(), adres, wijze, bericht, door),
                actor);
    }

    /** Whether a decided besluit of the interventieladder was sent (placed for any addressee): then its municipality reads it. */
    boolean besluitVerzonden(long besluit) {
        return !opslag.vanBesluit(besluit).isEmpty();
    }

    /** The state of a besluit's sending per addressee: those sent to, then the addressees not sent to yet. */
    List<Verzendstand.Geadresseerde> besluitStand(long besluit, List<Contact> aan) {
        List<VerzendOpslag.Rij> rijen = opslag.vanBesluit(besluit);
        Map<Long, Bericht> berichten = post.stand(rijen.stream().map(VerzendOpslag.Rij::postBericht)
                .filter(Objects::nonNull).toList());
        List<Verzendstand.Geadresseerde> lijst = new ArrayList<>();
        java.util.Set<Long> gehad = new java.util.HashSet<>();
        for (VerzendOpslag.Rij r : rijen) {
            lijst.add(geadresseerde(r, berichten.get(r.postBericht())));
            gehad.add(r.contact());
        }
        for (Contact c : aan) {
            if (!gehad.contains(c.id())) {
                lijst.add(new Verzendstand.Geadresseerde(c.id(), c.gegevens().naam(), c.gegevens().rol(),
                        c.verzendwijze(), null, Verzendstatus.NIET_VERZONDEN, null, null, null, null, null));
            }
        }
        return List.copyOf(lijst);
    }

    private static String bestandsnaam(String gemeente, String naam) {
        return new Brief(0, gemeente, naam, null, null, false, null, null, null).bestandsnaam();
    }

    /**
     * Whether the round's letter (at this version) to the municipality was sent — placed in the outbox or put on the
     * post list for any of its addressees: from then on the municipality sees it in its portal, not before.
     */
    public boolean verzonden(long ronde, int versie, String gemeente) {
        return opslag.verzonden(ronde, versie, gemeente);
    }

    /**
     * Records that a municipality's account opened (or downloaded) its sent letter: a row in the read log (who, role,
     * when, from which address, which letter and as what), never a change of the letter.
     */
    @Transactional
    public void gelezen(Brief brief, int rondeVersie, Gebruiker door, String rol, String soort, String adres) {
        lezingen.gelezen(brief.ronde(), rondeVersie, brief.gemeente(), brief.kenmerk(), soort, door.actor(), rol,
                adres);
    }

    /** The state of the sending of the round's letters (TOEZICHTHOUDER of the province, BEHEERDER); only reads. */
    @Transactional(readOnly = true)
    public Verzendstand stand(long rondeId, Gebruiker door) {
        rondes.vereisToezien(rondeId, door);
        return stand(rondes.lees(rondeId, g -> true));
    }

    private Verzendstand stand(Ronde ronde) {
        List<VerzendOpslag.Rij> rijen = ronde.vastgesteld() ? opslag.vanRonde(ronde.id(), ronde.versie()) : List.of();
        Map<Long, Bericht> berichten = post.stand(rijen.stream().map(VerzendOpslag.Rij::postBericht)
                .filter(Objects::nonNull).toList());
        Map<String, String> namen = namen(ronde);
        Map<Verzendstatus, Integer> aantallen = new EnumMap<>(Verzendstatus.class);
        List<Verzendstand.Gemeente> gemeenten = new ArrayList<>();
        List<VerzendOpslag.Opgeslagen> brieven = ronde.vastgesteld() ? opslag.brieven(ronde.id(), ronde.versie())
                : List.of();
        Map<String, OffsetDateTime> geopend = ronde.vastgesteld() ? lezingen.eersteLezing(ronde.id(), ronde.versie())
                : Map.of();
        for (VerzendOpslag.Opgeslagen brief : brieven) {
            List<Verzendstand.Geadresseerde> lijst = new ArrayList<>();
            Map<Long, VerzendOpslag.Rij> perContact = new LinkedHashMap<>();
            rijen.stream().filter(r -> r.gemeente().equals(brief.gemeente())).forEach(r -> perContact.put(r.contact(), r));
            for (VerzendOpslag.Rij r : perContact.values()) {
                lijst.add(geadresseerde(r, berichten.get(r.postBericht())));
            }
            for (Contact c : contacten.geadresseerden(brief.gemeente())) {
                if (!perContact.containsKey(c.id())) {
                    lijst.add(new Verzendstand.Geadresseerde(c.id(), c.gegevens().naam(), c.gegevens().rol(),
                            c.verzendwijze(), null, Verzendstatus.NIET_VERZONDEN, null, null, null, null, null));
                }
            }
            lijst.forEach(a -> aantallen.merge(a.status(), 1, Integer::sum));
            String naam = namen.getOrDefault(brief.gemeente(), brief.gemeente());
            gemeenten.add(new Verzendstand.Gemeente(brief.gemeente(), naam, brief.kenmerk(), brief.datum(),
                    lijst.isEmpty() ? "Geen bestuurlijke contacten in het contactregister van " + naam
                            + ": voeg de geadresseerden toe en verzend opnieuw." : null,
                    List.copyOf(lijst), geopend.get(brief.gemeente())));
        }
        gemeenten.sort(java.util.Comparator.comparing(Verzendstand.Gemeente::naam));
        return new Verzendstand(ronde.id(), ronde.versie(), ronde.peildatum(), ronde.vastgesteld(), aantallen,
                List.copyOf(gemeenten));
    }

    private static Verzendstand.Geadresseerde geadresseerde(VerzendOpslag.Rij r, Bericht b) {
        Verzendstatus status = switch (r.wijze()) {
            case POST -> Verzendstatus.PER_POST;
            case ONBEKEND -> Verzendstatus.GEEN_ADRES;
            case ELEKTRONISCH -> b == null ? Verzendstatus.IN_WACHTRIJ : switch (b.status()) {
                case VERZONDEN -> Verzendstatus.VERZONDEN;
                case MISLUKT -> Verzendstatus.MISLUKT;
                case NIET_VERZONDEN -> Verzendstatus.IN_WACHTRIJ;
            };
        };
        return new Verzendstand.Geadresseerde(r.contact(), r.naam(), r.rol(), r.wijze(), r.adres(), status,
                r.laatstOp(), b == null ? null : b.verzondenOp(), b == null ? null : b.pogingen(), r.plaatsingen(),
                b == null ? null : b.laatsteFout());
    }

    private static Map<String, String> namen(Ronde ronde) {
        Map<String, String> m = new HashMap<>();
        ronde.gemeenten().forEach(g -> m.put(g.gemeente(), g.naam()));
        return m;
    }
}
