package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.aanbod.internal.BronOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outflow of temporary projects (issue 16 §6): from the stored projects' end of temporary use, how many people
 * must move on per year (doorstroombehoefte), a demand on the regular stock the planner must see years ahead. A
 * temporary project that is not ended counts its places for statushouders in the year of its {@code eindeGebruik};
 * one whose end has passed without being ended is listed as overdue, one without an end date as unknown.
 */
@Service
public class Doorstroom {

    /** The years shown at least: this year and the four after it. */
    public static final int JAREN = 5;

    private final Aanbodbronnen bronnen;
    private final BronOpslag opslag;
    private final GebiedService gebied;

    Doorstroom(Aanbodbronnen bronnen, BronOpslag opslag, GebiedService gebied) {
        this.bronnen = bronnen;
        this.opslag = opslag;
        this.gebied = gebied;
    }

    /** A temporary project that ends: its places for statushouders must find a next home. */
    @Schema(name = "DoorstroomProject")
    public record Project(long id, String naam, @Schema(description = "Einde van het tijdelijke gebruik; null als "
            + "onbekend") LocalDate eindeGebruik, @Schema(example = "40") long plaatsen) {
    }

    /** A year: the persons who must move on, from these projects. */
    @Schema(name = "DoorstroomJaar")
    public record Jaar(@Schema(example = "2027") int jaar, @Schema(example = "40") long personen,
            List<Project> projecten) {
    }

    /**
     * The doorstroombehoefte of a gemeente from {@code vanaf} (this year) on: every year up to the last end date,
     * at least {@value #JAREN} years; {@code verstreken}: temporary projects whose end lies before today but that are
     * not ended; {@code zonderEinde}: temporary projects without an end date.
     */
    @Schema(name = "Doorstroombehoefte")
    @JsonPropertyOrder({"gemeente", "berekendOp", "jaren", "verstreken", "zonderEinde"})
    public record Behoefte(@Schema(example = "GM0518") String gemeente, LocalDate berekendOp, List<Jaar> jaren,
            List<Project> verstreken, List<Project> zonderEinde) {
    }

    /** The gemeente's doorstroombehoefte (BEHEERDER, its TOEZICHTHOUDER, itself). */
    @Transactional(readOnly = true)
    public Behoefte behoefte(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        return behoefte(gemeente, gebied.vandaag(), opslag.vanGemeenten(List.of(gemeente)));
    }

    static Behoefte behoefte(String gemeente, LocalDate vandaag, List<Aanbodbron> lijst) {
        List<Project> komend = new ArrayList<>();
        List<Project> verstreken = new ArrayList<>();
        List<Project> zonderEinde = new ArrayList<>();
        for (Aanbodbron b : lijst) {
            Bronfeiten f = b.feiten();
            if (b.soort() != Aanbodbron.Soort.PROJECT || f.duur() != Aanbodbron.Duur.TIJDELIJK
                    || f.status() == Aanbodbron.Projectstatus.BEEINDIGD) {
                continue;
            }
            Project p = new Project(b.id(), f.naam(), f.eindeGebruik(), f.plaatsen() == null ? 0 : f.plaatsen());
            if (f.eindeGebruik() == null) {
                zonderEinde.add(p);
            } else if (f.eindeGebruik().isBefore(vandaag)) {
                verstreken.add(p);
            } else {
                komend.add(p);
            }
        }
        Comparator<Project> volgorde = Comparator.comparing(Project::eindeGebruik).thenComparing(Project::id);
        komend.sort(volgorde);
        verstreken.sort(volgorde);
        int eerste = vandaag.getYear();
        int laatste = Math.max(eerste + JAREN - 1, komend.stream().mapToInt(p -> p.eindeGebruik().getYear()).max()
                .orElse(eerste));
        List<Jaar> jaren = new ArrayList<>();
        for (int jaar = eerste; jaar <= laatste; jaar++) {
            int j = jaar;
            List<Project> daarin = komend.stream().filter(p -> p.eindeGebruik().getYear() == j).toList();
            jaren.add(new Jaar(jaar, daarin.stream().mapToLong(Project::plaatsen).sum(), daarin));
        }
        return new Behoefte(gemeente, vandaag, jaren, verstreken, zonderEinde);
    }
}
