package nl.woonregie.programma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The facts of one version of a programme (schema version 1, stored as JSON by {@code internal.ProgrammaOpslag}):
 * who owns it, where it applies, its period and money, and the plan itself — themes, goals, projects, budget lines
 * and indicators, each with a number that is stable within the programme and by which the others refer to it.
 * Totals are never stored: {@link ProgrammaService#begroting} computes them from the lines.
 *
 * @param naam              the programme's name ("Een (t)huis een toekomst")
 * @param eigenaar          the owner gemeente's code (the centrumgemeente of a regional programme)
 * @param regio             the region's name, for a regional programme (null otherwise)
 * @param partnergemeenten  the other gemeenten of a regional programme (codes), who read it
 * @param vanJaar           the first year of the plan
 * @param totJaar           the last year of the plan (inclusive)
 * @param bronMiddelen      where the money comes from (e.g. the national brede aanpak, a one-off allocation)
 * @param besluit           the decision that adopted the plan (a reference), null when none
 * @param vermeldTotaal     the total as the plan's text states it (compared, never used as a total), null if none
 * @param restmiddelen      what happens to money not spent (e.g. "toegevoegd aan de reserve MO/BW")
 * @param dekking           a budget of persons × rates (Wassenaar's income and spending per year), null when none
 * @param uitvoering        the controller's record of spending per line and year and splits of multi-year lines
 *                          ({@link Uitvoering}), null when none
 */
@Schema(name = "Programmaplan")
public record Programmaplan(String naam, String eigenaar, String regio, List<String> partnergemeenten, int vanJaar,
        int totJaar, String bronMiddelen, String besluit, BigDecimal vermeldTotaal, String restmiddelen,
        List<Thema> themas, List<Doel> doelen, List<Project> projecten, List<Begrotingsregel> regels,
        List<Indicator> indicatoren, Dekkingsbegroting dekking, Uitvoering uitvoering) {

    /** A plan without a record of execution (a new plan). */
    public Programmaplan(String naam, String eigenaar, String regio, List<String> partnergemeenten, int vanJaar,
            int totJaar, String bronMiddelen, String besluit, BigDecimal vermeldTotaal, String restmiddelen,
            List<Thema> themas, List<Doel> doelen, List<Project> projecten, List<Begrotingsregel> regels,
            List<Indicator> indicatoren, Dekkingsbegroting dekking) {
        this(naam, eigenaar, regio, partnergemeenten, vanJaar, totJaar, bronMiddelen, besluit, vermeldTotaal,
                restmiddelen, themas, doelen, projecten, regels, indicatoren, dekking, null);
    }

    /** This plan with another record of execution. */
    public Programmaplan metUitvoering(Uitvoering u) {
        return new Programmaplan(naam, eigenaar, regio, partnergemeenten, vanJaar, totJaar, bronMiddelen, besluit,
                vermeldTotaal, restmiddelen, themas, doelen, projecten, regels, indicatoren, dekking, u);
    }

    public Programmaplan {
        partnergemeenten = lijst(partnergemeenten);
        themas = lijst(themas);
        doelen = lijst(doelen);
        projecten = lijst(projecten);
        regels = lijst(regels);
        indicatoren = lijst(indicatoren);
    }

    /** An unmodifiable copy that keeps a null item, so that the check can name it (List.copyOf would throw). */
    static <T> List<T> lijst(List<T> l) {
        return l == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(l));
    }

    /** A theme of the plan. */
    @Schema(name = "ProgrammaThema")
    public record Thema(int nummer, String naam) {
    }

    /** A goal: national or the programme's own, under a theme, with its deadline (null when none is set). */
    @Schema(name = "ProgrammaDoel")
    public record Doel(int nummer, int thema, String omschrijving, Doelsoort soort, LocalDate deadline) {
    }

    /** Whether a goal is one of the national goals or the programme's own. */
    @Schema(name = "ProgrammaDoelsoort")
    public enum Doelsoort {
        LANDELIJK, EIGEN
    }

    /**
     * A project or action serving one goal.
     *
     * @param soort             running before the programme, or new from it
     * @param planning          the planning as the plan writes it ("2020 en 2021", "verbouwing 2020")
     * @param eigenaar          who carries it out (an organisation or department)
     * @param partners          the partners
     * @param verwachtResultaat what it should bring
     */
    @Schema(name = "ProgrammaProject")
    public record Project(int nummer, int doel, String naam, Projectsoort soort, Projectstatus status,
            String planning, String eigenaar, List<String> partners, String verwachtResultaat) {

        public Project {
            partners = lijst(partners);
        }
    }

    /** Running before the programme or new from it. */
    @Schema(name = "ProgrammaProjectsoort")
    public enum Projectsoort {
        LOPEND, NIEUW
    }

    /** Where a project stands. */
    @Schema(name = "ProgrammaProjectstatus")
    public enum Projectstatus {
        IN_VOORBEREIDING, IN_UITVOERING, AFGEROND, GESTOPT
    }

    /**
     * A budget line. It belongs to the programme as a whole (no theme, goal or projects), a theme, a goal, or one or
     * more projects — exactly one of these.
     *
     * @param bedrag            the amount in euros with cents; null for "n.v.t." (paid for elsewhere)
     * @param vanJaar           the first year (null only for a line of "n.v.t." without years)
     * @param totJaar           the last year, inclusive (equal to {@code vanJaar} for one year)
     * @param kostensoort       one-off or structural
     * @param financieringsbron where the money comes from
     * @param restmiddelen      what happens to what is not spent (null: as the programme says)
     */
    @Schema(name = "ProgrammaBegrotingsregel")
    public record Begrotingsregel(int nummer, String omschrijving, BigDecimal bedrag, Integer vanJaar,
            Integer totJaar, Kostensoort kostensoort, String financieringsbron, Integer thema, Integer doel,
            List<Integer> projecten, String restmiddelen) {

        public Begrotingsregel {
            projecten = lijst(projecten);
        }
    }

    /** One-off or structural money. */
    @Schema(name = "ProgrammaKostensoort")
    public enum Kostensoort {
        INCIDENTEEL, STRUCTUREEL
    }

    /**
     * An indicator with its target and measurements, of the programme, a goal or a project.
     *
     * @param streefwaarde the target (null: followed without a number, e.g. "monitoren")
     * @param eenheid      the unit ("matches", "maanden", "voorzieningen")
     * @param deadline     by when the target should be met (null when none)
     * @param richting     whether a measurement reaches the target at least ({@code TEN_MINSTE}, also when null) or
     *                     at most ({@code TEN_HOOGSTE}: "within 3 months") its value
     */
    @Schema(name = "ProgrammaIndicator")
    public record Indicator(int nummer, String naam, String eenheid, BigDecimal streefwaarde, LocalDate deadline,
            Integer doel, Integer project, List<Meting> metingen,
            nl.woonregie.programma.voortgang.Streefrichting richting) {

        public Indicator {
            metingen = lijst(metingen);
        }

        /** An indicator judged at least against its target (the plans before the progress report). */
        public Indicator(int nummer, String naam, String eenheid, BigDecimal streefwaarde, LocalDate deadline,
                Integer doel, Integer project, List<Meting> metingen) {
            this(nummer, naam, eenheid, streefwaarde, deadline, doel, project, metingen, null);
        }
    }

    /** A measurement: its date, value, source and a note. */
    @Schema(name = "ProgrammaMeting")
    public record Meting(LocalDate datum, BigDecimal waarde, String bron, String toelichting) {
    }

    /**
     * A budget of persons × rates (issue 18 §3, Wassenaar's "Budget 2017 en 2018 vergunninghouders", 004:L569-697):
     * income and spending lines per year, and the totals the plan states (compared with the computed ones, never used).
     */
    @Schema(name = "ProgrammaDekkingsbegroting")
    public record Dekkingsbegroting(List<Dekkingsregel> regels, List<VermeldJaartotaal> vermeldeTotalen) {

        public Dekkingsbegroting {
            regels = lijst(regels);
            vermeldeTotalen = lijst(vermeldeTotalen);
        }
    }

    /**
     * A line of income or spending in one year. Its amount is given ({@code BEDRAG}), a number × a rate
     * ({@code AANTAL_MAAL_TARIEF}: the plan's own {@code tarief} or a dated rate by {@code tariefsoort}), the balance
     * of the year before ({@code OVERHEVELING}, income only) or a fraction {@code teller/noemer} of another line
     * ({@code DEEL_VAN_REGEL}; a negative teller for a correction). Only the fields of its kind are filled.
     *
     * @param vermeldBedrag the amount as the plan states it (0 for the plan's "–"), compared, never used
     */
    @Schema(name = "ProgrammaDekkingsregel")
    public record Dekkingsregel(int nummer, int jaar, Geldstroom stroom, String omschrijving, Berekening berekening,
            BigDecimal bedrag, Integer aantal, BigDecimal tarief, Persoonstarief tariefsoort, Integer deelVanRegel,
            Integer teller, Integer noemer, BigDecimal vermeldBedrag) {
    }

    /** A year's income or spending total as the plan states it. */
    @Schema(name = "ProgrammaVermeldJaartotaal")
    public record VermeldJaartotaal(int jaar, Geldstroom stroom, BigDecimal bedrag) {
    }

    /** Income or spending. */
    @Schema(name = "ProgrammaGeldstroom")
    public enum Geldstroom {
        INKOMSTEN, UITGAVEN
    }

    /** How the amount of a line of a budget of persons × rates comes about. */
    @Schema(name = "ProgrammaBerekening")
    public enum Berekening {
        BEDRAG, AANTAL_MAAL_TARIEF, OVERHEVELING, DEEL_VAN_REGEL
    }

    /** The dated rates per person ({@code programma/tarieven.yaml}). */
    @Schema(name = "ProgrammaPersoonstarief")
    public enum Persoonstarief {
        RMBA, DECENTRALISATIE_UITKERING
    }
}
