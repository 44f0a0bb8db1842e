package nl.woonregie.programma;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.programma.begroting.Realisatiestand;

/**
 * Budget against spending as the API answers it (part of {@link BegrotingAntwoord}): per line and per group of lines
 * what was budgeted, realised and remains, the exhaustion, the forecast to the end (linear from the realised months,
 * ADR 0045) and the transfer of unspent money with its destination.
 */
@Schema(name = "ProgrammaRealisatie", description = "Begroot tegenover gerealiseerd, met uitputting, prognose en "
        + "overheveling")
public record RealisatieAntwoord(
        @Schema(description = "De regel voor de prognose", example = "lineair uit de gerealiseerde maanden")
        String prognoseregel,
        Stand totaal, List<Regel> regels, List<PerThema> perThema, List<PerDoel> perDoel,
        List<PerProjecten> perProjecten,
        @Schema(description = "Per jaar: de regels van één jaar en de jaren van meerjarige regels die de controller "
                + "verdeelde (verdeeldeRegels)") List<PerJaar> perJaar,
        @Schema(description = "Meerjarige regels zonder verdeling, als reeks van jaren vergeleken")
        List<Meerjarig> meerjarig, List<PerBron> perBron,
        @Schema(description = "Niet uitgegeven geld per bestemming: definitief (de periode is voorbij) of verwacht "
                + "(volgens de prognose)") List<Overheveling> overhevelingen) {

    /** The rule of the forecast, as the API and the page state it. */
    public static final String PROGNOSEREGEL = "lineair uit de gerealiseerde maanden: gerealiseerd × de maanden van "
            + "de regel / de maanden tot en met de laatste realisatie; aan het einde van de periode de realisatie";

    @Schema(name = "ProgrammaRealisatieStand")
    public record Stand(BigDecimal begroot, BigDecimal gerealiseerd,
            @Schema(description = "Begroot min gerealiseerd; negatief: overschreden") BigDecimal resterend,
            @Schema(description = "Gerealiseerd / begroot, in hele procenten; null als niets begroot is",
                    example = "43") BigDecimal uitputting,
            @Schema(description = "De som van de prognoses van de regels; null als een regel nog geen realisatie "
                    + "heeft") BigDecimal prognose,
            List<Integer> regels, List<Integer> zonderRealisatie) {
    }

    @Schema(name = "ProgrammaRealisatieRegel")
    public record Regel(int regel, String omschrijving, BigDecimal begroot, BigDecimal gerealiseerd,
            BigDecimal resterend, BigDecimal uitputting,
            @Schema(description = "Het jaar van de laatste realisatie") Integer peiljaar,
            @Schema(description = "De maand (tot en met) van de laatste realisatie") Integer peilmaand,
            BigDecimal prognose, String prognoseAfleiding,
            @Schema(description = "De controller verdeelde de regel over haar jaren") boolean verdeeld,
            List<Jaar> jaren, Overheveling overheveling) {
    }

    @Schema(name = "ProgrammaRealisatieJaar")
    public record Jaar(int jaar,
            @Schema(description = "Het bedrag van het jaar: de regel van één jaar of de verdeling van de controller; "
                    + "null voor een meerjarige regel zonder verdeling") BigDecimal begroot,
            @Schema(description = "null: niets vastgelegd") BigDecimal gerealiseerd, Integer totEnMetMaand) {
    }

    @Schema(name = "ProgrammaOverheveling")
    public record Overheveling(BigDecimal bedrag,
            @Schema(description = "Waarheen het niet uitgegeven geld gaat; null als het plan het niet zegt")
            String bestemming,
            @Schema(description = "true: de periode is voorbij; false: verwacht volgens de prognose")
            boolean definitief, String afleiding, List<Integer> regels) {
    }

    @Schema(name = "ProgrammaRealisatiePerThema")
    public record PerThema(Integer thema, String naam, Stand stand) {
    }

    @Schema(name = "ProgrammaRealisatiePerDoel")
    public record PerDoel(Integer doel, String omschrijving, Stand stand) {
    }

    @Schema(name = "ProgrammaRealisatiePerProjecten")
    public record PerProjecten(List<Integer> projecten, List<String> namen, Stand stand) {
    }

    @Schema(name = "ProgrammaRealisatiePerJaar")
    public record PerJaar(int jaar, Stand stand,
            @Schema(description = "De regels die hier tellen volgens de verdeling van de controller")
            List<Integer> verdeeldeRegels) {
    }

    @Schema(name = "ProgrammaRealisatieMeerjarig")
    public record Meerjarig(int vanJaar, int totJaar, Stand stand) {
    }

    @Schema(name = "ProgrammaRealisatiePerBron")
    public record PerBron(String financieringsbron, Stand stand) {
    }

    /** The stand of a plan, with the plan's names. */
    public static RealisatieAntwoord van(Programmaplan plan, Realisatiestand r) {
        Map<Integer, String> themas = plan.themas().stream()
                .collect(Collectors.toMap(Programmaplan.Thema::nummer, Programmaplan.Thema::naam));
        Map<Integer, String> doelen = plan.doelen().stream()
                .collect(Collectors.toMap(Programmaplan.Doel::nummer, Programmaplan.Doel::omschrijving));
        Map<Integer, String> projecten = plan.projecten().stream()
                .collect(Collectors.toMap(Programmaplan.Project::nummer, Programmaplan.Project::naam));
        Map<Integer, String> omschrijvingen = plan.regels().stream()
                .collect(Collectors.toMap(Programmaplan.Begrotingsregel::nummer,
                        Programmaplan.Begrotingsregel::omschrijving, (a, b) -> a));
        return new RealisatieAntwoord(PROGNOSEREGEL, stand(r.totaal()),
                r.regels().stream().map(s -> new Regel(s.nummer(), omschrijvingen.get(s.nummer()), s.begroot(),
                        s.gerealiseerd(), s.resterend(), s.uitputting(), s.peiljaar(), s.peilmaand(), s.prognose(),
                        s.prognoseAfleiding(), s.verdeeld(), s.jaren().stream().map(j -> new Jaar(j.jaar(),
                                j.begroot(), j.gerealiseerd(), j.totEnMetMaand())).toList(),
                        overheveling(s.overheveling()))).toList(),
                r.perThema().stream().map(g -> new PerThema(g.sleutel(), g.sleutel() == null ? null
                        : themas.get(g.sleutel()), stand(g.stand()))).toList(),
                r.perDoel().stream().map(g -> new PerDoel(g.sleutel(), g.sleutel() == null ? null
                        : doelen.get(g.sleutel()), stand(g.stand()))).toList(),
                r.perProjecten().stream().map(g -> new PerProjecten(g.sleutel(), g.sleutel().stream()
                        .map(projecten::get).toList(), stand(g.stand()))).toList(),
                r.perJaar().stream().map(j -> new PerJaar(j.jaar(), stand(j.stand()), j.verdeeldeRegels())).toList(),
                r.meerjarig().stream().map(m -> new Meerjarig(m.vanJaar(), m.totJaar(), stand(m.stand()))).toList(),
                r.perBron().stream().map(g -> new PerBron(g.sleutel(), stand(g.stand()))).toList(),
                r.overhevelingen().stream().map(RealisatieAntwoord::overheveling).toList());
    }

    private static Stand stand(Realisatiestand.Stand s) {
        return new Stand(s.begroot(), s.gerealiseerd(), s.resterend(), s.uitputting(), s.prognose(), s.regels(),
                s.zonderRealisatie());
    }

    private static Overheveling overheveling(Realisatiestand.Overheveling o) {
        return o == null ? null : new Overheveling(o.bedrag(), o.bestemming(), o.definitief(), o.afleiding(),
                o.regels());
    }
}
