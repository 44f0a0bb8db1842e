package nl.woonregie.verhuisbox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The beschikking (decision letter) of an approved grant, PDF/A-2a in Dutch: made once from the grant's own fixed
 * fields (kenmerk, date, addressee, amount, vorm, legal ground, objection clause — nothing that can change later)
 * and stored with its SHA-256; every later request returns the same bytes. Template:
 * {@code templates/verhuisbox/beschikking.html}; rendering: the letters' {@link PdfADocument}.
 */
@Service
public class Beschikkingen {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;

    Beschikkingen(JdbcClient jdbc, ITemplateEngine templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    public record Beschikking(long verstrekking, String kenmerk, byte[] pdf, String sha256) {
    }

    /** What the letter says; every field comes from the stored grant. */
    public record Inhoud(String kenmerk, String datum, String ontvanger, String adres, String team, String onderwerp,
            String omschrijving, String bedrag, boolean lening, boolean maatwerk, String gemeente, boolean eigenGemeente,
            String grondslag, boolean bezwaar, String toelichting) {
    }

    /**
     * Makes and stores the beschikking of an approved or paid grant when it has none yet, and returns the stored
     * one. Safe to call again and concurrently (the first stored letter wins). For bulk-made (demo) grants too.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public Beschikking zorgVoorBrief(long verstrekkingId) {
        Beschikking b = opgeslagen(verstrekkingId);
        if (b != null) {
            return b;
        }
        Inhoud inhoud = inhoud(verstrekkingId);
        byte[] pdf = PdfADocument.render(html(inhoud));
        jdbc.sql("insert into vhb_beschikking (verstrekking_id, kenmerk, pdf, sha256) values (?, ?, ?, ?) "
                + "on conflict (verstrekking_id) do nothing")
                .params(verstrekkingId, inhoud.kenmerk(), pdf, sha256(pdf)).update();
        return opgeslagen(verstrekkingId);
    }

    /**
     * Makes the missing beschikkingen of a team's approved and paid grants (grants written in bulk, such as the
     * demo's generated year, have none until now); returns how many were made. Each letter is its own transaction,
     * so an interruption loses nothing already made and a second run continues where the first stopped.
     */
    public int maakOntbrekende(long team) {
        java.util.List<Long> ids = zonderBrief(team);
        for (long id : ids) {
            zorgVoorBrief(id);
        }
        return ids.size();
    }

    /** The team's approved and paid grants without a stored beschikking. */
    public java.util.List<Long> zonderBrief(long team) {
        return jdbc.sql("""
                select v.id from vhb_verstrekking v join vhb_casus c on c.id = v.casus_id
                where c.team_id = ? and v.status in ('GOEDGEKEURD', 'BETAALD')
                  and not exists (select 1 from vhb_beschikking b where b.verstrekking_id = v.id)
                order by v.id""").param(team).query(Long.class).list();
    }

    /**
     * Replaces a stored letter by one made from the (anonymised) grant, with the same kenmerk. Only inside the
     * anonymising transaction of {@link Privacy} (the table is append-only otherwise).
     */
    void vervangNaAnonimiseren(long verstrekkingId) {
        byte[] pdf = PdfADocument.render(html(inhoud(verstrekkingId)));
        jdbc.sql("update vhb_beschikking set pdf = ?, sha256 = ? where verstrekking_id = ?")
                .params(pdf, sha256(pdf), verstrekkingId).update();
    }

    /** The stored letter, or null. */
    public Beschikking opgeslagen(long verstrekkingId) {
        return jdbc.sql("select kenmerk, pdf, sha256 from vhb_beschikking where verstrekking_id = ?")
                .param(verstrekkingId)
                .query((rs, i) -> new Beschikking(verstrekkingId, rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional().orElse(null);
    }

    Inhoud inhoud(long id) {
        return jdbc.sql("""
                select v.status, v.kenmerk, v.beschikkingsdatum, v.ontvanger, v.adres, v.team_naam, v.omschrijving,
                       v.bedrag, v.vorm, p.code, v.gemeente, v.eigen_gemeente, v.grondslag, v.bezwaar, v.soort
                from vhb_verstrekking v join vhb_pot p on p.id = v.pot_id where v.id = ?""").param(id)
                .query((rs, i) -> {
                    String status = rs.getString(1);
                    if (!status.equals("GOEDGEKEURD") && !status.equals("BETAALD")) {
                        throw new ApiException(HttpStatus.CONFLICT, "Geen beschikking",
                                "Alleen een goedgekeurde verstrekking heeft een beschikking; deze is "
                                        + status.toLowerCase(Locale.ROOT) + ".", null);
                    }
                    boolean lening = rs.getString(9).equals("LENING");
                    boolean bezwaar = rs.getBoolean(14);
                    // the maatwerkbudget letter: a gift, not on application, no objection procedure
                    boolean maatwerk = !lening && !bezwaar;
                    String omschrijving = rs.getString(7);
                    String onderwerp = maatwerk ? "Verstrekking uit het maatwerkbudget: " + omschrijving.toLowerCase(NL)
                            : "Besluit bijzondere bijstand" + (lening ? " (lening)" : "") + ": "
                                    + omschrijving.toLowerCase(NL);
                    LocalDate datum = rs.getObject(3, LocalDate.class);
                    return new Inhoud(rs.getString(2), DATUM.format(datum), rs.getString(4), rs.getString(5),
                            rs.getString(6), onderwerp, omschrijving, Weergave.euro(rs.getBigDecimal(8)), lening, maatwerk,
                            rs.getString(11), rs.getBoolean(12), rs.getString(13), bezwaar, null);
                }).optional().orElseThrow(() -> ApiException.notFound("Verstrekking " + id + " bestaat niet."));
    }

    String html(Inhoud inhoud) {
        Context context = new Context(NL);
        context.setVariable("b", inhoud);
        return templates.process("verhuisbox/beschikking", context);
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
