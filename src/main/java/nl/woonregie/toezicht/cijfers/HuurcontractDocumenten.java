package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;

import nl.woonregie.document.Documenthouder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The documents of a lease (the signed contract) follow the lease: read by whoever reads the municipality's figures
 * (BEHEERDER, the province's supervisor, the municipality, COA, which checks the figures), added by whoever submits
 * leases (the municipality itself, BEHEERDER) — not to a withdrawn lease (409).
 */
@Component
class HuurcontractDocumenten implements Documenthouder {

    private record Lease(String gemeente, String referentie, LocalDate ingangsdatum, boolean ingetrokken) {
    }

    private final JdbcClient jdbc;
    private final Toegang toegang;
    private final GebiedService gebied;

    HuurcontractDocumenten(JdbcClient jdbc, Toegang toegang, GebiedService gebied) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    @Override
    public String soort() {
        return "huurcontract";
    }

    @Override
    public String audittype() {
        return "huurcontract";
    }

    @Override
    public Rechten rechten(Gebruiker g, long object) {
        Lease l = lease(object);
        String provincie = gebied.provincieVan(l.gemeente()).orElseThrow();
        return new Rechten(toegang.magCijfersZien(g, l.gemeente(), provincie),
                Toegang.magHuurcontractenIndienen(g, l.gemeente()));
    }

    @Override
    public void vereisToevoegen(Gebruiker g, long object) {
        Documenthouder.super.vereisToevoegen(g, object);
        if (lease(object).ingetrokken()) {
            throw new ApiException(HttpStatus.CONFLICT, "Huurcontract ingetrokken", "Huurcontract " + object
                    + " is ingetrokken; er kunnen geen documenten meer bij.", null);
        }
    }

    @Override
    public String pagina(Gebruiker g, long object) {
        return "/gemeenten/" + lease(object).gemeente() + "/huurcontracten#huurcontract-" + object;
    }

    @Override
    public String omschrijving(long object) {
        Lease l = lease(object);
        return "het huurcontract " + l.referentie() + " van " + gebied.naam(l.gemeente()) + " (ingang "
                + Weergave.dag(l.ingangsdatum()) + ")";
    }

    private Lease lease(long object) {
        return jdbc.sql("select gemeente_code, referentie, ingangsdatum, ingetrokken_op is not null from huurcontract "
                        + "where id = ?").param(object)
                .query((rs, n) -> new Lease(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4)))
                .optional().orElseThrow(() -> ApiException.notFound("Huurcontract " + object + " bestaat niet."));
    }
}
