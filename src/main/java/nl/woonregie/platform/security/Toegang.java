package nl.woonregie.platform.security;

import nl.woonregie.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Role <em>and</em> scope checks, in one place, called by every endpoint and page before it touches data. They ask an
 * account's assignments ({@link Toewijzing}): an account may what any of its assignments allows (GEMEENTE of GM0518
 * and TOEZICHTHOUDER of PV27: its own municipality's data and the supervision of Noord-Holland).
 * A failed check is a 403 problem; an unknown municipality or province a 404.
 *
 * <ul>
 *   <li>BEHEERDER: everything.</li>
 *   <li>TOEZICHTHOUDER: the municipalities of its own province; runs rounds and records decisions there.</li>
 *   <li>GEMEENTE: reads its own supervision data; submits its own leases.</li>
 *   <li>COA: uploads and reads figures (not judgments).</li>
 *   <li>The Verhuisbox roles: none of the supervision data; their case checks are in the verhuisbox module.</li>
 * </ul>
 */
@Component
public class Toegang {

    private final Gebiedsindeling gebied;

    public Toegang(Gebiedsindeling gebied) {
        this.gebied = gebied;
    }

    public Gebruiker huidige() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Gebruiker g)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Niet aangemeld", "Meld u aan.", null);
        }
        return g;
    }

    /** Supervision data of a municipality (history, judgments, letters): BEHEERDER, its TOEZICHTHOUDER, itself. */
    public Gebruiker toezichtLezen(String gemeente) {
        return toezichtLezen(huidige(), gemeente);
    }

    /** As {@link #toezichtLezen(String)}, for this account. */
    public Gebruiker toezichtLezen(Gebruiker g, String gemeente) {
        String provincie = provincieVan(gemeente);
        boolean mag = g.heeft(Rol.BEHEERDER) || g.provincies(Rol.TOEZICHTHOUDER).contains(provincie)
                || g.gemeenten(Rol.GEMEENTE).contains(gemeente);
        return toegestaan(g, mag);
    }

    /** Figures of a municipality (taakstelling, COA standings, leases): as toezichtLezen, and COA. */
    public Gebruiker cijfersLezen(String gemeente) {
        Gebruiker g = huidige();
        return toegestaan(g, magCijfersZien(g, gemeente, provincieVan(gemeente)));
    }

    /** Supervising a province: its rounds, decisions, overviews, talks. BEHEERDER and its TOEZICHTHOUDER. */
    public Gebruiker provincieToezien(String provincie) {
        return provincieToezien(huidige(), provincie);
    }

    /** As {@link #provincieToezien(String)}, for this account. */
    public Gebruiker provincieToezien(Gebruiker g, String provincie) {
        if (!gebied.isProvincie(provincie)) {
            throw ApiException.notFound("Provincie " + provincie + " bestaat niet.");
        }
        return toegestaan(g, magProvincieToezien(g, provincie));
    }

    /** May this account supervise the province? (for rights records, no exception) */
    public static boolean magProvincieToezien(Gebruiker g, String provincie) {
        return g.heeft(Rol.BEHEERDER) || g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
    }

    /** One of the given roles (in any scope), for this account. */
    public static Gebruiker rol(Gebruiker g, Rol... rollen) {
        return toegestaan(g, g.heeft(rollen));
    }

    /** Supervising the province of a municipality (decisions, talks about it). */
    public Gebruiker gemeenteToezien(String gemeente) {
        return provincieToezien(provincieVan(gemeente));
    }

    /** Submitting leases for a municipality: the municipality itself (and BEHEERDER). */
    public Gebruiker huurcontractenIndienen(String gemeente) {
        return huurcontractenIndienen(huidige(), gemeente);
    }

    /** As {@link #huurcontractenIndienen(String)}, for this account. */
    public Gebruiker huurcontractenIndienen(Gebruiker g, String gemeente) {
        provincieVan(gemeente);
        return toegestaan(g, magHuurcontractenIndienen(g, gemeente));
    }

    /** May this account submit leases for the municipality? (for rights on a page, no exception) */
    public static boolean magHuurcontractenIndienen(Gebruiker g, String gemeente) {
        return g.heeft(Rol.BEHEERDER) || g.gemeenten(Rol.GEMEENTE).contains(gemeente);
    }

    /**
     * Importing taakstellingen and beginstanden: BEHEERDER and TOEZICHTHOUDER. Which municipalities each row may
     * concern is checked per row with {@link #magToezichtCijfersInvoeren}.
     */
    public Gebruiker toezichtCijfersImporteren() {
        return rol(Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
    }

    /**
     * May this account set a taakstelling or beginstand of a municipality in the given province? BEHEERDER: all;
     * TOEZICHTHOUDER: its own province. (for the rows of an import, no exception)
     */
    public boolean magToezichtCijfersInvoeren(Gebruiker g, String provincieVanGemeente) {
        return g.heeft(Rol.BEHEERDER)
                || (provincieVanGemeente != null && g.provincies(Rol.TOEZICHTHOUDER).contains(provincieVanGemeente));
    }

    /** COA's figures (standings, imports): COA and BEHEERDER, for every municipality. */
    public Gebruiker coaCijfersInvoeren() {
        return rol(Rol.COA, Rol.BEHEERDER);
    }

    /** COA's figures of one municipality (e.g. its corrected final figure): 404 when unknown, then as above. */
    public Gebruiker coaCijfersInvoeren(String gemeente) {
        provincieVan(gemeente);
        return coaCijfersInvoeren();
    }

    /** One of the given roles, without scope (e.g. COA uploads, national imports). */
    public Gebruiker rol(Rol... rollen) {
        return rol(huidige(), rollen);
    }

    /** May the signed-in account see this municipality's figures? (for filtering lists, no exception) */
    public boolean magCijfersZien(Gebruiker g, String gemeente, String provincieVanGemeente) {
        return g.heeft(Rol.BEHEERDER, Rol.COA) || g.provincies(Rol.TOEZICHTHOUDER).contains(provincieVanGemeente)
                || g.gemeenten(Rol.GEMEENTE).contains(gemeente);
    }

    private String provincieVan(String gemeente) {
        return gebied.provincieVan(gemeente)
                .orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
    }

    private static Gebruiker toegestaan(Gebruiker g, boolean mag) {
        if (!mag) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Uw account (" + g.rolomschrijving() + ") heeft geen toegang tot deze gegevens.", null);
        }
        return g;
    }
}
