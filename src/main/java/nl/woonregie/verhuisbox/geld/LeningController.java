package nl.woonregie.verhuisbox.geld;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Client;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Loans over the API: the terms, schedule, repayments, arrears and follow-up notes of a loan grant, and the team's
 * loans in arrears as XLSX. Only translates; {@link Leningen} authorises and validates.
 */
@RestController
@Tag(name = "Verhuisbox leningen", description = "Leningen: voorwaarden (looptijd, eerste vervaldatum, renteloos), "
        + "aflossingsschema, aflossingen, achterstand en opvolging; een taak voor de administratief bij een "
        + "achterstand van meer dan het ingestelde aantal dagen.")
class LeningController {

    private static final String API = GeldController.API;

    private final VerhuisboxToegang toegang;
    private final Leningen leningen;
    private final Potten potten;
    private final Clock klok;

    LeningController(VerhuisboxToegang toegang, Leningen leningen, Potten potten, Clock klok) {
        this.toegang = toegang;
        this.leningen = leningen;
        this.potten = potten;
        this.klok = klok;
    }

    @GetMapping(API + "/verstrekkingen/{id}/lening")
    @Operation(summary = "De lening van een verstrekking: voorwaarden, aflossingsschema, aflossingen, stand vandaag "
            + "(verschuldigd, afgelost, achterstand, openstaand, dagen achterstand) en opvolging (gelogd); 409 voor "
            + "een gift")
    Leningen.Lening lening(@PathVariable long id) {
        return leningen.lees(id, toegang.huidige());
    }

    @PutMapping(API + "/verstrekkingen/{id}/lening")
    @Operation(summary = "Leg de voorwaarden van een goedgekeurde lening vast of wijzig ze (toegewezen "
            + "ADMINISTRATIEF, CONSULENT)", description = "looptijdMaanden (1–120), eersteVervaldatum (niet voor de "
            + "goedkeuring), rentePercentage (alleen 0: renteloos), achterstandDagen (standaard 30: daarna een taak "
            + "voor de administratief), versie (verplicht bij een wijziging; 409 als die intussen gewijzigd is). "
            + "Het termijnbedrag is het bedrag gedeeld door de looptijd, naar beneden op centen; de laatste termijn "
            + "neemt de rest.")
    Leningen.Lening voorwaarden(@PathVariable long id, @RequestBody(required = false) Leningen.Voorwaardeninvoer in,
            HttpServletRequest request) {
        return leningen.legVoorwaardenVast(id, in, toegang.huidige(), Client.van(request));
    }

    @PostMapping(API + "/verstrekkingen/{id}/aflossingen")
    @Operation(summary = "Leg een aflossing van een uitbetaalde lening vast (toegewezen ADMINISTRATIEF, CONSULENT): "
            + "datum (standaard vandaag), bedrag (hoogstens het openstaande bedrag), referentie; sluit de taak "
            + "'Achterstand lening' zodra de achterstand is ingelopen")
    ResponseEntity<Leningen.Lening> aflossing(@PathVariable long id,
            @RequestBody(required = false) Leningen.Aflossinginvoer in, HttpServletRequest request) {
        Leningen.Lening l = leningen.losAf(id, in, toegang.huidige(), Client.van(request));
        return ResponseEntity.created(URI.create(API + "/verstrekkingen/" + id + "/lening")).body(l);
    }

    @PostMapping(API + "/verstrekkingen/{id}/opvolgingen")
    @Operation(summary = "Leg de opvolging van een lening vast (toegewezen ADMINISTRATIEF, CONSULENT): soort "
            + "(CONTACT, REGELING, INVORDERING) en toelichting")
    ResponseEntity<Leningen.Lening> opvolging(@PathVariable long id,
            @RequestBody(required = false) Leningen.Opvolginginvoer in, HttpServletRequest request) {
        Leningen.Lening l = leningen.volgOp(id, in, toegang.huidige(), Client.van(request));
        return ResponseEntity.created(URI.create(API + "/verstrekkingen/" + id + "/lening")).body(l);
    }

    @GetMapping(API + "/leningen/achterstanden.xlsx")
    @Operation(summary = "De leningen van het team met een achterstand vandaag als XLSX (COORDINATOR, CONSULENT)")
    @ApiResponse(responseCode = "200", description = "De leningen met achterstand als XLSX",
            content = @Content(mediaType = Spreadsheet.XLSX,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> achterstanden(HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        List<Leningen.Lening> lijst = leningen.achterstanden(g);
        List<List<Object>> rijen = new ArrayList<>();
        for (Leningen.Lening l : lijst) {
            Leningen.Voorwaarden w = l.voorwaarden();
            String opvolging = l.opvolgingen().isEmpty() ? null : l.opvolgingen().get(l.opvolgingen().size() - 1)
                    .soortLabel() + ": " + l.opvolgingen().get(l.opvolgingen().size() - 1).toelichting();
            rijen.add(Arrays.asList(l.kenmerk(), "VHB-" + l.casus(), l.omschrijving(),
                    new Spreadsheet.Bedrag(l.bedrag()), w.looptijdMaanden(), new Spreadsheet.Bedrag(w.termijnbedrag()),
                    w.eersteVervaldatum(), new Spreadsheet.Bedrag(l.stand().verschuldigd()),
                    new Spreadsheet.Bedrag(l.stand().afgelost()), new Spreadsheet.Bedrag(l.stand().achterstand()),
                    new Spreadsheet.Bedrag(l.stand().openstaand()), l.stand().dagenAchterstand(),
                    l.signaal() ? "ja" : "nee", opvolging));
        }
        LocalDate vandaag = LocalDate.now(klok);
        byte[] xlsx = Spreadsheet.werkmap().blad("Achterstanden " + vandaag, List.of("Kenmerk", "Casus",
                "Omschrijving", "Bedrag", "Looptijd (maanden)", "Termijn", "Eerste vervaldatum", "Verschuldigd",
                "Afgelost", "Achterstand", "Openstaand", "Dagen achterstand", "Taak (meer dan ingestelde dagen)",
                "Laatste opvolging"), rijen).blad("Toelichting", List.of("Definitie"), List.of(
                List.of("Verschuldigd = de termijnen met een vervaldatum tot en met vandaag; achterstand = "
                        + "verschuldigd − afgelost (niet onder 0); dagen achterstand = vandaag − de vervaldatum van "
                        + "de oudste termijn die de aflossingen niet dekken."))).bytes();
        potten.exportGelogd(g, Map.of("export", "leningen met achterstand", "peildatum", vandaag.toString(), "rijen",
                rijen.size()), Client.van(request));
        return GeldController.xlsx("leningen-achterstand-" + vandaag + ".xlsx", xlsx);
    }
}
