package nl.woonregie.brieven;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact as typed (API and form alike): every field text, judged by {@link Contacten}, which names every invalid
 * field. {@code organisatiesoort} and {@code organisatie} only for a province's own register (COA regions and
 * corporations); {@code versie} the version a change is made to.
 */
@Schema(name = "ContactVerzoek")
public record Contactverzoek(
        @Schema(description = "AMBTELIJK of BESTUURLIJK", requiredMode = Schema.RequiredMode.REQUIRED) String soort,
        @Schema(description = "COLLEGE, BURGEMEESTER, WETHOUDER, GEMEENTESECRETARIS, GRIFFIE, BELEIDSMEDEWERKER, "
                + "TEAMLEIDER, CONTACTPERSOON of OVERIG", requiredMode = Schema.RequiredMode.REQUIRED) String rol,
        @Schema(maxLength = 200, example = "J. de Vries", requiredMode = Schema.RequiredMode.REQUIRED) String naam,
        @Schema(maxLength = 200, example = "Wethouder wonen") String functie,
        @Schema(maxLength = 254, format = "email", example = "j.devries@example.org") String email,
        @Schema(maxLength = 40, example = "070 123 45 67") String telefoon,
        @Schema(maxLength = 500, description = "Postadres, regels gescheiden door een nieuwe regel",
                example = "Postbus 12600\n2500 DJ Den Haag") String postadres,
        @Schema(description = "Heeft aangegeven langs elektronische weg bereikbaar te zijn voor besluiten "
                + "(Awb 2:14)") Boolean elektronischBereikbaar,
        @Schema(format = "date", example = "2022-09-01") String elektronischSinds,
        @Schema(maxLength = 2000) String toelichting,
        @Schema(description = "Onwaar als de contactpersoon de rol niet meer heeft (blijft met zijn geschiedenis)")
        Boolean actief,
        @Schema(description = "Alleen in het register van de provincie: COA_REGIO of CORPORATIE") String organisatiesoort,
        @Schema(maxLength = 200, description = "Alleen in het register van de provincie: de naam van de COA-regio of "
                + "corporatie", example = "Staedion") String organisatie,
        @Schema(description = "De soorten herinneringen die het contact niet ontvangt (standaard ontvangt het ze "
                + "alle): TERMIJN_HUURCONTRACTEN. Bij een wijziging zonder dit veld blijft de keuze zoals ze was.")
        java.util.List<String> herinneringenUit,
        @Schema(description = "Bij een wijziging: de versie die u wijzigt (of If-Match)", example = "1") Integer versie,
        @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {
}
