package nl.woonregie.brieven;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.brieven.internal.BriefInhoudOpslag;
import nl.woonregie.brieven.internal.Briefaanvulling;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter's own content, set by the supervisor during the round's review (issue 19 §2, ADR 0050): per round the
 * dossier/zaak number, the named signer with function and a free paragraph; per municipality "Uw kenmerk", a free
 * paragraph and the copy-to list. The college's postal address comes from the contacts register. The letters frozen at
 * vaststellen carry it ({@link #aanvulling}); once the round is vastgesteld it cannot change (409). TOEZICHTHOUDER of
 * the province and BEHEERDER; every change needs the version it changes and is an audited event.
 */
@Service
public class Briefinhouden {

    static final int MAX_AFSCHRIFT = 10;

    private final RondeService rondes;
    private final Contacten contacten;
    private final BriefInhoudOpslag opslag;
    private final ApplicationEventPublisher gebeurtenissen;

    Briefinhouden(RondeService rondes, Contacten contacten, BriefInhoudOpslag opslag,
            ApplicationEventPublisher gebeurtenissen) {
        this.rondes = rondes;
        this.contacten = contacten;
        this.opslag = opslag;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The round's letter content with every municipality that gets a letter (404, 403 as the round). */
    @Transactional(readOnly = true)
    public Briefinhoud lees(long rondeId, Gebruiker g) {
        rondes.vereisToezien(rondeId, g);
        Ronde ronde = rondes.lees(rondeId, x -> true);
        BriefInhoudOpslag.Ronde r = opslag.ronde(rondeId);
        Map<String, BriefInhoudOpslag.Gemeente> perGemeente = opslag.gemeenten(rondeId);
        List<Briefinhoud.Gemeente> gemeenten = ronde.gemeenten().stream().filter(x -> x.beoordeling() != null)
                .map(x -> gemeente(x, perGemeente.getOrDefault(x.gemeente(), BriefInhoudOpslag.Gemeente.LEEG)))
                .toList();
        return new Briefinhoud(rondeId, !ronde.vastgesteld(), r.zaaknummer(), r.ondertekenaar(), r.functie(),
                r.alinea(), r.versie(), r.op(), r.door(), gemeenten);
    }

    /** One municipality's part (404 when it gets no letter in the round). */
    @Transactional(readOnly = true)
    public Briefinhoud.Gemeente gemeente(long rondeId, String gemeente, Gebruiker g) {
        rondes.vereisToezien(rondeId, g);
        Ronde.GemeenteUitkomst x = metBrief(rondes.lees(rondeId, c -> true), gemeente);
        return gemeente(x, opslag.gemeente(rondeId, gemeente).orElse(BriefInhoudOpslag.Gemeente.LEEG));
    }

    /** Sets the round's part at version {@code versie}: 400 naming every invalid field, 409 stale or vastgesteld. */
    @Transactional
    public Briefinhoud wijzigRonde(long rondeId, Gebruiker g, Integer versie, BriefinhoudVerzoek.Ronde v,
            String client) {
        rondes.vereisToezien(rondeId, g);
        BriefinhoudVerzoek.Ronde x = v == null ? new BriefinhoudVerzoek.Ronde(null, null, null, null, null) : v;
        List<InvalidParam> fouten = new ArrayList<>();
        int van = versie(versie != null ? versie : x.versie(), fouten);
        String zaaknummer = regel(x.zaaknummer(), "zaaknummer", 60, fouten);
        String ondertekenaar = regel(x.ondertekenaar(), "ondertekenaar", 200, fouten);
        String functie = regel(x.functie(), "functie", 200, fouten);
        if (ondertekenaar != null && functie == null) {
            fouten.add(new InvalidParam("functie", "verplicht bij een ondertekenaar"));
        }
        if (functie != null && ondertekenaar == null) {
            fouten.add(new InvalidParam("ondertekenaar", "verplicht bij een functie"));
        }
        String alinea = alinea(x.alinea(), "alinea", fouten);
        weigerBijFouten(fouten);
        opslag.vergrendel(rondeId);
        vereisConcept(rondeId, g);
        BriefInhoudOpslag.Ronde voor = opslag.ronde(rondeId);
        if (van != voor.versie() || !opslag.slaRondeOp(rondeId, van, zaaknummer, ondertekenaar, functie, alinea,
                g.actor())) {
            throw intussenGewijzigd(opslag.ronde(rondeId).versie());
        }
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("zaaknummer", zaaknummer);
        waarden.put("ondertekenaar", ondertekenaar);
        waarden.put("functie", functie);
        waarden.put("alinea", alinea);
        Map<String, Object> vorige = null;
        if (voor.versie() > 0) {
            vorige = new LinkedHashMap<>();
            vorige.put("zaaknummer", voor.zaaknummer());
            vorige.put("ondertekenaar", voor.ondertekenaar());
            vorige.put("functie", voor.functie());
            vorige.put("alinea", voor.alinea());
        }
        gebeurtenissen.publishEvent(new BriefGebeurtenis.InhoudGewijzigd(rondeId, null, van + 1, vorige, waarden,
                new Actor(g.actor(), client)));
        return lees(rondeId, g);
    }

    /** Sets a municipality's part at version {@code versie}: as {@link #wijzigRonde}; 404 when it gets no letter. */
    @Transactional
    public Briefinhoud.Gemeente wijzigGemeente(long rondeId, String gemeente, Gebruiker g, Integer versie,
            BriefinhoudVerzoek.Gemeente v, String client) {
        rondes.vereisToezien(rondeId, g);
        metBrief(rondes.lees(rondeId, c -> true), gemeente);
        BriefinhoudVerzoek.Gemeente x = v == null ? new BriefinhoudVerzoek.Gemeente(null, null, null, null) : v;
        List<InvalidParam> fouten = new ArrayList<>();
        int van = versie(versie != null ? versie : x.versie(), fouten);
        String uwKenmerk = regel(x.uwKenmerk(), "uwKenmerk", 100, fouten);
        String alinea = alinea(x.alinea(), "alinea", fouten);
        List<String> afschrift = new ArrayList<>();
        List<String> typed = x.afschrift() == null ? List.of() : x.afschrift();
        for (int i = 0; i < typed.size(); i++) {
            String a = regel(typed.get(i), "afschrift[" + i + "]", 200, fouten);
            if (a != null) {
                afschrift.add(a);
            }
        }
        if (afschrift.size() > MAX_AFSCHRIFT) {
            fouten.add(new InvalidParam("afschrift", "ten hoogste " + MAX_AFSCHRIFT + " geadresseerden"));
        }
        weigerBijFouten(fouten);
        opslag.vergrendel(rondeId);
        vereisConcept(rondeId, g);
        BriefInhoudOpslag.Gemeente voor = opslag.gemeente(rondeId, gemeente).orElse(BriefInhoudOpslag.Gemeente.LEEG);
        if (van != voor.versie() || !opslag.slaGemeenteOp(rondeId, gemeente, van, uwKenmerk, alinea, afschrift,
                g.actor())) {
            throw intussenGewijzigd(opslag.gemeente(rondeId, gemeente).map(BriefInhoudOpslag.Gemeente::versie)
                    .orElse(0));
        }
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("uwKenmerk", uwKenmerk);
        waarden.put("alinea", alinea);
        waarden.put("afschrift", afschrift);
        Map<String, Object> vorige = null;
        if (voor.versie() > 0) {
            vorige = new LinkedHashMap<>();
            vorige.put("uwKenmerk", voor.uwKenmerk());
            vorige.put("alinea", voor.alinea());
            vorige.put("afschrift", voor.afschrift());
        }
        gebeurtenissen.publishEvent(new BriefGebeurtenis.InhoudGewijzigd(rondeId, gemeente, van + 1, vorige, waarden,
                new Actor(g.actor(), client)));
        return gemeente(rondeId, gemeente, g);
    }

    /**
     * What the letter to this municipality prints besides its figures: the college's postal address from the contacts
     * register (as it is when the letter is made) and the content set during the review. For {@link BriefService}.
     */
    Briefaanvulling aanvulling(long rondeId, String gemeente) {
        BriefInhoudOpslag.Ronde r = opslag.ronde(rondeId);
        BriefInhoudOpslag.Gemeente m = opslag.gemeente(rondeId, gemeente).orElse(BriefInhoudOpslag.Gemeente.LEEG);
        List<String> alineas = new ArrayList<>(alineas(r.alinea()));
        alineas.addAll(alineas(m.alinea()));
        return new Briefaanvulling(postadres(gemeente), m.uwKenmerk(), r.zaaknummer(), r.ondertekenaar(),
                r.functie(), alineas, m.afschrift());
    }

    /** Taken by the vaststelling before the letters' kenmerken are reserved: no content changes in between. */
    void vergrendel(long rondeId) {
        opslag.vergrendel(rondeId);
    }

    // ---------------------------------------------------------------------------------------------------------

    private Briefinhoud.Gemeente gemeente(Ronde.GemeenteUitkomst x, BriefInhoudOpslag.Gemeente m) {
        return new Briefinhoud.Gemeente(x.gemeente(), x.naam(), postadres(x.gemeente()), m.uwKenmerk(), m.alinea(),
                m.afschrift(), m.versie(), m.op(), m.door());
    }

    /** The lines of the postal address of the municipality's active college in the contacts register, if any. */
    private List<String> postadres(String gemeente) {
        return contacten.geadresseerden(gemeente).stream()
                .filter(c -> c.gegevens().rol() == Contactrol.COLLEGE && c.gegevens().postadres() != null)
                .findFirst().map(c -> Arrays.stream(c.gegevens().postadres().split("\n")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private void vereisConcept(long rondeId, Gebruiker g) {
        if (!rondes.rechten(rondeId, g).wijzigen()) {
            throw new ApiException(HttpStatus.CONFLICT, "Ronde vastgesteld", "Beoordelingsronde " + rondeId
                    + " is vastgesteld: de brieven zijn vastgelegd met hun inhoud, die niet meer verandert.", null);
        }
    }

    private static Ronde.GemeenteUitkomst metBrief(Ronde ronde, String gemeente) {
        return ronde.gemeenten().stream().filter(x -> x.gemeente().equals(gemeente) && x.beoordeling() != null)
                .findFirst().orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " krijgt geen brief "
                        + "in beoordelingsronde " + ronde.id() + "."));
    }

    private static int versie(Integer versie, List<InvalidParam> fouten) {
        if (versie == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie die u wijzigt (0 als er nog niets is "
                    + "vastgelegd), of If-Match"));
            return -1;
        }
        if (versie < 0) {
            fouten.add(new InvalidParam("versie", "0 of hoger"));
        }
        return versie;
    }

    /** One line of text: optional, at most {@code max} characters, no line break. */
    private static String regel(String waarde, String veld, int max, List<InvalidParam> fouten) {
        String t = Contacten.tekst(waarde, veld, max, false, fouten);
        if (t != null && (t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0)) {
            fouten.add(new InvalidParam(veld, "één regel, zonder regeleinde"));
        }
        return t;
    }

    private static String alinea(String waarde, String veld, List<InvalidParam> fouten) {
        return Contacten.tekst(waarde == null ? null : waarde.replace("\r\n", "\n"), veld, 4000, false, fouten);
    }

    /** A free text as the letter's paragraphs: an empty line starts a new one. */
    static List<String> alineas(String tekst) {
        if (tekst == null) {
            return List.of();
        }
        return Arrays.stream(tekst.split("\\n\\s*\\n")).map(s -> s.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static void weigerBijFouten(List<InvalidParam> fouten) {
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De inhoud van de brief is niet vastgelegd.", fouten);
        }
    }

    private static ApiException intussenGewijzigd(int nu) {
        return new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De inhoud van de brief is intussen "
                + "gewijzigd (nu versie " + nu + "); lees haar opnieuw.", null);
    }
}
