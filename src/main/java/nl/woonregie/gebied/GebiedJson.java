package nl.woonregie.gebied;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON documents of the gebied API (field names are part of the contract). */
final class GebiedJson {

    private GebiedJson() {
    }

    @Schema(name = "ProvincieVerwijzing")
    record ProvincieRef(@Schema(example = "PV28") String code, @Schema(example = "Zuid-Holland") String naam) {

        static ProvincieRef van(Provincie p) {
            return new ProvincieRef(p.code(), p.naam());
        }
    }

    @Schema(name = "RegioVerwijzing")
    record RegioRef(@Schema(example = "VR15") String code, @Schema(example = "Haaglanden") String naam,
            @Schema(example = "VEILIGHEIDSREGIO") String soort) {

        static RegioRef van(Regio r) {
            return new RegioRef(r.code(), r.naam(), r.soort());
        }
    }

    @Schema(name = "Provincie")
    @JsonPropertyOrder({"code", "naam", "aantalGemeenten", "inwoners", "inwonersPeildatum"})
    record ProvincieOverzicht(
            @Schema(example = "PV28") String code,
            @Schema(example = "Zuid-Holland") String naam,
            @Schema(description = "Aantal gemeenten dat vandaag bestaat", example = "50") long aantalGemeenten,
            @Schema(description = "Inwoners van die gemeenten op de laatste peildatum", example = "3834178") Long inwoners,
            @Schema(description = "Peildatum van inwoners (1 januari)", example = "2024-01-01") LocalDate inwonersPeildatum) {
    }

    @Schema(name = "Provincies")
    record ProvinciesAntwoord(List<ProvincieOverzicht> provincies) {
    }

    @Schema(name = "GemeenteOverzicht")
    @JsonPropertyOrder({"code", "naam", "provincie", "regios", "inwoners", "inwonersPeildatum", "geldigVanaf",
            "geldigTot", "opgegaanIn"})
    record GemeenteOverzicht(
            @Schema(example = "GM0518") String code,
            @Schema(example = "'s-Gravenhage") String naam,
            ProvincieRef provincie,
            @Schema(description = "Regio's waar de gemeente op de peildatum bij hoort") List<RegioRef> regios,
            @Schema(description = "Inwoners op de laatste peildatum van deze gemeentecode", example = "566221")
            Integer inwoners,
            @Schema(example = "2024-01-01") LocalDate inwonersPeildatum,
            @Schema(description = "Eerste dag van de gemeente; leeg: bestond al op 2020-01-01, het begin van het register") LocalDate geldigVanaf,
            @Schema(description = "Eerste dag waarop de gemeente niet meer bestaat (dag van de herindeling); leeg: "
                    + "bestaat nog") LocalDate geldigTot,
            @Schema(description = "Code van de gemeente waarin deze is opgegaan", example = "GM0363") String opgegaanIn) {
    }

    @Schema(name = "Link")
    record Link(@Schema(example = "/api/v1/gemeenten?pagina=2&paginaGrootte=50") String href) {
    }

    @Schema(name = "PaginaLinks")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"self", "first", "prev", "next", "last"})
    record Links(Link self, Link first, Link prev, Link next, Link last) {
    }

    @Schema(name = "GemeentenPagina")
    @JsonPropertyOrder({"gemeenten", "peildatum", "pagina", "paginaGrootte", "totaalAantal", "aantalPaginas",
            "_links"})
    record GemeentenPagina(
            List<GemeenteOverzicht> gemeenten,
            @Schema(description = "De dag waarop de gemeenten bestaan", example = "2024-01-01") LocalDate peildatum,
            @Schema(example = "1") int pagina,
            @Schema(example = "50") int paginaGrootte,
            @Schema(example = "342") long totaalAantal,
            @Schema(example = "7") long aantalPaginas,
            @JsonProperty("_links") Links links) {
    }

    @Schema(name = "RegioLidmaatschap")
    @JsonPropertyOrder({"code", "naam", "soort", "geldigVanaf", "geldigTot"})
    record Lidmaatschap(
            @Schema(example = "VR14") String code,
            @Schema(example = "Gooi en Vechtstreek") String naam,
            @Schema(example = "VEILIGHEIDSREGIO") String soort,
            LocalDate geldigVanaf,
            @Schema(example = "2022-03-24") LocalDate geldigTot) {

        static Lidmaatschap van(RegioLidmaatschap l) {
            return new Lidmaatschap(l.regio().code(), l.regio().naam(), l.regio().soort(), l.geldigVanaf(),
                    l.geldigTot());
        }
    }

    @Schema(name = "GemeenteVerwijzing")
    record GemeenteRef(@Schema(example = "GM0457") String code, @Schema(example = "Weesp") String naam,
            LocalDate geldigTot) {
    }

    @Schema(name = "Gemeente")
    @JsonPropertyOrder({"code", "naam", "provincie", "geldigVanaf", "geldigTot", "opgegaanIn", "voorgangers",
            "regios", "inwoners", "inwonersPeildatum", "bevolking"})
    record GemeenteDetail(
            @Schema(example = "GM0457") String code,
            @Schema(example = "Weesp") String naam,
            ProvincieRef provincie,
            LocalDate geldigVanaf,
            @Schema(example = "2022-03-24") LocalDate geldigTot,
            @Schema(example = "GM0363") String opgegaanIn,
            @Schema(description = "Gemeenten die in deze gemeente zijn opgegaan") List<GemeenteRef> voorgangers,
            @Schema(description = "Alle regio-lidmaatschappen, ook beëindigde") List<Lidmaatschap> regios,
            Integer inwoners,
            LocalDate inwonersPeildatum,
            @Schema(description = "Inwoners per 1 januari, elk jaar op de indeling van dat jaar") List<Bevolking> bevolking) {
    }

    @Schema(name = "Regio")
    @JsonPropertyOrder({"code", "naam", "soort", "aantalGemeenten", "inwoners", "inwonersPeildatum"})
    record RegioOverzicht(
            @Schema(example = "VR15") String code,
            @Schema(example = "Haaglanden") String naam,
            @Schema(example = "VEILIGHEIDSREGIO") String soort,
            @Schema(example = "9") long aantalGemeenten,
            @Schema(example = "1162453") Long inwoners,
            @Schema(example = "2024-01-01") LocalDate inwonersPeildatum) {
    }

    @Schema(name = "Regios")
    record RegiosAntwoord(List<RegioOverzicht> regios) {
    }

    @Schema(name = "RegioGemeente")
    @JsonPropertyOrder({"code", "naam", "provincie", "inwoners", "inwonersPeildatum"})
    record RegioLid(String code, String naam, ProvincieRef provincie, Integer inwoners, LocalDate inwonersPeildatum) {
    }

    @Schema(name = "RegioMetGemeenten")
    @JsonPropertyOrder({"code", "naam", "soort", "peildatum", "aantalGemeenten", "inwoners", "inwonersPeildatum",
            "gemeenten"})
    record RegioDetail(
            @Schema(example = "VR15") String code,
            @Schema(example = "Haaglanden") String naam,
            @Schema(example = "VEILIGHEIDSREGIO") String soort,
            @Schema(description = "De dag waarop de gemeenten lid zijn") LocalDate peildatum,
            long aantalGemeenten,
            Long inwoners,
            LocalDate inwonersPeildatum,
            List<RegioLid> gemeenten) {
    }
}
