package nl.woonregie.toezicht.ronde;

import nl.woonregie.document.Documenthouder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The documents of a decision of a round ({@code ronde_beslissing}: a GS-besluit, a verschoonbare reden, the
 * judgment of the couplings) — the signed decision, its annexes — follow the decision: the province's supervisor and
 * BEHEERDER read and add them (also after the round was made final: the signed GS decision comes afterwards); the
 * municipality reads them when it reads the decision — its own, in force, of a round that is vastgesteld or whose
 * draft the province shared with it. A decision that was replaced takes no new documents (409).
 */
@Component
class BeslissingDocumenten implements Documenthouder {

    private record Beslissing(long ronde, String gemeente, String soort, String provincie, boolean vastgesteld,
            boolean vervangen) {
    }

    private final JdbcClient jdbc;
    private final RondeDelingen delingen;
    private final GebiedService gebied;
    private final Toegang toegang;

    BeslissingDocumenten(JdbcClient jdbc, RondeDelingen delingen, GebiedService gebied, Toegang toegang) {
        this.jdbc = jdbc;
        this.delingen = delingen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @Override
    public String soort() {
        return "ronde-beslissing";
    }

    @Override
    public String audittype() {
        return "ronde_beslissing";
    }

    @Override
    public Rechten rechten(Gebruiker g, long object) {
        Beslissing b = beslissing(object);
        boolean toezien = Toegang.magProvincieToezien(g, b.provincie());
        boolean gemeente = g.gemeenten(Rol.GEMEENTE).contains(b.gemeente()) && !b.vervangen()
                && Documenthouder.mag(() -> toegang.toezichtLezen(g, b.gemeente()))
                && (b.vastgesteld() || delingen.vanGemeente(b.gemeente()).containsKey(b.ronde()));
        return new Rechten(toezien || gemeente, toezien);
    }

    @Override
    public void vereisToevoegen(Gebruiker g, long object) {
        Documenthouder.super.vereisToevoegen(g, object);
        if (beslissing(object).vervangen()) {
            throw new ApiException(HttpStatus.CONFLICT, "Beslissing vervangen", "Beslissing " + object
                    + " is vervangen door een latere; voeg het document toe aan de beslissing die geldt.", null);
        }
    }

    @Override
    public String pagina(Gebruiker g, long object) {
        Beslissing b = beslissing(object);
        return Toegang.magProvincieToezien(g, b.provincie())
                ? "/rondes/" + b.ronde() + "/gemeenten/" + b.gemeente() + "#beslissing-" + object
                : "/gemeenten/" + b.gemeente();
    }

    @Override
    public String omschrijving(long object) {
        Beslissing b = beslissing(object);
        String peildatum = jdbc.sql("select peildatum from beoordelingsronde where id = ?").param(b.ronde())
                .query(java.time.LocalDate.class).optional().map(Weergave::dag).orElse("–");
        return "de beslissing “" + Labels.inZin("toezicht.ronde.RondeService.Soort", b.soort()) + "” over "
                + gebied.naam(b.gemeente()) + " (peildatum " + peildatum + ")";
    }

    private Beslissing beslissing(long object) {
        return jdbc.sql("""
                select b.ronde_id, b.gemeente_code, b.soort, r.provincie_code, r.status = 'VASTGESTELD',
                       b.vervangen_op is not null
                from ronde_beslissing b join beoordelingsronde r on r.id = b.ronde_id where b.id = ?""").param(object)
                .query((rs, n) -> new Beslissing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6)))
                .optional().orElseThrow(() -> ApiException.notFound("Beslissing " + object + " bestaat niet."));
    }
}
