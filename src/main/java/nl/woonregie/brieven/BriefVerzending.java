package nl.woonregie.brieven;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.woonregie.brieven.internal.DownloadOpslag;
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
 * decisions (Awb 2:14) the letter goes through the outbox ({@link Post}) with a Dutch cover e-mail
 * ({@code templates/post/brief-verzending}), as the province set it at that moment ({@link Verzendinstellingen}, ADR
 * 0055): the PDF/A attached, or a secure download link ({@link Downloadlinks}); the letter itself is never changed. To
 * anyone else it goes by post: the sending records "per post" and the page lists the post to print. Each letter goes
 * to each addressee once: a second call sends only what was not sent yet (a new addressee, one who has an address now),
 * failed after the outbox's last attempt, or went as a link that expired unused; what is in the queue or sent is never
 * placed again. Retrying a failed attempt is the outbox's own.
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
    private final Verzendinstellingen instellingen;
    private final Downloadlinks links;
    private final DownloadOpslag downloads;

    BriefVerzending(RondeService rondes, Contacten contacten, VerzendOpslag opslag, Post post, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen, LeesOpslag lezingen, Verzendinstellingen instellingen,
            Downloadlinks links, DownloadOpslag downloads) {
        this.rondes = rondes;
        this.contacten = contacten;
        this.opslag = opslag;
        this.post = post;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
        this.lezingen = lezingen;
        this.instellingen = instellingen;
        this.links = links;
        this.downloads = downloads;
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
        Map<Long, DownloadOpslag.Stand> linkstand = downloads.stand(rijen.stream().map(VerzendOpslag.Rij::id).toList());
        Verzendinstelling instelling = instellingen.huidige(ronde.provincie());
        String provincieNaam = gebied.provincie(ronde.provincie()).map(Provincie::naam).orElse(ronde.provincie());
        Map<String, String> namen = namen(ronde);
        for (VerzendOpslag.Opgeslagen brief : opslag.brieven(rondeId, ronde.versie())) {
            String gemeenteNaam = namen.getOrDefault(brief.gemeente(), brief.gemeente());
            Map<Long, VerzendOpslag.Rij> vanBrief = new HashMap<>();
            rijen.stream().filter(r -> r.gemeente().equals(brief.gemeente())).forEach(r -> vanBrief.put(r.contact(), r));
            Stuk stuk = rondebrief(ronde, brief, provincieNaam, gemeenteNaam);
            for (Geplaatst p : plaatsBijGeadresseerden(stuk, contacten.geadresseerden(brief.gemeente()), vanBrief,
                    berichten, linkstand, instelling,
                    (c, adres, wijze, vorm, bericht) -> opslag.nieuw(rondeId, ronde.versie(), brief.gemeente(),
                            brief.kenmerk(), c.id(), c.versie(), c.gegevens().naam(), c.gegevens().rol(), adres,
                            wijze, vorm, bericht, door.actor()), actor)) {
                gebeurtenissen.publishEvent(new BriefGebeurtenis.Verzending(rondeId, brief.gemeente(),
                        brief.kenmerk(), p.contact(), p.wijze(), p.vorm(), p.bericht(), p.plaatsing(), actor));
            }
        }
        return stand(ronde);
    }

    /**
     * Whether a sending that exists is made again: a failed e-mail (after the outbox's last attempt), an addressee who
     * had no address and has one now, or a download link that expired without a download or was withdrawn (a new link,
     * ADR 0055). What is queued, sent (and downloaded or still valid) or on the post list is never sent again.
     */
    private boolean opnieuwTeVerzenden(VerzendOpslag.Rij rij, Map<Long, Bericht> berichten,
            Map<Long, DownloadOpslag.Stand> linkstand, Verzendwijze nu) {
        if (rij.wijze() == Verzendwijze.ONBEKEND) {
            return nu != Verzendwijze.ONBEKEND;
        }
        if (rij.wijze() == Verzendwijze.ELEKTRONISCH) {
            Bericht b = berichten.get(rij.postBericht());
            return b != null && (b.status() == Poststatus.MISLUKT
                    || linkVerlopen(rij, b, linkstand.get(rij.id()), gebied.vandaag())
                    || linkIngetrokken(rij, b, linkstand.get(rij.id())));
        }
        return false;
    }

    /** An e-mail with a download link that was sent and whose latest link the province withdrew (a new link). */
    private static boolean linkIngetrokken(VerzendOpslag.Rij rij, Bericht b, DownloadOpslag.Stand link) {
        return rij.vorm() == Verzendvorm.DOWNLOADLINK && b.status() == Poststatus.VERZONDEN && link != null
                && link.ingetrokkenOp() != null;
    }

    /** An e-mail with a download link that was sent, whose link expired and was never used. */
    private static boolean linkVerlopen(VerzendOpslag.Rij rij, Bericht b, DownloadOpslag.Stand link,
            java.time.LocalDate vandaag) {
        return rij.vorm() == Verzendvorm.DOWNLOADLINK && b.status() == Poststatus.VERZONDEN && link != null
                && link.gedownloadOp() == null && link.geldigTot().isBefore(vandaag);
    }

    /**
     * What goes to a municipality's addressees: a round's frozen letter or a decided besluit of the interventieladder
     * (issue 19 §3), with the cover e-mail's subject, template and data (the salutation is added per addressee).
     */
    record Stuk(String gemeente, String kenmerk, String bestand, byte[] pdf, String onderwerp, String sjabloon,
            Map<String, Object> gegevens) {
    }

    /** A new sending stored for an addressee who had none; answers its id. */
    @FunctionalInterface
    interface NieuweVerzending {
        long leg(Contact c, String adres, Verzendwijze wijze, Verzendvorm vorm, Long bericht);
    }

    /** A placing made: to whom, which way (for an e-mail: attached or as a link), which outbox message, the how-manieth. */
    record Geplaatst(long contact, Verzendwijze wijze, Verzendvorm vorm, Long bericht, int plaatsing) {
    }

    /**
     * Sends the piece to every addressee in {@code aan} (for a round's letter and a besluit the municipality's
     * {@link Contacten#geadresseerden}; for a vooraankondiging also the griffie, as copy to the council) that has no
     * sending yet, or whose sending is to be made again ({@link #opnieuwTeVerzenden}): by e-mail through the outbox —
     * with the PDF/A attached or with a new download link, as the province's setting says now — else by post, else
     * recorded without an address. {@code bestaand}: the sendings of this piece by contact. The one sender of letters
     * and besluiten.
     */
    private List<Geplaatst> plaatsBijGeadresseerden(Stuk stuk, List<Contact> aan,
            Map<Long, VerzendOpslag.Rij> bestaand, Map<Long, Bericht> berichten,
            Map<Long, DownloadOpslag.Stand> linkstand, Verzendinstelling instelling, NieuweVerzending nieuw,
            Actor actor) {
        List<Geplaatst> geplaatst = new ArrayList<>();
        for (Contact c : aan) {
            VerzendOpslag.Rij rij = bestaand.get(c.id());
            Verzendwijze wijze = c.verzendwijze();
            if (rij != null && !opnieuwTeVerzenden(rij, berichten, linkstand, wijze)) {
                continue;
            }
            Verzendvorm vorm = wijze == Verzendwijze.ELEKTRONISCH ? instelling.verzendvorm() : null;
            Downloadlinks.NieuweLink link = vorm == Verzendvorm.DOWNLOADLINK
                    ? links.nieuw(instelling.geldigheidDagen()) : null;
            Long bericht = wijze == Verzendwijze.ELEKTRONISCH ? plaats(stuk, c, link, actor) : null;
            String adres = wijze == Verzendwijze.ELEKTRONISCH ? c.gegevens().email()
                    : wijze == Verzendwijze.POST ? c.gegevens().postadres() : null;
            int plaatsing;
            long id;
            if (rij == null) {
                id = nieuw.leg(c, adres, wijze, vorm, bericht);
                plaatsing = 1;
            } else {
                id = rij.id();
                opslag.opnieuw(rij.id(), c.versie(), c.gegevens().naam(), adres, wijze, vorm, bericht);
                plaatsing = rij.plaatsingen() + 1;
            }
            if (link != null) {
                links.bewaar(id, link);
            }
            geplaatst.add(new Geplaatst(c.id(), wijze, vorm, bericht, plaatsing));
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

    /**
     * Places the cover e-mail to the contact: with the PDF/A attached, or ({@code link} not null) with the download
     * link, the last day it works and that the letter is also in the municipality's portal, and no attachment.
     */
    private long plaats(Stuk stuk, Contact c, Downloadlinks.NieuweLink link, Actor door) {
        boolean college = c.gegevens().rol() == Contactrol.COLLEGE;
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("aanhef", college ? "Geacht college" : "Geachte " + c.gegevens().naam());
        gegevens.putAll(stuk.gegevens());
        if (link != null) {
            gegevens.put("link", link.url());
            gegevens.put("geldigTot", NlFormaat.datum(link.geldigTot()));
            return post.plaats(c.gegevens().email(), stuk.onderwerp(), stuk.sjabloon(), gegevens, List.of(), door);
        }
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
        Map<Long, DownloadOpslag.Stand> linkstand = downloads.stand(rijen.stream().map(VerzendOpslag.Rij::id).toList());
        Verzendinstelling instelling = instellingen.huidige(gebied.provincieVan(stuk.gemeente()).orElseThrow());
        return plaatsBijGeadresseerden(stuk, aan, perContact, berichten, linkstand, instelling,
                (c, adres, wijze, vorm, bericht) -> opslag.nieuwVoorBesluit(besluit, stuk.gemeente(), stuk.kenmerk(),
                        c.id(), c.versie(), c.gegevens().naam(), c.gegevens().rol(), adres, wijze, vorm, bericht,
                        door), actor);
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
        Map<Long, DownloadOpslag.Stand> linkstand = downloads.stand(rijen.stream().map(VerzendOpslag.Rij::id).toList());
        List<Verzendstand.Geadresseerde> lijst = new ArrayList<>();
        java.util.Set<Long> gehad = new java.util.HashSet<>();
        for (VerzendOpslag.Rij r : rijen) {
            lijst.add(geadresseerde(r, berichten.get(r.postBericht()), linkstand.get(r.id())));
            gehad.add(r.contact());
        }
        for (Contact c : aan) {
            if (!gehad.contains(c.id())) {
                lijst.add(new Verzendstand.Geadresseerde(c.id(), c.gegevens().naam(), c.gegevens().rol(),
                        c.verzendwijze(), null, null, Verzendstatus.NIET_VERZONDEN, null, null, null, null, null, null,
                        null, null, null, null));
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
        Map<Long, DownloadOpslag.Stand> linkstand = downloads.stand(rijen.stream().map(VerzendOpslag.Rij::id).toList());
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
                lijst.add(geadresseerde(r, berichten.get(r.postBericht()), linkstand.get(r.id())));
            }
            for (Contact c : contacten.geadresseerden(brief.gemeente())) {
                if (!perContact.containsKey(c.id())) {
                    lijst.add(new Verzendstand.Geadresseerde(c.id(), c.gegevens().naam(), c.gegevens().rol(),
                            c.verzendwijze(), null, null, Verzendstatus.NIET_VERZONDEN, null, null, null, null, null, null,
                        null, null, null, null));
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
        return new Verzendstand(ronde.id(), ronde.provincie(), ronde.versie(), ronde.peildatum(), ronde.vastgesteld(),
                instellingen.huidige(ronde.provincie()).verzendvorm(), aantallen, List.copyOf(gemeenten));
    }

    private Verzendstand.Geadresseerde geadresseerde(VerzendOpslag.Rij r, Bericht b, DownloadOpslag.Stand link) {
        Verzendstatus status = switch (r.wijze()) {
            case POST -> Verzendstatus.PER_POST;
            case ONBEKEND -> Verzendstatus.GEEN_ADRES;
            case ELEKTRONISCH -> b == null ? Verzendstatus.IN_WACHTRIJ : switch (b.status()) {
                case VERZONDEN -> linkIngetrokken(r, b, link) ? Verzendstatus.LINK_INGETROKKEN
                        : linkVerlopen(r, b, link, gebied.vandaag()) ? Verzendstatus.LINK_VERLOPEN
                        : Verzendstatus.VERZONDEN;
                case MISLUKT -> Verzendstatus.MISLUKT;
                case NIET_VERZONDEN -> Verzendstatus.IN_WACHTRIJ;
            };
        };
        return new Verzendstand.Geadresseerde(r.contact(), r.naam(), r.rol(), r.wijze(), r.vorm(), r.adres(), status,
                r.laatstOp(), b == null ? null : b.verzondenOp(), b == null ? null : b.pogingen(), r.plaatsingen(),
                b == null ? null : b.laatsteFout(), link == null ? null : link.geldigTot(),
                link == null ? null : link.gedownloadOp(), link == null ? null : link.downloads(), r.id(),
                link == null ? null : link.ingetrokkenOp());
    }

    private static Map<String, String> namen(Ronde ronde) {
        Map<String, String> m = new HashMap<>();
        ronde.gemeenten().forEach(g -> m.put(g.gemeente(), g.naam()));
        return m;
    }
}
