package nl.woonregie.brieven;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import nl.woonregie.brieven.internal.BriefOpmaak;
import nl.woonregie.brieven.internal.BriefSamensteller;
import nl.woonregie.brieven.internal.Kenmerken;
import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The toezichtbrieven of a round. A letter of a VASTGESTELD round is generated once, with a kenmerk, and stored
 * (PDF/A, HTML, SHA-256); every later request returns exactly the stored document. A letter of a CONCEPT round is a
 * preview: marked CONCEPT, no kenmerk, nothing stored. Rendering happens outside database transactions.
 */
@Service
public class BriefService {

    private final RondeService rondes;
    private final ProvincieOverzicht overzichten;
    private final BeleidskaderRegister kaders;
    private final GebiedService gebied;
    private final BriefOpmaak opmaak;
    private final Kenmerken kenmerken;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher gebeurtenissen;

    /** Test hook: called before each letter is composed, with the municipality's code; may throw. */
    volatile Consumer<String> voorElkeBrief = gemeente -> { };

    BriefService(RondeService rondes, ProvincieOverzicht overzichten, BeleidskaderRegister kaders,
            GebiedService gebied, BriefOpmaak opmaak, Kenmerken kenmerken, JdbcClient jdbc, TransactionTemplate tx,
            ApplicationEventPublisher gebeurtenissen) {
        this.rondes = rondes;
        this.overzichten = overzichten;
        this.kaders = kaders;
        this.gebied = gebied;
        this.opmaak = opmaak;
        this.kenmerken = kenmerken;
        this.jdbc = jdbc;
        this.tx = tx;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** A round read once for all its letters: the round, its province overview, beleidskader and province name. */
    public record RondeGegevens(Ronde ronde, ProvincieOverzicht.Overzicht overzicht, Beleidskader kader,
            String provincieNaam, List<ProvincieOverzicht.Vergelijking> vergelijking) {

        public boolean vastgesteld() {
            return "VASTGESTELD".equals(ronde.status());
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

    /** The letter as PDF/A (and HTML): the stored one of a VASTGESTELD round (made and stored on first request). */
    public Brief pdf(long ronde, String gemeente, Gebruiker door, String client) {
        return brief(ronde(ronde), gemeente, door, client, true);
    }

    /** The letter's HTML; for a CONCEPT round without rendering a PDF. */
    public Brief html(long ronde, String gemeente, Gebruiker door, String client) {
        return brief(ronde(ronde), gemeente, door, client, false);
    }

    /** The letter of one municipality of an already read round (used for the ZIP of all letters). */
    public Brief brief(RondeGegevens r, String gemeente, Gebruiker door, String client, boolean pdf) {
        Ronde.GemeenteUitkomst g = r.ronde().gemeenten().stream().filter(x -> x.gemeente().equals(gemeente))
                .findFirst().orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " hoort niet bij "
                        + "beoordelingsronde " + r.ronde().id() + "."));
        if (g.beoordeling() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "Geen uitkomst", "Voor " + g.naam() + " is in ronde "
                    + r.ronde().id() + " geen uitkomst (er ontbreken cijfers); er is dus geen brief.", null);
        }
        if (!r.vastgesteld()) {
            voorElkeBrief.accept(gemeente);
            LocalDate vandaag = gebied.vandaag();
            String html = opmaak.html(BriefSamensteller.stel(new BriefSamensteller.Gegevens(r.ronde(), g,
                    r.overzicht(), r.kader(), r.provincieNaam(), null, vandaag, true, r.vergelijking())));
            byte[] bytes = pdf ? PdfADocument.render(html) : null;
            return new Brief(r.ronde().id(), gemeente, g.naam(), null, vandaag, true,
                    bytes == null ? null : sha256(bytes), bytes, html);
        }
        Optional<Brief> opgeslagen = opgeslagen(r.ronde(), g);
        if (opgeslagen.isPresent()) {
            return opgeslagen.get();
        }
        voorElkeBrief.accept(gemeente);
        LocalDate datum = r.ronde().vastgesteldOp().atZoneSameInstant(GebiedService.TIJDZONE).toLocalDate();
        String kenmerk = kenmerken.reserveer(r.ronde().provincie(), r.ronde().id(), r.ronde().versie(), gemeente,
                datum, door.actor());
        String html = opmaak.html(BriefSamensteller.stel(new BriefSamensteller.Gegevens(r.ronde(), g, r.overzicht(),
                r.kader(), r.provincieNaam(), kenmerk, datum, false, r.vergelijking())));
        byte[] bytes = PdfADocument.render(html);
        String sha = sha256(bytes);
        try {
            tx.executeWithoutResult(s -> {
                jdbc.sql("""
                        insert into brief (ronde_id, ronde_versie, gemeente_code, kenmerk, datum, sha256, pdf, html,
                            gegenereerd_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(r.ronde().id(), r.ronde().versie(), gemeente, kenmerk, datum, sha, bytes, html,
                                door.actor()).update();
                gebeurtenissen.publishEvent(new BriefGebeurtenis.Vastgelegd(r.ronde().id(), gemeente, kenmerk, datum,
                        sha, r.ronde().versie(), bytes.length, new Actor(door.actor(), client)));
            });
        } catch (DuplicateKeyException e) {
            // another request stored the same letter first: that one is the frozen letter
            return opgeslagen(r.ronde(), g).orElseThrow(() -> e);
        }
        return new Brief(r.ronde().id(), gemeente, g.naam(), kenmerk, datum, false, sha, bytes, html);
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
                r.kader(), r.provincieNaam(), kenmerk, datum, kenmerk == null, r.vergelijking())));
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

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
