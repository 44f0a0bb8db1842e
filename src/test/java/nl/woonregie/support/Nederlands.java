package nl.woonregie.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/**
 * What a user should never read on a page, and how to read a page for it: internal codes and role names, keys, true/false,
 * ISO and short dates, amounts and decimals not written the Dutch way, template remnants, "1 weken", "bevinding(en)",
 * an empty table without explanation, no favicon. Used by the crawler ({@code KruiperBrowserTest}) on every page and
 * by {@link Browser#toegankelijkEnNederlands} in every browser test.
 */
public final class Nederlands {

    private Nederlands() {
    }

    // what a user should never read
    public static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
    public static final Pattern ROLNAAM = Pattern.compile("\\b(BEHEERDER|TOEZICHTHOUDER|GEMEENTE|AANMELDER|CASEMANAGER"
            + "|ADMINISTRATIEF|CONSULENT|COORDINATOR)\\b");
    /** A word in capitals that is not an abbreviation people write so (an enum constant: INTENSIEF, VOLDAAN). */
    public static final Pattern HOOFDLETTERWOORD = Pattern.compile("\\b[A-Z]{5,}\\b");
    /** Abbreviations, and the stamp CONCEPT that a draft letter carries (and the round page tells about). */
    public static final Set<String> AFKORTINGEN = Set.of("XLSX", "WCAG", "EUPL", "OPENAPI", "CONCEPT");
    public static final Pattern SLANGENSLEUTEL = Pattern.compile("\\b[a-z]+_[a-z_]+\\b");
    public static final Pattern WAARHEID = Pattern.compile("\\b(true|false|null)\\b");
    public static final Pattern ISO_DATUM = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    public static final Pattern KORTE_DATUM = Pattern.compile("\\b\\d{1,2}-\\d{1,2}-\\d{4}\\b");
    public static final Pattern BEDRAG = Pattern.compile("€\\s*-?[\\d.,]*\\d");
    public static final Pattern NL_BEDRAG = Pattern.compile("€\\s*-?\\d{1,3}(\\.\\d{3})*(,\\d{2})?");
    /**
     * An English decimal point: digits, a point, one or two digits (Dutch thousands have three; not "EUPL-1.2" nor a
     * section "§4.2", nor a time the Dutch way, "10.00 uur").
     */
    public static final Pattern ENGELS_DECIMAAL = Pattern.compile("(?<![\\d.§-])\\d+\\.\\d{1,2}(?![\\d.]|\\s?uur\\b)");
    public static final Pattern SJABLOON = Pattern.compile("\\$\\{|#\\{|\\*\\{|@\\{|\\?\\?");
    /**
     * "1 weken", "1 inschrijvingen": one with a plural — every word in -ingen, and the plurals the pages count in
     * (a word list: many Dutch singulars end in -en too, "1 huishouden").
     */
    public static final Pattern EEN_MEERVOUD = Pattern.compile("(?<![\\d.,])\\b1 (\\p{L}+ingen|weken|maanden|dagen|jaren"
            + "|gemeenten|casussen|taken|kinderen|volwassenen|reacties|aanbiedingen|accounts|huishoudens|fouten"
            + "|redenen|potten|regels|brieven|rondes|contacten|nazorgcontacten|links|cijfers|personen|woningen"
            + "|waarschuwingen|bevindingen|beslissingen|pagina's|gebruikers|tokens)\\b");
    /** "bevinding(en)": say one or the other. */
    public static final Pattern HAAKJESMEERVOUD = Pattern.compile("\\p{L}\\((en|s|n|eren)\\)");

    @SuppressWarnings("unchecked")
    public static Map<String, Object> inhoud(Page page) {
        return (Map<String, Object>) page.evaluate("""
                () => {
                  document.querySelectorAll('details').forEach(d => d.open = true);
                  const zichtbaar = e => e.getClientRects().length > 0 && !e.closest('[hidden]');
                  const extra = [document.title];
                  document.querySelectorAll('[title],[aria-label],[placeholder],[alt]').forEach(e =>
                    ['title', 'aria-label', 'placeholder', 'alt'].forEach(a => { if (e.hasAttribute(a)) extra.push(e.getAttribute(a)); }));
                  document.querySelectorAll('option').forEach(o => extra.push(o.textContent));
                  const waarden = [...document.querySelectorAll('input, textarea')]
                    .filter(i => !['hidden', 'date', 'checkbox', 'radio', 'submit', 'button', 'password'].includes(i.type))
                    // a field for text that is no language (translate="no": a beleidskader's YAML) keeps its notation
                    .filter(i => !i.closest('[translate="no"]'))
                    .map(i => i.value).filter(v => v);
                  const legeTabellen = [...document.querySelectorAll('table')]
                    .filter(t => zichtbaar(t) && t.querySelectorAll('tbody tr').length === 0)
                    .map(t => t.id || (t.caption ? t.caption.textContent.trim() : '') || 'zonder naam');
                  const links = [...document.querySelectorAll('a[href], a[*|href]')].filter(zichtbaar)
                    .map(a => new URL(a.getAttribute('href') || a.getAttribute('xlink:href'), location.href).href);
                  // text that is no language (translate="no": a secret to copy, an address for an app) is left out
                  let tekst = document.body.innerText;
                  // the longest first: a short one (a field name in a table) would otherwise break a long one apart
                  [...document.querySelectorAll('[translate="no"]')].map(e => e.innerText).filter(t => t)
                    .sort((a, b) => b.length - a.length)
                    .forEach(t => { tekst = tekst.split(t).join(' '); });
                  return { tekst: tekst, extra: extra.join('\\n'), waarden: waarden,
                    legeTabellen: legeTabellen, icoon: !!document.querySelector('link[rel~=icon]'), links: links };
                }""");
    }

    @SuppressWarnings("unchecked")
    public static List<String> controleer(Map<String, Object> inhoud) {
        List<String> fouten = new ArrayList<>();
        String tekst = inhoud.get("tekst") + "\n" + inhoud.get("extra");
        zoek(fouten, "interne code", CODE, tekst);
        zoek(fouten, "rolnaam", ROLNAAM, tekst);
        Matcher h = HOOFDLETTERWOORD.matcher(tekst);
        Set<String> al = new HashSet<>();
        while (h.find()) {
            if (!AFKORTINGEN.contains(h.group()) && !ROLNAAM.matcher(h.group()).matches()
                    && !CODE.matcher(h.group()).matches() && al.add(h.group())) {
                fouten.add("code in hoofdletters: " + omgeving(tekst, h));
            }
        }
        zoek(fouten, "sleutel", SLANGENSLEUTEL, tekst);
        zoek(fouten, "true/false", WAARHEID, tekst);
        zoek(fouten, "ISO-datum", ISO_DATUM, tekst);
        zoek(fouten, "datum d-M-jjjj", KORTE_DATUM, tekst);
        Matcher b = BEDRAG.matcher(tekst);
        while (b.find()) {
            if (!NL_BEDRAG.matcher(b.group()).matches()) {
                fouten.add("bedrag niet op z'n Nederlands: " + omgeving(tekst, b));
            }
        }
        zoek(fouten, "Engelse decimale punt", ENGELS_DECIMAAL, tekst);
        zoek(fouten, "sjabloonrest", SJABLOON, tekst);
        zoek(fouten, "enkelvoud nodig", EEN_MEERVOUD, tekst);
        zoek(fouten, "enkelvoud of meervoud kiezen", HAAKJESMEERVOUD, tekst);
        for (String w : (List<String>) inhoud.get("waarden")) {
            if (ENGELS_DECIMAAL.matcher(w).find() || ISO_DATUM.matcher(w).find() || KORTE_DATUM.matcher(w).find()) {
                fouten.add("invoerveld niet in Nederlandse notatie: " + w);
            }
        }
        for (String t : (List<String>) inhoud.get("legeTabellen")) {
            fouten.add("lege tabel zonder uitleg: " + t);
        }
        if (!Boolean.TRUE.equals(inhoud.get("icoon"))) {
            fouten.add("geen favicon");
        }
        return fouten;
    }

    /** Each distinct match once per page, with its surroundings. */
    static void zoek(List<String> fouten, String wat, Pattern p, String tekst) {
        Matcher m = p.matcher(tekst);
        Set<String> al = new LinkedHashSet<>();
        while (m.find()) {
            if (al.add(m.group())) {
                fouten.add(wat + ": " + omgeving(tekst, m));
            }
        }
    }

    static String omgeving(String tekst, Matcher m) {
        int van = Math.max(0, m.start() - 40);
        int tot = Math.min(tekst.length(), m.end() + 40);
        return "«" + tekst.substring(van, tot).replaceAll("\\s+", " ").trim() + "»";
    }
}
