package nl.woonregie.brieven;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import nl.woonregie.brieven.internal.BriefOpmaak;
import nl.woonregie.brieven.internal.BriefSamensteller;
import nl.woonregie.brieven.internal.Kenmerken;
import nl.woonregie.brieven.internal.Werkers;
import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import nl.woonregie.verdeling.Herverdeling;
import nl.woonregie.verdeling.Herverdelingen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The toezichtbrieven of a round. The letters of a VASTGESTELD round are made once, when the round is vastgesteld
 * ({@link #legVast}, inside the vaststelling's transaction), each with a kenmerk, and stored (PDF/A, HTML,
 * SHA-256); reading a letter only ever returns the stored document and never makes one. A letter of a CONCEPT round
 * is a preview: marked CONCEPT, no kenmerk, nothing stored.
 */
@Service
public class BriefService {

    private static final Logger log = LoggerFactory.getLogger(BriefService.class);

    private final RondeService rondes;
    private final ProvincieOverzicht overzichten;
    private final BeleidskaderRegister kaders;
    private final GebiedService gebied;
    private final BriefOpmaak opmaak;
    private final Kenmerken kenmerken;
    private final Werkers werkers;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Herverdelingen herverdelingen;
    private final Briefinhouden inhoud;

    /** Test hook: called before each letter is composed, with the municipality's code; may throw. */
    volatile Consumer<String> voorElkeBrief = gemeente -> { };

    BriefService(RondeService rondes, ProvincieOverzicht overzichten, BeleidskaderRegister kaders,
            GebiedService gebied, BriefOpmaak opmaak, Kenmerken kenmerken, Werkers werkers, JdbcClient jdbc,
            TransactionTemplate tx, ApplicationEventPublisher gebeurtenissen, Herverdelingen herverdelingen,
            Briefinhouden inhoud) {
        this.rondes = rondes;
        this.overzichten = overzichten;
        this.kaders = kaders;
        this.gebied = gebied;
        this.opmaak = opmaak;
        this.kenmerken = kenmerken;
        this.werkers = werkers;
        this.jdbc = jdbc;
        this.tx = tx;
        this.gebeurtenissen = gebeurtenissen;
        this.herverdelingen = herverdelingen;
        this.inhoud = inhoud;
    }

    /** A round read once for all its letters: the round, its province overview, beleidskader and province name. */
    public record RondeGegevens(Ronde ronde, ProvincieOverzicht.Overzicht overzicht, Beleidskader kader,
            String provincieNaam, List<ProvincieOverzicht.Vergelijking> vergelijking) {

        public boolean vastgesteld() {
            return ronde.vastgesteld();
        }
    }

    /** Reads the round (404 problem when it does not exist). */
    public RondeGegevens ronde(long id) {
        Ronde ronde = rondes.lees(id, g -> true);
        Beleidskader kader = kaders.vind(ronde.beleidskader()).orElseThrow(() -> new IllegalStateException(
                "beleidskader " + ronde.beleidskader() + " van ronde " + id + " ontbreekt"));
        String naam = gebied.provincie(ronde.provincie()).map(Provincie::naam).orElse(ronde.provincie());
        return new RondeGegevens(ronde, overzichten.van(ronde.provincie(), ronde.peildatum(), null), kader, naam,
                overzichten.vergelijking(ronde.peildatum()));
    }

    /** The letter as PDF/A (and HTML): the stored one of a VASTGESTELD round, a preview of a CONCEPT round. */
    public Brief pdf(long ronde, String gemeente) {
        return brief(ronde(ronde), gemeente, true);
    }

    /** The letter's HTML; for a CONCEPT round without rendering a PDF. */
    public Brief html(long ronde, String gemeente) {
        return brief(ronde(ronde), gemeente, false);
    }

    /**
     * The letter of one municipality of an already read round (also for the ZIP of all letters): the stored letter
     * of a VASTGESTELD round — 409 when it has none, it is never made here — or a preview of a CONCEPT round.
     */
    public Brief brief(RondeGegevens r, String gemeente, boolean pdf) {
        Ronde.GemeenteUitkomst g = metUitkomst(r, gemeente);
        if (r.vastgesteld()) {
            return opgeslagen(r.ronde(), g).orElseThrow(() -> nietVastgelegd(r.ronde(), g));
        }
        voorElkeBrief.accept(gemeente);
        LocalDate vandaag = gebied.vandaag();
        String html = opmaak.html(BriefSamensteller.stel(new BriefSamensteller.Gegevens(r.ronde(), g,
                r.overzicht(), r.kader(), r.provincieNaam(), null, vandaag, true, r.vergelijking(),
                herverdelingen(r.ronde(), g), inhoud.aanvulling(r.ronde().id(), g.gemeente()))));
        byte[] bytes = pdf ? PdfADocument.render(html) : null;
        return new Brief(r.ronde().id(), gemeente, g.naam(), null, vandaag, true,
                bytes == null ? null : sha256(bytes), bytes, html);
    }

    /**
     * Makes and stores the letters of a VASTGESTELDE round that are not stored for its version yet — at its
     * vaststelling all of them ({@link BriefVastlegging}), for a round made final before letters were made at
     * vaststelling the missing ones — and returns them in the order of the round (by municipality name). Kenmerken
     * are taken in that order; the letter's date is the day of the vaststelling. Runs in the caller's transaction
     * (or its own): the kenmerken, letters and their audit entries commit with the vaststelling, and when one letter
     * cannot be made nothing is stored and the vaststelling fails. The letters are rendered on {@link Werkers}.
     */
    public List<Brief> legVast(long rondeId, Actor door) {
        long start = System.nanoTime();
        List<Brief> gemaakt = tx.execute(s -> {
            RondeGegevens r = ronde(rondeId);
            if (!r.vastgesteld()) {
                throw new ApiException(HttpStatus.CONFLICT, "Ronde niet vastgesteld", "Ronde " + rondeId
                        + " is nog niet vastgesteld; de brieven worden vastgelegd bij het vaststellen.", null);
            }
            kenmerken.vergrendel(r.ronde().provincie());
            Map<String, Brief> bestaand = new HashMap<>();
            opgeslagen(r.ronde()).forEach(b -> bestaand.put(b.gemeente(), b));
            List<Ronde.GemeenteUitkomst> nodig = r.ronde().gemeenten().stream()
                    .filter(g -> g.beoordeling() != null && !bestaand.containsKey(g.gemeente())).toList();
            if (nodig.isEmpty()) {
                return List.of();
            }
            LocalDate datum = r.ronde().vastgesteldOp().atZoneSameInstant(GebiedService.TIJDZONE).toLocalDate();
            List<String> nummers = new ArrayList<>();
            for (Ronde.GemeenteUitkomst g : nodig) {
                nummers.add(kenmerken.reserveer(r.ronde().provincie(), r.ronde().id(), r.ronde().versie(),
                        g.gemeente(), datum, door.naam()));
            }
            List<Future<Brief>> werk = new ArrayList<>();
            for (int i = 0; i < nodig.size(); i++) {
                Ronde.GemeenteUitkomst g = nodig.get(i);
                String kenmerk = nummers.get(i);
                werk.add(werkers.submit(() -> maak(r, g, kenmerk, datum)));
            }
            List<Brief> lijst = new ArrayList<>();
            for (int i = 0; i < werk.size(); i++) {
                Brief b = gemaakt(werk, i, nodig.get(i));
                jdbc.sql("""
                        insert into brief (ronde_id, ronde_versie, gemeente_code, kenmerk, datum, sha256, pdf, html,
                            gegenereerd_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(r.ronde().id(), r.ronde().versie(), b.gemeente(), b.kenmerk(), datum, b.sha256(),
                                b.pdf(), b.html(), door.naam()).update();
                gebeurtenissen.publishEvent(new BriefGebeurtenis.Vastgelegd(r.ronde().id(), b.gemeente(),
                        b.kenmerk(), datum, b.sha256(), r.ronde().versie(), b.pdf().length, door));
                lijst.add(b);
            }
            return List.copyOf(lijst);
        });
        if (!gemaakt.isEmpty()) {
            log.info("Ronde {}: {} brieven gemaakt en vastgelegd in {} ms", rondeId, gemaakt.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return gemaakt;
    }

    /**
     * Reserves the kenmerken of a round's letters at its vaststelling, inside the vaststelling's transaction: one for
     * every municipality with an outcome and no stored letter at this version, in the order of the round, after
     * locking the province's series — so kenmerken follow the order of vaststelling without gaps, and a vaststelling
     * that fails uses none. The letters are made afterwards with these kenmerken ({@link #maakGereserveerde}, a
     * background job). Returns how many letters the round gets. Only inside a transaction ({@link Kenmerken} refuses
     * otherwise; this class has no transactional proxy, so that the tests' hook {@link #voorElkeBrief} reaches it).
     */
    public int reserveer(long rondeId, Actor door) {
        Ronde ronde = rondes.lees(rondeId, g -> true);
        if (!ronde.vastgesteld()) {
            throw new IllegalStateException("ronde " + rondeId + " is niet vastgesteld");
        }
        inhoud.vergrendel(rondeId);
        kenmerken.vergrendel(ronde.provincie());
        Set<String> bestaand = new HashSet<>();
        opgeslagen(ronde).forEach(b -> bestaand.add(b.gemeente()));
        LocalDate datum = ronde.vastgesteldOp().atZoneSameInstant(GebiedService.TIJDZONE).toLocalDate();
        int aantal = 0;
        for (Ronde.GemeenteUitkomst g : ronde.gemeenten()) {
            if (g.beoordeling() != null && !bestaand.contains(g.gemeente())) {
                kenmerken.reserveer(ronde.provincie(), ronde.id(), ronde.versie(), g.gemeente(), datum, door.naam());
                aantal++;
            }
        }
        return aantal;
    }

    /** How far the making of a round's letters at a version is: stored letters of all with an outcome. */
    public record Stand(int vastgelegd, int totaal) {
    }

    /**
     * Makes and stores the letters of a vastgestelde round with the kenmerken reserved at its vaststelling: the
     * background job after the vaststelling's commit. Only what is missing is made (a job that is run again, after a
     * failure or after its instance died, continues where it stopped); each letter is stored in a transaction of its
     * own as soon as it is made, in the order of the round, so a letter is there for every instance at once. When the
     * round is no longer vastgesteld at this version (reopened meanwhile) there is nothing to do. When a letter cannot
     * be made the others are still stored and the job fails with the reason (to be tried again). Returns how many
     * letters this call stored (not those of an earlier run).
     */
    public int maakGereserveerde(long rondeId, int versie, Actor door, Melder melder) {
        long start = System.nanoTime();
        RondeGegevens r = ronde(rondeId);
        if (!r.vastgesteld() || r.ronde().versie() != versie) {
            log.info("Ronde {} is niet meer vastgesteld in versie {}: geen brieven te maken", rondeId, versie);
            return 0;
        }
        Map<String, String> gereserveerd = kenmerken.vanRonde(rondeId, versie);
        Set<String> bestaand = new HashSet<>();
        opgeslagen(r.ronde()).forEach(b -> bestaand.add(b.gemeente()));
        List<Ronde.GemeenteUitkomst> metUitkomst = r.ronde().gemeenten().stream()
                .filter(g -> g.beoordeling() != null).toList();
        List<Ronde.GemeenteUitkomst> nodig = metUitkomst.stream()
                .filter(g -> !bestaand.contains(g.gemeente()) && gereserveerd.containsKey(g.gemeente())).toList();
        int klaar = metUitkomst.size() - nodig.size();
        melder.voortgang(klaar, metUitkomst.size());
        LocalDate datum = r.ronde().vastgesteldOp().atZoneSameInstant(GebiedService.TIJDZONE).toLocalDate();
        List<Future<Brief>> werk = new ArrayList<>();
        for (Ronde.GemeenteUitkomst g : nodig) {
            String kenmerk = gereserveerd.get(g.gemeente());
            werk.add(werkers.submit(() -> maak(r, g, kenmerk, datum)));
        }
        List<String> mislukt = new ArrayList<>();
        int gemaakt = 0;
        for (int i = 0; i < werk.size(); i++) {
            Ronde.GemeenteUitkomst g = nodig.get(i);
            Brief b;
            try {
                b = werk.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                werk.forEach(f -> f.cancel(true));
                throw new IllegalStateException("onderbroken bij het maken van de brieven van ronde " + rondeId, e);
            } catch (ExecutionException e) {
                Throwable oorzaak = e.getCause() == null ? e : e.getCause();
                log.warn("Brief aan {} in ronde {} niet gemaakt", g.gemeente(), rondeId, oorzaak);
                mislukt.add(g.naam() + " (" + (oorzaak.getMessage() == null ? oorzaak.getClass().getSimpleName()
                        : oorzaak.getMessage()) + ")");
                continue;
            }
            Boolean nieuw = tx.execute(s -> {
                kenmerken.vergrendel(r.ronde().provincie());
                int rijen = jdbc.sql("""
                        insert into brief (ronde_id, ronde_versie, gemeente_code, kenmerk, datum, sha256, pdf, html,
                            gegenereerd_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                        .params(r.ronde().id(), versie, b.gemeente(), b.kenmerk(), datum, b.sha256(), b.pdf(),
                                b.html(), door.naam()).update();
                if (rijen == 1) {
                    gebeurtenissen.publishEvent(new BriefGebeurtenis.Vastgelegd(r.ronde().id(), b.gemeente(),
                            b.kenmerk(), datum, b.sha256(), versie, b.pdf().length, door));
                }
                return rijen == 1;
            });
            if (Boolean.TRUE.equals(nieuw)) {
                gemaakt++;
            }
            melder.voortgang(++klaar, metUitkomst.size());
        }
        log.info("Ronde {}: {} brieven gemaakt en vastgelegd in {} ms", rondeId, gemaakt,
                (System.nanoTime() - start) / 1_000_000);
        if (!mislukt.isEmpty()) {
            throw new IllegalStateException((mislukt.size() == 1 ? "De brief aan " : "De brieven aan ")
                    + String.join(", ", mislukt) + (mislukt.size() == 1 ? " kon" : " konden")
                    + " niet worden gemaakt; de andere zijn vastgelegd");
        }
        return gemaakt;
    }

    /** How many letters of the round are stored at its current version, of how many it has (with an outcome). */
    public Stand stand(long rondeId) {
        Ronde ronde = rondes.lees(rondeId, g -> true);
        return new Stand(opgeslagen(ronde).size(), (int) ronde.gemeenten().stream()
                .filter(g -> g.beoordeling() != null).count());
    }

    /**
     * The missing letters of a VASTGESTELDE round, made and stored on the explicit request of its supervisor or a
     * BEHEERDER (404, 403 otherwise; 409 for a CONCEPT round): for rounds made final before letters were made at
     * vaststelling. As {@link #legVast}.
     */
    public List<Brief> legOntbrekendeVast(long rondeId, Gebruiker door, String client) {
        rondes.vereisToezien(rondeId, door);
        return legVast(rondeId, new Actor(door.actor(), client));
    }

    /**
     * The letter's HTML as it is (or would be) frozen with this kenmerk and date; a preview (CONCEPT) when
     * {@code kenmerk} is null. Stores nothing and reserves no kenmerk.
     */
    public String html(RondeGegevens r, String gemeente, String kenmerk, LocalDate datum) {
        Ronde.GemeenteUitkomst g = r.ronde().gemeenten().stream().filter(x -> x.gemeente().equals(gemeente))
                .findFirst().orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " hoort niet bij "
                        + "beoordelingsronde " + r.ronde().id() + "."));
        return opmaak.html(BriefSamensteller.stel(new BriefSamensteller.Gegevens(r.ronde(), g, r.overzicht(),
                r.kader(), r.provincieNaam(), kenmerk, datum, kenmerk == null, r.vergelijking(),
                herverdelingen(r.ronde(), g), inhoud.aanvulling(r.ronde().id(), g.gemeente()))));
    }

    // ---------------------------------------------------------------------------------------------------------

    private Brief maak(RondeGegevens r, Ronde.GemeenteUitkomst g, String kenmerk, LocalDate datum) {
        voorElkeBrief.accept(g.gemeente());
        String html = opmaak.html(BriefSamensteller.stel(new BriefSamensteller.Gegevens(r.ronde(), g, r.overzicht(),
                r.kader(), r.provincieNaam(), kenmerk, datum, false, r.vergelijking(),
                herverdelingen(r.ronde(), g), inhoud.aanvulling(r.ronde().id(), g.gemeente()))));
        byte[] bytes = PdfADocument.render(html);
        return new Brief(r.ronde().id(), g.gemeente(), g.naam(), kenmerk, datum, false, sha256(bytes), bytes, html);
    }

    /**
     * The agreements (art. 29 lid 2, module verdeling) about the periods of the municipality's letter — the judged
     * period and, after an eindoordeel, the next — recorded before the round read its figures, so a letter made again
     * reads as the first time.
     */
    private List<Herverdeling> herverdelingen(Ronde ronde, Ronde.GemeenteUitkomst g) {
        BeoordelingRecord b = g.beoordeling();
        if (b == null) {
            return List.of();
        }
        List<String> perioden = new ArrayList<>(List.of(b.periode().code()));
        if (b instanceof BeoordelingRecord.Eindoordeel e && e.volgendePeriode() != null) {
            perioden.add(e.volgendePeriode().periode().code());
        }
        return herverdelingen.voorBrief(g.gemeente(), perioden, ronde.berekendOp());
    }

    /** The letter made by the i-th task; when it failed, the others are cancelled and nothing is stored. */
    private static Brief gemaakt(List<Future<Brief>> werk, int i, Ronde.GemeenteUitkomst g) {
        try {
            return werk.get(i).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            werk.forEach(f -> f.cancel(true));
            throw new IllegalStateException("onderbroken bij het maken van de brieven", e);
        } catch (ExecutionException e) {
            werk.forEach(f -> f.cancel(true));
            Throwable oorzaak = e.getCause() == null ? e : e.getCause();
            throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "Brief niet gemaakt", "De brief aan "
                    + g.naam() + " kon niet worden gemaakt (" + (oorzaak.getMessage() == null
                            ? oorzaak.getClass().getSimpleName() : oorzaak.getMessage()) + "); er is niets vastgelegd.",
                    null);
        }
    }

    private static Ronde.GemeenteUitkomst metUitkomst(RondeGegevens r, String gemeente) {
        Ronde.GemeenteUitkomst g = r.ronde().gemeenten().stream().filter(x -> x.gemeente().equals(gemeente))
                .findFirst().orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " hoort niet bij "
                        + "beoordelingsronde " + r.ronde().id() + "."));
        if (g.beoordeling() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "Geen uitkomst", "Voor " + g.naam() + " is in ronde "
                    + r.ronde().id() + " geen uitkomst (er ontbreken cijfers); er is dus geen brief.", null);
        }
        return g;
    }

    private static ApiException nietVastgelegd(Ronde ronde, Ronde.GemeenteUitkomst g) {
        return new ApiException(HttpStatus.CONFLICT, "Brief niet vastgelegd", "De brief aan " + g.naam()
                + " in ronde " + ronde.id() + " is niet vastgelegd: de ronde is vastgesteld voordat Woonregie de "
                + "brieven bij het vaststellen maakte. De toezichthouder of een beheerder legt de ontbrekende brieven "
                + "vast op de pagina van de ronde (of met POST /api/v1/beoordelingsrondes/" + ronde.id()
                + "/brieven); openen maakt geen brief.", null);
    }

    private Optional<Brief> opgeslagen(Ronde ronde, Ronde.GemeenteUitkomst g) {
        return jdbc.sql("""
                select kenmerk, datum, sha256, pdf, html from brief
                where ronde_id = ? and gemeente_code = ? and ronde_versie = ?""")
                .params(ronde.id(), g.gemeente(), ronde.versie())
                .query((rs, n) -> new Brief(ronde.id(), g.gemeente(), g.naam(), rs.getString(1),
                        rs.getObject(2, LocalDate.class), false, rs.getString(3), rs.getBytes(4), rs.getString(5)))
                .optional();
    }

    /** The stored letters of the round at its current version, without their documents. */
    private List<Brief> opgeslagen(Ronde ronde) {
        return jdbc.sql("""
                select gemeente_code, kenmerk, datum, sha256 from brief where ronde_id = ? and ronde_versie = ?""")
                .params(ronde.id(), ronde.versie())
                .query((rs, n) -> new Brief(ronde.id(), rs.getString(1), null, rs.getString(2),
                        rs.getObject(3, LocalDate.class), false, rs.getString(4), null, null))
                .list();
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
