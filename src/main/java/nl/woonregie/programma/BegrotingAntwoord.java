package nl.woonregie.programma;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.programma.begroting.Begroting;

/**
 * The computed budget of a programme as the API answers it: every total with the numbers of the lines that make it
 * ({@code regels}), named where the plan names it (a theme's name, a goal's description, a project's name).
 */
@Schema(name = "ProgrammaBegroting", description = "De berekende begroting: elk totaal met de regels waaruit het bestaat")
public record BegrotingAntwoord(
        @Schema(description = "Alle regels met een bedrag") Totaal totaal,
        @Schema(description = "Per thema; thema null: regels van het programma als geheel of van projecten van "
                + "verschillende thema's") List<PerThema> perThema,
        @Schema(description = "Per doel; doel null: regels van het programma of een thema als geheel")
        List<PerDoel> perDoel,
        @Schema(description = "Per project, of per groep projecten voor een regel die zij delen")
        List<PerProjecten> perProjecten,
        @Schema(description = "Per jaar, alleen regels van één jaar") List<PerJaar> perJaar,
        @Schema(description = "Regels over meerdere jaren, per reeks van jaren, niet over de jaren verdeeld")
        List<Meerjarig> meerjarig,
        @Schema(description = "Per financieringsbron") List<PerBron> perBron,
        @Schema(description = "De regels van 'n.v.t.' (elders bekostigd); zij tellen nergens mee")
        List<Integer> nietBegroot,
        @Schema(description = "Wat niet klopt: een regel buiten de planperiode, een vermeld totaal dat afwijkt")
        List<Bevinding> bevindingen,
        @Schema(description = "Een begroting van personen × tarieven (inkomsten en uitgaven per jaar en het "
                + "berekende saldo); null als het programma er geen heeft") Dekking dekking,
        @Schema(description = "Begroot tegenover gerealiseerd: per regel en per groep regels de uitputting, de "
                + "prognose tot het einde en de overheveling van niet uitgegeven geld") RealisatieAntwoord realisatie) {

    @Schema(name = "ProgrammaTotaal")
    public record Totaal(BigDecimal bedrag, List<Integer> regels) {
    }

    @Schema(name = "ProgrammaTotaalPerThema")
    public record PerThema(Integer thema, String naam, BigDecimal bedrag, List<Integer> regels) {
    }

    @Schema(name = "ProgrammaTotaalPerDoel")
    public record PerDoel(Integer doel, String omschrijving, BigDecimal bedrag, List<Integer> regels) {
    }

    @Schema(name = "ProgrammaTotaalPerProjecten")
    public record PerProjecten(List<Integer> projecten, List<String> namen, BigDecimal bedrag, List<Integer> regels) {
    }

    @Schema(name = "ProgrammaTotaalPerJaar")
    public record PerJaar(int jaar, BigDecimal bedrag, List<Integer> regels) {
    }

    @Schema(name = "ProgrammaMeerjarigeRegels", description = "Van vanJaar tot en met totJaar, niet verdeeld")
    public record Meerjarig(int vanJaar, int totJaar, BigDecimal bedrag, List<Integer> regels) {
    }

    @Schema(name = "ProgrammaTotaalPerBron")
    public record PerBron(String financieringsbron, BigDecimal bedrag, List<Integer> regels) {
    }

    @Schema(name = "ProgrammaDekking", description = "Inkomsten en uitgaven per jaar, alles berekend; de bevindingen "
            + "waar het plan iets anders vermeldt")
    public record Dekking(List<DekkingJaar> jaren, List<Bevinding> bevindingen) {
    }

    @Schema(name = "ProgrammaDekkingJaar")
    public record DekkingJaar(int jaar, List<DekkingPost> inkomsten, List<DekkingPost> uitgaven,
            @Schema(description = "Alle inkomsten, met de overheveling uit het vorige jaar zoals berekend")
            BigDecimal totaalInkomsten,
            @Schema(description = "De inkomsten zonder de berekende overheveling") BigDecimal inkomstenZonderOverheveling,
            BigDecimal totaalUitgaven,
            @Schema(description = "Inkomsten min uitgaven: wat naar het volgende jaar gaat") BigDecimal saldo,
            @Schema(description = "Het totaal van de inkomsten zoals het plan het vermeldt (null: niet vermeld)")
            BigDecimal vermeldeInkomsten,
            @Schema(description = "Het totaal van de uitgaven zoals het plan het vermeldt (null: niet vermeld)")
            BigDecimal vermeldeUitgaven) {
    }

    @Schema(name = "ProgrammaDekkingPost")
    public record DekkingPost(int nummer, String omschrijving, Programmaplan.Berekening berekening,
            @Schema(description = "Het aantal (personen, trajecten) bij aantal × tarief") Integer aantal,
            @Schema(description = "Het tarief bij aantal × tarief") BigDecimal tarief, BigDecimal bedrag,
            @Schema(description = "Hoe het bedrag ontstaat", example = "22 × € 2.370,00 = € 52.140,00")
            String afleiding,
            @Schema(description = "Het bedrag zoals het plan het vermeldt (null: niet vermeld)")
            BigDecimal vermeldBedrag) {
    }

    @Schema(name = "ProgrammaBevinding")
    public record Bevinding(@Schema(description = "BUITEN_PLANPERIODE, MEERDERE_THEMAS, VERMELD_TOTAAL_WIJKT_AF, "
            + "VERMELD_BEDRAG_WIJKT_AF of VERMELD_JAARTOTAAL_WIJKT_AF")
            Begroting.Bevinding.Soort soort, @Schema(description = "De regel; null voor het plan als geheel")
            Integer regel, String toelichting) {
    }

    /** The budget of a plan, with the plan's names. */
    public static BegrotingAntwoord van(Programmaplan plan, Begroting b) {
        Map<Integer, String> themas = plan.themas().stream()
                .collect(Collectors.toMap(Programmaplan.Thema::nummer, Programmaplan.Thema::naam));
        Map<Integer, String> doelen = plan.doelen().stream()
                .collect(Collectors.toMap(Programmaplan.Doel::nummer, Programmaplan.Doel::omschrijving));
        Map<Integer, String> projecten = plan.projecten().stream()
                .collect(Collectors.toMap(Programmaplan.Project::nummer, Programmaplan.Project::naam));
        Function<Integer, String> naam = n -> n == null ? null : themas.get(n);
        return new BegrotingAntwoord(new Totaal(b.totaal().bedrag(), b.totaal().regels()),
                b.perThema().stream().map(t -> new PerThema(t.thema(), naam.apply(t.thema()), t.totaal().bedrag(),
                        t.totaal().regels())).toList(),
                b.perDoel().stream().map(d -> new PerDoel(d.doel(), d.doel() == null ? null : doelen.get(d.doel()),
                        d.totaal().bedrag(), d.totaal().regels())).toList(),
                b.perProjecten().stream().map(p -> new PerProjecten(p.projecten(), p.projecten().stream()
                        .map(projecten::get).toList(), p.totaal().bedrag(), p.totaal().regels())).toList(),
                b.perJaar().stream().map(j -> new PerJaar(j.jaar(), j.totaal().bedrag(), j.totaal().regels()))
                        .toList(),
                b.meerjarig().stream().map(m -> new Meerjarig(m.vanJaar(), m.totJaar(), m.totaal().bedrag(),
                        m.totaal().regels())).toList(),
                b.perBron().stream().map(s -> new PerBron(s.financieringsbron(), s.totaal().bedrag(),
                        s.totaal().regels())).toList(),
                b.nietBegroot(),
                bevindingen(b.bevindingen()), dekking(ProgrammaService.dekking(plan)),
                RealisatieAntwoord.van(plan, ProgrammaService.realisatie(plan, b)));
    }

    private static Dekking dekking(nl.woonregie.programma.begroting.Dekking d) {
        if (d == null) {
            return null;
        }
        return new Dekking(d.jaren().stream().map(j -> new DekkingJaar(j.jaar(), posten(j.inkomsten()),
                posten(j.uitgaven()), j.totaalInkomsten(), j.inkomstenZonderOverheveling(), j.totaalUitgaven(),
                j.saldo(), j.vermeldeInkomsten(), j.vermeldeUitgaven())).toList(),
                bevindingen(d.bevindingen()));
    }

    private static List<Bevinding> bevindingen(List<Begroting.Bevinding> bevindingen) {
        return bevindingen.stream().map(v -> new Bevinding(v.soort(), v.regel(), v.toelichting())).toList();
    }

    private static List<DekkingPost> posten(List<nl.woonregie.programma.begroting.Dekking.Post> posten) {
        return posten.stream().map(p -> new DekkingPost(p.nummer(), p.omschrijving(),
                Programmaplan.Berekening.valueOf(p.berekening().name()), p.aantal(), p.tarief(), p.bedrag(),
                p.afleiding(), p.vermeldBedrag())).toList();
    }
}
