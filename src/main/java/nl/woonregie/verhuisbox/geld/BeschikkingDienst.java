package nl.woonregie.verhuisbox.geld;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Beschikkingen;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.Geld.Verstrekkingstatus;
import nl.woonregie.verhuisbox.geld.internal.VerstrekkingRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The beschikking (decision letter) of an approved grant ({@link Beschikkingen}), PDF/A-2a in Dutch: made once from
 * the grant's own fixed fields (kenmerk, date, addressee, amount, vorm, legal ground, objection clause — nothing that
 * can change later) by a background job planned when the grant is approved ({@link BeschikkingMaken}), and stored with
 * its SHA-256; every later request returns the same bytes and reading never makes one (grants written in bulk get
 * theirs from {@link #planOntbrekende} or {@link #maakOntbrekende}). Template:
 * {@code templates/verhuisbox/beschikking.html}; rendering: {@link PdfADocument}.
 */
@Service
public class BeschikkingDienst implements Beschikkingen {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private final VerstrekkingRepository verstrekkingen;
    private final ITemplateEngine templates;
    private final OntbrekendeBeschikkingen ontbrekende;
    private final Bestemmingen bestemmingen;

    BeschikkingDienst(VerstrekkingRepository verstrekkingen, ITemplateEngine templates,
            OntbrekendeBeschikkingen ontbrekende, Bestemmingen bestemmingen) {
        this.verstrekkingen = verstrekkingen;
        this.templates = templates;
        this.ontbrekende = ontbrekende;
        this.bestemmingen = bestemmingen;
    }

    /** What the letter says; every field comes from the stored grant. */
    public record Inhoud(String kenmerk, String datum, String ontvanger, String adres, String team, String onderwerp,
            String omschrijving, String bedrag, boolean lening, boolean maatwerk, String gemeente, boolean eigenGemeente,
            String grondslag, boolean bezwaar, String toelichting) {
    }

    /**
     * Makes and stores the beschikking of an approved or paid grant when it has none yet, and returns the stored
     * one: at approval, and for bulk-made grants by {@link #maakOntbrekende}. Safe to call again and concurrently (the
     * first stored letter wins).
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public Beschikking zorgVoorBrief(long verstrekkingId) {
        Beschikking b = opgeslagen(verstrekkingId);
        if (b != null) {
            return b;
        }
        Inhoud inhoud = inhoud(verstrekkingId);
        byte[] pdf = PdfADocument.render(html(inhoud));
        verstrekkingen.bewaarBrief(verstrekkingId, inhoud.kenmerk(), pdf, Sha256.hex(pdf));
        return opgeslagen(verstrekkingId);
    }

    /**
     * Makes the missing beschikkingen of a team's approved and paid grants (grants written in bulk, such as an
     * imported year, have none until now); returns how many were made. Each letter is its own transaction, so an
     * interruption loses nothing already made and a second run continues where the first stopped.
     */
    @Override
    public int maakOntbrekende(long team) {
        List<Long> ids = zonderBrief(team);
        for (long id : ids) {
            zorgVoorBrief(id);
        }
        return ids.size();
    }

    @Override
    public boolean planOntbrekende(long team, String door) {
        return !zonderBrief(team).isEmpty() && ontbrekende.plan(team, bestemmingen.teamNaam(team), door);
    }

    @Override
    public List<Long> zonderBrief(long team) {
        return verstrekkingen.zonderBrief(team);
    }

    /**
     * Replaces a stored letter by one made from the (anonymised) grant, with the same kenmerk. Only inside the
     * anonymising transaction (the table is append-only otherwise).
     */
    void vervangNaAnonimiseren(long verstrekkingId) {
        byte[] pdf = PdfADocument.render(html(inhoud(verstrekkingId)));
        verstrekkingen.vervangBrief(verstrekkingId, pdf, Sha256.hex(pdf));
    }

    @Override
    public Beschikking opgeslagen(long verstrekkingId) {
        return verstrekkingen.brief(verstrekkingId)
                .map(b -> new Beschikking(verstrekkingId, b.kenmerk(), b.pdf(), b.sha256())).orElse(null);
    }

    Inhoud inhoud(long id) {
        VerstrekkingRepository.Briefgegevens g = verstrekkingen.briefgegevens(id)
                .orElseThrow(() -> ApiException.notFound("Verstrekking " + id + " bestaat niet."));
        if (g.status() != Verstrekkingstatus.GOEDGEKEURD && g.status() != Verstrekkingstatus.BETAALD) {
            throw new ApiException(HttpStatus.CONFLICT, "Geen beschikking",
                    "Alleen een goedgekeurde verstrekking heeft een beschikking; deze is "
                            + g.status().name().toLowerCase(Locale.ROOT) + ".", null);
        }
        boolean lening = g.vorm() == Geld.Vorm.LENING;
        boolean bezwaar = g.bezwaar();
        // the maatwerkbudget letter: a gift, not on application, no objection procedure
        boolean maatwerk = !lening && !bezwaar;
        String omschrijving = g.omschrijving();
        String onderwerp = maatwerk ? "Verstrekking uit het maatwerkbudget: " + omschrijving.toLowerCase(NL)
                : "Besluit bijzondere bijstand" + (lening ? " (lening)" : "") + ": " + omschrijving.toLowerCase(NL);
        return new Inhoud(g.kenmerk(), DATUM.format(g.datum()), g.ontvanger(), g.adres(), g.team(), onderwerp,
                omschrijving, Weergave.euro(g.bedrag()), lening, maatwerk, g.gemeente(), g.eigenGemeente(),
                g.grondslag(), bezwaar, null);
    }

    String html(Inhoud inhoud) {
        Context context = new Context(NL);
        context.setVariable("b", inhoud);
        return templates.process("verhuisbox/beschikking", context);
    }
}
