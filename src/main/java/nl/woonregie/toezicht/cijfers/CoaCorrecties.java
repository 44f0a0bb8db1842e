package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of COA's realisation of an ended period by a number of persons, for another module that records why
 * (verdeling's exchanges of vergunninghouders between gemeenten): stored as COA's final figure
 * ({@code coa_definitief}, the mechanism of every correction of COA's figures: versioned, with the reason, audited as
 * COA_DEFINITIEF_INGEVOERD), so the engine judges on the corrected figure and reports REALISATIE_GECORRIGEERD. The
 * figure corrected is the current final figure, or else COA's standing at the end of the period (its last month).
 * A BEHEERDER corrects every municipality, a TOEZICHTHOUDER those of its own provinces.
 */
@Service
public class CoaCorrecties {

    /** One municipality's final figure before and after a correction. */
    public record Correctie(String gemeente, Periode periode, long voor, long na) {
    }

    /** A correction asked for: the municipality and the persons added (negative: taken off). */
    public record Verschuiving(String gemeente, long verschil, String veld) {
    }

    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final CoaDefinitief definitief;

    CoaCorrecties(JdbcClient jdbc, GebiedService gebied, CoaDefinitief definitief) {
        this.jdbc = jdbc;
        this.gebied = gebied;
        this.definitief = definitief;
    }

    /**
     * The realisation of the period a correction starts from: the current final figure, or COA's standing at the end
     * of the period; null when neither is stored.
     */
    public Long realisatie(String gemeente, Periode periode) {
        Long huidig = jdbc.sql("select gehuisvest from coa_definitief where gemeente_code = ? and periode = ? "
                        + "and vervangen_op is null").params(gemeente, periode.code()).query(Long.class).optional()
                .orElse(null);
        if (huidig != null) {
            return huidig;
        }
        LocalDate laatste = periode.laatsteDag();
        return jdbc.sql("""
                select gehuisvest from coa_stand where gemeente_code = ? and periode = ? and vervangen_op is null
                and datum <= ? and datum >= ? order by datum desc limit 1""")
                .params(gemeente, periode.code(), laatste, laatste.withDayOfMonth(1)).query(Long.class).optional()
                .orElse(null);
    }

    /**
     * What stands in the way of correcting these municipalities' figures of the period, each under the verschuiving's
     * {@code veld}: a period that has not ended, a municipality that did not exist in it, one without a realisation to
     * correct, or a result below zero. Empty when the corrections can be stored.
     */
    public List<InvalidParam> controleer(Periode periode, List<Verschuiving> verschuivingen) {
        List<InvalidParam> fouten = new ArrayList<>();
        for (Verschuiving v : verschuivingen) {
            Gemeente g = gebied.gemeente(v.gemeente()).orElse(null);
            if (g == null) {
                fouten.add(new InvalidParam(v.veld(), "onbekende gemeente"));
                continue;
            }
            String fout = definitief.periodeFout(g, periode);
            if (fout != null) {
                fouten.add(new InvalidParam(v.veld(), fout));
                continue;
            }
            Long voor = realisatie(v.gemeente(), periode);
            if (voor == null) {
                fouten.add(new InvalidParam(v.veld(), "van " + g.naam() + " is over " + periode + " geen COA-eindstand "
                        + "en geen definitief cijfer van het COA opgeslagen om te corrigeren"));
            } else if (voor + v.verschil() < 0) {
                fouten.add(new InvalidParam(v.veld(), g.naam() + " heeft over " + periode + " " + voor
                        + " gehuisveste vergunninghouders volgens het COA; " + (-v.verschil())
                        + " eraf zou minder dan nul geven"));
            } else if (voor + v.verschil() > CijferImport.MAX_AANTAL) {
                fouten.add(new InvalidParam(v.veld(), "het gecorrigeerde cijfer zou groter zijn dan "
                        + CijferImport.MAX_AANTAL));
            }
        }
        return fouten;
    }

    /**
     * Corrects each municipality's final figure of the ended period by its {@code verschil}, with {@code reden}, in
     * the caller's transaction (all or nothing); 400 with every field {@link #controleer} names, 403 for a
     * municipality outside the account's provinces.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Correctie> corrigeer(Periode periode, List<Verschuiving> verschuivingen, String reden, Gebruiker door,
            String client) {
        for (Verschuiving v : verschuivingen) {
            String provincie = gebied.provincieVan(v.gemeente()).orElse(null);
            if (!door.heeft(Rol.BEHEERDER) && !door.provincies(Rol.TOEZICHTHOUDER).contains(provincie)) {
                Toegang.rol(door, Rol.BEHEERDER);
            }
        }
        List<InvalidParam> fouten = controleer(periode, verschuivingen);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De cijfers van het COA zijn niet gecorrigeerd.", fouten);
        }
        List<Correctie> gedaan = new ArrayList<>();
        for (Verschuiving v : verschuivingen) {
            long voor = realisatie(v.gemeente(), periode);
            long na = voor + v.verschil();
            definitief.schrijf(v.gemeente(), periode, Math.toIntExact(na), reden, door, client);
            gedaan.add(new Correctie(v.gemeente(), periode, voor, na));
        }
        return gedaan;
    }
}
