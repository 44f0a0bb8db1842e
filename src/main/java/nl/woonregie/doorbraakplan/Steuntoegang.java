package nl.woonregie.doorbraakplan;

import java.util.regex.Pattern;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees and keeps a municipality's stored support (its departments, tariff table and support plans): BEHEERDER
 * everything; the municipality's PROGRAMMATEAM reads and keeps everything; its BESTUUR reads everything; a DIENST of
 * one of its departments reads and keeps only its own department's lines and cover (and reads the register and the
 * tariffs). A PROJECTLEIDER is refused for now (its scope is a lead or location of the lead pipeline, which another
 * step adds); the province has no access (it sees a project's supply figures through {@code aanbod}).
 */
@Component
public class Steuntoegang {

    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");

    /**
     * What an account may in one municipality: {@code afdeling} null means every department; {@code wijzigen}: plans
     * (for a DIENST only its own lines and cover); {@code beheren}: the register and the tariff table.
     */
    public record Zicht(String gemeente, String afdeling, boolean wijzigen, boolean beheren) {

        /** Whether this account sees the lines and cover of this department. */
        public boolean ziet(String dienst) {
            return afdeling == null || afdeling.equals(dienst);
        }
    }

    private final GebiedService gebied;

    Steuntoegang(GebiedService gebied) {
        this.gebied = gebied;
    }

    /** What the account may in the municipality; empty when nothing (no exception, for links). */
    public static java.util.Optional<Zicht> zicht(Gebruiker g, String gemeente) {
        if (g == null) {
            return java.util.Optional.empty();
        }
        if (g.heeft(Rol.BEHEERDER)) {
            return java.util.Optional.of(new Zicht(gemeente, null, true, true));
        }
        Zicht beste = null;
        for (Toewijzing t : g.toewijzingen()) {
            if (gemeente == null || !gemeente.equals(t.gemeente())) {
                continue;
            }
            Zicht z = switch (t.rol()) {
                case PROGRAMMATEAM -> new Zicht(gemeente, null, true, true);
                case BESTUUR -> new Zicht(gemeente, null, false, false);
                case DIENST -> new Zicht(gemeente, t.afdeling(), true, false);
                default -> null;
            };
            if (z != null && (beste == null || rang(z) > rang(beste))) {
                beste = z;
            }
        }
        return java.util.Optional.ofNullable(beste);
    }

    /** Whether the account reads the municipality's support plans (for the doorbraakplan's menu). */
    public boolean leesbaar(Gebruiker g, String gemeente) {
        return zicht(g, gemeente).isPresent();
    }

    private static int rang(Zicht z) {
        return (z.beheren() ? 4 : 0) + (z.afdeling() == null ? 2 : 0) + (z.wijzigen() ? 1 : 0);
    }

    /** 403 unless the account reads the municipality's support; 404 for an unknown municipality (BEHEERDER). */
    public Zicht vereisLezen(Gebruiker g, String gemeente) {
        boolean bekend = gemeente != null && GEMEENTE.matcher(gemeente).matches()
                && gebied.gemeente(gemeente).isPresent();
        if (g != null && g.heeft(Rol.BEHEERDER) && !bekend) {
            throw ApiException.notFound("Gemeente " + gemeente + " bestaat niet.");
        }
        return zicht(g, gemeente).filter(z -> bekend).orElseThrow(Steuntoegang::geenToegang);
    }

    /** 403 unless the account keeps plans (all of them, or its department's lines and cover). */
    public Zicht vereisWijzigen(Gebruiker g, String gemeente) {
        Zicht z = vereisLezen(g, gemeente);
        if (!z.wijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Het bestuur leest de ondersteuningsplannen; "
                    + "het programmateam en de diensten houden ze bij.", null);
        }
        return z;
    }

    /** 403 unless the account keeps the register of departments and the tariff table. */
    public Zicht vereisBeheren(Gebruiker g, String gemeente) {
        Zicht z = vereisLezen(g, gemeente);
        if (!z.beheren()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen het programmateam houdt het register "
                    + "van afdelingen en de tarieven van de gemeente bij.", null);
        }
        return z;
    }

    static ApiException geenToegang() {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen het programmateam, het bestuur en de "
                + "diensten van de gemeente zien haar ondersteuningsplannen.", null);
    }
}
