package nl.woonregie.programma;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.programma.internal.Plancontrole;
import nl.woonregie.programma.internal.Planwerkmap;
import nl.woonregie.programma.internal.ProgrammaOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of a whole plan from a workbook (issue 18 §6; ADR 0047; the format: {@link Planwerkmap}). All or
 * nothing: every cell that cannot be read and every field {@link Plancontrole} refuses is named by sheet, line and
 * column, and nothing is stored. A BEHEERDER makes a new programme from it; the PROGRAMMAMANAGER of a programme (and
 * BEHEERDER) replaces its plan as a new version, naming the version replaced and the reason. The owner stays; the
 * partner gemeenten (who read it) change only by BEHEERDER; the budget lines only by someone who may change them
 * (the CONTROLLER, BEHEERDER). The budget of persons × rates and the measurements of the indicators (by number) are
 * kept, as they are not in the workbook.
 */
@Service
public class ProgrammaImport {

    private final ProgrammaService programmas;
    private final ProgrammaOpslag opslag;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    ProgrammaImport(ProgrammaService programmas, ProgrammaOpslag opslag, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.programmas = programmas;
        this.opslag = opslag;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The empty workbook to fill in (the sheets and their columns). */
    public byte[] sjabloon() {
        return Planwerkmap.schrijf(null);
    }

    /** The current plan of a programme as a workbook in the import's format (for whoever may read it). */
    @Transactional(readOnly = true)
    public byte[] werkmap(Gebruiker g, long id) {
        return Planwerkmap.schrijf(programmas.lees(g, id).plan());
    }

    /** Whether this account may make a programme from a workbook (BEHEERDER). */
    public boolean magAanmaken(Gebruiker g) {
        return g != null && g.heeft(Rol.BEHEERDER);
    }

    /** Whether this account imports plans at all (BEHEERDER, a PROGRAMMAMANAGER): for the template; 403 else. */
    public void vereisImporteren(Gebruiker g) {
        if (!g.heeft(Rol.BEHEERDER, Rol.PROGRAMMAMANAGER)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Een plan importeren de beheerder en de "
                    + "programmamanager.", null);
        }
    }

    /** Makes a programme from a workbook (BEHEERDER): version 1, or 400 naming every invalid cell. */
    @Transactional
    public Programma aanmaken(Gebruiker g, byte[] inhoud, String bestandsnaam, String reden, String client) {
        if (!magAanmaken(g)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen een beheerder maakt een programma "
                    + "aan; daarna houdt de programmamanager het bij.", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        reden(reden, fouten);
        Programmaplan plan = gelezen(inhoud, fouten, null);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het programma is niet aangemaakt: er is niets opgeslagen.", fouten);
        }
        return programmas.aanmaken(g, plan, reden.strip() + " (import van " + naam(bestandsnaam) + ")", client);
    }

    /**
     * Replaces the plan of a programme by a workbook as version {@code versie + 1} (its PROGRAMMAMANAGER, BEHEERDER):
     * 400 naming every invalid cell, 409 when another change came first.
     */
    @Transactional
    public Programma vervangen(Gebruiker g, long id, String versie, byte[] inhoud, String bestandsnaam,
            String reden, String client) {
        Programma huidig = vereisVervangen(g, id);
        ProgrammaService.Rechten rechten = programmas.rechten(g, huidig);
        List<InvalidParam> fouten = new ArrayList<>();
        Integer van = versie(versie, fouten);
        reden(reden, fouten);
        Planwerkmap.Gelezen[] gelezen = new Planwerkmap.Gelezen[1];
        Programmaplan ingelezen = gelezen(inhoud, fouten, gelezen);
        Programmaplan plan = null;
        if (ingelezen != null) {
            Programmaplan oud = huidig.plan();
            Planwerkmap.Gelezen w = gelezen[0];
            if (!Objects.equals(ingelezen.eigenaar(), oud.eigenaar())) {
                fouten.add(new InvalidParam(w.cel("eigenaar"), "de eigenaar van een programma blijft " + oud.eigenaar()));
            }
            if (!g.heeft(Rol.BEHEERDER) && !ingelezen.partnergemeenten().equals(oud.partnergemeenten())) {
                fouten.add(new InvalidParam(w.cel("partnergemeenten"), "alleen een beheerder wijzigt de "
                        + "partnergemeenten (zij lezen het programma); laat ze " + String.join(", ",
                        oud.partnergemeenten())));
            }
            if (!rechten.begrotingWijzigen() && !ingelezen.regels().equals(oud.regels())) {
                fouten.add(new InvalidParam("blad " + Planwerkmap.REGELS, "de begrotingsregels houdt de controller "
                        + "van het programma bij; laat ze zoals in versie " + huidig.versie()));
            }
            plan = metBehoud(ingelezen, oud);
            if (fouten.isEmpty()) {
                // the kept budget of persons × rates must still fit the plan (its years, the period)
                Plancontrole.controleer(plan, c -> gebied.gemeente(c).isPresent())
                        .forEach(f -> fouten.add(new InvalidParam(w.cel(f.name()), f.reason())));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het programma is niet gewijzigd: er is niets opgeslagen.", fouten);
        }
        String r = reden.strip();
        String wat = "Plan vervangen door import van " + naam(bestandsnaam);
        if (!opslag.schrijf(id, van, plan, wat, r, g.actor())) {
            Programma nu = opslag.lees(id).orElseThrow();
            throw new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "Programma '" + huidig.plan().naam()
                    + "' is intussen gewijzigd (nu versie " + nu.versie() + "); bekijk het opnieuw.", null);
        }
        Map<String, Object> waarden = opslag.alsMap(plan);
        waarden.put("bestand", naam(bestandsnaam));
        waarden.put("reden", r);
        gebeurtenissen.publishEvent(new ProgrammaGebeurtenis.Geimporteerd(id, huidig.plan().eigenaar(), van + 1,
                opslag.alsMap(huidig.plan()), waarden, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /**
     * The programme whose plan this account may replace (its PROGRAMMAMANAGER, BEHEERDER): 404 when it may not read
     * it, 403 when it only reads it.
     */
    @Transactional(readOnly = true)
    public Programma vereisVervangen(Gebruiker g, long id) {
        Programma huidig = programmas.lees(g, id);
        if (!programmas.rechten(g, huidig).planWijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Het plan houdt de programmamanager van het "
                    + "programma bij.", null);
        }
        return huidig;
    }

    /** The plan read and checked, or null with every invalid cell in {@code fouten}. */
    private Programmaplan gelezen(byte[] inhoud, List<InvalidParam> fouten, Planwerkmap.Gelezen[] uit) {
        if (inhoud == null || inhoud.length == 0) {
            fouten.add(new InvalidParam("bestand", "verplicht: een XLSX-werkmap met de bladen "
                    + String.join(", ", Planwerkmap.bladnamen()) + " (download het sjabloon)"));
            return null;
        }
        if (inhoud.length > Planwerkmap.MAX_BESTAND) {
            fouten.add(new InvalidParam("bestand", "groter dan 2 MiB; een plan is een paar honderd regels"));
            return null;
        }
        Planwerkmap.Gelezen w = Planwerkmap.lees(inhoud);
        if (uit != null) {
            uit[0] = w;
        }
        if (w.plan() == null) {
            fouten.addAll(w.fouten());
            return null;
        }
        List<InvalidParam> controle = Plancontrole.controleer(w.plan(), c -> gebied.gemeente(c).isPresent());
        controle.forEach(f -> fouten.add(new InvalidParam(w.cel(f.name()), f.reason())));
        return controle.isEmpty() ? w.plan() : null;
    }

    /**
     * The imported plan with what the workbook does not hold: the budget of persons × rates, the measurements and the
     * direction of each indicator's target (by its number), and the spending recorded per line and year with the
     * controller's splits (checked again with the new plan: a line they name must still be there).
     */
    private static Programmaplan metBehoud(Programmaplan nieuw, Programmaplan oud) {
        List<Programmaplan.Indicator> indicatoren = nieuw.indicatoren().stream().map(i -> oud.indicatoren().stream()
                .filter(o -> o.nummer() == i.nummer()).findFirst()
                .map(o -> new Programmaplan.Indicator(i.nummer(), i.naam(), i.eenheid(), i.streefwaarde(),
                        i.deadline(), i.doel(), i.project(), o.metingen(), o.richting()))
                .orElse(i)).toList();
        return new Programmaplan(nieuw.naam(), nieuw.eigenaar(), nieuw.regio(), nieuw.partnergemeenten(),
                nieuw.vanJaar(), nieuw.totJaar(), nieuw.bronMiddelen(), nieuw.besluit(), nieuw.vermeldTotaal(),
                nieuw.restmiddelen(), nieuw.themas(), nieuw.doelen(), nieuw.projecten(), nieuw.regels(), indicatoren,
                oud.dekking()).metUitvoering(oud.uitvoering());
    }

    private static String naam(String bestandsnaam) {
        if (bestandsnaam == null || bestandsnaam.isBlank()) {
            return "een werkmap";
        }
        String n = bestandsnaam.strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private static Integer versie(String tekst, List<InvalidParam> fouten) {
        String t = tekst == null ? null : tekst.strip().replace("\"", "").replace("W/", "");
        if (t == null || !t.matches("\\d{1,6}") || Integer.parseInt(t) < 1) {
            fouten.add(new InvalidParam("If-Match", "verplicht: de versie die u vervangt (de ETag van het programma)"));
            return null;
        }
        return Integer.parseInt(t);
    }

    private static void reden(String reden, List<InvalidParam> fouten) {
        if (reden == null || reden.isBlank()) {
            fouten.add(new InvalidParam("reden", "verplicht: waarom u het plan importeert"));
        } else if (reden.length() > 1800) {
            fouten.add(new InvalidParam("reden", "ten hoogste 1800 tekens"));
        }
    }
}
